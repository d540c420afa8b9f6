/// Everything that shapes a crawl, with the defaults the CLI documents.
public struct CrawlConfiguration: Sendable, Equatable {
    /// Transfers in flight at once in one event loop.
    public var concurrency: Int = 32
    /// Deadline for a whole transfer, in seconds.
    public var timeout: Double = 30
    /// Deadline for the TCP + TLS connection, in seconds.
    public var connectTimeout: Double = 10
    /// Redirects followed before `too_many_redirects`.
    public var maxRedirects: Int = 10
    /// Body bytes (after decompression) read before giving up on a title.
    public var maxBytes: Int = 4 * 1024 * 1024
    /// Once the title is known, body bytes still read (and dropped) so that the connection stays
    /// open for the next URL to the same host; a longer rest is cut off and the connection closed.
    /// 0 stops every transfer at its title. Measured in BENCHMARKS.md: on loopback a new
    /// connection costs about as much CPU as reading 190 KB, and on the internet a new TCP + TLS
    /// connection costs two to three round trips.
    public var drainMax: Int = 64 * 1024
    public var userAgent: String = "crawl/\(CrawlVersion.string)"
    /// Skip TLS certificate and host name verification.
    public var insecure: Bool = false

    public init() {}
}

public enum CrawlVersion {
    public static let string = "0.1.0"
}
