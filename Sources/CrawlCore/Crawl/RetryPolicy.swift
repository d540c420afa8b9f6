/// Which failed attempts are tried again, and when (`--retries`, `--retry-backoff`,
/// `--retry-after-max`), plus the http fallback of scheme-less lines.
///
/// Retried: failures that a second try can fix — connection refused or reset, timeouts, a DNS
/// server that failed to answer, an empty or cut-off response — and the statuses servers use for
/// "not now" (429, 502, 503, 504). Never retried: other statuses (a 404 stays a 404), a name that
/// does not exist (`dns`: NXDOMAIN is an answer, not a failure), TLS verification, bad URLs,
/// redirect loops, oversized bodies, a too-slow server (`too_slow`: it is there, just slow).
///
/// The wait is exponential with jitter (half fixed, half random, so retries of many URLs do not
/// come back in lock-step), or the server's `Retry-After`, capped at `retryAfterMax`.
struct RetryPolicy: Sendable, Equatable {
    var retries: Int
    /// Seconds before the first retry; doubled for each further one.
    var backoff: Double
    /// The longest `Retry-After` (and backoff) honoured, in seconds.
    var retryAfterMax: Double

    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]
    static let retryableErrors: Set<ErrorKind> = [.connect, .timeout, .dnsTemporary, .network, .emptyResponse, .truncated]

    static func isRetryable(_ record: CrawlRecord) -> Bool {
        if let error = record.error { return retryableErrors.contains(error) }
        return record.status.map(retryableStatuses.contains) ?? false
    }

    /// True if a response with this status would be retried for `job`: the transfer then stops at
    /// the headers instead of reading the error page.
    func wouldRetry(status: Int, _ job: Job) -> Bool {
        job.retriesUsed < retries && RetryPolicy.retryableStatuses.contains(status)
    }

    /// - Parameter retryAfter: the final response's `Retry-After`, in seconds, if it had one.
    func outcome(_ record: CrawlRecord, _ job: Job, retryAfter: Int?) -> AttemptOutcome {
        if job.scheme == .httpsFirst, record.error == .connect || record.error == .tls, record.status == nil,
            record.redirects == 0
        {
            var next = job
            next.url = "http://" + job.inputURL
            next.scheme = .httpFallback
            next.attempt += 1
            return .again(next, afterMS: 0)
        }
        guard job.retriesUsed < retries, RetryPolicy.isRetryable(record) else { return .record(record) }
        var next = job
        next.attempt += 1
        if let retryAfter, retryAfter >= 0, record.status == 429 || record.status == 503 {
            return .again(next, afterMS: Int(min(Double(retryAfter), retryAfterMax) * 1000))
        }
        return .again(next, afterMS: backoffMS(retriesUsed: job.retriesUsed))
    }

    /// backoff × 2^n, capped, then between half of that and all of it.
    func backoffMS(retriesUsed: Int) -> Int {
        let full = min(backoff * Double(1 << min(retriesUsed, 20)), retryAfterMax) * 1000
        return Int(full / 2 + Double.random(in: 0...(full / 2)))
    }
}
