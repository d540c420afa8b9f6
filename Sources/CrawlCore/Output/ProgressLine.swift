import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// The live line on stderr: done / total, URLs/s, errors, in flight, elapsed and ETA.
///
/// Redrawn in place (`\r`, then erase to the end of the line) at most four times a second, cut to
/// the terminal's width so it never wraps (a wrapped line cannot be redrawn in place), and erased
/// at the end so the summary starts on a clean line. The rate is over the last few seconds, so
/// the ETA follows a crawl that slows down or speeds up.
final class ProgressLine {
    static let intervalNS: UInt64 = 250_000_000
    private let fd: Int32
    private let startNS: UInt64
    private var nextDrawNS: UInt64
    private var drawn = false
    /// (time, records) about once a second, the last ~5 s: the window of the rate.
    private var samples: [(ns: UInt64, done: Int)] = []

    init(fd: Int32, now: UInt64) {
        self.fd = fd
        startNS = now
        nextDrawNS = now
    }

    var wakeTime: UInt64 { nextDrawNS }

    func drawIfDue(now: UInt64, stats: RunStats, total: Int?, inFlight: Int) {
        guard now >= nextDrawNS else { return }
        nextDrawNS = now + Self.intervalNS
        if samples.isEmpty || now - samples.last!.ns >= 1_000_000_000 {
            samples.append((now, stats.records))
            if samples.count > 6 { samples.removeFirst() }
        }
        var text = "crawl: " + render(now: now, stats: stats, total: total, inFlight: inFlight)
        let columns = Int(CCrawlSupport_terminal_columns(fd))
        if columns > 1 && text.count >= columns { text = String(text.prefix(columns - 1)) }
        write("\r" + text + "\u{1B}[K")
        drawn = true
    }

    func render(now: UInt64, stats: RunStats, total: Int?, inFlight: Int) -> String {
        let elapsed = Double(now - startNS) / 1e9
        var parts: [String] = []
        if let total {
            // Rounded down: 100.0 % only when every record is out.
            let permille = total > 0 ? min(1000, stats.records * 1000 / total) : 1000
            parts.append("\(RunSummary.group(stats.records))/\(RunSummary.group(total)) \(permille / 10).\(permille % 10)%")
        } else {
            parts.append("\(RunSummary.group(stats.records)) done")
        }
        let rate = self.rate(now: now, done: stats.records, elapsed: elapsed)
        parts.append((rate < 10 ? RunSummary.fixed(rate, 1) : RunSummary.group(Int(rate.rounded()))) + " URLs/s")
        parts.append("\(RunSummary.group(stats.errors)) error\(stats.errors == 1 ? "" : "s")")
        parts.append("\(RunSummary.group(inFlight)) in flight")
        parts.append("\(RunSummary.clock(Int(elapsed))) elapsed")
        if let total, rate >= 0.05, total > stats.records {
            parts.append("ETA \(RunSummary.clock(Int((Double(total - stats.records) / rate).rounded(.up))))")
        }
        return parts.joined(separator: " · ")
    }

    /// Records a second over the samples' window; over the whole run until the window is a second
    /// long. A window without progress gives 0 (and no ETA), not the run's average.
    private func rate(now: UInt64, done: Int, elapsed: Double) -> Double {
        guard let first = samples.first, now >= first.ns + 1_000_000_000 else {
            return elapsed > 0 ? Double(done) / elapsed : 0
        }
        return Double(done - first.done) / (Double(now - first.ns) / 1e9)
    }

    /// Erases the line, if one was drawn.
    func erase() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}

/// Counts the URL lines of a regular input file (not blank, not `#`), a slice at a time between
/// redraws, so the total is known early without delaying the first request or reading the file
/// into memory: a 500 MB list is counted within a few seconds of a running crawl.
final class LineCounter {
    private let fd: Int32
    private var offset: off_t = 0
    private var buffer = [UInt8](repeating: 0, count: 4 << 20)
    /// Inside a line whose fate is decided (counted or skipped) / at a line's start / in its
    /// leading whitespace.
    private var atLineStart = true
    private(set) var count = 0
    private(set) var finished = false

    /// Nil when `fd` is not a regular file (stdin from a pipe: the total is unknown).
    init?(fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.fd = fd
    }

    /// Counts up to `slices` buffers more; returns true once the whole file is counted.
    @discardableResult
    func advance(slices: Int = 4) -> Bool {
        var left = slices
        while !finished && left > 0 {
            left -= 1
            // A read error only ends the count early (the total stays unknown); the crawl reads the
            // same file through its own reader, which reports it.
            let n = (try? buffer.withUnsafeMutableBytes { try Posix.pread(fd, into: $0, at: offset, "pread(input)") }) ?? 0
            if n <= 0 {
                finished = true
                break
            }
            offset += off_t(n)
            buffer.withUnsafeBufferPointer { scan($0[..<n]) }
        }
        return finished
    }

    /// A line counts when its first byte that is not a space or tab is neither `#` nor its end:
    /// the rule `InputLine` applies (other ASCII whitespace is rare enough to ignore here).
    private func scan(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        var lineStart = atLineStart
        var count = self.count
        for byte in bytes {
            if byte == 0x0A {
                lineStart = true
            } else if lineStart, byte != 0x20, byte != 0x09, byte != 0x0D {
                lineStart = false
                if byte != UInt8(ascii: "#") { count += 1 }
            }
        }
        atLineStart = lineStart
        self.count = count
    }
}
