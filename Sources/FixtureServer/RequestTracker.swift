import NIOConcurrencyHelpers
import NIOCore

/// Counts `/track/<tag>/…` requests per tag and per local address, for politeness tests.
///
/// Tests run in parallel against one server, so each test uses its own tag and reads
/// back only its own numbers (`/stats/<tag>`). The host is the local IP the connection
/// was accepted on (127.0.0.2, …; see `--loopback-hosts`), not the `Host` header, so
/// it reflects where the client really connected.
///
/// One instance is shared by every event loop, hence the lock.
final class RequestTracker: Sendable {
    /// What is kept for one (tag, host).
    struct HostStats: Sendable {
        var requests = 0
        var inFlight = 0
        var maxInFlight = 0
        /// Milliseconds since server start at which each request head arrived.
        var startsMilliseconds: [Double] = []
        /// `1.1`, `2`, … per request, in arrival order.
        var versions: [String] = []
    }

    /// Handed out by `begin` and given back to `end` exactly once (see `HTTPHandler`).
    struct Token: Sendable {
        let tag: String
        let host: String
    }

    /// Monotonic, so start times are comparable even if the wall clock jumps.
    private let serverStart = NIODeadline.now()
    /// tag -> host -> stats.
    private let tags = NIOLockedValueBox<[String: [String: HostStats]]>([:])

    /// Records a request head arriving; the request is in flight until `end`.
    func begin(tag: String, host: String, version: String) -> Token {
        let startMilliseconds = Double((NIODeadline.now() - serverStart).nanoseconds / 1000) / 1000
        tags.withLockedValue { tags in
            var stats = tags[tag, default: [:]][host, default: HostStats()]
            stats.requests += 1
            stats.inFlight += 1
            stats.maxInFlight = max(stats.maxInFlight, stats.inFlight)
            stats.startsMilliseconds.append(startMilliseconds)
            stats.versions.append(version)
            tags[tag, default: [:]][host] = stats
        }
        return Token(tag: tag, host: host)
    }

    /// The response ended or the connection closed.
    func end(_ token: Token) {
        tags.withLockedValue { tags in
            tags[token.tag]?[token.host]?.inFlight -= 1
        }
    }

    /// `{"hosts":{"127.0.0.2":{"requests":3,"max_in_flight":2,"in_flight":0,"starts_ms":[…],"versions":[…]}}}`,
    /// hosts sorted; `{"hosts":{}}` for a tag never seen.
    func statsJSON(tag: String) -> String {
        let hosts = tags.withLockedValue { $0[tag] ?? [:] }
        let entries = hosts.sorted { $0.key < $1.key }.map { host, stats in
            let starts = stats.startsMilliseconds.map { "\($0)" }.joined(separator: ",")
            let versions = stats.versions.map(JSON.string).joined(separator: ",")
            return "\(JSON.string(host)):{\"requests\":\(stats.requests),\"max_in_flight\":\(stats.maxInFlight),"
                + "\"in_flight\":\(stats.inFlight),\"starts_ms\":[\(starts)],\"versions\":[\(versions)]}"
        }
        return "{\"hosts\":{\(entries.joined(separator: ","))}}"
    }
}

/// Just enough JSON writing for the stats; Foundation's encoder would be overkill here.
enum JSON {
    /// `text` as a quoted JSON string.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
