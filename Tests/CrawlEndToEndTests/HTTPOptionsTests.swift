import Foundation
import Testing

/// The HTTP knobs, checked against the fixture server: what arrived there, and what the record says.
@Suite struct HTTPOptionsTests {
    static func crawl(_ urls: [String], _ arguments: [String], environment: [String: String] = [:]) throws -> [[String: Any]] {
        let run = try CrawlRun.run(
            ["-"] + arguments, stdin: Data((urls.joined(separator: "\n") + "\n").utf8), environment: environment)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == urls.count)
        return records
    }

    /// h2c here; HTTP/2 over TLS (ALPN) is in TLSTests. With the libcurl of Debian 12 (7.88.1)
    /// crawl opens one h2c connection per transfer (see Transfer.configure), so multiplexing is
    /// not asserted here.
    @Test func http2PriorKnowledgeIsUsed() throws {
        let tag = newTag("h2")
        let server = FixtureServerProcess.shared
        let urls = [server.url("/proto")] + (0..<6).map { server.url("/track/\(tag)/delay/100?i=\($0)") }
        let records = try Self.crawl(urls, ["--http2-prior-knowledge", "--per-host", "6"])
        let proto = try #require(records.first { ($0["url"] as? String)?.hasSuffix("/proto") == true })
        #expect(proto["title"] as? String == "HTTP/2.0")
        #expect(records.allSatisfy { $0["http_version"] as? String == "2" }, "\(records.map { $0["http_version"] ?? "" })")
        let host = try #require(FixtureStats.fetch(tag: tag).hosts["127.0.0.1"])
        #expect(host.requests == 6)
        #expect(host.versions.allSatisfy { $0 == "2" }, "\(host.versions)")
    }

    @Test func http11IsTheDefaultOnPlainHTTP() throws {
        let records = try Self.crawl([FixtureServerProcess.shared.url("/proto")], [])
        #expect(records[0]["title"] as? String == "HTTP/1.1")
        #expect(records[0]["http_version"] as? String == "1.1")
        #expect(records[0]["ip"] as? String == "127.0.0.1")
        let timing = try #require(records[0]["timing"] as? [String: Any])
        #expect(Set(timing.keys) == ["dns_ms", "connect_ms", "tls_ms", "ttfb_ms", "total_ms"])
        #expect(timing["tls_ms"] is NSNull, "no TLS on plain http")
        #expect((timing["total_ms"] as? Double ?? 0) >= (timing["ttfb_ms"] as? Double ?? .infinity))
    }

    @Test func headersAndUserAgentAreSent() throws {
        let server = FixtureServerProcess.shared
        let records = try Self.crawl(
            [server.url("/echo-header/x-crawl-test"), server.url("/echo-header/user-agent")],
            ["-H", "X-Crawl-Test: hello there", "--user-agent", "testbot/2.0"])
        let titles = Set(records.compactMap { $0["title"] as? String })
        #expect(titles == ["hello there", "testbot/2.0"])
    }

    @Test(arguments: [true, false])
    func aProxyCarriesEveryRequest(viaEnvironment: Bool) throws {
        let server = FixtureServerProcess.shared
        // A host that does not resolve: only a proxy can answer for it.
        let url = "http://crawl-proxy-test.invalid/pages/basic.html"
        let records = viaEnvironment
            ? try Self.crawl([url], ["--retries", "0"], environment: ["http_proxy": server.base])
            : try Self.crawl([url], ["--retries", "0", "--proxy", server.base])
        #expect(records[0]["status"] as? Int == 200, "\(records[0])")
        #expect(records[0]["title"] != nil && !(records[0]["title"] is NSNull))
    }

    @Test func resolvePinsAHostToAnAddress() throws {
        let server = FixtureServerProcess.shared
        let port = try #require(URL(string: server.base)?.port)
        let records = try Self.crawl(
            ["http://pinned.crawl.test:\(port)/proto"], ["--retries", "0", "--resolve", "pinned.crawl.test:\(port):127.0.0.3"])
        #expect(records[0]["title"] as? String == "HTTP/1.1")
        #expect(records[0]["ip"] as? String == "127.0.0.3")
    }

    @Test func badOptionsAreUsageErrors() throws {
        for arguments in [
            ["--per-host", "-1"], ["--rate", "-2"], ["--retries", "1000"], ["-H", "no colon here"],
            ["--resolve", "justahost"], ["--proxy", "127.0.0.1:3128"], ["--http1.1", "--http2-prior-knowledge"],
            ["--low-speed-time", "0"],
        ] {
            let run = try CrawlRun.run(["-"] + arguments, stdin: Data("http://127.0.0.1:1/\n".utf8))
            #expect(run.status == 64, "\(arguments): \(run.status)")
            #expect(run.stdout.isEmpty)
            #expect(!run.stderr.isEmpty)
        }
    }
}
