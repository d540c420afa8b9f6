import Foundation
import Testing

/// Through the binary: where each record's encoding came from, and a URL list saved with a BOM.
@Suite struct CharsetSourceTests {
    static let server = FixtureServerProcess.shared

    @Test func everyRecordSaysWhereItsCharsetCameFrom() throws {
        let cases: [(path: String, charset: String, source: String)] = [
            ("/pages/gbk.html", "gbk", "meta"),
            ("/pages/utf8-bom.html", "utf-8", "bom"),
            ("/pages/header-vs-meta.html?ct=text/html;%20charset=utf-8", "utf-8", "header"),
            ("/pages/utf8-nodecl.html", "utf-8", "detected"),
            ("/pages/late-meta.html", "koi8-r", "meta"),
            ("/pages/late-meta-in-body.html", "utf-8", "default"),
        ]
        let urls = cases.map { Self.server.url($0.path) }
        let run = try CrawlRun.run(["-"], stdin: Data((urls.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records.sorted { ($0["line"] as? Int ?? 0) < ($1["line"] as? Int ?? 0) }
        try #require(records.count == cases.count)
        for (record, expected) in zip(records, cases) {
            #expect(record["charset"] as? String == expected.charset, "\(expected.path)")
            #expect(record["charset_source"] as? String == expected.source, "\(expected.path)")
        }
    }

    /// A list saved by an editor that writes a UTF-8 BOM: line 1 is still a comment, line 2 a URL.
    @Test func aByteOrderMarkBeforeTheFirstLineIsIgnored() throws {
        let list = [0xEF, 0xBB, 0xBF] + Array("# my list\n\(Self.server.url("/pages/basic.html"))\n".utf8)
        let run = try CrawlRun.run(["-"], stdin: Data(list))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 1)
        #expect(records.first?["line"] as? Int == 2)
        #expect(records.first?["title"] as? String == "Basic page")

        let first = [0xEF, 0xBB, 0xBF] + Array("\(Self.server.url("/pages/basic.html"))\n".utf8)
        let second = try CrawlRun.run(["-"], stdin: Data(first)).records
        #expect(second.first?["error"] is NSNull, "line 1 is a URL, not bad_url: \(second)")
    }
}
