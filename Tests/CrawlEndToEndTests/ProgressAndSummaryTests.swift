import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What crawl says on stderr besides errors: the live progress line, the summary block,
/// `--stats-json`, `--quiet`; plus the help text and the shell completions.
@Suite struct ProgressAndSummaryTests {
    // MARK: progress line

    /// Under `script`, stderr is a pseudo-terminal: the progress line is drawn by default.
    /// Records go to `-o FILE`, so the pty carries stderr only.
    @Test func progressIsDrawnOnATerminal() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try genList(300, in: dir)
        let out = dir.appendingPathComponent("out.jsonl")

        let shown = try runUnderPTY([input.path, "-o", out.path])
        #expect(shown.status == 0, "pty output: \(printable(shown.output))")
        #expect(try Data(contentsOf: out).filter { $0 == 0x0A }.count == 300)
        checkProgressFrames(shown.output, summary: "crawl: 300 URLs in")

        let noProgress = try runUnderPTY([input.path, "-o", out.path, "--no-progress"])
        #expect(noProgress.status == 0, "pty output: \(printable(noProgress.output))")
        // The pty turns "\n" into "\r\n"; any other CR would be a progress frame.
        let lines = noProgress.output.replacingOccurrences(of: Data("\r\n".utf8), with: Data("\n".utf8))
        #expect(!lines.contains(0x0D), "a progress frame with --no-progress: \(printable(noProgress.output))")
        #expect(!lines.contains(0x1B), "an escape sequence with --no-progress: \(printable(noProgress.output))")
        #expect(String(decoding: lines, as: UTF8.self).hasPrefix("crawl: 300 URLs in"), "\(printable(noProgress.output))")

        for quiet in [["--quiet"], ["-q", "--progress"]] {
            let silent = try runUnderPTY([input.path, "-o", out.path] + quiet)
            #expect(silent.status == 0)
            #expect(silent.output.isEmpty, "\(quiet) on a terminal: \(printable(silent.output))")
        }
    }

    /// stderr a pipe: no progress unless `--progress` asks for it; the summary either way.
    @Test func progressIsOffOnAPipeUnlessForced() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try genList(300, in: dir)
        let out = dir.appendingPathComponent("out.jsonl")

        let plain = try CrawlRun.run([input.path, "-o", out.path])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(plain.stderr.hasPrefix("crawl: 300 URLs in"), "stderr: \(printable(Data(plain.stderr.utf8)))")
        #expect(!plain.stderr.utf8.contains(0x0D), "a CR on a pipe: \(printable(Data(plain.stderr.utf8)))")
        #expect(!plain.stderr.utf8.contains(0x1B), "an escape on a pipe: \(printable(Data(plain.stderr.utf8)))")

        let forced = try CrawlRun.run([input.path, "-o", out.path, "--progress"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
        checkProgressFrames(Data(forced.stderr.utf8), summary: "crawl: 300 URLs in")
    }

    // MARK: summary

    /// The summary's numbers are the records' numbers, whoever counts them (the loop, or the
    /// `--procs` parent from its workers' answers). The cases give every kind of outcome.
    @Test(arguments: [1, 2])
    func summaryCountsEqualTheRecords(procs: Int) throws {
        let server = FixtureServerProcess.shared
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let statsFile = dir.appendingPathComponent("stats.json")
        let run = try CrawlRun.run(
            [server.caseURLsFile.path, "--concurrency", "16", "--procs", String(procs), "--stats-json", statsFile.path]
                + caseCrawlArguments() + ["--retries", "1", "--retry-backoff", "0.01"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count >= 40)

        var errors = 0
        var noResponse = 0
        var classes = ["1xx": 0, "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, "other": 0]
        var kinds: [String: Int] = [:]
        var bytes = 0
        var requests = 0
        var fetched = 0
        var maxElapsed = 0
        for record in records {
            if let kind = record["error"] as? String {
                errors += 1
                kinds[kind, default: 0] += 1
            } else {
                #expect(record["error"] is NSNull, "\(record)")
            }
            if let status = record["status"] as? Int {
                classes[(100..<600).contains(status) ? "\(status / 100)xx" : "other"]! += 1
            } else {
                #expect(record["status"] is NSNull, "\(record)")
                noResponse += 1
            }
            bytes += record["bytes"] as? Int ?? 0
            let attempts = record["attempts"] as? Int ?? 0
            requests += attempts
            if attempts > 0 {
                fetched += 1
                maxElapsed = max(maxElapsed, record["elapsed_ms"] as? Int ?? 0)
            }
        }
        // Make sure the cases really mix outcomes, so the comparison means something.
        #expect(errors > 0 && noResponse > 0 && classes["3xx"]! > 0 && classes["4xx"]! > 0 && kinds.count > 2)
        #expect(requests > records.count, "no retries among the cases")

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: statsFile)) as? [String: Any],
            "--stats-json is not one JSON object")
        #expect(
            Set(json.keys) == [
                "urls", "errors", "status", "no_response", "errors_by_kind", "bytes", "requests", "seconds",
                "urls_per_s", "latency_ms", "slowest_hosts", "hosts_not_tallied", "interrupted", "tls", "peak_rss_kb",
            ])
        #expect(json["urls"] as? Int == records.count)
        #expect(json["errors"] as? Int == errors)
        #expect(json["status"] as? [String: Int] == classes)
        #expect(json["no_response"] as? Int == noResponse)
        #expect(json["errors_by_kind"] as? [String: Int] == kinds)
        #expect(json["bytes"] as? Int == bytes)
        #expect(json["requests"] as? Int == requests)
        #expect(json["hosts_not_tallied"] as? Int == 0)
        #expect(json["interrupted"] as? Bool == false)
        let latency = try #require(json["latency_ms"] as? [String: Any])
        #expect(Set(latency.keys) == ["p50", "p95", "p99", "max"])
        // Every case is on 127.0.0.1: one host, tallied with every record that made a request.
        let hosts = try #require(json["slowest_hosts"] as? [[String: Any]])
        #expect(hosts.count == 1)
        if let host = hosts.first {
            #expect(Set(host.keys) == ["host", "urls", "mean_ms", "max_ms"])
            #expect(host["host"] as? String == "127.0.0.1")
            #expect(host["urls"] as? Int == fetched)
            #expect(host["max_ms"] as? Int == maxElapsed)
        }

        // The text block says the same.
        #expect(run.stderr.hasPrefix("crawl: \(records.count) URLs in "), "stderr: \(run.stderr)")
        #expect(run.stderr.contains(", \(requests) requests"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("\n  errors   \(errors): "), "stderr: \(run.stderr)")
        #expect(run.stderr.contains(" · no response \(noResponse)\n"), "stderr: \(run.stderr)")
    }

    @Test func quietPrintsNothingOnStderr() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try genList(50, in: dir)
        for options in [["--quiet"], ["-q"], ["--quiet", "--progress"]] {
            let run = try CrawlRun.run([input.path] + options)
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty, "\(options): \(printable(Data(run.stderr.utf8)))")
            #expect(try run.records.count == 50)
        }
    }

    // MARK: help and completions

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let run = try CrawlRun.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let script = String(decoding: run.stdout, as: UTF8.self)
        // fish names long options without dashes: `-l 'format'`.
        let options = shell == "fish" ? ["-l 'concurrency'", "-l 'format'", "-l 'stats-json'"]
            : ["--concurrency", "--format", "--stats-json"]
        for option in options {
            #expect(script.contains(option), "\(shell) completion lacks \(option)")
        }
        #expect(script.contains("jsonl") && script.contains("tsv"), "\(shell) completion lacks --format's values")
        for hidden in ["_worker", "parent-pid"] {
            #expect(!script.contains(hidden), "\(shell) completion offers the internal \(hidden)")
        }
    }

    /// Every option of Sources/crawl/*.swift, under the title of its `@OptionGroup`.
    static let optionsByGroup: [String: [String]] = [
        "CONCURRENCY": ["--procs", "--concurrency"],
        "LIMITS": ["--timeout", "--max-time", "--connect-timeout", "--max-redirects", "--max-bytes", "--drain-max", "--low-speed", "--low-speed-time"],
        "POLITENESS": ["--per-host", "--delay", "--rate"],
        "RETRIES": ["--retries", "--retry-backoff", "--retry-after-max"],
        "HTTP": [
            "--header", "--user-agent", "--proxy", "--noproxy", "--resolve", "--http1.1", "--http2-prior-knowledge",
            "--cookies", "--insecure",
        ],
        "OUTPUT": ["--output", "--format", "--fields", "--ordered"],
        "PROGRESS AND SUMMARY": ["--progress", "--no-progress", "--quiet", "--silent", "--verbose", "--stats-json"],
        "RUNS": ["--grace", "--resume", "--shard", "--shard-by", "--fail-on-error"],
        "OPTIONS": ["--version", "--help"],
    ]

    @Test func helpListsEveryGroupAndOption() throws {
        let run = try CrawlRun.run(["--help"])
        #expect(run.status == 0)
        let text = String(decoding: run.stdout, as: UTF8.self)
        // Sections start at an upper-case "TITLE:" line; an option is defined on a line indented by
        // exactly two spaces, before the first run of two spaces that starts its description.
        var section = ""
        var found: [String: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let title = line.wholeMatch(of: /([A-Z][A-Z ]*):/) {
                section = String(title.1)
                if found[section] == nil { found[section] = [] }
                continue
            }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            let label = line.dropFirst(2).components(separatedBy: "  ")[0]
            for token in label.split(whereSeparator: { " ,/=".contains($0) }) where token.hasPrefix("--") {
                found[section, default: []].append(String(token))
            }
        }
        for (group, options) in Self.optionsByGroup {
            let listed = try #require(found[group], "help has no \(group): section")
            for option in options {
                #expect(listed.contains(option), "\(option) is not listed under \(group):")
            }
        }
        let everything = found.values.flatMap { $0 }
        for hidden in ["--parent-pid", "_worker"] {
            #expect(!everything.contains(hidden) && !text.contains(hidden), "help shows the internal \(hidden)")
        }
    }
}

// MARK: - Helpers

/// The first `count` generated pages, as an input file in `dir`.
