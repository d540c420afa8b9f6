import Testing

@testable import CrawlCore

/// The names a worker of `--procs` goes by in `ps` and `top`.
@Suite struct WorkerLinkTests {
    @Test func theProcessNameFitsTheKernelsFifteenBytes() {
        #expect(WorkerLink.name(index: 1, count: 4) == "crawl-w1/4")
        // `--procs` is at most 256; PR_SET_NAME keeps 15 bytes (TASK_COMM_LEN 16, with the NUL).
        #expect(WorkerLink.name(index: 256, count: 256).utf8.count <= 15)
        #expect(WorkerLink.title(index: 2, count: 4) == "crawl worker 2/4")
        #expect(WorkerLink.indexArgument(index: 2, count: 4) == "--worker-index=2/4")
    }

    @Test func theIndexIsOneBasedAndWithinTheCount() {
        #expect(WorkerLink.parseIndex("1/4").map { [$0.index, $0.count] } == [1, 4])
        #expect(WorkerLink.parseIndex("4/4").map { [$0.index, $0.count] } == [4, 4])
        for bad in ["0/4", "5/4", "1", "1/", "/4", "a/b", "1/4/2", "-1/4", ""] {
            #expect(WorkerLink.parseIndex(bad) == nil, "\(bad)")
        }
    }
}
