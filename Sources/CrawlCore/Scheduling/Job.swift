/// One input URL on its way through its attempts: what the scheduler queues, what a worker is
/// sent, and what comes back when an attempt is to be repeated (a retry or the http fallback).
struct Job: Sendable, Equatable {
    /// How the line named its scheme.
    enum Scheme: UInt8, Sendable {
        /// `http://` or `https://` on the input line: fetched as given.
        case given
        /// No scheme on the line (`example.com/path`): https is tried first…
        case httpsFirst
        /// …and http after a connect or TLS failure of the https attempt.
        case httpFallback
    }

    /// Input line number: what the record's `line` says.
    var line: Int
    /// Position among the lines that produce a record (`--ordered`; the parent's own bookkeeping).
    var sequence: Int = 0
    /// The URL fetched, scheme included.
    var url: String
    /// `HostHash.of(host)`: the key of per-host limits and the choice of worker.
    var hostKey: UInt64
    /// The host, lower-cased, for the run's statistics (empty in a worker, which keeps none).
    var host: String = ""
    /// 1-based number of the request this job is about to make (the record's `attempts`).
    var attempt: Int = 1
    var scheme: Scheme = .given
    /// Worker processes that died while this job was theirs (the parent retries once).
    var crashes: Int = 0
    /// False when nothing else of this host is queued in the lines read ahead: the connection is
    /// closed after the transfer instead of waiting idle in the cache (`CURLOPT_FORBID_REUSE`),
    /// decided by the process that schedules (see `HostScheduler.hasMore`).
    var keepsConnection: Bool = true

    /// The URL as the input line gave it: a scheme-less line is reported without the scheme
    /// crawl chose for it.
    var inputURL: String {
        guard scheme != .given else { return url }
        let prefix = scheme == .httpsFirst ? "https://" : "http://"
        return url.hasPrefix(prefix) ? String(url.dropFirst(prefix.count)) : url
    }

    /// Retries spent so far: the http fallback of a scheme-less line is not a retry.
    var retriesUsed: Int {
        attempt - 1 - (scheme == .httpFallback ? 1 : 0)
    }
}

/// What the end of one attempt asks for.
enum AttemptOutcome {
    /// The line's answer.
    case record(CrawlRecord)
    /// Try again: `job` (attempt already advanced) once `afterMS` milliseconds have passed.
    case again(Job, afterMS: Int)
}
