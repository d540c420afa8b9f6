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
    /// Redirects followed.
    public var redirects: Int
    /// Body bytes read, after decompression.
    public var bytes: Int
    /// Wall time from the start of the transfer to its end, in milliseconds.
    public var elapsedMS: Int
    /// Null on success, else a stable error kind.
    public var error: ErrorKind?
    /// libcurl's or the crawler's own message for `error`.
    public var errorDetail: String?

    public init(
        url: String, line: Int, finalURL: String? = nil, status: Int? = nil, title: String? = nil,
        contentType: String? = nil, charset: String? = nil, redirects: Int = 0, bytes: Int = 0,
        elapsedMS: Int = 0, error: ErrorKind? = nil, errorDetail: String? = nil
    ) {
        self.url = url
        self.line = line
        self.finalURL = finalURL
        self.status = status
        self.title = title
        self.contentType = contentType
        self.charset = charset
        self.redirects = redirects
        self.bytes = bytes
        self.elapsedMS = elapsedMS
        self.error = error
        self.errorDetail = errorDetail
    }

    enum CodingKeys: String, CodingKey {
        case url, line, status, title, charset, redirects, bytes, error
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
        try c.encode(redirects, forKey: .redirects)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(elapsedMS, forKey: .elapsedMS)
        try c.encode(error, forKey: .error)
        try c.encode(errorDetail, forKey: .errorDetail)
    }
}
