import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// What a run did, in numbers: printed on stderr at the end, written as one JSON object by
/// `--stats-json FILE`, and returned to library users. Keys are snake_case, as in the records.
public struct RunSummary: Codable, Sendable, Equatable {
    /// Records written (one per URL line).
    public var urls: Int
    /// Records with an `error`.
    public var errors: Int
    public var status: StatusClasses
    /// Records with no HTTP response at all.
    public var noResponse: Int
    /// Error kind (the records' `error`) → records.
    public var errorsByKind: [String: Int]
    /// Body bytes read, after decompression.
    public var bytes: Int
    /// Requests made, retries and scheme fallbacks included.
    public var requests: Int
    /// Wall time of the run.
    public var seconds: Double
    public var urlsPerSecond: Double
    /// Of the records' `elapsed_ms`, over records that made a request.
    public var latencyMS: Latency
    /// Highest mean `elapsed_ms` first.
    public var slowestHosts: [Host]
    /// Records left out of the host tallies behind `slowest_hosts` (a bounded top-K, `RunStats`).
    public var hostsNotTallied: Int
    /// True when a signal stopped the run before every line was answered.
    public var interrupted: Bool
    /// New TLS connections of the records' last requests, and how many of them resumed a session.
    public var tls: TLSHandshakes
    /// Peak resident memory so far, in KiB: what a user sizing a cluster's memory requests needs.
    public var peakRSSKB: PeakRSS

    public struct PeakRSS: Codable, Sendable, Equatable {
        /// This process: the single loop, or the `--procs` parent (`VmHWM` of /proc/self/status,
        /// this image's own peak; Linux's `RUSAGE_SELF` also keeps the peak of what ran before
        /// `exec`).
        public var crawl: Int
        /// The largest worker process that has ended (`RUSAGE_CHILDREN`, which for the same reason
        /// can include the parent's size when the worker was spawned); absent without workers.
        public var workers: Int?

        /// Read now. Workers count once they have exited and been waited for, as at a run's end.
        public static func current() -> PeakRSS {
            var own = rusage()
            var children = rusage()
            getrusage(RUSAGE_SELF.rawValue, &own)
            getrusage(RUSAGE_CHILDREN.rawValue, &children)
            return PeakRSS(crawl: highWaterMark() ?? own.ru_maxrss, workers: children.ru_maxrss > 0 ? children.ru_maxrss : nil)
        }

        /// `VmHWM:` of /proc/self/status, in KiB.
        static func highWaterMark() -> Int? {
            guard let text = SmallFile.text("/proc/self/status"),
                let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
            return Int(line.dropFirst(6).split(separator: " ").first ?? "")
        }
    }

    public struct StatusClasses: Codable, Sendable, Equatable {
        public var informational, success, redirect, clientError, serverError, other: Int

        enum CodingKeys: String, CodingKey {
            case informational = "1xx", success = "2xx", redirect = "3xx", clientError = "4xx", serverError = "5xx"
            case other
        }
    }

    public struct TLSHandshakes: Codable, Sendable, Equatable {
        /// Records whose last request made a TLS handshake (`tls_resumed` not null).
        public var handshakes: Int
        /// Of those, the ones that resumed an earlier session (`tls_resumed: true`).
        public var resumed: Int
    }

    public struct Latency: Codable, Sendable, Equatable {
        public var p50, p95, p99, max: Int
    }

    public struct Host: Codable, Sendable, Equatable {
        public var host: String
        public var urls: Int
        public var meanMS: Int
        public var maxMS: Int

        enum CodingKeys: String, CodingKey {
            case host, urls
            case meanMS = "mean_ms"
            case maxMS = "max_ms"
        }
    }

    enum CodingKeys: String, CodingKey {
        case urls, errors, status, bytes, requests, seconds, interrupted, tls
        case noResponse = "no_response"
        case errorsByKind = "errors_by_kind"
        case urlsPerSecond = "urls_per_s"
        case latencyMS = "latency_ms"
        case slowestHosts = "slowest_hosts"
        case hostsNotTallied = "hosts_not_tallied"
        case peakRSSKB = "peak_rss_kb"
    }

    /// One JSON object and a newline, keys sorted so the file diffs well between runs.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// The block printed on stderr at the end of a run.
    public var text: String {
        var lines = [
            "crawl: \(Self.group(urls)) URLs in \(Self.duration(seconds)) (\(Self.group(Int(urlsPerSecond.rounded()))) URLs/s), "
                + "\(Self.size(bytes)) read, \(Self.group(requests)) requests\(interrupted ? ", interrupted" : "")",
            "  status   2xx \(Self.group(status.success)) · 3xx \(Self.group(status.redirect)) · "
                + "4xx \(Self.group(status.clientError)) · 5xx \(Self.group(status.serverError))"
                + (status.informational + status.other > 0 ? " · other \(Self.group(status.informational + status.other))" : "")
                + " · no response \(Self.group(noResponse))",
        ]
        let kinds = errorsByKind.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        lines.append(
            "  errors   \(Self.group(errors))"
                + (kinds.isEmpty ? "" : ": " + kinds.map { "\($0.key) \(Self.group($0.value))" }.joined(separator: " · ")))
        lines.append(
            "  latency  p50 \(Self.group(latencyMS.p50)) ms · p95 \(Self.group(latencyMS.p95)) ms · "
                + "p99 \(Self.group(latencyMS.p99)) ms · max \(Self.group(latencyMS.max)) ms")
        if tls.handshakes > 0 {
            lines.append(
                "  tls      \(Self.group(tls.handshakes)) handshake\(tls.handshakes == 1 ? "" : "s") · "
                    + "\(Self.group(tls.resumed)) resumed a session")
        }
        if !slowestHosts.isEmpty {
            lines.append(
                "  slowest  "
                    + slowestHosts.map { "\($0.host) \(Self.group($0.meanMS)) ms (\(Self.group($0.urls)) URL\($0.urls == 1 ? "" : "s"))" }
                    .joined(separator: " · "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 12345 → "12,345".
    static func group(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Seconds as "0.82 s", "12.3 s", "4:05", "1:02:03".
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return "\(fixed(seconds, 2)) s" }
        if seconds < 60 { return "\(fixed(seconds, 1)) s" }
        return clock(Int(seconds.rounded()))
    }

    /// Whole seconds as "0:07", "4:05", "1:02:03".
    static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }

    static func size(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : "\(fixed(value, 1)) \(units[unit])"
    }

    /// `value` with exactly `places` decimals, without Foundation's String(format:).
    static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return places == 0 ? "\(whole)" : "\(whole).\(fraction)"
    }
}
