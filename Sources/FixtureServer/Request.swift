import NIOHTTP1

/// A request as the routes see it: path split into decoded segments, query decoded.
///
/// Built from the routed target (`RequestTarget`), so proxy-style absolute targets and
/// `/track/<tag>/` prefixes never reach a route.
struct Request {
    let head: HTTPRequestHead
    /// The request arrived in absolute form (through a proxy); answers say so in `x-fixture-proxy`.
    let isProxied: Bool
    /// The tag of a `/track/<tag>/` prefix, counted by `RequestTracker`.
    let trackTag: String?
    /// Percent-decoded path segments, e.g. `/pages/a%20b.html` -> `["pages", "a b.html"]`.
    let segments: [String]
    /// Decoded query parameters (`+` is a space; the last duplicate wins).
    let query: [String: String]

    init(head: HTTPRequestHead) {
        self.head = head
        let target = RequestTarget(uri: head.uri)
        self.isProxied = target.isProxied
        self.trackTag = target.trackTag
        let uri = target.routed
        let pathPart: Substring
        let queryPart: Substring
        if let questionMark = uri.firstIndex(of: "?") {
            pathPart = uri[..<questionMark]
            queryPart = uri[uri.index(after: questionMark)...]
        } else {
            pathPart = uri[...]
            queryPart = ""
        }
        self.segments = pathPart.split(separator: "/", omittingEmptySubsequences: true)
            .map { Self.percentDecode($0, plusIsSpace: false) }
        var query: [String: String] = [:]
        for pair in queryPart.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? Self.percentDecode(parts[1], plusIsSpace: true) : ""
            query[Self.percentDecode(parts[0], plusIsSpace: true)] = value
        }
        self.query = query
    }

    var isHead: Bool { head.method == .HEAD }

    /// HTTP/2 has no `Connection` header and one request per stream, so it is always "keep-alive":
    /// the stream ends with the response and the connection stays up.
    var isHTTP2: Bool { head.version.major >= 2 }

    /// `?close=1` (any route): the connection is closed after this response, on HTTP/2 too.
    var asksToClose: Bool { query["close"] == "1" }

    /// Whether the connection stays open after this response. HTTP/2 streams end by
    /// themselves and the connection stays up, unless `?close=1` asked otherwise. An HTTP/1
    /// request carrying `Upgrade` (an h2c upgrade attempt such as curl's `--http2` on `http://`,
    /// which this server declines by answering in HTTP/1.1) gets `Connection: close`: NIO's HTTP/1
    /// decoder stops parsing after such a request, so a client reusing the connection would hang.
    var keepsConnectionOpen: Bool {
        !asksToClose && (isHTTP2 || (head.isKeepAlive && !head.headers.contains(name: "upgrade")))
    }

    /// `1.1`, `1.0`, or just `2` for HTTP/2 (how curl and the stats spell it).
    var versionString: String {
        let version = head.version
        return version.major >= 2 && version.minor == 0 ? "\(version.major)" : "\(version.major).\(version.minor)"
    }

    /// The segments after the first one joined back with `/` (the `<name>` of `/pages/<name>`).
    var remainder: String {
        segments.dropFirst().joined(separator: "/")
    }

    /// An integer query parameter, or `defaultValue` when absent or malformed.
    func intQuery(_ name: String, default defaultValue: Int) -> Int {
        query[name].flatMap { Int($0) } ?? defaultValue
    }

    /// Decodes `%XX` escapes (malformed escapes are kept literally) as UTF-8.
    static func percentDecode(_ text: Substring, plusIsSpace: Bool) -> String {
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "%")) || (plusIsSpace && utf8.contains(UInt8(ascii: "+"))) else {
            return String(text)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"),
                let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex), high != utf8.endIndex,
                let low = utf8.index(high, offsetBy: 1, limitedBy: utf8.endIndex), low != utf8.endIndex,
                let h = hexValue(utf8[high]), let l = hexValue(utf8[low])
            {
                bytes.append(h << 4 | l)
                index = utf8.index(after: low)
                continue
            }
            bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = utf8.index(after: index)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
