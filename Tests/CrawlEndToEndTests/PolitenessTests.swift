import Foundation
import Testing

/// `--per-host`, `--delay`, `--rate` and retries, checked from the server's side: the fixture server
/// records, per tag and per local address (127.0.0.2, .3 … as distinct hosts), every request's
/// arrival and how many were in flight at once.
///
/// The server sees arrivals, not starts: on a loaded machine one request can reach it late and the
/// next on time, so a gap the crawler kept can look shorter there. The bounds below leave half the
/// delay (and a quarter of a second of rate) for that; a crawl that ignored the rules would still
/// miss them by far (its requests arrive within milliseconds of each other).
@Suite struct PolitenessTests {
    static func list(_ count: Int, _ path: String, host: Int) -> [String] {
        (0..<count).map { FixtureServerProcess.shared.url("\(path)\(path.contains("?") ? "&" : "?")i=\($0)", host: host) }
    }

    static func crawl(_ urls: [String], _ arguments: [String]) throws -> [[String: Any]] {
        let run = try CrawlRun.run(["-"] + arguments, stdin: Data((urls.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == run.expectedStatus, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == urls.count)
        return records
    }

    @Test(arguments: ["1", "4"])
    func perHostLimitIsNeverExceeded(procs: String) throws {
        let tag = newTag("perhost")
        let urls = Self.list(24, "/track/\(tag)/delay/150", host: 1) + Self.list(24, "/track/\(tag)/delay/150", host: 2)
        let records = try Self.crawl(urls.shuffled(), ["--procs", procs, "-c", "16", "--per-host", "3"])
        #expect(records.allSatisfy { $0["status"] as? Int == 200 })
        let stats = try FixtureStats.fetch(tag: tag)
        for host in ["127.0.0.2", "127.0.0.3"] {
            #expect(stats.hosts[host]?.requests == 24)
            // Exactly 3: at most by the rule, and at least, or the test would prove nothing.
            #expect(stats.hosts[host]?.maxInFlight == 3, "\(host): \(String(describing: stats.hosts[host]))")
        }
    }

    @Test func aBusyHostDoesNotStarveTheOthers() throws {
        let tag = newTag("starve")
        // 60 slow URLs of one host first in the list, then 10 quick ones spread over 5 hosts.
        let big = Self.list(60, "/track/\(tag)/delay/100", host: 3)
        let small = (0..<10).map { FixtureServerProcess.shared.url("/track/\(tag)/status/200?i=\($0)", host: 4 + $0 % 4) }
        let records = try Self.crawl(big + small, ["--procs", "2", "-c", "8", "--per-host", "2"])
        let order = records.map { $0["url"] as! String }
        let lastSmall = order.lastIndex { small.contains($0) }!
        // The big host can only run 2 at a time: the small hosts must not wait behind its 60.
        #expect(lastSmall < 30, "the last small-host record came at position \(lastSmall) of 70")
    }

    @Test(arguments: ["1", "2"])
    func delaySpacesRequestsToOneHost(procs: String) throws {
        let tag = newTag("delay")
        _ = try Self.crawl(Self.list(6, "/track/\(tag)/status/200", host: 5), ["--procs", procs, "-c", "8", "--delay", "400"])
        let starts = try #require(FixtureStats.fetch(tag: tag).hosts["127.0.0.6"]).startsMs.sorted()
        #expect(starts.count == 6)
        for (a, b) in zip(starts, starts.dropFirst()) {
            // Half the delay: the rest is room for one arrival being late (see the suite's comment).
            #expect(b - a >= 200, "gaps \(zip(starts, starts.dropFirst()).map { $1 - $0 })")
        }
        #expect(starts.last! - starts.first! >= 1600, "5 gaps of 400 ms")
    }

    @Test func rateCapsTheWholeRun() throws {
        let tag = newTag("rate")
        let urls = (0..<30).map { FixtureServerProcess.shared.url("/track/\(tag)/status/200?i=\($0)", host: $0 % 6) }
        _ = try Self.crawl(urls, ["--procs", "2", "-c", "16", "--rate", "20"])
        let stats = try FixtureStats.fetch(tag: tag)
        let starts = stats.hosts.values.flatMap(\.startsMs).sorted()
        #expect(starts.count == 30)
        // 20 a second with a burst of 2: a 1 s window holds 22 at most, plus 5 for late arrivals
        // bunching up (a quarter of a second's worth). Without the rate all 30 come at once.
        for (i, start) in starts.enumerated() {
            let inWindow = starts[i...].prefix { $0 < start + 1000 }.count
            #expect(inWindow <= 27, "\(inWindow) requests within 1 s from \(start)")
        }
        #expect(starts.last! - starts.first! >= 1100, "30 requests at 20/s take at least 1.4 s")
    }

    @Test func serviceUnavailableThenOKSucceedsOnTheSecondAttempt() throws {
        let key = newTag("flaky")
        let url = FixtureServerProcess.shared.url("/flaky/\(key)?fail=1&status=503")
        let records = try Self.crawl([url], ["--retry-backoff", "0.05"])
        #expect(records[0]["status"] as? Int == 200)
        #expect(records[0]["title"] as? String == "Flaky \(key) ok")
        #expect(records[0]["attempts"] as? Int == 2)
    }

    @Test func retriesRunOutAndTheLastAnswerIsKept() throws {
        let key = newTag("flaky")
        let url = FixtureServerProcess.shared.url("/flaky/\(key)?fail=10&status=502")
        let records = try Self.crawl([url], ["--retries", "2", "--retry-backoff", "0.01"])
        #expect(records[0]["status"] as? Int == 502)
        #expect(records[0]["attempts"] as? Int == 3)
        #expect(String(decoding: try plainGet(FixtureServerProcess.shared.url("/flaky-count/\(key)")), as: UTF8.self) == "3")
    }

    @Test func retryAfterIsHonoured() throws {
        let tag = newTag("retryafter")
        let url = FixtureServerProcess.shared.url("/track/\(tag)/flaky/\(tag)?fail=1&status=429&retry_after=1", host: 6)
        let records = try Self.crawl([url], ["--retry-backoff", "0"])
        #expect(records[0]["status"] as? Int == 200)
        #expect(records[0]["attempts"] as? Int == 2)
        let starts = try #require(FixtureStats.fetch(tag: tag).hosts["127.0.0.7"]).startsMs
        #expect(starts.count == 2)
        #expect(starts[1] - starts[0] >= 990, "the retry came \(starts[1] - starts[0]) ms after a Retry-After of 1 s")
    }

    @Test func notFoundIsNeverRetried() throws {
        let tag = newTag("404")
        let records = try Self.crawl([FixtureServerProcess.shared.url("/track/\(tag)/status/404", host: 7)], [])
        #expect(records[0]["status"] as? Int == 404)
        #expect(records[0]["attempts"] as? Int == 1)
        #expect(try FixtureStats.fetch(tag: tag).hosts["127.0.0.8"]?.requests == 1)
    }

    @Test func refusedConnectionsAreRetriedThenReported() throws {
        // Port 1 on loopback: nothing listens, every connect is refused at once.
        let records = try Self.crawl(["http://127.0.0.1:1/"], ["--retries", "1", "--retry-backoff", "0.01"])
        #expect(records[0]["error"] as? String == "connect")
        #expect(records[0]["attempts"] as? Int == 2)
    }

    @Test func aDripFeedIsCutOffByTheLowSpeedRule() throws {
        let url = FixtureServerProcess.shared.url("/drip/basic.html?chunk=1&interval_ms=250")
        let records = try Self.crawl([url], ["--low-speed", "100", "--low-speed-time", "1", "--timeout", "60", "--retries", "0"])
        #expect(records[0]["error"] as? String == "too_slow", "\(records[0])")
        #expect(records[0]["attempts"] as? Int == 1, "too_slow is not retried")
    }

    @Test func schemelessFallsBackToHTTPOrReportsBoth() throws {
        let server = FixtureServerProcess.shared
        let bare = String(server.url("/pages/basic.html", host: 1).dropFirst("http://".count))
        let records = try Self.crawl([bare, "127.0.0.1:1/nothing"], ["--retries", "0"])
        let byURL = Dictionary(uniqueKeysWithValues: records.map { ($0["url"] as! String, $0) })
        #expect(byURL[bare]?["final_url"] as? String == "http://" + bare)
        #expect(byURL[bare]?["attempts"] as? Int == 2)
        #expect(byURL[bare]?["error"] is NSNull)
        #expect(byURL["127.0.0.1:1/nothing"]?["error"] as? String == "connect")
        #expect(byURL["127.0.0.1:1/nothing"]?["attempts"] as? Int == 2)
    }
}
