/// A character encoding as the WHATWG Encoding Standard names it, plus the name under which
/// libxml2 (iconv underneath) decodes it.
///
/// Labels follow the standard's table, including its deliberate aliases: `iso-8859-1` and `us-ascii`
/// decode as windows-1252, `gb2312` as GBK (with the GB18030 decoder), `shift_jis` as Windows-31J,
/// `euc-kr` as windows-949 — because that is what browsers do and what real pages are written for.
public struct Charset: Equatable, Sendable {
    /// WHATWG name in lower case, as reported in the `charset` field.
    public let name: String
    /// The name handed to `xmlFindCharEncodingHandler`.
    let decoderName: String

    public static let utf8 = Charset(name: "utf-8", decoderName: "UTF-8")
    public static let utf16LE = Charset(name: "utf-16le", decoderName: "UTF-16LE")
    public static let utf16BE = Charset(name: "utf-16be", decoderName: "UTF-16BE")
    public static let windows1252 = Charset(name: "windows-1252", decoderName: "CP1252")

    /// WHATWG "get an encoding": ASCII whitespace trimmed, ASCII case ignored; nil for an unknown
    /// label (the caller then moves on to the next source of truth).
    public init?(label: some StringProtocol) {
        let key = String(label).trimmingASCIIWhitespace().asciiLowercased()
        guard let found = Charset.byLabel[key] else { return nil }
        self = found
    }

    /// Encodings uchardet can name that the Encoding Standard has no label for, so no declaration
    /// can select them (a browser ignores `<meta charset=ibm855>`, and so does crawl), only the
    /// detector. Every one is a single-byte code page glibc converts; a browser shows such a page
    /// as mojibake (Chromium guesses ISO-8859-10 for the 11 IBM855 feeds of the realweb corpus),
    /// crawl the author's text.
    static func detectedOnly(_ name: some StringProtocol) -> Charset? {
        detectedOnlyByName[String(name).asciiLowercased()]
    }

    /// Every detector-only encoding, for the decoder's single-byte tables.
    static let allDetectedOnly: [Charset] = [
        Charset(name: "ibm852", decoderName: "IBM852"), Charset(name: "ibm855", decoderName: "IBM855"),
        Charset(name: "x-mac-ce", decoderName: "MAC-CENTRALEUROPE"), Charset(name: "viscii", decoderName: "VISCII"),
    ]

    /// By crawl's name and by uchardet's (MAC-CENTRALEUROPE for x-mac-ce).
    private static let detectedOnlyByName: [String: Charset] = {
        var map: [String: Charset] = [:]
        for charset in allDetectedOnly {
            map[charset.name] = charset
            map[charset.decoderName.asciiLowercased()] = charset
        }
        return map
    }()

    private init(name: String, decoderName: String) {
        self.name = name
        self.decoderName = decoderName
    }

    private static let table: [(Charset, [String])] = [
        (.utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        (Charset(name: "ibm866", decoderName: "IBM866"), ["866", "cp866", "csibm866", "ibm866"]),
        (
            Charset(name: "iso-8859-2", decoderName: "ISO-8859-2"),
            ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]
        ),
        (
            Charset(name: "iso-8859-3", decoderName: "ISO-8859-3"),
            ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]
        ),
        (
            Charset(name: "iso-8859-4", decoderName: "ISO-8859-4"),
            ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]
        ),
        (
            Charset(name: "iso-8859-5", decoderName: "ISO-8859-5"),
            ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]
        ),
        (
            Charset(name: "iso-8859-6", decoderName: "ISO-8859-6"),
            ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
             "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]
        ),
        (
            Charset(name: "iso-8859-7", decoderName: "ISO-8859-7"),
            ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
             "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]
        ),
        (
            Charset(name: "iso-8859-8", decoderName: "ISO-8859-8"),
            ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
             "iso_8859-8", "iso_8859-8:1988", "visual"]
        ),
        (Charset(name: "iso-8859-8-i", decoderName: "ISO-8859-8"), ["csiso88598i", "iso-8859-8-i", "logical"]),
        (
            Charset(name: "iso-8859-10", decoderName: "ISO-8859-10"),
            ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]
        ),
        (Charset(name: "iso-8859-13", decoderName: "ISO-8859-13"), ["iso-8859-13", "iso8859-13", "iso885913"]),
        (Charset(name: "iso-8859-14", decoderName: "ISO-8859-14"), ["iso-8859-14", "iso8859-14", "iso885914"]),
        (
            Charset(name: "iso-8859-15", decoderName: "ISO-8859-15"),
            ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]
        ),
        (Charset(name: "iso-8859-16", decoderName: "ISO-8859-16"), ["iso-8859-16"]),
        (Charset(name: "koi8-r", decoderName: "KOI8-R"), ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        (Charset(name: "koi8-u", decoderName: "KOI8-U"), ["koi8-ru", "koi8-u"]),
        (Charset(name: "macintosh", decoderName: "MACINTOSH"), ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        (
            Charset(name: "windows-874", decoderName: "CP874"),
            ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]
        ),
        (Charset(name: "windows-1250", decoderName: "CP1250"), ["cp1250", "windows-1250", "x-cp1250"]),
        (Charset(name: "windows-1251", decoderName: "CP1251"), ["cp1251", "windows-1251", "x-cp1251"]),
        (
            .windows1252,
            ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
             "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]
        ),
        (Charset(name: "windows-1253", decoderName: "CP1253"), ["cp1253", "windows-1253", "x-cp1253"]),
        (
            Charset(name: "windows-1254", decoderName: "CP1254"),
            ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
             "l5", "latin5", "windows-1254", "x-cp1254"]
        ),
        (Charset(name: "windows-1255", decoderName: "CP1255"), ["cp1255", "windows-1255", "x-cp1255"]),
        (Charset(name: "windows-1256", decoderName: "CP1256"), ["cp1256", "windows-1256", "x-cp1256"]),
        (Charset(name: "windows-1257", decoderName: "CP1257"), ["cp1257", "windows-1257", "x-cp1257"]),
        (Charset(name: "windows-1258", decoderName: "CP1258"), ["cp1258", "windows-1258", "x-cp1258"]),
        (Charset(name: "x-mac-cyrillic", decoderName: "MAC-CYRILLIC"), ["x-mac-cyrillic", "x-mac-ukrainian"]),
        (
            Charset(name: "gbk", decoderName: "GB18030"),
            ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]
        ),
        (Charset(name: "gb18030", decoderName: "GB18030"), ["gb18030"]),
        (Charset(name: "big5", decoderName: "BIG5-HKSCS"), ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        (Charset(name: "euc-jp", decoderName: "EUC-JP"), ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        (Charset(name: "iso-2022-jp", decoderName: "ISO-2022-JP"), ["csiso2022jp", "iso-2022-jp"]),
        (
            Charset(name: "shift_jis", decoderName: "CP932"),
            ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]
        ),
        (
            Charset(name: "euc-kr", decoderName: "CP949"),
            ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
             "ksc_5601", "windows-949"]
        ),
        (.utf16BE, ["unicodefffe", "utf-16be"]),
        (.utf16LE, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
    ]

    private static let byLabel: [String: Charset] = {
        var map: [String: Charset] = [:]
        for (charset, labels) in table {
            for label in labels { map[label] = charset }
        }
        return map
    }()
}

extension Charset {
    /// A byte-order mark at the start of the body, which outranks every declaration.
    /// Returns the encoding and the BOM's length, or nil when there is none.
    static func sniffBOM(_ bytes: UnsafeRawBufferPointer) -> (Charset, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        return nil
    }

    /// True when `bytes` could be the start of a BOM but are too few to tell: one or two bytes of
    /// the UTF-8 BOM, or the first byte of a UTF-16 one (a BOM split after its first byte was
    /// missed whenever the header declared a charset).
    static func mightBeBOMPrefix(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.count == 1, bytes[0] == 0xFE || bytes[0] == 0xFF { return true }
        return bytes.count < 3 && bytes.count > 0 && (bytes.elementsEqual([0xEF, 0xBB, 0xBF].prefix(bytes.count)))
    }

    /// The `charset` parameter of a Content-Type header value, if it names a known encoding.
    public static func fromContentType(_ value: String) -> Charset? {
        for parameter in value.split(separator: ";").dropFirst() {
            guard let eq = parameter.firstIndex(of: "=") else { continue }
            let key = parameter[..<eq].trimmingASCIIWhitespace().asciiLowercased()
            guard key == "charset" else { continue }
            var raw = parameter[parameter.index(after: eq)...].trimmingASCIIWhitespace()
            if raw.count >= 2, raw.first == "\"", raw.last == "\"" { raw = String(raw.dropFirst().dropLast()) }
            return Charset(label: raw)
        }
        return nil
    }
}


