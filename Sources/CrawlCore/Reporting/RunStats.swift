import Histogram

/// Running totals of one crawl, kept by the process that writes the records (the single loop, or
/// the `--procs` parent, which gets a few numbers with every worker answer; see `WorkerWire`).
/// They feed the progress line, the summary on stderr and `--stats-json`.
///
/// Memory stays flat in the input length and in the number of distinct hosts: latency is an HDR
/// histogram (fixed size, 3 significant digits), and the slowest hosts are a bounded top-K: at
/// most `2 × hostsKept` host tallies, cut back to the `hostsKept` slowest whenever they reach that.
/// (Before, every host up to 100,000 was kept for the whole run: the `--procs` parent's peak RSS
/// went from 23.9 MB at 10,000 hosts to 38.0 MB at 100,000, `Benchmarks/hosts`.)
public struct RunStats: Sendable {
    /// Records written: one per URL line.
    public private(set) var records = 0
    /// Records with an `error`.
    public private(set) var errors = 0
    /// Records by the class of their HTTP status: index 1 is 1xx … 5 is 5xx, 0 anything else.
    public private(set) var statusClasses = [Int](repeating: 0, count: 6)
    /// Records without any HTTP response.
    public private(set) var noResponse = 0
    /// Records with an error or a 4xx/5xx status (`--fail-on-error`).
    public private(set) var failed = 0
    /// Records whose response was a 2xx or a 3xx: the exit status is 2 when there were records
    /// and none of these.
    public var succeeded: Int { statusClasses[2] + statusClasses[3] }
    public private(set) var errorKinds: [ErrorKind: Int] = [:]
    /// Body bytes read, after decompression.
    public private(set) var bytes = 0
    /// Requests made, retries and fallbacks included.
    public private(set) var attempts = 0
    /// Records whose last request made a TLS handshake, and those that resumed a session.
    public private(set) var tlsHandshakes = 0
    public private(set) var tlsResumed = 0
    /// `elapsed_ms` of every record that made a request.
    public private(set) var latency = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
    private var hosts: [String: HostTally] = [:]
    /// Records left out of the host tallies: those of hosts that were cut from the top-K (a host
    /// cut and seen again is tallied afresh). They still count everywhere else.
    public private(set) var hostsNotTallied = 0
    /// The summary shows 5 slowest hosts and `--stats-json` 5: 1,000 candidates keep the ranking
    /// right unless a host's mean rises from below the 1,000th slowest to the top 5 late in a run.
    public static let hostsKept = 1_000

    /// Hosts tallied now, and the records in their tallies (for tests).
    var hostTallies: Int { hosts.count }
    var tallied: Int { hosts.values.reduce(0) { $0 + $1.records } }

    struct HostTally: Sendable {
        var records = 0
        var totalMS = 0
        var maxMS = 0

        /// In place, so a record costs one dictionary lookup.
        static func add(_ elapsedMS: Int, to tally: inout HostTally) {
            tally.records += 1
            tally.totalMS += elapsedMS
            tally.maxMS = max(tally.maxMS, elapsedMS)
        }
    }

    public init() {}

    /// Counts one record. `host` is the input URL's host (nil for lines never fetched).
    public mutating func add(
        status: Int?, error: ErrorKind?, bytes: Int, elapsedMS: Int, attempts: Int, tlsResumed: Bool? = nil,
        host: String?
    ) {
        records += 1
        if let tlsResumed {
            tlsHandshakes += 1
            if tlsResumed { self.tlsResumed += 1 }
        }
        if let error {
            errors += 1
            errorKinds[error, default: 0] += 1
        }
        if error != nil || (400..<600).contains(status ?? 0) { failed += 1 }
        if let status {
            statusClasses[(100..<600).contains(status) ? status / 100 : 0] += 1
        } else {
            noResponse += 1
        }
        self.bytes += bytes
        self.attempts += attempts
        guard attempts > 0 else { return }
        _ = latency.record(UInt64(max(0, elapsedMS)))
        guard let host else { return }
        HostTally.add(elapsedMS, to: &hosts[host, default: HostTally()])
        if hosts.count >= 2 * Self.hostsKept { cutHosts() }
    }

    /// Keeps the `hostsKept` slowest hosts: once per `hostsKept` new hosts, a sort of 2,000
    /// tallies (about 11 comparisons per host seen).
    private mutating func cutHosts() {
        let ranked = hosts.sorted { RunStats.isSlower($0, than: $1) }
        hosts.removeAll(keepingCapacity: true)
        for (rank, entry) in ranked.enumerated() {
            if rank < Self.hostsKept {
                hosts[entry.key] = entry.value
            } else {
                hostsNotTallied += entry.value.records
            }
        }
    }

    /// Higher mean first, then more records, then the host name (a total order, so the cut and
    /// the ranking are the same whatever the dictionary's order).
    private static func isSlower(_ a: (key: String, value: HostTally), than b: (key: String, value: HostTally)) -> Bool {
        let meanA = a.value.totalMS / a.value.records
        let meanB = b.value.totalMS / b.value.records
        return (meanA, a.value.records, b.key) > (meanB, b.value.records, a.key)
    }

    public mutating func add(_ record: CrawlRecord, host: String?) {
        add(
            status: record.status, error: record.error, bytes: record.bytes, elapsedMS: record.elapsedMS,
            attempts: record.attempts, tlsResumed: record.tlsResumed, host: host)
    }

    /// The hosts with the highest mean latency, most records first among equals.
    public func slowestHosts(_ count: Int) -> [RunSummary.Host] {
        hosts.sorted { RunStats.isSlower($0, than: $1) }.prefix(count).map {
            RunSummary.Host(host: $0.key, urls: $0.value.records, meanMS: $0.value.totalMS / $0.value.records, maxMS: $0.value.maxMS)
        }
    }

    /// The summary of the run so far, `seconds` after it started.
    public func summary(seconds: Double, interrupted: Bool = false) -> RunSummary {
        func percentile(_ p: Double) -> Int { latency.totalCount == 0 ? 0 : Int(latency.valueAtPercentile(p)) }
        return RunSummary(
            urls: records, errors: errors,
            status: RunSummary.StatusClasses(
                informational: statusClasses[1], success: statusClasses[2], redirect: statusClasses[3],
                clientError: statusClasses[4], serverError: statusClasses[5], other: statusClasses[0]),
            noResponse: noResponse,
            errorsByKind: Dictionary(uniqueKeysWithValues: errorKinds.map { ($0.key.rawValue, $0.value) }),
            bytes: bytes, requests: attempts, seconds: seconds,
            urlsPerSecond: seconds > 0 ? Double(records) / seconds : 0,
            latencyMS: RunSummary.Latency(
                p50: percentile(50), p95: percentile(95), p99: percentile(99),
                max: latency.totalCount == 0 ? 0 : Int(latency.max)),
            slowestHosts: slowestHosts(5), hostsNotTallied: hostsNotTallied, interrupted: interrupted,
            tls: RunSummary.TLSHandshakes(handshakes: tlsHandshakes, resumed: tlsResumed), peakRSSKB: .current())
    }
}
