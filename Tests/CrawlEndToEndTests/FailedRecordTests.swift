import Foundation
import Testing

/// What a failed line's record says about the request that failed: `timing` only when a phase of
/// it ended, `final_url` only for a URL that answered.
@Suite struct FailedRecordTests {
    /// A name that does not exist: no request phase ended, so `timing` is null in JSON and five
    /// empty fields in csv and tsv, not zeros.
    @Test(arguments: ["jsonl", "csv", "tsv"])
    func aNameThatDoesNotResolveHasNoTiming(format: String) throws {
        let url = "http://\(DNSTests.name("nx")):\(DNSTests.port)/pages/basic.html"
        let run = try CrawlRun.run(
            ["-", "--dns-servers", DNSTests.dns, "--format", format, "--fields", "line,error,timing"],
            stdin: Data((url + "\n").utf8))
        #expect(run.status == 2, "nothing succeeded; stderr: \(run.stderr)")
        let text = String(decoding: run.stdout, as: UTF8.self)
        switch format {
        case "jsonl": #expect(text == #"{"line":1,"error":"dns","timing":null}"# + "\n")
        case "csv": #expect(text == "line,error,dns_ms,connect_ms,tls_ms,ttfb_ms,total_ms\r\n1,dns,,,,,\r\n")
        default: #expect(text == "line\terror\tdns_ms\tconnect_ms\ttls_ms\tttfb_ms\ttotal_ms\n1\tdns\t\t\t\t\t\n")
        }
    }

    /// A redirect crawl refuses (file://) after one it followed: `final_url` is the URL that sent
    /// it, the last that answered, with its status and timing; the refused URL is only in the detail.
    @Test func aRefusedRedirectReportsTheURLThatSentIt() throws {
        let server = FixtureServerProcess.shared
        let second = server.url("/redirect-to?url=file:///etc/passwd")
        let first = server.url("/redirect-to?url=" + second.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let run = try CrawlRun.run(["-"], stdin: Data((first + "\n").utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let record = try #require(try run.records.first)
        #expect(record["error"] as? String == "unsupported_scheme")
        #expect(record["final_url"] as? String == second, "\(record)")
        #expect(record["status"] as? Int == 302)
        #expect(record["redirects"] as? Int == 1)
        #expect(record["timing"] is [String: Any], "the redirecting response was timed")
        #expect((record["error_detail"] as? String)?.contains("file:///etc/passwd") == true)
    }
}
