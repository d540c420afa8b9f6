import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The command line as curl and httpx users expect it (issue 13): a clean terminal, URLs as
/// arguments and a piped stdin, one style of usage error, the common aliases, units, the
/// footguns refused, the exit status, shell completion of file names, `--shard-by`.
@Suite struct CommandLineHabitsTests {
    static var server: FixtureServerProcess { FixtureServerProcess.shared }

    static func list(_ urls: [String], in dir: URL, name: String = "urls.txt") throws -> URL {
        let file = dir.appendingPathComponent(name)
        try Data((urls.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    static func gen(_ count: Int) throws -> [String] {
        let all = try String(contentsOf: server.genURLsFile, encoding: .utf8).split(separator: "\n").map(String.init)
        try #require(all.count >= count)
        return Array(all.prefix(count))
    }

    // MARK: - The terminal

    /// Records on the terminal (`crawl urls.txt`), directly or through a pipe into a program
    /// that prints there (`crawl urls.txt | cat`, as `| jq` in the quick start): no progress text
    /// at all, so every line the terminal shows is a record or the summary.
    @Test(arguments: [nil, "cat"])
    func noProgressWhenTheRecordsGoToTheTerminal(pipeTo: String?) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try Self.list(Self.gen(200), in: dir)
        let shown = try runUnderPTY([input.path, "-c", "4"], pipeTo: pipeTo)
        #expect(shown.status == 0, "\(printable(shown.output))")
        let lines = shown.output.replacingOccurrences(of: Data("\r\n".utf8), with: Data("\n".utf8))
        #expect(!lines.contains(0x0D), "a progress frame among the records: \(printable(shown.output.prefix(2000)))")
        #expect(!lines.contains(0x1B), "an escape sequence among the records")
        let records = screenLines(shown.output).filter { $0.hasPrefix("{") }
        #expect(records.count == 200)
    }

    /// `--progress` forces the line even there; it is erased before records are written, so
    /// the terminal never shows a record after a half-drawn line.
    @Test func aForcedProgressLineNeverPrecedesARecord() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // /delay/N answers after N ms: records arrive over about a second, between redraws.
        let delays = try Self.list((0..<40).map { Self.server.url("/delay/\(25 * $0)") }, in: dir, name: "delays.txt")
        let shown = try runUnderPTY([delays.path, "-c", "40", "--progress"])
        #expect(shown.status == 0, "\(printable(shown.output))")
        #expect(shown.output.contains(0x1B), "no progress line was drawn: \(printable(shown.output))")
        let screen = screenLines(shown.output)
        let records = screen.filter { $0.contains("\"url\"") }
        #expect(records.count == 40)
        for line in records {
            #expect(line.hasPrefix("{\"url\""), "a record after a half-drawn line: \(line)")
        }
    }

    // MARK: - Where the URLs come from

    @Test func urlsAsArguments() throws {
        let urls = try Self.gen(3)
        for procs in ["1", "2"] {
            let run = try CrawlRun.run(urls + ["--procs", procs, "-q"])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let records = try run.records.sorted { ($0["line"] as? Int ?? 0) < ($1["line"] as? Int ?? 0) }
            #expect(records.map { $0["line"] as? Int } == [1, 2, 3])
            #expect(records.map { $0["url"] as? String } == urls)
            #expect(records.allSatisfy { ($0["title"] as? String)?.hasPrefix("Fixture page") == true })
        }
        // Any scheme makes an argument a URL; only http(s) is fetched, the rest is answered.
        let ftp = try CrawlRun.run(["ftp://127.0.0.1/x", urls[0], "-q"])
        let kinds = try ftp.records.map { $0["error"] as? String }
        #expect(kinds.sorted { ($0 ?? "") < ($1 ?? "") } == [nil, "unsupported_scheme"])
    }

    @Test func aPipedStdinIsReadWithoutADash() throws {
        let urls = try Self.gen(5)
        let run = try CrawlRun.run(["-q"], stdin: Data((urls.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try run.records.count == 5)
    }

    /// With no file and stdin a terminal there is nothing to read: a one-line usage error.
    @Test func noInputOnATerminalIsAUsageError() throws {
        let shown = try runUnderPTY(["-q"])
        #expect(shown.status == 64)
        let text = String(decoding: shown.output, as: UTF8.self)
        #expect(text.hasPrefix("crawl: error: no URLs"), "\(text)")
        #expect(text.contains("- reads standard input"), "the message mentions -: \(text)")
        #expect(shown.output.filter { $0 == 0x0A }.count == 1, "\(text)")
    }

    // MARK: - Usage errors

    /// Each: the arguments, and what the one line must say (the flag, the value, what is allowed).
    static let usageErrors: [([String], [String])] = [
        (["-", "-c", "-1"], ["'-1'", "-c", "1 to 10000"]),
        (["-", "--timeout", "-1"], ["'-1'", "--timeout", "more than 0"]),
        (["-", "--rate", "-5"], ["'-5'", "--rate", "0 to 1000000"]),
        (["-", "--procs", "0"], ["'0'", "--procs", "1 to 256", "auto"]),
        (["-", "--max-tme", "5"], ["'--max-tme'", "did you mean '--max-time'"]),
        (["-", "--timeout", "5x"], ["'5x'", "--timeout", "500ms"]),
        (["-", "--max-bytes", "2q"], ["'2q'", "--max-bytes", "64k"]),
        (["-", "--delay", "2h"], ["'2h'", "--delay", "1h"]),
        (["/no/such/list.txt"], ["'/no/such/list.txt'", "- for standard input"]),
        (["example.com"], ["'example.com'", "https://example.com"]),
        (["a.txt", "b.txt"], ["one file"]),
        (["-", "--stats-json", "/no/such/folder/stats.json"], ["--stats-json", "'/no/such/folder'"]),
        (["-", "--resume", "/tmp"], ["--resume", "'/tmp'", "directory"]),
        (["-", "--shard", "4/4"], ["'4/4'", "--shard"]),
    ]

    @Test(arguments: usageErrors)
    func everyUsageErrorIsOneLineNamingTheProblem(arguments: [String], says: [String]) throws {
        let run = try CrawlRun.run(arguments, stdin: Data("http://127.0.0.1:1/\n".utf8))
        #expect(run.status == 64, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("crawl: error: "), "stderr: \(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "stderr: \(run.stderr)")
        for part in says {
            #expect(run.stderr.contains(part), "'\(part)' missing from: \(run.stderr)")
        }
    }

    /// `-o` naming the input would empty it before it is read: refused, the list untouched.
    @Test func theOutputCannotBeTheInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try Self.list(Self.gen(3), in: dir)
        let before = try Data(contentsOf: input)
        let run = try CrawlRun.run([input.path, "-o", input.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("is the input file"), "stderr: \(run.stderr)")
        #expect(try Data(contentsOf: input) == before)
    }

    // MARK: - Aliases and units

    @Test func curlAliasesMeanWhatTheySay() throws {
        // -A: the User-Agent sent (the fixture's page title is the header's value).
        let agent = try CrawlRun.run([Self.server.url("/echo-header/user-agent"), "-A", "my agent/1.0", "-s"])
        #expect(try agent.records.first?["title"] as? String == "my agent/1.0")
        #expect(agent.stderr.isEmpty, "-s prints nothing: \(agent.stderr)")
        // -x: every request goes to the proxy (here a closed port, so every URL fails to connect).
        let proxied = try CrawlRun.run([Self.server.url("/gen/1"), "-x", "http://127.0.0.1:1", "--retries", "0", "-q"])
        #expect(try proxied.records.first?["error"] as? String == "connect")
        // -m / --max-time: the transfer deadline, with units.
        let slow = Self.server.url("/delay/3000")
        let cut = try CrawlRun.run([slow, "-m", "300ms", "--retries", "0", "-q"])
        #expect(try cut.records.first?["error"] as? String == "timeout")
        let waited = try CrawlRun.run([slow, "--max-time", "1m", "-q"])
        #expect(try waited.records.first?["status"] as? Int == 200)
    }

    @Test func verboseSaysEachURLAsItFinishes() throws {
        let urls = try Self.gen(3) + [Self.server.url("/status/404")]
        for procs in ["1", "2"] {
            let run = try CrawlRun.run(urls + ["-v", "--no-progress", "--procs", procs])
            let lines = run.stderr.split(separator: "\n").filter { $0.hasPrefix("crawl: ") && $0.contains("http://") }
            #expect(lines.count == 4, "stderr: \(run.stderr)")
            for url in urls {
                #expect(lines.contains { $0.hasSuffix(" " + url) }, "no line for \(url): \(run.stderr)")
            }
            #expect(lines.contains { $0.hasPrefix("crawl: 404 ") })
            #expect(lines.filter { $0.hasPrefix("crawl: 200 ") }.count == 3)
        }
    }

    @Test func sizesAndDurationsTakeUnits() throws {
        let page = Self.server.url("/gen/7")
        for arguments in [["--max-bytes", "4M", "--drain-max", "64k"], ["--max-bytes", "4194304"],
                          ["--timeout", "30", "--connect-timeout", "2.5s", "--delay", "250ms", "--retry-backoff", "0.5s"]] {
            let run = try CrawlRun.run([page, "-q"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(try run.records.first?["title"] as? String == "Fixture page 7")
        }
    }

    // MARK: - Exit status

    @Test func theExitStatusSaysWhetherAnythingWorked() throws {
        let ok = try Self.gen(2)
        let bad = ["http://127.0.0.1:1/", Self.server.url("/status/500")]
        #expect(try CrawlRun.run(ok + bad + ["-q", "--retries", "0"]).status == 0)
        #expect(try CrawlRun.run(bad + ["-q", "--retries", "0"]).status == 2)
        #expect(try CrawlRun.run(ok + bad + ["-q", "--retries", "0", "--fail-on-error"]).status == 2)
        #expect(try CrawlRun.run(ok + ["-q", "--fail-on-error"]).status == 0)
        // No URL at all (comments only): nothing failed.
        #expect(try CrawlRun.run(["-q"], stdin: Data("# nothing\n\n".utf8)).status == 0)
    }

    /// A file that exists but cannot be written is an I/O failure, 74, not a usage error: the
    /// arguments were right.
    @Test func anIOFailureIsNotAUsageError() throws {
        let run = try CrawlRun.run([Self.server.url("/gen/1"), "-o", "/dev/full", "-q"])
        #expect(run.status == 74, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("No space left on device"), "stderr: \(run.stderr)")
    }

    // MARK: - Completion

    /// bash completion of the positional completes file names, and offers neither `help` nor
    /// the internal `_worker`.
    @Test func bashCompletesFileNames() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = try CrawlRun.run(["--generate-completion-script", "bash"])
        let scriptFile = dir.appendingPathComponent("crawl.bash")
        try script.stdout.write(to: scriptFile)
        for name in ["s6-list.txt", "s7.txt", "other.csv"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        let harness = """
            source "$1"; cd "$2"
            c() { COMPREPLY=(); COMP_WORDS=("$@"); COMP_CWORD=$(($#-1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                  _crawl crawl "${@: -1}" "${@: -2:1}"; printf '%s\\n' "${COMPREPLY[@]}" | sort | tr '\\n' ' '; echo; }
            c crawl s6; c crawl ""; c crawl --shard-by ""; c crawl -o ""
            """
        let run = try CrawlRun.run(["-c", harness, "harness", scriptFile.path, dir.path], executable: URL(fileURLWithPath: "/bin/bash"))
        let answers = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        try #require(answers.count >= 4, "bash said: \(run.stderr)")
        #expect(answers[0] == "s6-list.txt ")
        #expect(answers[1].contains("other.csv") && answers[1].contains("s7.txt") && !answers[1].contains("help"))
        #expect(answers[2] == "host url ")
        #expect(answers[3].contains("other.csv"), "-o completes files: \(answers[3])")
        #expect(!answers.joined().contains("_worker"))
    }

    // MARK: - --shard-by

    /// A one-host list: `--shard` by host puts it all in one shard and says so; `--shard-by url`
    /// spreads it, and the shards together still answer every line exactly once.
    @Test func shardByURLSplitsAOneHostList() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try Self.list(Self.gen(400), in: dir)
        let byHost = try CrawlRun.run([input.path, "--shard", "0/4", "--no-progress"])
        #expect(byHost.stderr.contains("--shard-by url"), "no warning: \(byHost.stderr)")
        var lines: [Int] = []
        for i in 0..<4 {
            let run = try CrawlRun.run([input.path, "--shard", "\(i)/4", "--shard-by", "url", "-q"])
            let got = try run.records.compactMap { $0["line"] as? Int }
            #expect(got.count > 40, "shard \(i) of 4 got \(got.count) of 400")
            lines += got
        }
        #expect(lines.sorted() == Array(1...400))
    }
}

/// The binaries stay on FoundationEssentials: `import Foundation` in the CLI made the binary
/// 31 MB → 81 MB and every process 3 MB larger (ICU's data), for one `replacingOccurrences`.
@Suite struct FoundationFreeTests {
    @Test func noFullFoundationInTheCrawler() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for folder in ["Sources/crawl", "Sources/CrawlCore"] {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(!files.isEmpty)
            for file in files {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                #expect(!text.split(separator: "\n").contains("import Foundation"), "\(folder)/\(file) imports Foundation")
            }
        }
    }
}
