import Testing

@testable import CrawlCore

/// uchardet on the start of pages that declare no encoding: a head of ASCII markup, then a
/// paragraph of real-looking text (written for these tests) in a legacy encoding, cut after 300 or
/// 1,000 bytes (possibly inside a character, as a network window is).
///
/// What uchardet 0.0.7 does with these, measured over 60 different starting sentences per case:
/// every one of the nine below is detected at both lengths (German as ISO-8859-1, which the
/// standard decodes as windows-1252; Korean as UHC; Chinese as GB18030, mapped to gbk). On 100
/// bytes of page German became ISO-8859-3 once, so shorter windows are not asserted. Bytes that
/// start inside a multi-byte character are another matter: for EUC-JP, GBK and EUC-KR about a
/// third then give no answer or UTF-8; Shift_JIS and Big5 stay right (not asserted either).
@Suite struct CharsetDetectorTests {
    static let japanese = """
        日本の首都である東京は、世界でも有数の大都市です。毎日多くの人々が電車や地下鉄を利用して通勤し、\
        街にはたくさんの店やレストランが並んでいます。春には桜が咲き、公園には花見を楽しむ人々が集まります。\
        夏は暑く湿度が高いですが、各地で祭りや花火大会が開かれます。秋になると紅葉が美しく、冬には雪が降る地域もあります。\
        古い寺や神社と新しい高層ビルが共存しているのも、この国の魅力の一つと言えるでしょう。
        """
    static let simplifiedChinese = """
        北京是中华人民共和国的首都，也是全国的政治和文化中心。这座城市有着三千多年的历史，拥有故宫、天坛、颐和园等许多著名的名胜古迹。\
        每年都有大量的游客来到这里参观游览。近年来，随着经济的快速发展，城市面貌发生了巨大的变化，高楼大厦不断出现，\
        交通网络也越来越完善。地铁线路已经覆盖了城市的大部分地区，给市民的出行带来了很大的方便。
        """
    static let traditionalChinese = """
        臺北是臺灣最大的城市之一，也是政治、經濟與文化的中心。這裡有許多著名的景點，例如故宮博物院、臺北一零一大樓以及熱鬧的夜市。\
        每到週末，市民們喜歡到陽明山走走，或是在淡水河邊散步欣賞夕陽。捷運系統十分便利，連接了城市的各個角落，讓生活更加舒適。\
        傳統的廟宇與現代的建築並存，展現出這座城市獨特的風貌與活力。
        """
    static let korean = """
        서울은 대한민국의 수도이며 정치, 경제, 문화의 중심지입니다. 한강이 도시의 한가운데를 흐르고 있으며, 많은 사람들이 \
        강변 공원에서 산책이나 자전거 타기를 즐깁니다. 경복궁과 같은 오래된 궁궐과 현대적인 고층 건물이 함께 어우러져 \
        독특한 풍경을 만들어 냅니다. 지하철은 도시 곳곳을 연결하고 있어서 교통이 매우 편리합니다. \
        밤에도 거리는 사람들로 붐비고 다양한 음식을 맛볼 수 있습니다.
        """
    static let russian = """
        Москва является столицей России и крупнейшим городом страны. Здесь расположены многочисленные музеи, театры \
        и исторические памятники, которые ежегодно привлекают миллионы туристов. Красная площадь и Кремль известны во \
        всём мире. Московское метро считается одним из самых красивых в мире: многие станции украшены мозаикой, \
        скульптурами и люстрами. Летом жители города любят отдыхать в парках, а зимой катаются на коньках.
        """
    static let polish = """
        Kraków jest jednym z najstarszych i najpiękniejszych miast w Polsce. Przez wiele stuleci był stolicą kraju \
        i siedzibą królów. Na Wawelu znajduje się zamek królewski oraz katedra, w której odbywały się koronacje. \
        Rynek Główny należy do największych średniowiecznych placów w Europie, a Sukiennice przyciągają turystów \
        z całego świata. Wieczorem w kawiarniach i restauracjach panuje wyjątkowa atmosfera, a ulice wypełniają się muzyką.
        """
    static let german = """
        München ist die Hauptstadt des Freistaates Bayern und eine der größten Städte Deutschlands. Jedes Jahr im \
        Herbst findet hier das Oktoberfest statt, das Besucher aus aller Welt anzieht. Die Stadt ist bekannt für ihre \
        schönen Biergärten, prächtigen Kirchen und zahlreichen Museen. Viele Menschen schätzen die Nähe zu den Alpen, \
        denn schon nach einer kurzen Fahrt kann man im Winter Ski fahren oder im Sommer wandern. Die Münchner lieben \
        ihre traditionellen Gerichte wie Weißwurst und Brezeln.
        """

    /// (expected charset, glibc encoder, text)
    static let samples: [(String, String, String)] = [
        ("euc-jp", "EUC-JP", japanese), ("shift_jis", "CP932", japanese), ("gbk", "GBK", simplifiedChinese),
        ("big5", "BIG5", traditionalChinese), ("euc-kr", "CP949", korean), ("koi8-r", "KOI8-R", russian),
        ("windows-1251", "CP1251", russian), ("windows-1250", "CP1250", polish), ("windows-1252", "CP1252", german),
        // Not an encoding of the standard: only the detector selects it (`Charset.detectedOnly`).
        ("ibm855", "IBM855", russian),
    ]

    /// The first `length` bytes of a page whose text starts `skip` characters into `text`.
    static func page(_ text: String, encoder: String, length: Int, skip: Int = 0) -> [UInt8] {
        let body = String(String(repeating: text + " ", count: 8).dropFirst(skip))
        let html = "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
            + "<title>\(body.prefix(12))</title></head><body><p>\(body)"
        return Array(Iconv.encode(html, to: encoder).prefix(length))
    }

    static func detect(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { CharsetDetector.detect($0)?.name }
    }

    @Test(arguments: samples, [300, 1000])
    func detectsTheEncoding(sample: (String, String, String), length: Int) {
        let (expected, encoder, text) = sample
        for skip in [0, 17, 40, 101] {
            let bytes = Self.page(text, encoder: encoder, length: length, skip: skip)
            #expect(bytes.count == length)
            #expect(Self.detect(bytes) == expected, "\(length) bytes from character \(skip)")
        }
    }

    /// Plain text, no markup, as in a feed's description.
    @Test(arguments: samples)
    func detectsPlainText(sample: (String, String, String)) {
        let (expected, encoder, text) = sample
        let bytes = Array(Iconv.encode(String(repeating: text, count: 4), to: encoder).prefix(1000))
        #expect(Self.detect(bytes) == expected)
    }

    /// A declaration cannot select a detector-only encoding, as a browser ignores the label.
    @Test func detectedOnlyEncodingsHaveNoLabel() {
        for name in ["ibm855", "ibm852", "x-mac-ce", "viscii", "mac-centraleurope"] {
            #expect(Charset(label: name) == nil, "\(name)")
        }
        #expect(Charset.detectedOnly("IBM855")?.name == "ibm855")
    }

    @Test func noBytesNoAnswer() {
        #expect(Self.detect([]) == nil)
    }

    @Test func asciiIsWindows1252() {
        #expect(Self.detect(Array("<html><title>plain</title>".utf8)) == "windows-1252")
    }

    @Test func byteOrderMarks() {
        #expect(Self.detect([0xFF, 0xFE] + Iconv.encode("<title>Hi</title>", to: "UTF-16LE")) == "utf-16le")
        #expect(Self.detect([0xFE, 0xFF] + Iconv.encode("<title>Hi</title>", to: "UTF-16BE")) == "utf-16be")
    }

    /// Every name uchardet 0.0.7 can give, and what it becomes.
    @Test func namesMapToTheStandardsEncodings() {
        let expected: [String: String?] = [
            "ASCII": "windows-1252", "UTF-8": "utf-8", "UTF-32": nil, "BIG5": "big5", "EUC-JP": "euc-jp",
            "EUC-KR": "euc-kr", "UHC": "euc-kr", "EUC-TW": nil, "GB18030": "gbk", "HZ-GB-2312": nil, "ISO-2022-CN": nil,
            "ISO-2022-JP": "iso-2022-jp", "ISO-2022-KR": nil, "SHIFT_JIS": "shift_jis", "IBM852": "ibm852", "IBM855": "ibm855",
            "IBM866": "ibm866", "ISO-8859-1": "windows-1252", "ISO-8859-2": "iso-8859-2", "ISO-8859-3": "iso-8859-3",
            "ISO-8859-4": "iso-8859-4", "ISO-8859-5": "iso-8859-5", "ISO-8859-6": "iso-8859-6", "ISO-8859-7": "iso-8859-7",
            "ISO-8859-8": "iso-8859-8", "ISO-8859-9": "windows-1254", "ISO-8859-10": "iso-8859-10",
            "ISO-8859-11": "windows-874", "ISO-8859-13": "iso-8859-13", "ISO-8859-15": "iso-8859-15",
            "ISO-8859-16": "iso-8859-16", "KOI8-R": "koi8-r", "MAC-CENTRALEUROPE": "x-mac-ce", "MAC-CYRILLIC": "x-mac-cyrillic",
            "TIS-620": "windows-874", "VISCII": "viscii", "WINDOWS-1250": "windows-1250", "WINDOWS-1251": "windows-1251",
            "WINDOWS-1252": "windows-1252", "WINDOWS-1253": "windows-1253", "WINDOWS-1254": "windows-1254",
            "WINDOWS-1255": "windows-1255", "WINDOWS-1256": "windows-1256", "WINDOWS-1257": "windows-1257",
            "WINDOWS-1258": "windows-1258", "UTF-16BE": "utf-16be", "UTF-16LE": "utf-16le",
        ]
        for (name, charset) in expected {
            let found = [UInt8]().withUnsafeBytes { CharsetDetector.charset(forDetectorName: name, $0)?.name }
            #expect(found == charset, "\(name)")
        }
    }

    /// What the decoder makes of what the detector found: the text itself.
    @Test(arguments: samples)
    func detectedEncodingDecodesTheText(sample: (String, String, String)) throws {
        let (_, encoder, text) = sample
        let bytes = Iconv.encode(text, to: encoder)
        let charset = try #require(bytes.withUnsafeBytes { CharsetDetector.detect($0) })
        #expect(decodeString(charset, bytes) == text)
    }
}
