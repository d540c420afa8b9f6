/// What the process that writes the records knows about the run as it goes: the `RunStats`, the
/// optional progress line, and the input's total when it can be counted.
///
/// The event loop calls `tick` on every turn and wakes up for `wakeTime`; nothing here blocks or
/// spawns a thread, so the loop stays the only thread (libcurl's resolver aside).
public final class RunMonitor {
    public private(set) var stats = RunStats()
    private let startNS: UInt64
    private let progress: ProgressLine?
    private let counter: LineCounter?
    /// Lines an earlier run answered (`--resume`): they are in the file but get no record now.
    private let alreadyAnswered: Int

    /// - Parameters:
    ///   - progressFD: where to draw the progress line (stderr), or nil for none.
    ///   - input: the input's fd; a regular file's URL lines are counted for the total.
    ///   - alreadyAnswered: lines `--resume` will skip.
    ///   - totalKnowable: false with `--shard`, where only some lines of the file are ours.
    public init(progressFD: Int32?, input: Int32?, alreadyAnswered: Int = 0, totalKnowable: Bool = true) {
        let now = Clock.monotonicNanoseconds()
        startNS = now
        progress = progressFD.map { ProgressLine(fd: $0, now: now) }
        counter = progress != nil && totalKnowable ? input.flatMap(LineCounter.init) : nil
        self.alreadyAnswered = alreadyAnswered
    }

    /// Seconds since the monitor was made (the start of the run).
    public var seconds: Double { Double(Clock.monotonicNanoseconds() - startNS) / 1e9 }

    /// The records this run will write, once the input is counted; nil while unknown.
    public var total: Int? {
        guard let counter, counter.finished else { return nil }
        return max(counter.count - alreadyAnswered, stats.records)
    }

    func add(_ record: CrawlRecord, host: String?) {
        stats.add(record, host: host)
    }

    func add(status: Int?, error: ErrorKind?, bytes: Int, elapsedMS: Int, attempts: Int, tlsResumed: Bool?, host: String?) {
        stats.add(
            status: status, error: error, bytes: bytes, elapsedMS: elapsedMS, attempts: attempts, tlsResumed: tlsResumed,
            host: host)
    }

    /// Counts a little more of the input and redraws the progress line when it is due.
    func tick(inFlight: Int) {
        guard let progress else { return }
        let now = Clock.monotonicNanoseconds()
        guard now >= progress.wakeTime else { return }
        counter?.advance()
        progress.drawIfDue(now: now, stats: stats, total: total, inFlight: inFlight)
    }

    /// When the loop must wake for the next redraw; nil without a progress line.
    var wakeTime: UInt64? { progress?.wakeTime }

    /// Erases the progress line (call before printing anything else on stderr).
    public func finish() {
        progress?.erase()
    }

    public func summary(interrupted: Bool = false) -> RunSummary {
        stats.summary(seconds: seconds, interrupted: interrupted)
    }
}
