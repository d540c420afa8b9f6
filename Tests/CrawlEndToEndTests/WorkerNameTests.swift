import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--procs N` workers are named in `ps` and `top`: `crawl-w1/2` in /proc/PID/comm (15 bytes at
/// most, the kernel's limit) and `crawl worker 1/2` as argv[0], not `exe` and `/proc/self/exe`.
@Suite struct WorkerNameTests {
    @Test func runningWorkersAreNamedByTheirSlot() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 100 URLs of 150 ms over 8 hosts: a couple of seconds, so the workers are there to look at.
        let list = dir.appendingPathComponent("urls.txt")
        try Data(WorkerProcessTests.slowList(100).utf8).write(to: list)
        let crawl = try RunningCrawl(
            [list.path, "--procs", "2", "--concurrency", "8", "-H", "Authorization: Bearer s3cret-token"],
            output: dir.appendingPathComponent("out.jsonl"))
        // A worker that answered has named itself (the first thing it does).
        #expect(crawl.waitForOutput(lines: 10))
        let workers = crawl.children()
        #expect(workers.count == 2)
        let names = workers.compactMap { pid in
            try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8).trimmingCharacters(in: .newlines)
        }
        #expect(Set(names) == ["crawl-w1/2", "crawl-w2/2"], "\(names)")
        let titles = workers.compactMap { pid in
            (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")))
                .map { String(decoding: $0.split(separator: 0).first ?? [], as: UTF8.self) }
        }
        #expect(Set(titles) == ["crawl worker 1/2", "crawl worker 2/2"], "\(titles)")
        // The configuration travels in the environment (WorkerSettings), not on the command line
        // that any user's `ps` shows: no header value there.
        for pid in workers {
            let cmdline = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
            #expect(!String(decoding: cmdline, as: UTF8.self).contains("s3cret"), "a header in worker \(pid)'s command line")
        }
        let (status, stderr) = crawl.finish()
        #expect(status == 0, "stderr: \(stderr)")
        #expect(try crawl.records().count == 100)
    }
}
