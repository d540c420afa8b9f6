import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// Checks input lines with libcurl's own URL parser, so what is accepted here is exactly what
/// libcurl will fetch, and nothing but http and https gets to a transfer.
final class CurlURLParser {
    enum Verdict {
        /// Fetchable; `host` is lower-cased, for sharding.
        case fetch(host: String)
        case reject(ErrorKind, String)
    }

    private var handle: OpaquePointer?

    init() throws {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_url() else { throw CurlError(call: "curl_url", message: "out of memory") }
        self.handle = handle
    }

    deinit {
        assert(handle == nil, "CurlURLParser was not closed")
    }

    func check(_ url: String) -> Verdict {
        guard let handle else { preconditionFailure("CurlURLParser used after close()") }
        // A handle that already holds a URL would resolve the next one relative to it: clear it.
        _ = curl_url_set(handle, CURLUPART_URL, nil, 0)
        // Allow unknown schemes at parse time so `ftp://x` is reported as an unsupported scheme
        // rather than as a malformed URL.
        let code = url.withCString { curl_url_set(handle, CURLUPART_URL, $0, UInt32(CURLU_NON_SUPPORT_SCHEME)) }
        guard code == CURLUE_OK else {
            var detail = String(cString: curl_url_strerror(code))
            if code == CURLUE_BAD_SCHEME || code == CURLUE_MALFORMED_INPUT, !url.contains("://") {
                detail += " (no scheme: write http:// or https://)"
            }
            return .reject(.badURL, detail)
        }
        var scheme: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK, let scheme else {
            return .reject(.badURL, "no scheme")
        }
        defer { curl_free(scheme) }
        switch String(cString: scheme) {
        case "http", "https":
            var host: UnsafeMutablePointer<CChar>?
            guard curl_url_get(handle, CURLUPART_HOST, &host, 0) == CURLUE_OK, let host else {
                return .reject(.badURL, "no host")
            }
            defer { curl_free(host) }
            return .fetch(host: String(cString: host).asciiLowercased())
        case let other:
            return .reject(.unsupportedScheme, "scheme \(other) is not fetched: only http and https are")
        }
    }

    /// Where a fetchable URL connects: its scheme, its host as DNS knows it (IDN names in
    /// punycode, lower case; an IPv6 literal in brackets) and its port (the scheme's default
    /// when none is given). Nil for a URL `check` would reject.
    struct Target: Equatable {
        var scheme: String
        var host: String
        var port: Int

        /// scheme://host:port: a redirect to another origin does not get the user's credentials.
        var origin: String { "\(scheme)://\(host):\(port)" }

        /// An IP address rather than a name: nothing to resolve.
        var isAddress: Bool {
            if host.hasPrefix("[") { return true }
            var address = in_addr()
            return inet_pton(AF_INET, host, &address) == 1
        }
    }

    func target(_ url: String) -> Target? {
        guard let handle else { preconditionFailure("CurlURLParser used after close()") }
        _ = curl_url_set(handle, CURLUPART_URL, nil, 0)
        guard url.withCString({ curl_url_set(handle, CURLUPART_URL, $0, 0) }) == CURLUE_OK else { return nil }
        func part(_ which: CURLUPart, _ flags: Int32) -> String? {
            var value: UnsafeMutablePointer<CChar>?
            guard curl_url_get(handle, which, &value, UInt32(flags)) == CURLUE_OK, let value else { return nil }
            defer { curl_free(value) }
            return String(cString: value)
        }
        guard let scheme = part(CURLUPART_SCHEME, 0)?.asciiLowercased(), scheme == "http" || scheme == "https",
            let host = part(CURLUPART_HOST, CURLU_PUNYCODE) ?? part(CURLUPART_HOST, 0),
            let port = part(CURLUPART_PORT, CURLU_DEFAULT_PORT).flatMap({ Int($0) })
        else { return nil }
        return Target(scheme: scheme, host: host.asciiLowercased(), port: port)
    }

    func close() {
        guard let handle else { return }
        curl_url_cleanup(handle)
        self.handle = nil
    }
}
