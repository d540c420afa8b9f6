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
