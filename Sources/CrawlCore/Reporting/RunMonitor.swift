#if canImport(Glibc)
import Glibc
#endif

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
    /// The records go to the terminal the progress line is drawn on (`--progress` forced there):
    /// the line is erased before records are written, and drawn again at the next redraw.
    private let sharesTerminal: Bool
    /// `--verbose`: a line per finished URL on stderr.
    private let verbose: Bool
    /// Statistics only: the live line, the verbose lines and the total are off (the library).
    public var isQuiet: Bool { progress == nil && !verbose }

    /// - Parameters:
    ///   - progressFD: where to draw the progress line (stderr), or nil for none.
    ///   - input: the input's fd; a regular file's URL lines are counted for the total.
    ///   - alreadyAnswered: lines `--resume` will skip.
    ///   - totalKnowable: false with `--shard`, where only some lines of the file are ours.
    ///   - recordsShareTerminal: the records are written to the terminal the line is drawn on.
    ///   - verbose: print a line per finished URL on stderr (`-v`).
    public init(
        progressFD: Int32?, input: Int32?, alreadyAnswered: Int = 0, totalKnowable: Bool = true,
        recordsShareTerminal: Bool = false, verbose: Bool = false
    ) {
        let now = Clock.monotonicNanoseconds()
        startNS = now
        progress = progressFD.map { ProgressLine(fd: $0, now: now) }
        counter = progress != nil && totalKnowable ? input.flatMap(LineCounter.init) : nil
        self.alreadyAnswered = alreadyAnswered
        sharesTerminal = recordsShareTerminal && progressFD != nil
        self.verbose = verbose
        if let progress { Diagnostics.clearLine = { progress.erase() } }
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
        if verbose { say(status: record.status, elapsedMS: record.elapsedMS, url: record.url, error: record.error, detail: record.errorDetail) }
    }

    func add(
        status: Int?, error: ErrorKind?, bytes: Int, elapsedMS: Int, attempts: Int, tlsResumed: Bool?, host: String?,
        url: String
    ) {
        stats.add(
            status: status, error: error, bytes: bytes, elapsedMS: elapsedMS, attempts: attempts, tlsResumed: tlsResumed,
            host: host)
        if verbose { say(status: status, elapsedMS: elapsedMS, url: url, error: error, detail: nil) }
    }

    /// `-v`: `crawl: 200 0.123s https://example.com/`, or `crawl: --- 10.000s https://… timeout: …`,
    /// written whole (one `write(2)`), after erasing the progress line.
    private func say(status: Int?, elapsedMS: Int, url: String, error: ErrorKind?, detail: String?) {
        progress?.erase()
        var line = "crawl: " + (status.map(String.init) ?? "---") + " "
        line += RunSummary.fixed(Double(elapsedMS) / 1000, 3) + "s " + Self.printable(url)
        if let error {
            line += " " + error.rawValue
            if let detail, !detail.isEmpty { line += ": " + Self.printable(detail) }
        }
        line += "\n"
        line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Control characters (a URL line may hold any byte but a newline) shown as `?`, so one URL is
    /// one line on the terminal and no escape sequence reaches it.
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    /// Call before records are written to standard output: when it is the progress line's
    /// terminal, the line is erased first, so no record starts after a half-drawn line.
    public func recordsWillBeWritten() {
        if sharesTerminal { progress?.erase() }
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
