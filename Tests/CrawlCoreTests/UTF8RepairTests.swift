import Testing

@testable import CrawlCore

@Suite struct UTF8RepairTests {
    func repaired(_ chunks: [[UInt8]]) -> [UInt8] {
        var repair = UTF8Repair()
        var out: [UInt8] = []
        for (i, chunk) in chunks.enumerated() {
            chunk.withUnsafeBytes { repair.repair($0, final: i == chunks.count - 1) { out.append(contentsOf: $0) } }
        }
        return out
    }

    @Test func validInputPassesThrough() {
        let text = Array("plain ascii and ünïcödé 😀".utf8)
        #expect(repaired([text]) == text)
    }

    @Test func sequencesSplitAcrossChunksSurvive() {
        let text = Array("😀é€".utf8)
        for cut in 1..<text.count {
            #expect(repaired([Array(text[..<cut]), Array(text[cut...])]) == text)
        }
    }

    @Test func eachBadSequenceBecomesOneReplacement() {
        // Matches the WHATWG decoder (and Python's errors="replace"): maximal subparts.
        #expect(String(decoding: repaired([[0x61, 0xE9, 0x62]]), as: UTF8.self) == "a\u{FFFD}b")
        #expect(String(decoding: repaired([[0x61, 0xE2, 0x82]]), as: UTF8.self) == "a\u{FFFD}")
        #expect(String(decoding: repaired([[0xC0, 0x80]]), as: UTF8.self) == "\u{FFFD}\u{FFFD}")
    }

    // MARK: - The fast validity check, against the standard library's UTF-8 parser

    /// The longest prefix of whole, well-formed sequences, by the standard library.
    static func reference(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }

    /// For all inputs: random bytes biased towards the edges of Table 3-7 (leads E0, ED, F0, F4,
    /// continuation bytes at 0x80/0x9F/0xA0/0xBF), ASCII runs of every length around 8, cuts anywhere.
    @Test func agreesWithTheStandardLibrary() {
        var random = SplitMix64(state: 7)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                                    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        let valid: [[UInt8]] = ["é", "€", "日", "😀", "\u{D7FF}", "\u{E000}", "\u{10FFFF}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}"]
            .map { Array($0.utf8) }
        for _ in 0..<50_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes += Array(repeating: 0x61, count: Int.random(in: 0...17, using: &random))
                case 1: bytes += valid.randomElement(using: &random)!
                case 2: bytes.append(interesting.randomElement(using: &random)!)
                default: bytes.append(UInt8.random(in: 0...255, using: &random))
                }
            }
            let fast = bytes.withUnsafeBytes { UTF8Repair.validPrefixLength($0) }
            #expect(fast == Self.reference(bytes), "\(bytes)")
            if fast != Self.reference(bytes) { return }
        }
    }

    @Test func wholeValidTextIsOnePrefix() {
        let text = Array("<title>Café Müller – “menu” 日本語 😀</title>".utf8)
        #expect(text.withUnsafeBytes { UTF8Repair.validPrefixLength($0) } == text.count)
        #expect([UInt8]().withUnsafeBytes { UTF8Repair.validPrefixLength($0) } == 0)
        // A sequence cut by the end is not part of the prefix.
        #expect((Array("abc".utf8) + [0xE6, 0x97]).withUnsafeBytes { UTF8Repair.validPrefixLength($0) } == 3)
    }
}
