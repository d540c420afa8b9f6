import Testing

@testable import CrawlCore

/// The WHATWG order: BOM, then the HTTP charset, then a <meta> prescan, then the default.
@Suite struct CharsetDetectionTests {
    /// Encodes with iconv, the same converter libxml2 uses, so no fixture bytes are typed by hand.
    static func encode(_ text: String, _ encoding: String) -> [UInt8] {
        Iconv.encode(text, to: encoding)
    }

    @Test(arguments: [
        ("gbk", "GBK", "中文标题：测试"),
        ("gb2312", "GBK", "简体中文"),
        ("gb18030", "GB18030", "𠮷野家"),
        ("big5", "BIG5", "繁體中文標題"),
        ("shift_jis", "CP932", "日本語のタイトル"),
        ("euc-jp", "EUC-JP", "日本語のタイトル"),
        ("euc-kr", "CP949", "한국어 제목"),
        ("windows-1251", "CP1251", "Заголовок страницы"),
        ("iso-8859-2", "ISO-8859-2", "Zażółć gęślą jaźń"),
        ("iso-8859-7", "ISO-8859-7", "Ελληνικός τίτλος"),
        ("koi8-r", "KOI8-R", "Русский заголовок"),
        ("windows-1252", "CP1252", "Café “quoted” — ok"),
    ])
    func metaCharset(label: String, iconvName: String, title: String) {
        let body = Self.encode("<html><head><meta charset=\"\(label)\"><title>\(title)</title></head></html>", iconvName)
        let result = extractTitle(body, chunkSize: 5)
        #expect(result.title == title)
        #expect(result.charset == Charset(label: label)?.name)
    }

    @Test func httpCharsetWithoutMeta() {
        let body = Self.encode("<html><head><title>日本語</title></head></html>", "CP932")
        let result = extractTitle(body, declared: "text/html; charset=Shift_JIS")
        #expect(result.title == "日本語")
        #expect(result.charset == "shift_jis")
    }

    @Test func httpCharsetBeatsMeta() {
        let body = Array("<meta charset=windows-1252><title>Ünï</title>".utf8)
        #expect(extractTitle(body, declared: "text/html;charset=\"utf-8\"").title == "Ünï")
    }

    @Test func unknownHTTPCharsetFallsThroughToMeta() {
        let body = Self.encode("<meta charset=koi8-r><title>Привет</title>", "KOI8-R")
        let result = extractTitle(body, declared: "text/html; charset=no-such-thing")
        #expect(result.title == "Привет")
        #expect(result.charset == "koi8-r")
    }

    @Test func bomBeatsEverything() {
        let body: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=koi8-r><title>Ünï</title>".utf8)
        let result = extractTitle(body, declared: "text/html; charset=iso-8859-1", chunkSize: 1)
        #expect(result.title == "Ünï")
        #expect(result.charset == "utf-8")
    }

    @Test(arguments: [("UTF-16LE", [UInt8](arrayLiteral: 0xFF, 0xFE), "utf-16le"), ("UTF-16BE", [0xFE, 0xFF], "utf-16be")])
    func utf16WithBOM(iconvName: String, bom: [UInt8], name: String) {
        let body = bom + Self.encode("<html><head><title>Sixteen ü 中</title></head></html>", iconvName)
        for size in [1, 3, 1000] {
            let result = extractTitle(body, chunkSize: size)
            #expect(result.title == "Sixteen ü 中")
            #expect(result.charset == name)
        }
    }

    @Test func latin1LabelMeansWindows1252() {
        let body = Self.encode("<meta charset=iso-8859-1><title>“Smart” quotes</title>", "CP1252")
        let result = extractTitle(body)
        #expect(result.title == "“Smart” quotes")
        #expect(result.charset == "windows-1252")
    }

    @Test func httpEquivContentType() {
        let body = Self.encode(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>Привет</title>", "CP1251")
        #expect(extractTitle(body).title == "Привет")
    }

    @Test func undeclaredUTF8IsDetected() {
        let result = extractTitle(Array("<title>Ünïcödé</title>".utf8))
        #expect(result.title == "Ünïcödé")
        #expect(result.charset == "utf-8")
    }

    /// Too little text for uchardet to be sure of anything: windows-1252, a browser's en-US default.
    @Test func undeclaredNonUTF8FallsBackToWindows1252() {
        let result = extractTitle(Self.encode("<title>Café crème, “quoted”</title>", "CP1252"))
        #expect(result.title == "Café crème, “quoted”")
        #expect(result.charset == "windows-1252")
    }

    @Test func metaSayingUTF16MeansUTF8() {
        let result = extractTitle(Array("<meta charset=utf-16><title>Ünï</title>".utf8))
        #expect(result.title == "Ünï")
        #expect(result.charset == "utf-8")
    }
}

@Suite struct MetaPrescanTests {
    func prescan(_ s: String) -> String? {
        Array(s.utf8).withUnsafeBytes { MetaPrescan.charset(in: $0)?.name }
    }

    @Test func findsCharsetAttribute() {
        #expect(prescan("<!doctype html><html><head><meta charset=\"GBK\">") == "gbk")
        #expect(prescan("<META CHARSET='Shift_JIS'>") == "shift_jis")
        #expect(prescan("<meta charset=euc-kr />") == "euc-kr")
        // Unquoted values end at whitespace or ">", so the slash is part of this (unknown) label.
        #expect(prescan("<meta charset=euc-kr/>") == nil)
    }

    @Test func httpEquivNeedsThePragma() {
        #expect(prescan("<meta content=\"text/html; charset=koi8-r\">") == nil)
        #expect(prescan("<meta http-equiv=content-type content=\"text/html; charset=koi8-r\">") == "koi8-r")
        #expect(prescan("<meta content='text/html;charset = \"big5\"' http-equiv=\"Content-Type\">") == "big5")
    }

    @Test func skipsCommentsAndOtherTagsAttributes() {
        #expect(prescan("<!-- <meta charset=koi8-r> --><meta charset=gbk>") == "gbk")
        #expect(prescan("<div title='<meta charset=koi8-r>'><meta charset=big5>") == "big5")
    }

    @Test func ignoresUnknownLabelsAndLateMetas() {
        #expect(prescan("<meta charset=klingon>") == nil)
        #expect(prescan(String(repeating: " ", count: 1030) + "<meta charset=gbk>") == nil)
    }

    @Test func contentTypeParameter() {
        #expect(Charset.fromContentType("text/html; charset=UTF-8")?.name == "utf-8")
        #expect(Charset.fromContentType("text/html;charset=\"gb2312\"")?.name == "gbk")
        #expect(Charset.fromContentType("text/html; boundary=x; Charset=latin1")?.name == "windows-1252")
        #expect(Charset.fromContentType("text/html") == nil)
    }
}
