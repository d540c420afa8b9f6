import Testing

@testable import CrawlCore

/// The cases issue 12 measured against a browser's `document.title`, each as a named test, made
/// here from scratch (not taken from the real-page corpus). Each runs at several chunk sizes: the
/// answer must not depend on them.
@Suite struct BrowserParityTests {
    static let sizes = [1, 2, 3, 7, 64, 1000, 1024, 1025, 4096, Int.max]

    static func check(
        _ body: [UInt8], declared: String? = nil, title: String?, charset: String? = nil, source: CharsetSource? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for size in sizes {
            let extractor = TitleExtractor()
            defer { extractor.close() }
            extractor.begin(declaredCharset: declared.flatMap(Charset.fromContentType))
            var offset = 0
            while offset < body.count {
                let end = min(body.count, offset + size)
                let done = body[offset..<end].withUnsafeBytes { extractor.feed($0) }
                offset = end
                if done { break }
            }
            extractor.finish()
            #expect(extractor.title == title, "chunk \(size)", sourceLocation: sourceLocation)
            if let charset { #expect(extractor.charset?.name == charset, "chunk \(size)", sourceLocation: sourceLocation) }
            if let source { #expect(extractor.charsetSource == source, "chunk \(size)", sourceLocation: sourceLocation) }
        }
    }

    static func filler(_ count: Int) -> String {
        "<meta name=\"description\" content=\"" + String(repeating: "x", count: count) + "\">\n"
    }

    // MARK: - Character sets

    /// `<meta charset>` after byte 1024, still in `<head>`, before the title: the parser changes
    /// the encoding, as a browser does (`bli�ej` before).
    @Test func aLateMetaCharsetChangesTheEncoding() {
        let html = "<html><head>" + Self.filler(1200) + "<meta charset=\"iso-8859-2\"><title>Coraz bliżej</title></head>"
        Self.check(Iconv.encode(html, to: "ISO-8859-2"), title: "Coraz bliżej", charset: "iso-8859-2", source: .meta)
        let gbk = "<html><head>" + Self.filler(1500) + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>中文标题</title>"
        Self.check(Iconv.encode(gbk, to: "GBK"), title: "中文标题", charset: "gbk", source: .meta)
    }

    /// `<meta charset>` after the title, still in `<head>`: the title is decoded again with it, as
    /// Chromium does (3 real pages declare windows-1252 there).
    @Test func aMetaAfterTheTitleInTheHeadChangesTheEncoding() {
        let html = "<html><head><title>Für Nordhausen</title>\n<link rel=stylesheet href=a.css>" + Self.filler(1500)
            + "<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"/></head><body><p>Text"
        Self.check(Iconv.encode(html, to: "CP1252"), title: "Für Nordhausen", charset: "windows-1252", source: .meta)
        // Skipped script text cannot hide it either.
        let script = "<head><title>Grüße</title><script>var a = '<body>';</script><meta charset=windows-1250></head>"
        Self.check(Iconv.encode(script, to: "CP1250") + Array(repeating: 0x20, count: 1200), title: "Grüße", charset: "windows-1250", source: .meta)
    }

    /// After an element that does not belong in `<head>`, or after `</head>`, a later `<meta>` is
    /// ignored, as Chromium's `HTMLMetaCharsetParser` ignores it (the bytes are valid UTF-8 here).
    @Test func aMetaAfterTheHeadIsIgnored() {
        for between in ["<div>", "</head>", "<body>", "<p>x"] {
            let html = "<head><title>Zürich</title>" + Self.filler(1100) + between + "<meta charset=koi8-r><p>"
            Self.check(Array(html.utf8), title: "Zürich", charset: "utf-8", source: .detected)
        }
    }

    /// An undeclared page whose head ends after its title is complete there, not at the body's end.
    @Test func anUndeclaredPageStopsAtTheEndOfItsHead() {
        let html = "<head><title>Plain</title>" + Self.filler(1100) + "</head><body>" + String(repeating: "<p>text</p>", count: 2000)
        let extractor = TitleExtractor()
        defer { extractor.close() }
        extractor.begin(declaredCharset: nil)
        let bytes = Array(html.utf8)
        let stop = html.utf8.count - 2000 * 11 + 1024
        let done = bytes[..<stop].withUnsafeBytes { extractor.feed($0) }
        #expect(done)
        #expect(extractor.title == "Plain")
        #expect(extractor.charsetSource == .default)
    }

    /// A late meta naming the encoding already in use changes nothing.
    @Test func aLateMetaAgreeingWithTheGuessKeepsIt() {
        let html = "<head>" + Self.filler(1100) + "<meta charset=utf-8><title>Zürich</title>"
        Self.check(Array(html.utf8), title: "Zürich", charset: "utf-8", source: .meta)
    }

    /// Undeclared legacy bytes: uchardet, not windows-1252 (`ÆüËÜ¸ì…` before).
    @Test func undeclaredEUCJPIsDetected() {
        let text = String(repeating: "日本語のページです。東京都の天気予報と、ニュースをお届けします。", count: 12)
        let html = "<html><head><title>日本語のタイトル</title></head><body><p>\(text)</p></body></html>"
        Self.check(Iconv.encode(html, to: "EUC-JP"), title: "日本語のタイトル", charset: "euc-jp", source: .detected)
    }

    /// Undeclared IBM855, which no browser decodes (Chromium shows ISO-8859-10 mojibake for the
    /// corpus's 11 IBM855 feeds): the detector names it and crawl prints what the author wrote.
    @Test func undeclaredIBM855IsDetected() {
        let text = String(repeating: "Новости экономики и финансов, курсы валют и аналитика рынков. ", count: 10)
        let html = "<rss><channel><title>Экономика и финансы</title><description>\(text)</description>"
        Self.check(Iconv.encode(html, to: "IBM855"), title: "Экономика и финансы", charset: "ibm855", source: .detected)
    }

    /// A page that declares GBK but is UTF-8 decodes as GBK, as the browser does, with U+FFFD for
    /// what GBK cannot read, and never loses its title (it was `""` when iconv stopped).
    @Test func aWrongDeclarationNeverLosesTheTitle() {
        let body = Array("<meta charset=gbk><title>Ünïcödé ok</title>".utf8)
        for size in Self.sizes {
            let result = extractTitle(body, chunkSize: size)
            #expect(result.title?.hasSuffix(" ok") == true, "\(String(describing: result.title))")
            #expect(result.title?.isEmpty == false)
        }
    }

    /// windows-1252's five undefined bytes are U+0081 … as the Encoding Standard's index says.
    @Test func windows1252UndefinedBytesDecode() {
        let body: [UInt8] = Array("<title>a".utf8) + [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80] + Array("b</title>".utf8)
        Self.check(body, declared: "text/html; charset=windows-1252", title: "a\u{81}\u{8D}\u{8F}\u{90}\u{9D}€b")
    }

    /// An undeclared UTF-8 page whose first 1024 bytes end inside a character stays UTF-8 (it was
    /// windows-1252, `cafÃ©`, when a chunk ended there).
    @Test func aCharacterCutByTheWindowIsStillUTF8() {
        let html = "<html><head><!--" + String(repeating: "y", count: 994) + "--><title>café</title>"
        let bytes = Array(html.utf8)
        #expect(bytes[1023] == 0xC3, "the é straddles byte 1024")
        Self.check(bytes, title: "café", charset: "utf-8", source: .detected)
    }

    /// A UTF-16 BOM outranks the header's charset even when its first byte arrives alone.
    @Test func aSplitUTF16BOMOutranksTheHeader() {
        let body: [UInt8] = [0xFF, 0xFE] + Iconv.encode("<title>UTF-16 ☃</title>", to: "UTF-16LE")
        Self.check(body, declared: "text/html; charset=windows-1252", title: "UTF-16 ☃", charset: "utf-16le", source: .bom)
    }

    /// Unlabeled valid UTF-8 stays UTF-8 (the browser's windows-1252 default shows mojibake).
    @Test func unlabeledUTF8StaysUTF8() {
        Self.check(Array("<title>Crème brûlée</title>".utf8), title: "Crème brûlée", charset: "utf-8", source: .detected)
        Self.check(Array("<title>plain</title>".utf8), title: "plain", charset: "utf-8", source: .default)
    }

    /// An XML declaration names a feed's encoding (Chromium honours it for text/html).
    @Test func anXMLDeclarationNamesTheEncoding() {
        let feed = "<?xml version=\"1.0\" encoding=\"koi8-r\"?>\n<rss><channel><title>Новости дня</title></channel></rss>"
        Self.check(Iconv.encode(feed, to: "KOI8-R"), title: "Новости дня", charset: "koi8-r", source: .xml)
    }

    /// A UTF-8 guess that meets bytes that are not UTF-8 before the title asks uchardet again.
    @Test func aUTF8GuessMeetingLegacyBytesIsRedetected() {
        let text = String(repeating: "Добро пожаловать на наш сайт. Новости, погода и спорт. ", count: 20)
        let html = "<html><head>" + Self.filler(1100) + "<title>Новости</title></head><body>\(text)</body>"
        Self.check(Iconv.encode(html, to: "CP1251"), title: "Новости", charset: "windows-1251", source: .detected)
    }

    // MARK: - The title element as the HTML standard reads it

    @Test func titleContentIsRCDATA() {
        Self.check(Array("<title><p></title>".utf8), title: "<p>")
        Self.check(Array("<title><!--&amp;--></title>".utf8), title: "<!--&-->")
        Self.check(Array("<title>AB<script>0123456789</title>".utf8), title: "AB<script>0123456789")
        Self.check(Array("<title>a<style>b</style>c</title>".utf8), title: "a<style>b</style>c")
        Self.check(Array("<title>x</titlex>y</title >".utf8), title: "x</titlex>y")
        Self.check(Array("<title><![CDATA[Feed]]></title>".utf8), title: "<![CDATA[Feed]]>")
    }

    @Test func aTitleAfterTheHeadOrTheBodyIsTheTitle() {
        Self.check(Array("<html><head></head><title>After head</title>".utf8), title: "After head")
        Self.check(Array("<html><body><p>x</p></body><title>After body</title>".utf8), title: "After body")
        Self.check(Array("<html><body><p>x</p></body></html><title>After html</title>".utf8), title: "After html")
        Self.check(Array("<!doctype html></head><title>X</title>".utf8), title: "X")
    }

    @Test func characterReferencesFollowTheStandard() {
        Self.check(Array("<title>&copy 2024 &amp co &#150; &#x80;&notit; &ampx</title>".utf8), title: "© 2024 & co – €¬it; &x")
        Self.check(Array("<title>&#0;&#xD800;&#x110000;&unknown;</title>".utf8), title: "\u{FFFD}\u{FFFD}\u{FFFD}&unknown;")
    }

    @Test func anUnclosedTitleAtTheEndIsTheRestOfTheBody() {
        Self.check(Array("<title>never closed <b>bold".utf8), title: "never closed <b>bold")
    }

    // MARK: - Chunking

    /// A chunk boundary inside a quoted attribute made libxml2 2.9 report nothing more until the
    /// body ended: at every split point, the title must come while the body is still arriving.
    @Test func aSplitAnywhereStillStopsEarly() {
        let page = Array(#"<html lang="en"><head><meta content='a "b"'><title>Early</title></head><body>"#.utf8)
        for split in 1..<page.count {
            let extractor = TitleExtractor()
            defer { extractor.close() }
            extractor.begin(declaredCharset: .utf8)
            let first = page[..<split].withUnsafeBytes { extractor.feed($0) }
            let done = first || page[split...].withUnsafeBytes { extractor.feed($0) }
            #expect(done, "split at \(split): the title is known before the body ends")
            #expect(extractor.title == "Early", "split at \(split)")
        }
    }
}
