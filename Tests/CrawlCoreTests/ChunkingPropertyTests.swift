import Foundation
import Testing

@testable import CrawlCore

/// The claim: for all bodies and all ways of cutting them into chunks, the extractor gives the same
/// title, charset and charset source as for the body in one piece. Checked over every fixture page
/// and over generated hostile pages (markup split anywhere, late `<meta>`, bytes that are not UTF-8,
/// BOMs, scripts inside titles, quotes holding `>`), each in random chunkings and in 1-byte chunks.
///
/// `CRAWL_CHUNKING_RUNS` (default 20,000) sets how many random chunkings are tried in all; the
/// figure in BENCHMARKS.md was measured with 1,000,000.
@Suite struct ChunkingPropertyTests {
    struct Outcome: Equatable, CustomStringConvertible {
        let title: String?
        let charset: String?
        let source: CharsetSource?
        var description: String { "\(title.map { "\"\($0)\"" } ?? "nil") \(charset ?? "nil") \(source?.rawValue ?? "nil")" }
    }

    static func extract(_ body: [UInt8], declared: Charset?, cuts: [Int], extractor: TitleExtractor) -> Outcome {
        extractor.begin(declaredCharset: declared)
        var offset = 0
        var done = false
        body.withUnsafeBytes { buffer in
            for cut in cuts + [buffer.count] where cut > offset && !done {
                done = extractor.feed(UnsafeRawBufferPointer(rebasing: buffer[offset..<cut]))
                offset = cut
            }
        }
        extractor.finish()
        defer { extractor.close() }
        return Outcome(title: extractor.title, charset: extractor.charset?.name, source: extractor.charsetSource)
    }

    /// Random cut points: mostly small chunks near the places that matter (the first KBs), some large.
    static func randomCuts(_ count: Int, _ random: inout SplitMix64) -> [Int] {
        var cuts: [Int] = []
        var at = 0
        while at < count {
            let kind = Int.random(in: 0..<10, using: &random)
            let step = kind < 4 ? Int.random(in: 1...8, using: &random)
                : kind < 8 ? Int.random(in: 1...600, using: &random) : Int.random(in: 1...20_000, using: &random)
            at += step
            if at < count { cuts.append(at) }
        }
        return cuts
    }

    static let fixturePages: [(name: String, body: [UInt8])] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/pages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        return names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, Array($0)) }
        }
    }()

    /// Pages made of fragments chosen to sit on the edges the issue found.
    static func hostilePage(_ random: inout SplitMix64) -> (body: [UInt8], declared: Charset?) {
        let fragments: [[UInt8]] = [
            Array(#"<html lang="en">"#.utf8), Array(#"<meta name="x" content='a > b "c"'>"#.utf8),
            Array("<!-- <title>no</title> -->".utf8), Array("<script>var t = '</title><title>no';</script>".utf8),
            Array("<style>p { content: '<title>' }</style>".utf8), Array("<svg><title>no</title></svg>".utf8),
            Array(#"<meta charset="windows-1251">"#.utf8), Array(#"<meta charset="utf-8">"#.utf8),
            Array("<p>Grüße aus Köln – “quoted” 日本語</p>".utf8), [0xC3, 0x28, 0xE9, 0x81, 0x8D, 0xFF],
            Array("</body></html>".utf8), Array("<![CDATA[ x ]]>".utf8), Array("<body><p>text &amp; more</p>".utf8),
            Array(repeating: UInt8(ascii: "z"), count: 700), Array("\n  \t".utf8), Array("<a href=x>link</a>".utf8),
            Array("</head>".utf8), Array("<link rel=icon href=x>".utf8), Array(#"<meta content="text/html; charset=koi8-r" http-equiv=content-type>"#.utf8),
        ]
        let titles: [[UInt8]] = [
            Array("<title>Plain title</title>".utf8), Array("<TITLE lang=\"de\">Grüße &amp; &copy 2024 &#150;</TITLE>".utf8),
            Array("<title>AB<script>0123456789</title>".utf8), Array("<title><p>tag &lt;</title >".utf8),
            Array("<title>".utf8) + [0xD0, 0x9D, 0xCF, 0xE2] + Array("</title>".utf8), Array("<title>never closed".utf8),
        ]
        var body: [UInt8] = []
        switch Int.random(in: 0..<12, using: &random) {
        case 0: body = [0xEF, 0xBB, 0xBF]
        case 1: body = [0xFF, 0xFE]
        default: break
        }
        let utf16 = body == [0xFF, 0xFE]
        let before = Int.random(in: 0...8, using: &random)
        for _ in 0..<before { body += fragments.randomElement(using: &random)! }
        body += titles.randomElement(using: &random)!
        for _ in 0..<Int.random(in: 0...4, using: &random) { body += fragments.randomElement(using: &random)! }
        if utf16 {
            // Re-encode what follows the BOM as UTF-16LE, byte by byte (Latin-1 → U+00xx is enough here).
            body = [0xFF, 0xFE] + body.dropFirst(2).flatMap { [$0, 0] }
        }
        let declared: Charset? = [nil, nil, nil, .utf8, .windows1252, Charset(label: "shift_jis")].randomElement(using: &random)!
        return (body, declared)
    }

    static var runs: Int {
        ProcessInfo.processInfo.environment["CRAWL_CHUNKING_RUNS"].flatMap(Int.init) ?? 20_000
    }

    /// Inputs `scripts/fuzz` found (Fuzz/Regressions/FuzzTitle, in FuzzTitle's format: a
    /// Content-Type line, 8 seed bytes, the body): each in every two-chunk cut and in 1-byte chunks.
    static let fuzzFound: [(name: String, contentType: String?, body: [UInt8])] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions/FuzzTitle")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            let input = Array(data)
            let newline = input.prefix(200).firstIndex(of: 0x0A)
            let type = newline.map { input[..<$0] } ?? []
            let rest = newline.map { input[($0 + 1)...] } ?? input[...]
            return (name, type.isEmpty ? nil : String(decoding: type, as: UTF8.self), Array(rest.dropFirst(8)))
        }
    }()

    @Test func everyFuzzFoundPageGivesTheSameRecordInAnyChunking() {
        #expect(Self.fuzzFound.count >= 1, "Fuzz/Regressions/FuzzTitle was not found")
        let extractor = TitleExtractor()
        defer { extractor.close() }
        for page in Self.fuzzFound {
            let declared = page.contentType.flatMap(Charset.fromContentType)
            let whole = Self.extract(page.body, declared: declared, cuts: [], extractor: extractor)
            for cut in 1..<max(1, page.body.count) {
                let chunked = Self.extract(page.body, declared: declared, cuts: [cut], extractor: extractor)
                #expect(chunked == whole, "\(page.name) cut at \(cut): \(chunked) vs \(whole)")
                if chunked != whole { break }
            }
            let bytewise = Self.extract(page.body, declared: declared, cuts: Array(1..<max(1, page.body.count)), extractor: extractor)
            #expect(bytewise == whole, "\(page.name) in 1-byte chunks: \(bytewise) vs \(whole)")
        }
    }

    @Test func everyFixturePageGivesTheSameRecordInAnyChunking() {
        let extractor = TitleExtractor()
        var random = SplitMix64(state: 12)
        #expect(Self.fixturePages.count > 40, "the fixture pages are found")
        let perPage = max(4, Self.runs / 4 / max(1, Self.fixturePages.count))
        for (name, body) in Self.fixturePages {
            let whole = Self.extract(body, declared: nil, cuts: [], extractor: extractor)
            let bytewise = Self.extract(body, declared: nil, cuts: Array(1..<min(body.count, 70_000)), extractor: extractor)
            #expect(bytewise == whole, "\(name) in 1-byte chunks")
            for _ in 0..<perPage {
                let cuts = Self.randomCuts(body.count, &random)
                let outcome = Self.extract(body, declared: nil, cuts: cuts, extractor: extractor)
                if outcome != whole {
                    Issue.record("\(name): \(outcome) in chunks \(cuts.prefix(20)), \(whole) in one piece")
                    break
                }
            }
        }
    }

    @Test func everyHostilePageGivesTheSameRecordInAnyChunking() {
        let extractor = TitleExtractor()
        var random = SplitMix64(state: 2024)
        var failures = 0
        let pages = max(100, Self.runs * 3 / 4 / 8)
        for _ in 0..<pages where failures < 5 {
            let (body, declared) = Self.hostilePage(&random)
            let whole = Self.extract(body, declared: declared, cuts: [], extractor: extractor)
            var tries: [[Int]] = [Array(1..<body.count)]
            for _ in 0..<7 { tries.append(Self.randomCuts(body.count, &random)) }
            for cuts in tries {
                let outcome = Self.extract(body, declared: declared, cuts: cuts, extractor: extractor)
                if outcome != whole {
                    failures += 1
                    Issue.record("\(outcome) in chunks \(cuts.prefix(30)), \(whole) in one piece: \(String(decoding: body, as: UTF8.self).debugDescription)")
                    break
                }
            }
        }
    }
}
