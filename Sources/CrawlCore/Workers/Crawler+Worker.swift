#if canImport(Glibc)
import Glibc
#endif

extension Crawler {
    /// The loop of a `--procs` worker: `N<TAB>attempt<TAB>scheme<TAB>URL` lines from the parent,
    /// which has already applied every rule to them, are started as they come; each answer goes
    /// back as `N<TAB>{json}`, and an attempt to be repeated as `N<TAB>!<ms><TAB>attempt<TAB>scheme<TAB>URL`,
    /// for the parent's scheduler to place.
    public func runAsWorker(
        input: LineReader, output: ParentChannel, signals: SignalFD, grace: Double
    ) throws -> Outcome {
        let scheduler = HostScheduler(policy: HostScheduler.Policy(), now: Clock.monotonicNanoseconds())
        try output.announceReady()
        let emit: (CrawlRecord) throws -> Void = { record in
            #if CRAWL_TEST_HOOKS
            try WorkerTestHooks.crashIfMarked(record, output: output)
            #endif
            try output.emit(record)
        }
        var hooks = LoopHooks(
            emit: { record, _ in try emit(record) }, flush: output.flush,
            route: {
                guard case .line(_, let bytes) = $0, let job = WorkerWire.job(bytes) else {
                    preconditionFailure("malformed line from the parent process")
                }
                return .fetch(job)
            },
            again: { job, afterMS, _ in try output.giveBack(job, afterMS: afterMS) }, schedules: false)
        // Sent with the turn's other answers (the loop flushes before it waits); its host stays
        // busy in the parent until drained.
        hooks.answeredEarly = { record, _ in
            #if CRAWL_TEST_HOOKS
            try WorkerTestHooks.crashIfMarked(record, output: output)
            #endif
            try output.emit(record, early: true)
        }
        hooks.drained = { job in try output.drained(job) }
        return try loop(input: input, scheduler: scheduler, signals: signals, grace: grace, hooks)
    }
}
