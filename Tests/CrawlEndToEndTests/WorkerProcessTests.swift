import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--procs N`: workers, sharding, merging, and nothing lost when things go wrong.
@Suite struct WorkerProcessTests {
    /// 400 URLs of 150 ms each over 8 hosts: long enough to interfere with, short enough to finish.
    static func slowList(_ count: Int = 400) -> String {
        let server = FixtureServerProcess.shared
        return (0..<count).map { server.url("/delay/150?i=\($0)", host: $0) }.joined(separator: "\n") + "\n"
    }

    static func writeList(_ text: String) throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent("urls.txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    static func summary(_ records: [[String: Any]]) -> Set<String> {
        Set(records.map { r in
            "\(r["line"] ?? "")|\(r["url"] ?? "")|\(r["title"] ?? "")|\(r["status"] ?? "")|\(r["error"] ?? "")"
        })
    }

    @Test func oneTwoAndFourProcessesGiveTheSameRecords() throws {
        let server = FixtureServerProcess.shared
        let list = try String(contentsOf: server.genURLsFile, encoding: .utf8) + "not a url\nftp://x/\n\n# end\n"
        var results: [Set<String>] = []
        for procs in ["1", "2", "4"] {
            let run = try CrawlRun.run(["-", "--procs", procs, "--concurrency", "16"], stdin: Data(list.utf8))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let records = try run.records
            #expect(records.count == 3002)
            #expect(Set(records.compactMap { $0["line"] as? Int }).count == 3002, "a line answered twice")
            results.append(Self.summary(records))
        }
        #expect(results[0] == results[1])
        #expect(results[0] == results[2])
    }

    @Test func orderedOutputFollowsTheInput() throws {
        let server = FixtureServerProcess.shared
        let list = (0..<300).map { i in i % 50 == 7 ? "junk \(i)" : server.url("/delay/\(i % 5 * 20)?i=\(i)", host: i) }
        let run = try CrawlRun.run(
            ["-", "--procs", "2", "--concurrency", "8", "--ordered"], stdin: Data((list.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = try run.records.compactMap { $0["line"] as? Int }
        #expect(lines == Array(1...300))
    }

    @Test func aKilledWorkerLosesNothing() throws {
        let dir = try temporaryDirectory()
        let crawl = try RunningCrawl(
            [Self.writeList(Self.slowList()).path, "--procs", "2", "--concurrency", "8"],
            output: dir.appendingPathComponent("out.jsonl"))
        #expect(crawl.waitForOutput(lines: 30))
        let workers = crawl.children()
        #expect(workers.count == 2)
        kill(workers[0], SIGKILL)
        let (status, stderr) = crawl.finish()
        #expect(status == 0)
        #expect(stderr.contains("killed by signal 9"), "stderr: \(stderr)")
        let records = try crawl.records()
        #expect(records.count == 400)
        #expect(Set(records.compactMap { $0["line"] as? Int }) == Set(1...400))
        #expect(records.allSatisfy { $0["error"] is NSNull }, "a retried URL failed")
    }

    /// A URL that kills its worker every time: retried once in a fresh worker, then reported as
    /// `worker_crashed`; the run still ends and every line is answered exactly once.
    @Test func aURLThatKillsTwoWorkersIsReportedAsWorkerCrashed() throws {
        let server = FixtureServerProcess.shared
        let list = (0..<200).map { i in server.url(i == 50 ? "/gen/\(i)?crash-here" : "/gen/\(i)", host: i) }
        let run = try CrawlRun.run(
            ["-", "--procs", "2", "--concurrency", "4"], stdin: Data((list.joined(separator: "\n") + "\n").utf8),
            environment: ["CRAWL_TEST_CRASH_ON": "crash-here"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("signal 6"), "stderr: \(run.stderr)")
        // One line per death, naming a URL it held; no crash reporter's trace among them.
        #expect(run.stderr.contains("URLs unanswered (the first http://"), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Backtracing") && !run.stderr.contains("Program crashed"), "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 200)
        #expect(Set(records.compactMap { $0["line"] as? Int }) == Set(1...200))
        let crashed = records.first { $0["line"] as? Int == 51 }
        #expect(crashed?["error"] as? String == "worker_crashed")
        #expect((crashed?["error_detail"] as? String)?.contains("died twice") == true)
        // Bystanders in flight during the first crash were retried; most pages still succeed.
        #expect(records.filter { $0["error"] is NSNull }.count >= 150)
    }

    /// A worker that dies while a process it started still holds its stdout (as Swift's crash
    /// reporter did): the parent learns of the death from the process (its pidfd), not from the
    /// pipe, so the run ends while the holder still lives.
    @Test func aDeadWorkerWhosePipeStaysOpenIsNoticed() throws {
        let server = FixtureServerProcess.shared
        let dir = try temporaryDirectory()
        let pidFile = dir.appendingPathComponent("holder.pid")
        let list = (0..<40).map { i in server.url(i == 10 ? "/gen/\(i)?crash-here" : "/gen/\(i)", host: i) }
        let run = try CrawlRun.run(
            ["-", "--procs", "2", "--concurrency", "2"], stdin: Data((list.joined(separator: "\n") + "\n").utf8),
            environment: ["CRAWL_TEST_CRASH_ON": "crash-here", "CRAWL_TEST_CRASH_HOLD": pidFile.path])
        // One holder per crash: the URL is tried twice.
        let holders = try String(contentsOf: pidFile, encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        let living = holders.filter(processExists)
        for holder in holders { kill(holder, SIGKILL) }
        #expect(holders.count == 2)
        #expect(living == holders, "crawl ended only after the processes holding the dead workers' pipes did")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 40)
        #expect(Set(records.compactMap { $0["line"] as? Int }) == Set(1...40))
        #expect(records.first { $0["line"] as? Int == 11 }?["error"] as? String == "worker_crashed")
    }

    /// Asked for with `SWIFT_BACKTRACE`, the crashed worker's trace does reach stderr. Not under a
    /// sanitizer (`scripts/sanitize`): there swift-backtrace never finishes and holds the pipe.
    @Test(.disabled(if: ProcessInfo.processInfo.environment["CRAWL_UNDER_SANITIZER"] != nil, "swift-backtrace hangs under ASan"))
    func aCrashTraceWhenAskedFor() throws {
        let server = FixtureServerProcess.shared
        let list = (0..<4).map { i in server.url(i == 1 ? "/gen/\(i)?crash-here" : "/gen/\(i)", host: i) }
        let run = try CrawlRun.run(
            ["-", "--procs", "2", "--concurrency", "1"], stdin: Data((list.joined(separator: "\n") + "\n").utf8),
            environment: ["CRAWL_TEST_CRASH_ON": "crash-here", "SWIFT_BACKTRACE": "enable=yes,interactive=no"])
        #expect(run.stderr.contains("Program crashed"), "stderr: \(run.stderr)")
        #expect(try run.records.count == 4)
    }

    @Test(arguments: [(SIGINT, "1"), (SIGINT, "2"), (SIGTERM, "1"), (SIGTERM, "2")])
    func aSignalLeavesWholeLinesAndNoProcesses(signal: Int32, procs: String) throws {
        let dir = try temporaryDirectory()
        let crawl = try RunningCrawl(
            [Self.writeList(Self.slowList()).path, "--procs", procs, "--concurrency", "8", "--grace", "1"],
            output: dir.appendingPathComponent("out.jsonl"))
        #expect(crawl.waitForOutput(lines: 20))
        let workers = crawl.children()
        kill(crawl.pid, signal)
        let (status, _) = crawl.finish(within: 10)
        #expect(status == 128 + signal)
        let records = try crawl.records()
        #expect(records.count >= 20 && records.count < 400)
        #expect(Set(records.compactMap { $0["line"] as? Int }).count == records.count)
        for worker in workers { #expect(!processExists(worker), "worker \(worker) outlived crawl") }
    }

    /// `crawl … | head -n 2`: the reader leaves; crawl and its workers end quietly and promptly.
    @Test func closedStdoutEndsEveryProcess() throws {
        let process = Process()
        process.executableURL = Binaries.crawl
        process.arguments = [try Self.writeList(Self.slowList()).path, "--procs", "2", "--concurrency", "8"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var seen = 0
        while seen < 2 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk.filter { $0 == 0x0A }.count
        }
        let workers = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children", encoding: .utf8))?
            .split(separator: " ").compactMap { pid_t($0) } ?? []
        try out.fileHandleForReading.close()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!process.isRunning, "crawl kept running after its reader left")
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).isEmpty)
        for worker in workers { #expect(!processExists(worker), "worker \(worker) outlived crawl") }
    }

    /// A run killed with SIGKILL (no chance to clean up) and resumed into the same file yields the
    /// full set, every URL once, every line whole.
    @Test func resumeAfterAKillCompletesTheSet() throws {
        let dir = try temporaryDirectory()
        let list = try Self.writeList(Self.slowList())
        let output = dir.appendingPathComponent("out.jsonl")
        let first = try RunningCrawl([list.path, "--procs", "2", "--concurrency", "8"], output: output)
        #expect(first.waitForOutput(lines: 40))
        let workers = first.children()
        kill(first.pid, SIGKILL)
        _ = first.finish()
        // Workers die with their parent.
        let deadline = Date().addingTimeInterval(5)
        while workers.contains(where: processExists) && Date() < deadline { usleep(20_000) }
        for worker in workers { #expect(!processExists(worker), "worker \(worker) outlived a killed crawl") }
        // Simulate the worst case too: the killed run's last line cut in half.
        let handle = try FileHandle(forWritingTo: output)
        try handle.seekToEnd()
        handle.write(Data("{\"url\":\"http://half".utf8))
        try handle.close()

        let second = try RunningCrawl(
            [list.path, "--procs", "2", "--concurrency", "8", "--resume", output.path], output: output, append: true)
        let (status, stderr) = second.finish()
        #expect(status == 0, "stderr: \(stderr)")
        let records = try second.records()
        #expect(records.count == 400)
        #expect(Set(records.compactMap { $0["line"] as? Int }) == Set(1...400))
    }

    @Test func shardsPartitionTheInputExactly() throws {
        let server = FixtureServerProcess.shared
        let list = try String(contentsOf: server.genURLsFile, encoding: .utf8) + "bad line one\nfile:///etc/passwd\nbad line two\n"
        var all: [Int] = []
        for index in 0..<3 {
            let run = try CrawlRun.run(
                ["-", "--procs", "2", "--concurrency", "16", "--shard", "\(index)/3"], stdin: Data(list.utf8))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let lines = try run.records.compactMap { $0["line"] as? Int }
            #expect(lines.count > 300, "shard \(index) got too few lines: \(lines.count)")
            all += lines
        }
        #expect(all.count == 3003)
        #expect(Set(all) == Set(1...3003))
    }
}
