import Foundation
import Testing

@testable import CrawlCore

/// Decodes `bytes` with a fresh decoder, cut into pieces of the given sizes (cycled; the last
/// piece is `final`), and returns the UTF-8 and the first error's offset.
func decodeAll(_ charset: Charset, _ bytes: [UInt8], pieces: [Int] = [Int.max]) -> (text: [UInt8], error: Int?) {
    let decoder = try! CharsetDecoder(charset)
    defer { decoder.close() }
    var out: [UInt8] = []
    var offset = 0
    var k = 0
    repeat {
        let size = max(1, pieces[k % pieces.count])
        k += 1
        let end = bytes.count - offset <= size ? bytes.count : offset + size
        bytes[offset..<end].withUnsafeBytes { piece in
            decoder.decode(piece, final: end == bytes.count) { out.append(contentsOf: $0) }
        }
        offset = end
    } while offset < bytes.count
    return (out, decoder.firstErrorOffset)
}

func decodeString(_ charset: Charset, _ bytes: [UInt8], pieces: [Int] = [Int.max]) -> String {
    String(decoding: decodeAll(charset, bytes, pieces: pieces).text, as: UTF8.self)
}

@Suite struct CharsetDecoderTests {
    static func charset(_ name: String) -> Charset { Charset(label: name) ?? Charset.detectedOnly(name)! }

    /// Every encoding of the standard that `Charset` knows, with text it can hold; encoded with
    /// glibc's encoder (EUC-JP with EUC-JP-MS, whose NEC row has ①).
    static let samples: [(String, String)] = [
        ("utf-8", "Grüße, 日本語 😀"), ("ibm866", "Привет, мир"), ("iso-8859-2", "Zażółć gęślą jaźń"),
        ("iso-8859-3", "Ħaġar Qim, Ġgantija"), ("iso-8859-4", "Ģirts ķēniņš ŗ"), ("iso-8859-5", "Привет, мир"),
        ("iso-8859-6", "مرحبا بالعالم"), ("iso-8859-7", "Καλημέρα κόσμε"), ("iso-8859-8", "שלום עולם"),
        ("iso-8859-8-i", "שלום עולם"), ("iso-8859-10", "Sámi ŋ ŧ đ"), ("iso-8859-13", "Łódź, Ąžuolas, Ęė"),
        ("iso-8859-14", "Ŵyddfa ŷ ẅ"), ("iso-8859-15", "Œuvre € Šœ"), ("iso-8859-16", "Știință, țară €"),
        ("koi8-r", "Привет, мир"), ("koi8-u", "Привіт, ґанок"), ("macintosh", "Café π Ω ﬁ"),
        ("windows-874", "สวัสดีชาวโลก"), ("windows-1250", "Zażółć gęślą jaźń"), ("windows-1251", "Привет, мир"),
        ("windows-1252", "Café “quoted” — €"), ("windows-1253", "Καλημέρα κόσμε"), ("windows-1254", "Günaydın dünya"),
        ("windows-1255", "שלום עולם"), ("windows-1256", "مرحبا بالعالم"), ("windows-1257", "Labas rytas, ąčęėįšųūž"),
        ("windows-1258", "Ăn ơi đây"), ("x-mac-cyrillic", "Привет, мир"), ("gbk", "中文标题：测试"),
        ("gb18030", "𠮷野家 中文"), ("big5", "繁體中文標題"), ("euc-jp", "日本語のタイトル①"),
        ("iso-2022-jp", "日本語のタイトル"), ("shift_jis", "日本語のタイトル①～"), ("euc-kr", "한국어 제목 똠방각하"),
        ("utf-16be", "Sixteen ü 中 😀"), ("utf-16le", "Sixteen ü 中 😀"),
        // Reached only through the detector.
        ("ibm852", "Zażółć gęślą jaźń"), ("ibm855", "Привет, мир"), ("x-mac-ce", "Zażółć gęślą jaźń"),
        ("viscii", "Tiếng Việt"),
    ]

    static func encoder(_ charset: Charset) -> String {
        charset.name == "euc-jp" ? "EUC-JP-MS" : charset.decoderName
    }

    @Test(arguments: samples)
    func everyEncodingDecodesASample(name: String, text: String) {
        let charset = Self.charset(name)
        let bytes = Iconv.encode("<title>\(text)</title>", to: Self.encoder(charset))
        let (out, error) = decodeAll(charset, bytes)
        #expect(String(decoding: out, as: UTF8.self) == "<title>\(text)</title>")
        #expect(error == nil)
    }

    @Test func samplesCoverTheWholeTable() {
        let names = Set(Self.samples.map { Self.charset($0.0).name })
        #expect(names.count == Self.samples.count)
        #expect(names.isSuperset(of: CharsetDecoder.singleByteNames))
    }

    // MARK: - Against the standard (encoding_rs's decodings, Fixtures/decoder)

    struct Case: Sendable, CustomStringConvertible {
        let charset: String
        let input: [UInt8]
        let expected: [UInt8]
        var description: String { "\(charset) \(Case.hex(input))" }

        static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/decoder/whatwg-decodings.tsv")
        let text = try! String(contentsOf: url, encoding: .utf8)
        func unhex(_ s: Substring) -> [UInt8] {
            var out: [UInt8] = []
            var i = s.startIndex
            while i < s.endIndex {
                let j = s.index(i, offsetBy: 2)
                out.append(UInt8(s[i..<j], radix: 16)!)
                i = j
            }
            return out
        }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Case(charset: String(fields[0]), input: unhex(fields[1]), expected: unhex(fields[2]))
        }
    }()

    /// 3,319 inputs, every encoding: all 256 bytes of each single-byte one, damaged text and
    /// random lead/trail bytes for the others; the output must be the standard's, byte for byte,
    /// and an error reported exactly when the standard's output has a U+FFFD.
    @Test func matchesTheEncodingStandard() {
        #expect(Self.cases.count > 2000)
        var failures: [String] = []
        var iso2022JPErrors = 0
        for c in Self.cases {
            let (out, error) = decodeAll(Self.charset(c.charset), c.input)
            let hasReplacement = String(decoding: c.expected, as: UTF8.self).unicodeScalars.contains("\u{FFFD}")
            if c.charset == "iso-2022-jp", hasReplacement || Case.hex(c.input).contains("1b2849") {
                // A known difference: glibc's ISO-2022-JP passes a stray ESC or a control byte in
                // two-byte mode through, and has no katakana mode (`ESC ( I`, see IconvProfile).
                // Other valid input must decode exactly.
                iso2022JPErrors += 1
                continue
            }
            if out != c.expected {
                failures.append("\(c): got \(Case.hex(out)), want \(Case.hex(c.expected))")
            }
            if (error != nil) != hasReplacement { failures.append("\(c): error offset \(String(describing: error))") }
        }
        #expect(failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(30).joined(separator: "\n"))")
        #expect(Self.cases.filter { $0.charset == "iso-2022-jp" }.count - iso2022JPErrors >= 100)  // compared exactly
    }

    /// The same bytes in any chunking, down to one byte at a time, give the same output and the
    /// same error offset as in one piece.
    @Test func chunkingChangesNothing() {
        var rng = SplitMix64(state: 12)
        var failures: [String] = []
        var runs = 0
        for c in Self.cases where !c.input.isEmpty {
            let charset = Self.charset(c.charset)
            let whole = decodeAll(charset, c.input)
            let multiByte = !CharsetDecoder.singleByteNames.contains(charset.name)
            var chunkings: [[Int]] = [[1]]
            for _ in 0..<(multiByte ? 6 : 1) {
                chunkings.append((0..<8).map { _ in Int.random(in: 1...5, using: &rng) })
            }
            // Every single split point.
            if multiByte, c.input.count <= 24 {
                for cut in 1..<c.input.count { chunkings.append([cut, Int.max]) }
            }
            for pieces in chunkings {
                runs += 1
                let split = decodeAll(charset, c.input, pieces: pieces)
                if split.text != whole.text || split.error != whole.error {
                    failures.append("\(c) in \(pieces): \(Case.hex(split.text)) vs \(Case.hex(whole.text))")
                }
            }
        }
        #expect(runs > 20_000)
        #expect(failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    /// Random bytes in every multi-byte encoding, longer than the fixture's and cut at random
    /// (including chunks long enough to fill the output buffer).
    @Test func randomBytesInRandomChunks() {
        var rng = SplitMix64(state: 1207)
        var failures: [String] = []
        for name in ["utf-8", "utf-16le", "utf-16be", "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "big5", "euc-kr", "windows-1253"] {
            let charset = Self.charset(name)
            for round in 0..<40 {
                let count = round == 0 ? 40_000 : Int.random(in: 1...400, using: &rng)
                let bytes = (0..<count).map { _ in
                    Bool.random(using: &rng) ? UInt8.random(in: 0x80...0xFF, using: &rng) : UInt8.random(in: 0...0xFF, using: &rng)
                }
                let whole = decodeAll(charset, bytes)
                #expect(String(validating: whole.text, as: UTF8.self) != nil)
                for _ in 0..<4 {
                    let pieces = (0..<16).map { _ in Int.random(in: 1...(Bool.random(using: &rng) ? 3 : 5000), using: &rng) }
                    let split = decodeAll(charset, bytes, pieces: pieces)
                    if split.text != whole.text || split.error != whole.error { failures.append("\(name) \(count) bytes in \(pieces)") }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    // MARK: - The standard's mappings where glibc differs

    @Test func windows1252UndefinedBytesAreC1Controls() {
        let (out, error) = decodeAll(.windows1252, [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80, 0x42])
        #expect(String(decoding: out, as: UTF8.self) == "A\u{81}\u{8D}\u{8F}\u{90}\u{9D}€B")
        #expect(error == nil)
    }

    @Test(arguments: [
        ("windows-874", 0x81 as UInt8, "\u{81}"), ("windows-1250", 0x83, "\u{83}"), ("windows-1251", 0x98, "\u{98}"),
        ("windows-1253", 0x88, "\u{88}"), ("windows-1254", 0x8E, "\u{8E}"), ("windows-1255", 0x9F, "\u{9F}"),
        ("windows-1257", 0x8A, "\u{8A}"), ("windows-1258", 0x8D, "\u{8D}"),
        // Where glibc's table is another version than the index's.
        ("koi8-u", 0xAE, "ў"), ("koi8-u", 0xBE, "Ў"), ("macintosh", 0xC6, "\u{2206}"), ("macintosh", 0xF0, "\u{F8FF}"),
        ("x-mac-cyrillic", 0xFF, "€"), ("windows-1255", 0xCA, "\u{05BA}"),
    ])
    func singleByteIndexEntries(name: String, byte: UInt8, expected: String) {
        let (out, error) = decodeAll(Self.charset(name), [byte])
        #expect(String(decoding: out, as: UTF8.self) == expected)
        #expect(error == nil)
    }

    /// Bytes the index leaves empty are U+FFFD, including in the windows code pages above 0x9F.
    @Test(arguments: [
        ("windows-1253", 0xAA as UInt8), ("windows-1253", 0xFF), ("windows-874", 0xDB), ("windows-1255", 0xD9),
        ("iso-8859-3", 0xA5), ("iso-8859-7", 0xAE), ("iso-8859-8", 0xBF), ("iso-8859-6", 0xA1),
    ])
    func emptyIndexEntriesAreErrors(name: String, byte: UInt8) {
        let (out, error) = decodeAll(Self.charset(name), [0x61, byte, 0x62])
        #expect(String(decoding: out, as: UTF8.self) == "a\u{FFFD}b")
        #expect(error == 1)
    }

    /// glibc's CP1258 and CP1255 compose a letter with the combining mark after it; the standard
    /// maps byte by byte.
    @Test func windows1258DoesNotCompose() {
        let out = decodeString(Self.charset("windows-1258"), [0x41, 0xEC, 0x61, 0xDE])
        #expect(Array(out.unicodeScalars) == ["A", "\u{0301}", "a", "\u{0303}"])
    }

    @Test(arguments: [
        ("shift_jis", [0x80] as [UInt8], "\u{80}"),
        ("gbk", [0x80], "€"), ("gb18030", [0xA3, 0xA0], "\u{3000}"),
        ("gb18030", [0x82, 0x35, 0x90, 0x37], "\u{9FB4}"), ("gb18030", [0x84, 0x31, 0x82, 0x36], "\u{FE10}"),
        ("gb18030", [0x84, 0x31, 0x83, 0x35], "\u{FE19}"), ("gb18030", [0xFE, 0x59], "\u{9FB4}"),
        ("big5", [0xA1, 0x45], "\u{2027}"), ("big5", [0xA3, 0xE1], "€"), ("big5", [0xA1, 0xE3], "～"),
        ("big5", [0x88, 0x62], "\u{CA}\u{304}"),
        ("euc-jp", [0xAD, 0xA1], "①"), ("euc-jp", [0x8F, 0xA2, 0xC3], "¦"), ("euc-jp", [0xA1, 0xC1], "～"), ("euc-jp", [0xFC, 0xE2], "髙"),
        ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x21, 0x41, 0x1B, 0x28, 0x42], "①～"),
        ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x7C, 0x62, 0x1B, 0x28, 0x42], "髙"),
    ])
    func multiByteIndexEntries(name: String, bytes: [UInt8], expected: String) {
        for pieces in [[Int.max], [1]] {
            let (out, error) = decodeAll(Self.charset(name), bytes, pieces: pieces)
            #expect(String(decoding: out, as: UTF8.self) == expected)
            #expect(error == nil)
        }
    }

    /// What one invalid sequence consumes: the lead alone when the next byte is ASCII (decoded
    /// again), else both; gb18030's four-byte form gives back bytes 2–4 when one is out of range.
    @Test(arguments: [
        ("shift_jis", [0x81, 0xAD, 0x41] as [UInt8], "\u{FFFD}A"), ("shift_jis", [0x81, 0x20], "\u{FFFD} "),
        ("shift_jis", [0xA0, 0xFD, 0x41], "\u{FFFD}\u{FFFD}A"),
        ("euc-kr", [0x81, 0x80, 0x41], "\u{FFFD}A"), ("euc-kr", [0xC7, 0x41], "\u{FFFD}A"),
        ("big5", [0x81, 0xA1, 0x41], "\u{FFFD}A"), ("big5", [0x80, 0x41], "\u{FFFD}A"),
        ("gb18030", [0x81, 0x30, 0x81, 0x20], "\u{FFFD}0\u{FFFD} "), ("gb18030", [0x84, 0x31, 0xA5, 0x30, 0x41], "\u{FFFD}A"),
        ("gb18030", [0x81, 0x30, 0x20], "\u{FFFD}0 "), ("gb18030", [0xFF, 0x41], "\u{FFFD}A"),
        ("euc-jp", [0x8F, 0xA1, 0xA1, 0x41], "\u{FFFD}A"), ("euc-jp", [0x8F, 0xA1, 0x41], "\u{FFFD}A"),
        ("euc-jp", [0x80, 0x41], "\u{FFFD}A"), ("euc-jp", [0xA4, 0x80, 0x41], "\u{FFFD}A"), ("euc-jp", [0xF5, 0xA1], "\u{FFFD}"),
        ("euc-jp", [0x8E, 0xE0, 0x41], "\u{FFFD}A"), ("euc-jp", [0x8F, 0xF4, 0xB0, 0x41], "\u{FFFD}A"),
        ("euc-jp", [0x8F, 0xF3, 0x41], "\u{FFFD}A"), ("euc-kr", [0xA2, 0xE8, 0x41], "\u{FFFD}A"),
        ("euc-kr", [0xB0, 0xA2, 0xA2, 0xE8], "각\u{FFFD}"),
        ("utf-16le", [0x00, 0xD8, 0x41, 0x00], "\u{FFFD}A"), ("utf-16le", [0x00, 0xDC, 0x41, 0x00], "\u{FFFD}A"),
        ("utf-16be", [0xD8, 0x00, 0xD8, 0x00, 0xDC, 0x00], "\u{FFFD}\u{10000}"), ("utf-16be", [0x00, 0x41, 0x00], "A\u{FFFD}"),
    ])
    func invalidSequences(name: String, bytes: [UInt8], expected: String) {
        for pieces in [[Int.max], [1], [2]] {
            #expect(decodeString(Self.charset(name), bytes, pieces: pieces) == expected, "\(pieces)")
        }
    }

    /// A bad byte before the title never loses it.
    @Test(arguments: samples)
    func textAfterABadByteSurvives(name: String, text: String) {
        let charset = Self.charset(name)
        let before = Iconv.encode("<head>", to: Self.encoder(charset))
        let title = Iconv.encode("<title>\(text)</title>", to: Self.encoder(charset))
        let bad: [UInt8] = name == "utf-16le" ? [0x00, 0xDC] : name == "utf-16be" ? [0xDC, 0x00] : name == "iso-2022-jp" ? [0x80] : [0xFF]
        for pieces in [[Int.max], [1], [3, 7]] {
            let out = decodeString(charset, before + bad + title, pieces: pieces)
            #expect(out.hasSuffix("<title>\(text)</title>"), "\(pieces): \(out)")
            #expect(out.contains("\u{FFFD}") || CharsetDecoder.singleByteNames.contains(charset.name))
        }
    }

    // MARK: - firstErrorOffset

    @Test func firstErrorOffsetCountsFromTheStart() {
        let utf8 = Array("aé".utf8) + [0xE2, 0x82] + Array("b".utf8) + [0xFF]
        for pieces in [[Int.max], [1], [4, 1]] {
            #expect(decodeAll(.utf8, utf8, pieces: pieces).error == 3)
            #expect(decodeAll(.utf8, Array("abc".utf8) + [0xE2, 0x82], pieces: pieces).error == 3)  // cut at the end
            #expect(decodeAll(Self.charset("shift_jis"), [0x41, 0x93, 0xFA, 0x81, 0xAD, 0xFF], pieces: pieces).error == 3)
            #expect(decodeAll(Self.charset("gbk"), [0x41, 0x42, 0x81], pieces: pieces).error == 2)
            #expect(decodeAll(Self.charset("euc-jp"), [0x41, 0xA4, 0xA2, 0x42, 0xF5, 0xA1, 0x80], pieces: pieces).error == 4)
            #expect(decodeAll(Self.charset("euc-jp"), [0x41, 0x42, 0x80], pieces: pieces).error == 2)
            #expect(decodeAll(Self.charset("euc-kr"), [0x41, 0xB0, 0xA1, 0xA2, 0xE8, 0x42], pieces: pieces).error == 3)
            #expect(decodeAll(Self.charset("windows-1253"), [0x41, 0x81, 0xAA], pieces: pieces).error == 2)
            #expect(decodeAll(.utf16LE, [0x41, 0x00, 0x00, 0xD8, 0x41, 0x00], pieces: pieces).error == 2)
            #expect(decodeAll(.utf16BE, [0x00, 0x41, 0xD8, 0x00], pieces: pieces).error == 2)
            #expect(decodeAll(.utf16BE, [0x00, 0x41, 0x00], pieces: pieces).error == 2)
        }
        #expect(decodeAll(Self.charset("big5"), Array("清楚".utf8)).error != nil)  // UTF-8 declared as Big5
        #expect(decodeAll(Self.charset("big5"), Iconv.encode("清楚", to: "BIG5-HKSCS")).error == nil)
    }

    @Test func resetStartsANewStream() throws {
        let decoder = try CharsetDecoder(Self.charset("shift_jis"))
        defer { decoder.close() }
        var out: [UInt8] = []
        ([0x41, 0xFF, 0x93] as [UInt8]).withUnsafeBytes { decoder.decode($0, final: false) { out.append(contentsOf: $0) } }
        #expect(decoder.firstErrorOffset == 1)
        decoder.reset()
        #expect(decoder.firstErrorOffset == nil)
        out.removeAll()
        ([0x93, 0xFA] as [UInt8]).withUnsafeBytes { decoder.decode($0, final: true) { out.append(contentsOf: $0) } }
        #expect(String(decoding: out, as: UTF8.self) == "日")
        #expect(decoder.firstErrorOffset == nil)
    }

    /// ISO-2022-JP's shift state lasts across calls, and `reset` returns to ASCII.
    @Test func iso2022JPStateAcrossCalls() throws {
        let decoder = try CharsetDecoder(Self.charset("iso-2022-jp"))
        defer { decoder.close() }
        var out: [UInt8] = []
        for piece: [UInt8] in [[0x1B, 0x24], [0x42, 0x46], [0x7C, 0x4B, 0x5C], [0x1B, 0x28, 0x42, 0x41]] {
            piece.withUnsafeBytes { decoder.decode($0, final: false) { out.append(contentsOf: $0) } }
        }
        #expect(String(decoding: out, as: UTF8.self) == "日本A")
        decoder.reset()
        out.removeAll()
        ([0x46, 0x7C] as [UInt8]).withUnsafeBytes { decoder.decode($0, final: true) { out.append(contentsOf: $0) } }
        #expect(String(decoding: out, as: UTF8.self) == "F|")
    }
}
