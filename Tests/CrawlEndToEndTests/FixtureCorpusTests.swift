import Foundation
import Testing

/// Crawls every case of Fixtures/cases.json through the real binary and checks each record
/// against the expectations written next to the fixture.
@Suite struct FixtureCorpusTests {
    struct Manifest: Decodable {
        let crawlArgs: [String]
        let cases: [Case]
        enum CodingKeys: String, CodingKey {
            case crawlArgs = "crawl_args"
            case cases
        }
    }

    struct Case: Decodable {
        let path: String
        let title: String?
        let status: Int?
        let error: String?
        let charset: String?
        let redirects: Int?
        let note: String?
    }

    @Test func everyCaseGivesItsExpectedRecord() throws {
        let server = FixtureServerProcess.shared
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: Binaries.fixtures.appendingPathComponent("cases.json")))
        #expect(manifest.cases.count >= 40)
        let run = try CrawlRun.run([server.caseURLsFile.path, "--concurrency", "16"] + manifest.crawlArgs)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == manifest.cases.count)

        var seenLines = Set<Int>()
        for record in records {
            guard let line = record["line"] as? Int, line >= 1, line <= manifest.cases.count else {
                Issue.record("record without a valid line: \(record)")
                continue
            }
            #expect(seenLines.insert(line).inserted, "line \(line) answered twice")
            let expected = manifest.cases[line - 1]
            let what = "\(expected.path) (\(expected.note ?? ""))"
            #expect(record["url"] as? String == server.url(expected.path), "\(what)")
            #expect(record["title"] as? String == expected.title, "title of \(what)")
            #expect(record["status"] as? Int == expected.status, "status of \(what)")
            #expect(record["error"] as? String == expected.error, "error of \(what): \(record["error_detail"] ?? "")")
            if let charset = expected.charset {
                #expect(record["charset"] as? String == charset, "charset of \(what)")
            }
            if let redirects = expected.redirects {
                #expect(record["redirects"] as? Int == redirects, "redirects of \(what)")
            }
            if record["error"] is NSNull {
                #expect(record["error_detail"] is NSNull, "\(what)")
            } else {
                #expect((record["error_detail"] as? String)?.isEmpty == false, "\(what) needs an error_detail")
            }
            // A record always has every field, absent ones as null.
            for key in ["final_url", "content_type", "charset", "bytes", "elapsed_ms", "redirects"] {
                #expect(record.keys.contains(key), "\(what) lacks \(key)")
            }
        }
    }

    /// Nothing a redirect points at outside http(s) is ever read: not even a file that exists.
    @Test func redirectsToFilesAreRefused() throws {
        let server = FixtureServerProcess.shared
        let target = Binaries.fixtures.appendingPathComponent("cases.json").path
        let run = try CrawlRun.run(
            ["-"], stdin: Data("\(server.url("/redirect-to?url=file://\(target)"))\nfile://\(target)\n".utf8))
        let records = try run.records
        #expect(records.count == 2)
        for record in records {
            #expect(record["error"] as? String == "unsupported_scheme")
            #expect(record["title"] is NSNull)
            #expect(record["bytes"] as? Int == 0)
        }
    }
}
