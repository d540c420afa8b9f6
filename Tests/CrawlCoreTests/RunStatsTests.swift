import Foundation
import Testing

@testable import CrawlCore

/// The numbers behind the progress line, the summary and `--stats-json`.
@Suite struct RunStatsTests {
    static func record(_ line: Int, status: Int?, error: ErrorKind? = nil, bytes: Int = 100, ms: Int = 10, attempts: Int = 1) -> CrawlRecord {
        CrawlRecord(
            url: "http://h/\(line)", line: line, status: status, bytes: bytes, elapsedMS: ms, attempts: attempts, error: error)
    }

    @Test func countsByStatusClassAndErrorKind() {
        var stats = RunStats()
        stats.add(Self.record(1, status: 200), host: "a")
        stats.add(Self.record(2, status: 204), host: "a")
        stats.add(Self.record(3, status: 301), host: "b")
        stats.add(Self.record(4, status: 404), host: "b")
        stats.add(Self.record(5, status: 503, attempts: 3), host: "c")
        stats.add(Self.record(6, status: nil, error: .dns, bytes: 0, attempts: 3), host: "d")
        stats.add(Self.record(7, status: 200, error: .tooLarge), host: "a")
        stats.add(Self.record(8, status: nil, error: .badURL, bytes: 0, ms: 0, attempts: 0), host: nil)
        stats.add(Self.record(9, status: 99), host: "a")
        let summary = stats.summary(seconds: 2)
        #expect(summary.urls == 9)
        #expect(summary.errors == 3)
        #expect(summary.status == RunSummary.StatusClasses(informational: 0, success: 3, redirect: 1, clientError: 1, serverError: 1, other: 1))
        #expect(summary.noResponse == 2)
        #expect(summary.errorsByKind == ["dns": 1, "too_large": 1, "bad_url": 1])
        #expect(summary.bytes == 700)
        #expect(summary.requests == 12)
        #expect(summary.urlsPerSecond == 4.5)
    }

    @Test func latencyPercentilesComeFromFetchedRecordsOnly() {
        var stats = RunStats()
        for ms in 1...100 { stats.add(Self.record(ms, status: 200, ms: ms), host: "h") }
        // Never fetched: must not pull p50 down.
        for line in 101...200 { stats.add(Self.record(line, status: nil, error: .badURL, ms: 0, attempts: 0), host: nil) }
        let latency = stats.summary(seconds: 1).latencyMS
        #expect(latency.p50 == 50)
        #expect(latency.p95 == 95)
        #expect(latency.p99 == 99)
        #expect(latency.max == 100)
    }

    @Test func slowestHostsByMeanLatency() {
        var stats = RunStats()
        stats.add(Self.record(1, status: 200, ms: 900), host: "slow")
        stats.add(Self.record(2, status: 200, ms: 100), host: "slow")
        stats.add(Self.record(3, status: 200, ms: 10), host: "fast")
        stats.add(Self.record(4, status: nil, error: .timeout, ms: 3000), host: "dead")
        let hosts = stats.slowestHosts(2)
        #expect(hosts == [
            RunSummary.Host(host: "dead", urls: 1, meanMS: 3000, maxMS: 3000),
            RunSummary.Host(host: "slow", urls: 2, meanMS: 500, maxMS: 900),
        ])
    }

    /// A bounded top-K: 100,000 distinct hosts keep at most 2 × `hostsKept` tallies, and the
    /// slowest are still found exactly when each host's records are close together in the input
    /// (the scheduler's order): here host i takes i ms, and one slow host in the middle, with two
    /// records 3,000 hosts apart, stays ranked first.
    @Test func theSlowestHostsAreABoundedTopK() {
        var stats = RunStats()
        let count = 100_000
        for i in 0..<count {
            stats.add(Self.record(i + 1, status: 200, ms: i), host: "h\(i)")
            if i == count / 2 || i == count / 2 + 3_000 { stats.add(Self.record(0, status: 200, ms: 200_000), host: "slow") }
            #expect(stats.hostTallies < 2 * RunStats.hostsKept)
        }
        #expect(stats.records == count + 2)
        let slowest = stats.slowestHosts(3)
        #expect(slowest.map(\.host) == ["slow", "h99999", "h99998"])
        #expect(slowest.first == RunSummary.Host(host: "slow", urls: 2, meanMS: 200_000, maxMS: 200_000))
        #expect(stats.hostsNotTallied == count + 2 - stats.tallied)
    }

    @Test func summaryJSONHasTheDocumentedKeys() throws {
        var stats = RunStats()
        stats.add(Self.record(1, status: 200), host: "a")
        stats.add(Self.record(2, status: nil, error: .connect, attempts: 3), host: "b")
        let summary = stats.summary(seconds: 0.5, interrupted: true)
        let json = try summary.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(Set(object.keys) == [
            "urls", "errors", "status", "no_response", "errors_by_kind", "bytes", "requests", "seconds", "urls_per_s",
            "latency_ms", "slowest_hosts", "hosts_not_tallied", "interrupted", "tls", "peak_rss_kb",
        ])
        #expect((object["status"] as? [String: Int])?["2xx"] == 1)
        #expect((object["errors_by_kind"] as? [String: Int]) == ["connect": 1])
        #expect(try JSONDecoder().decode(RunSummary.self, from: Data(json)) == summary)
        #expect(json.last == 0x0A)
    }

    @Test func summaryTextGroupsDigits() {
        var stats = RunStats()
        for line in 1...12_345 { stats.add(Self.record(line, status: 200, bytes: 1000), host: "a.test") }
        let text = stats.summary(seconds: 1.5).text
        #expect(text.hasPrefix("crawl: 12,345 URLs in 1.50 s (8,230 URLs/s), 12.3 MB read, 12,345 requests\n"))
        #expect(text.contains("2xx 12,345"))
        #expect(text.contains("slowest  a.test 10 ms (12,345 URLs)"))
    }

    @Test func formattingHelpers() {
        #expect(RunSummary.group(0) == "0")
        #expect(RunSummary.group(999) == "999")
        #expect(RunSummary.group(1000) == "1,000")
        #expect(RunSummary.group(-1_234_567) == "-1,234,567")
        #expect(RunSummary.clock(7) == "0:07")
        #expect(RunSummary.clock(245) == "4:05")
        #expect(RunSummary.clock(3723) == "1:02:03")
        #expect(RunSummary.fixed(2.005, 1) == "2.0")
        #expect(RunSummary.fixed(0.05, 2) == "0.05")
        #expect(RunSummary.size(999) == "999 B")
        #expect(RunSummary.size(58_900_000) == "58.9 MB")
    }

    @Test func progressLineWithAndWithoutTotal() {
        var stats = RunStats()
        for line in 1...50 { stats.add(Self.record(line, status: line <= 48 ? 200 : nil, error: line <= 48 ? nil : .dns), host: "h") }
        let progress = ProgressLine(fd: -1, now: 0)
        let known = progress.render(now: 10_000_000_000, stats: stats, total: 100, inFlight: 7)
        #expect(known == "50/100 50.0% · 5.0 URLs/s · 2 errors · 7 in flight · 0:10 elapsed · ETA 0:10")
        #expect(progress.render(now: 10_000_000_000, stats: stats, total: 51, inFlight: 1).hasPrefix("50/51 98.0% "))
        var almost = RunStats()
        for line in 1...19_999 { almost.add(Self.record(line, status: 200), host: nil) }
        #expect(progress.render(now: 10_000_000_000, stats: almost, total: 20_000, inFlight: 1).hasPrefix("19,999/20,000 99.9% "))
        let unknown = progress.render(now: 10_000_000_000, stats: stats, total: nil, inFlight: 7)
        #expect(unknown == "50 done · 5.0 URLs/s · 2 errors · 7 in flight · 0:10 elapsed")
    }

    /// The rate is over the last seconds: a stalled tail shows 0 and no ETA, not the run's average.
    @Test func progressRateFollowsTheRecentWindow() {
        func stats(_ count: Int) -> RunStats {
            var stats = RunStats()
            for line in 0..<count { stats.add(Self.record(line + 1, status: 200), host: "h") }
            return stats
        }
        let progress = ProgressLine(fd: -1, now: 0)
        progress.drawIfDue(now: 0, stats: stats(10), total: 100, inFlight: 1)
        #expect(progress.render(now: 3_000_000_000, stats: stats(40), total: 100, inFlight: 1).contains("· 10 URLs/s ·"))
        #expect(progress.render(now: 3_000_000_000, stats: stats(40), total: 100, inFlight: 1).hasSuffix("ETA 0:06"))
        let stalled = progress.render(now: 3_000_000_000, stats: stats(10), total: 100, inFlight: 1)
        #expect(stalled.contains("· 0.0 URLs/s ·") && !stalled.contains("ETA"), "\(stalled)")
    }

    @Test func lineCounterCountsURLLinesAcrossSlices() throws {
        let path = "/tmp/crawl-count-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer { unlink(path) }
        // 5 MB of lines, so the 4 MB slices cut one; every 4th is blank or a comment.
        var text = ""
        var expected = 0
        var i = 0
        while text.utf8.count < 5 << 20 {
            switch i % 4 {
            case 0: text += "   \n"
            case 1: text += "  # comment \(i)\n"
            default:
                text += "\t http://example.com/\(i)\n"
                expected += 1
            }
            i += 1
        }
        text += "http://last-without-newline"
        expected += 1
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let counter = try #require(LineCounter(fd: fd))
        var turns = 0
        while !counter.advance(slices: 1) { turns += 1 }
        #expect(turns >= 2)
        #expect(counter.count == expected)
        #expect(LineCounter(fd: STDIN_FILENO) == nil || isatty(STDIN_FILENO) == 0)
    }

    @Test func workerAnswersCarryTheNumbersAndTheLine() throws {
        let record = CrawlRecord(url: "http://a/", line: 42, status: 503, bytes: 123, elapsedMS: 456, attempts: 3, error: .http)
        var bytes: [UInt8] = []
        WorkerWire.appendAnswerPrefix(record, to: &bytes)
        bytes += Array("a\tcsv,row\r\n".utf8)
        let tab = try #require(bytes.firstIndex(of: 0x09))
        #expect(String(decoding: bytes[..<tab], as: UTF8.self) == "42")
        let answer = try #require(WorkerWire.answer(bytes[(tab + 1)...]))
        #expect(answer.status == 503 && answer.error == .http && answer.bytes == 123 && answer.elapsedMS == 456 && answer.attempts == 3)
        #expect(Array(answer.line) == Array("a\tcsv,row\r\n".utf8))

        var empty: [UInt8] = []
        WorkerWire.appendAnswerPrefix(CrawlRecord(url: "x", line: 1), to: &empty)
        let answer2 = try #require(WorkerWire.answer(empty[2...]))
        #expect(answer2.status == nil && answer2.error == nil && answer2.line.isEmpty)
        #expect(WorkerWire.answer(Array("x\t\t1\t2\t3\t{}".utf8)[...]) == nil)
    }
}
