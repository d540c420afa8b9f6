/// The result for one input line: one JSON object, one line of output.
///
/// Every field is always present (absent values are `null`), so `jq` filters need no `// empty`
/// guards and CSV exports get stable columns. Field names are snake_case and documented in README.
public struct CrawlRecord: Sendable, Equatable, Codable {
    /// The URL as given on the input line (trimmed).
    public var url: String
    /// 1-based line number in the input, counting blank and comment lines.
    public var line: Int
    /// The URL that answered, after redirects; null when nothing was fetched.
    public var finalURL: String?
    /// The HTTP status of the last response, or null when no HTTP response arrived.
    public var status: Int?
    /// `document.title`, whitespace-normalised; null when the page has none (or is not HTML).
    public var title: String?
    /// The Content-Type header of the last response, verbatim.
    public var contentType: String?
    /// The encoding the body was decoded with (WHATWG name, lower case), null when no body was decoded.
    public var charset: String?
    /// Where `charset` came from: bom, header, xml, meta, detected or default (`CharsetSource`).
    public var charsetSource: CharsetSource?
    /// Redirects followed.
    public var redirects: Int
    /// Body bytes read, after decompression.
    public var bytes: Int
    /// Wall time from the start of the transfer to its end, in milliseconds.
    public var elapsedMS: Int
    /// Requests made for this line: 1, plus retries, plus the http fallback of a scheme-less line.
    public var attempts: Int
    /// The address the last request connected to (IPv4 or IPv6 text); null when none.
    public var ip: String?
    /// The HTTP version of the last response: "1.0", "1.1", "2" or "3"; null when none.
    public var httpVersion: String?
    /// Whether the last request's new TLS connection resumed an earlier session (an abbreviated
    /// handshake, no certificate sent or verified again); null when that request made no TLS
    /// handshake (plain http, a reused connection, or no connection at all).
    public var tlsResumed: Bool?
    /// libcurl's timing of the last request; null when no request was made or none of its phases
    /// ended (its host did not resolve: there is nothing to time, rather than a row of zeros).
    public var timing: Timing?
    /// Null on success, else a stable error kind.
    public var error: ErrorKind?
    /// libcurl's or the crawler's own message for `error`.
    public var errorDetail: String?

    public init(
        url: String, line: Int, finalURL: String? = nil, status: Int? = nil, title: String? = nil,
        contentType: String? = nil, charset: String? = nil, charsetSource: CharsetSource? = nil, redirects: Int = 0, bytes: Int = 0,
        elapsedMS: Int = 0, attempts: Int = 0, ip: String? = nil, httpVersion: String? = nil,
        tlsResumed: Bool? = nil, timing: Timing? = nil, error: ErrorKind? = nil, errorDetail: String? = nil
    ) {
        self.url = url
        self.line = line
        self.finalURL = finalURL
        self.status = status
        self.title = title
        self.contentType = contentType
        self.charset = charset
        self.charsetSource = charsetSource
        self.redirects = redirects
        self.bytes = bytes
        self.elapsedMS = elapsedMS
        self.attempts = attempts
        self.ip = ip
        self.httpVersion = httpVersion
        self.tlsResumed = tlsResumed
        self.timing = timing
        self.error = error
        self.errorDetail = errorDetail
    }

    enum CodingKeys: String, CodingKey {
        case url, line, status, title, charset, redirects, bytes, error, attempts, ip, timing
        case httpVersion = "http_version"
        case tlsResumed = "tls_resumed"
        case charsetSource = "charset_source"
        case finalURL = "final_url"
        case contentType = "content_type"
        case elapsedMS = "elapsed_ms"
        case errorDetail = "error_detail"
    }

    /// Written by hand only to encode absent values as explicit `null` (synthesised code omits them).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(line, forKey: .line)
        try c.encode(finalURL, forKey: .finalURL)
        try c.encode(status, forKey: .status)
        try c.encode(title, forKey: .title)
        try c.encode(contentType, forKey: .contentType)
        try c.encode(charset, forKey: .charset)
        try c.encode(charsetSource, forKey: .charsetSource)
        try c.encode(redirects, forKey: .redirects)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(elapsedMS, forKey: .elapsedMS)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(ip, forKey: .ip)
        try c.encode(httpVersion, forKey: .httpVersion)
        try c.encode(tlsResumed, forKey: .tlsResumed)
        try c.encode(timing, forKey: .timing)
        try c.encode(error, forKey: .error)
        try c.encode(errorDetail, forKey: .errorDetail)
    }
}

/// The phases of one request, in milliseconds with microsecond precision, from libcurl's
/// `CURLINFO_*_TIME_T`. Each is the phase's own duration except `ttfb_ms` and `total_ms`, which
/// count from the request's start; a reused connection has 0 for DNS and connect.
public struct Timing: Sendable, Equatable, Codable {
    /// Microseconds, as libcurl reports them; JSON carries milliseconds.
    public var dnsUS: Int64
    public var connectUS: Int64
    /// Nil when this request made no TLS handshake (plain http, or a reused connection).
    public var tlsUS: Int64?
    public var ttfbUS: Int64
    public var totalUS: Int64

    public init(dnsUS: Int64, connectUS: Int64, tlsUS: Int64?, ttfbUS: Int64, totalUS: Int64) {
        self.dnsUS = dnsUS
        self.connectUS = connectUS
        self.tlsUS = tlsUS
        self.ttfbUS = ttfbUS
        self.totalUS = totalUS
    }

    enum CodingKeys: String, CodingKey {
        case dns = "dns_ms", connect = "connect_ms", tls = "tls_ms", ttfb = "ttfb_ms", total = "total_ms"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func us(_ key: CodingKeys) throws -> Int64 { Int64((try c.decode(Double.self, forKey: key) * 1000).rounded()) }
        dnsUS = try us(.dns)
        connectUS = try us(.connect)
        tlsUS = try c.decodeIfPresent(Double.self, forKey: .tls).map { Int64(($0 * 1000).rounded()) }
        ttfbUS = try us(.ttfb)
        totalUS = try us(.total)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Double(dnsUS) / 1000, forKey: .dns)
        try c.encode(Double(connectUS) / 1000, forKey: .connect)
        try c.encode(tlsUS.map { Double($0) / 1000 }, forKey: .tls)
        try c.encode(Double(ttfbUS) / 1000, forKey: .ttfb)
        try c.encode(Double(totalUS) / 1000, forKey: .total)
    }
}
