import Foundation
import Testing

/// crawl's own resolver against the fixture server's DNS responder (`--dns-servers`), offline:
/// names in `crawl.test` resolve to 127.0.0.1, `nx…` is NXDOMAIN, `servfail…` fails.
@Suite struct DNSTests {
    static let server = FixtureServerProcess.shared
    /// `127.0.0.1:PORT` of the responder.
    static let dns: String = (try? String(decoding: plainGet(server.url("/dns")), as: UTF8.self)) ?? ""
    static var port: String { String(server.base.split(separator: ":").last ?? "") }

    static func name(_ prefix: String) -> String { newTag(prefix).lowercased() + ".crawl.test" }

    static func crawl(_ urls: [String], _ arguments: [String]) throws -> [[String: Any]] {
        let run = try CrawlRun.run(
            ["-", "--dns-servers", dns, "--retry-backoff", "0.01"] + arguments,
            stdin: Data((urls.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == run.expectedStatus, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == urls.count)
        return records.sorted { ($0["line"] as? Int ?? 0) < ($1["line"] as? Int ?? 0) }
    }

    /// How often the responder was asked for `name`'s A record.
    static func queries(_ name: String) throws -> Int {
        let body = try plainGet(server.url("/dns-queries/\(name)"))
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Int]
        return object?["A"] ?? -1
    }

    @Test(arguments: [1, 2])
    func namesResolveThroughTheGivenServer(procs: Int) throws {
        let host = Self.name("ok")
        let records = try Self.crawl(["http://\(host):\(Self.port)/pages/basic.html"], ["--procs", String(procs)])
        #expect(records[0]["status"] as? Int == 200, "\(records[0])")
        #expect(records[0]["title"] as? String == "Basic page")
        #expect(try Self.queries(host) == 1)
    }

    /// More new names at once than the resolver asks at a time (`Resolver.maxInFlight`): the rest
    /// wait their turn, and every one is asked once and answered.
    @Test func aBurstOfNewNamesIsResolvedInTurns() throws {
        let tag = newTag("burst").lowercased()
        let hosts = (0..<300).map { "b\($0)-\(tag).crawl.test" }
        let records = try Self.crawl(
            hosts.map { "http://\($0):\(Self.port)/pages/basic.html" }, ["-c", "300", "--per-host", "0", "--retries", "0"])
        #expect(records.allSatisfy { $0["status"] as? Int == 200 }, "\(records.filter { $0["status"] as? Int != 200 }.prefix(3))")
        #expect(try hosts.prefix(5).allSatisfy { try Self.queries($0) == 1 })
    }

    /// NXDOMAIN is an answer: not retried, and asked once for every line of that host — once per
    /// worker, since an idle worker may take queued lines of a host another worker has seen.
    @Test(arguments: [1, 2])
    func aMissingNameIsFinalAndAskedOnce(procs: Int) throws {
        let host = Self.name("nx")
        let urls = (1...3).map { "http://\(host):\(Self.port)/pages/basic.html?i=\($0)" }
        let records = try Self.crawl(urls, ["--procs", String(procs), "--retries", "2", "--per-host", "1"])
        for record in records {
            #expect(record["error"] as? String == "dns", "\(record)")
            #expect(record["attempts"] as? Int == 1, "not retried: \(record)")
            #expect((record["error_detail"] as? String)?.contains("NXDOMAIN") == true)
            #expect(record["status"] is NSNull)
        }
        #expect(try (1...procs).contains(Self.queries(host)), "the negative answer is cached")
    }

    @Test func aNameWithoutAddressesIsFinal() throws {
        let host = Self.name("nodata")
        let records = try Self.crawl(["http://\(host):\(Self.port)/"], ["--retries", "2"])
        #expect(records[0]["error"] as? String == "dns")
        #expect(records[0]["attempts"] as? Int == 1)
    }

    /// A failing server is worth asking again: each retry asks anew.
    @Test func aFailingServerIsRetried() throws {
        let host = Self.name("servfail")
        let records = try Self.crawl(["http://\(host):\(Self.port)/"], ["--retries", "2"])
        #expect(records[0]["error"] as? String == "dns_temporary", "\(records[0])")
        #expect(records[0]["attempts"] as? Int == 3)
        #expect(try Self.queries(host) >= 3)
    }

    /// A redirect's target host goes through the same resolver, not the system's.
    @Test func redirectTargetsAreResolvedToo() throws {
        let from = Self.name("from"), to = Self.name("to")
        let target = "http://\(to):\(Self.port)/pages/basic.html"
        let records = try Self.crawl(["http://\(from):\(Self.port)/redirect-to?url=\(target)"], [])
        #expect(records[0]["title"] as? String == "Basic page", "\(records[0])")
        #expect(records[0]["redirects"] as? Int == 1)
        #expect(records[0]["final_url"] as? String == target)
        #expect(try Self.queries(to) == 1)
    }

    /// As libcurl does when it follows: credentials go only to the origin they were given for.
    @Test func credentialsStayOnTheirOrigin() throws {
        let first = Self.name("auth"), other = Self.name("other")
        let header = ["-H", "Authorization: Bearer s3cret"]
        let same = "http://\(first):\(Self.port)/redirect-to?url=/echo-header/authorization"
        let cross = "http://\(first):\(Self.port)/redirect-to?url=http://\(other):\(Self.port)/echo-header/authorization"
        let records = try Self.crawl([same, cross], header)
        #expect(records[0]["title"] as? String == "Bearer s3cret", "same origin: \(records[0])")
        #expect(records[1]["title"] as? String == "No header authorization", "other origin: \(records[1])")
    }

    @Test(arguments: ["127.0.0.1,,", "abc", "127.0.0.1:0", "127.0.0.1:53:1", "[::1", "[127.0.0.1]:53", ""])
    func anUnusableServerListIsAUsageError(list: String) throws {
        let run = try CrawlRun.run(["-", "--dns-servers", list], stdin: Data("http://a.test/\n".utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--dns-servers"))
    }
}
