import Testing

@testable import CrawlCore

/// The extractor skips `<script>`/`<style>` text without handing it to libxml2 and feeds the body in
/// slices; neither may change a title. Each page is fed whole and in many chunk sizes (including
/// ones that cut `</script` and the slice size), and every way must give the same title.
@Suite struct RawTextSkipTests {
    static let bigScript = (0..<2_000).map { "var v\($0) = {id: \($0), html: '<div>\($0)</div>'};\n" }.joined()
    static let chunkSizes = [1, 2, 3, 5, 7, 8, 9, 64, 1000, 4095, 4096, 4097, 16_384, Int.max]

    static let pages: [(String, String?)] = [
        ("<html><head><script>\(bigScript)</script><title>After script</title></head></html>", "After script"),
        ("<head><style>\(bigScript)</style><title>After style</title>", "After style"),
        ("<head><SCRIPT type=text/javascript>\(bigScript)</SCRIPT ><TITLE>Upper</TITLE>", "Upper"),
        ("<head><script>document.write('<title>In script</title>'); \(bigScript)</script><title>Real</title>", "Real"),
        ("<head><script>\(bigScript) x = '</scr' + 'ipt>';</script><title>Split literal</title>", "Split literal"),
        // libxml2 2.9 stops the script's text at `</scripts` but keeps the element open, so what
        // follows is script text again: no title, however the body is cut.
        ("<head><script>\(bigScript)</scripts><title>Prefix end</title>", nil),
        ("<head><script src=a.js></script><script>a()</script><title>Small</title>", "Small"),
        ("<head><script/>\(bigScript)<title>Self-closed</title>", "Self-closed"),
        ("<head><script>\(bigScript)", nil),
        ("<body><p>\(bigScript)</p><title>After text</title>", "After text"),
        ("<head><style>a{}</style>\n<script>\(bigScript)</script>\n<style>\(bigScript)</style><title>Many</title>",
         "Many"),
    ]

    @Test(arguments: chunkSizes)
    func everyChunkingGivesTheSameTitle(chunkSize: Int) {
        for (page, expected) in RawTextSkipTests.pages {
            #expect(extractTitle(page, chunkSize: chunkSize) == expected, "chunk \(chunkSize): \(page.prefix(60))")
        }
    }

    @Test func legacyEncodingsSkipToo() {
        let page = "<head><meta charset=shift_jis><script>\(RawTextSkipTests.bigScript)</script><title>日本語</title>"
        let bytes = Iconv.encode(page, to: "SHIFT_JIS")
        for size in [7, 4096, 16_384] {
            #expect(extractTitle(bytes, chunkSize: size).title == "日本語")
        }
    }

    @Test func findsEndTagsIgnoringCase() {
        let bytes = Array("var a = '</div>'; </ScRiPt>".utf8)
        let at = bytes.withUnsafeBytes { TitleExtractor.endTag("script", in: $0) }
        #expect(at == 18)
        #expect(Array("</div></sty".utf8).withUnsafeBytes { TitleExtractor.endTag("style", in: $0) } == nil)
    }

    @Test func slicesEndAfterRawTextStartTags() {
        var scanner = MarkupScanner()
        let bytes = Array("<meta x><script type=\"a\">code".utf8)
        #expect(bytes.withUnsafeBytes { scanner.scan($0, from: 0, to: $0.count) } == .rawTextStart(at: 25))
        var other = MarkupScanner()
        #expect(Array("<scripts><p>".utf8).withUnsafeBytes { other.scan($0, from: 0, to: $0.count) } == .limit(safe: 12))
    }
}
