import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// How many requests each `/flaky/<key>` has seen, server-wide.
///
/// Counted across hosts and connections on purpose: a retrying client may come back
/// on a new connection, and the test wants "the first N attempts fail" whatever the path.
/// Tests pick unique keys, so parallel tests never share a counter.
final class FlakyCounters: Sendable {
    private let counts = NIOLockedValueBox<[String: Int]>([:])

    /// Counts one more request for `key` and returns its 1-based number.
    func next(_ key: String) -> Int {
        counts.withLockedValue { counts in
            counts[key, default: 0] += 1
            return counts[key]!
        }
    }

    func count(_ key: String) -> Int {
        counts.withLockedValue { $0[key] ?? 0 }
    }
}

/// Routes for retry tests.
extension Router {
    /// `/flaky/<key>?fail=N&status=CODE&retry_after=VALUE`: the first N (default 1) requests
    /// for `<key>` answer CODE (default 503, 400...599) titled `Flaky <key> failure <i>`,
    /// with `Retry-After: VALUE` verbatim if given (seconds or an HTTP date, the client's
    /// problem); later ones answer 200 titled `Flaky <key> ok`.
    /// Bad parameters answer 400 and are not counted, so a typo cannot eat a failure.
    func flaky(_ request: Request, _ writer: ResponseWriter) {
        let key = request.remainder
        let failures = request.intQuery("fail", default: 1)
        let code = request.intQuery("status", default: 503)
        guard failures >= 0 else { return writer.badRequest("fail must be >= 0") }
        guard (400...599).contains(code) else { return writer.badRequest("status must be 400...599") }
        var headers = HTTPHeaders()
        if let retryAfter = request.query["retry_after"] {
            // Header injection would break the response framing, not test anything.
            guard !retryAfter.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                return writer.badRequest("retry_after has control characters")
            }
            headers.add(name: "retry-after", value: retryAfter)
        }
        let attempt = flakyCounters.next(key)
        if attempt <= failures {
            writer.respondHTML(HTTPResponseStatus(statusCode: code), title: "Flaky \(key) failure \(attempt)", headers: headers)
        } else {
            writer.respondHTML(.ok, title: "Flaky \(key) ok")
        }
    }

    /// `/flaky-count/<key>`: how many requests `/flaky/<key>` has seen, as bare digits.
    func flakyCount(_ request: Request, _ writer: ResponseWriter) {
        let count = flakyCounters.count(request.remainder)
        writer.respond(.ok, contentType: "text/plain", body: writer.allocator.buffer(string: String(count)))
    }
}
