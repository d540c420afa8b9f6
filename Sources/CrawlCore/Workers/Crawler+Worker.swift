#if canImport(Glibc)
import Glibc
#endif

extension Crawler {
    /// The loop of a `--procs` worker: `N<TAB>attempt<TAB>scheme<TAB>URL` lines from the parent,
    /// which has already applied every rule to them, are started as they come; each answer goes
    /// back as `N<TAB>{json}`, and an attempt to be repeated as `N<TAB>!<ms><TAB>attempt<TAB>scheme<TAB>URL`,
    /// for the parent's scheduler to place.
    ///
    /// - Parameter crashMarker: test hook (`CRAWL_TEST_CRASH_ON`): the process aborts instead of
    ///   answering a URL that contains it, so tests can make a worker die on a chosen URL.
    public func runAsWorker(
        input: LineReader, output: ParentChannel, signals: SignalFD, grace: Double, crashMarker: String? = nil
    ) throws -> Outcome {
        let scheduler = HostScheduler(policy: HostScheduler.Policy(), now: Clock.monotonicNanoseconds())
        try output.announceReady()
        let emit: (CrawlRecord) throws -> Void = { record in
            if let crashMarker, record.url.contains(crashMarker) {
                try output.flush()
                abort()
            }
            try output.emit(record)
        }
        let hooks = LoopHooks(
            emit: { record, _ in try emit(record) }, flush: output.flush,
            route: {
                guard case .line(_, let bytes) = $0, let job = WorkerWire.job(bytes) else {
                    preconditionFailure("malformed line from the parent process")
                }
                return .fetch(job)
            },
            again: { job, afterMS, _ in try output.giveBack(job, afterMS: afterMS) }, schedules: false)
        return try loop(input: input, scheduler: scheduler, signals: signals, grace: grace, hooks)
    }
}
