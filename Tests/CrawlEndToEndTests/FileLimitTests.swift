import Foundation
import Testing

/// Under a low `ulimit -n` crawl fails at a different step for each limit (the input, epoll, the
/// timerfd, a worker's pipes or pidfd, sockets): at every one it must say so in one line and exit
/// 74, or run and answer every URL, never trap on a half-built object (issue 15: the initialisers
/// that threw part-way left open resources to asserting `deinit`s).
@Suite struct FileLimitTests {
    @Test(arguments: ["1", "2"])
    func everyLowLimitGivesAMessageOrRecords(procs: String) throws {
        let file = try temporaryDirectory().appendingPathComponent("urls.txt")
        try Data((0..<20).map { FixtureServerProcess.shared.url("/gen/\($0)", host: $0) }.joined(separator: "\n").appending("\n").utf8)
            .write(to: file)
        var outcomes: Set<String> = []
        // Below 4 the dynamic loader itself cannot open crawl's libraries.
        for limit in 4...24 {
            let run = try CrawlRun.run(
                ["-c", #"ulimit -n "$1"; shift; exec "$@""#, "sh", "\(limit)", Binaries.crawl.path, file.path,
                 "-q", "-c", "16", "--procs", procs, "--retries", "0"],
                environment: ["SWIFT_BACKTRACE": "enable=no"], executable: URL(fileURLWithPath: "/bin/sh"))
            if run.status == 74 {
                #expect(run.stdout.isEmpty)
                let lines = run.stderr.split(separator: "\n")
                #expect(lines.count == 1 && run.stderr.contains("Too many open files (the limit, ulimit -n, is \(limit);"),
                        "ulimit -n \(limit): \(run.stderr)")
                outcomes.insert("74")
            } else {
                #expect(run.status == 0 || run.status == 2, "ulimit -n \(limit): status \(run.status), \(run.stderr)")
                let records = try run.records
                #expect(records.count == 20, "ulimit -n \(limit): \(run.stderr)")
                #expect(Set(records.compactMap { $0["line"] as? Int }) == Set(1...20))
                outcomes.insert("ran")
            }
        }
        // Both ends were reached: the limits tried do span failing to start and running.
        #expect(outcomes == ["74", "ran"])
    }
}
