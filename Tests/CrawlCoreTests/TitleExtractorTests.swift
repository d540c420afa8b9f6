import Testing

@testable import CrawlCore

@Suite struct TitleExtractorTests {
    @Test func decodesEntitiesAndNormalisesWhitespace() {
        let html = "<html><head><title>\n\t Fish &amp; Chips &mdash;  &#8220;Best&#x201D; &lt;3 \r\n</title></head></html>"
        #expect(extractTitle(html) == "Fish & Chips — “Best” <3")
    }

    @Test func keepsNonASCIISpaces() {
        #expect(extractTitle("<title>a&nbsp;b</title>") == "a\u{00A0}b")
    }

    @Test func missingTitleIsNil() {
        #expect(extractTitle("<html><head></head><body><p>no title</p></body></html>") == nil)
    }

    @Test func emptyAndBlankTitlesAreEmptyStrings() {
        #expect(extractTitle("<html><head><title></title></head></html>") == "")
        #expect(extractTitle("<html><head><title> \n\t </title></head></html>") == "")
    }

    @Test func firstTitleWins() {
        #expect(extractTitle("<title>First</title><title>Second</title>") == "First")
    }

    @Test func upperCaseAndAttributes() {
        #expect(extractTitle("<HTML><HEAD><TITLE id=\"t\" lang=en>Shouting</TITLE></HEAD></HTML>") == "Shouting")
    }

    @Test func titleInBodyCounts() {
        #expect(extractTitle("<html><body><p>text</p><title>Late</title></body></html>") == "Late")
    }

    @Test func svgAndMathTitlesAreNotThePageTitle() {
        #expect(extractTitle("<html><body><svg><title>Tooltip</title></svg></body></html>") == nil)
        #expect(extractTitle("<body><svg><title>Tooltip</title></svg><title>Real</title></body>") == "Real")
        #expect(extractTitle("<body><math><title>M</title></math><title>Real</title></body>") == "Real")
    }

    @Test func commentsScriptsAndStylesHideTitles() {
        let html = """
            <html><head><!-- <title>Commented</title> -->
            <script>document.write("<title>Scripted</title>")</script>
            <style>/* <title>Styled</title> */</style>
            <title>Real</title></head></html>
            """
        #expect(extractTitle(html) == "Real")
    }

    @Test func everyChunkSplitGivesTheSameTitle() {
        let html = "<html><head><meta charset=utf-8><title>Ünïcödé &amp; 😀 &#x1F600; split</title></head></html>"
        for size in 1...12 {
            #expect(extractTitle(html, chunkSize: size) == "Ünïcödé & 😀 😀 split", "chunk size \(size)")
        }
    }

    @Test func stopsAtTheEndOfTheTitle() {
        let body = Array(("<html><head><title>Early</title></head><body>" + String(repeating: "x", count: 100_000)).utf8)
        let result = extractTitle(body, chunkSize: 4096)
        #expect(result.title == "Early")
        #expect(result.stoppedEarly)
    }

    @Test func unclosedTitleAtEndOfDocument() {
        #expect(extractTitle("<html><head><title>Never closed") == "Never closed")
    }

    @Test func longTitleIsKeptWhole() {
        let long = String(repeating: "word ", count: 2000).trimmingCharacters()
        #expect(extractTitle("<title>\(long)</title>") == long)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let body: [UInt8] = Array("<meta charset=utf-8><title>caf".utf8) + [0xE9] + Array(" ok € ".utf8) + [0xF0, 0x9F]
            + Array("</title>".utf8)
        for size in [1, 2, 3, 1000] {
            #expect(extractTitle(body, chunkSize: size).title == "caf\u{FFFD} ok € \u{FFFD}", "chunk size \(size)")
        }
    }

    /// Controls stay, as in a browser's `document.title` (libxml2 dropped C0 controls); NUL is U+FFFD.
    @Test func controlCharactersAreKept() {
        #expect(extractTitle("<title>a\u{01}b\u{7F}c\u{0}</title>") == "a\u{01}b\u{7F}c\u{FFFD}")
    }

    @Test func emptyBodyHasNoCharsetAndNoTitle() {
        let result = extractTitle([])
        #expect(result.title == nil)
        #expect(result.charset == nil)
    }

    @Test func extractorIsReusable() {
        let extractor = TitleExtractor()
        defer { extractor.close() }
        for i in 0..<3 {
            extractor.begin(declaredCharset: i == 1 ? .windows1252 : nil)
            let page = "<title>Page \(i)</title><p>rest" + String(repeating: " ", count: i == 2 ? 2000 : 0)
            let done = Array(page.utf8).withUnsafeBytes { extractor.feed($0) }
            // Small undeclared bodies are held back until 1024 bytes or the end, for the <meta> prescan.
            #expect(done == (i != 0))
            extractor.finish()
            #expect(extractor.title == "Page \(i)")
        }
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
