/// Everything that shapes a crawl, with the defaults the CLI documents.
///
/// Codable so that it travels whole to `--procs` workers (`WorkerSettings`): an option added here
/// and set by the CLI reaches every worker with no other change (`WorkerSettingsTests` checks
/// that every field survives the trip).
public struct CrawlConfiguration: Sendable, Equatable, Codable {
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
    /// A transfer slower than this many bytes a second over `lowSpeedTime` seconds is cut off
    /// (`too_slow`), so a server that drips its page cannot hold a slot until `timeout`. 0 = off.
    public var lowSpeedLimit: Int = 1024
    public var lowSpeedTime: Int = 10

    // MARK: Politeness (enforced by the process that reads the input; see HostScheduler)

    /// Transfers in flight to one host at once, across all workers; 0 = no limit.
    public var perHost: Int = 4
    /// Minimum time between two request starts to one host, in milliseconds.
    public var delayMS: Int = 0
    /// Request starts per second over the whole run, all workers together; 0 = no limit.
    public var rate: Double = 0

    // MARK: Retries

    /// Retries of a retryable failure (see `RetryPolicy`); the record's `attempts` counts them.
    public var retries: Int = 2
    /// Seconds before the first retry, doubled for each next one, with jitter.
    public var retryBackoff: Double = 0.5
    /// The longest wait honoured from a `Retry-After` header (and for backoff), in seconds.
    public var retryAfterMax: Double = 60

    // MARK: HTTP

    public var userAgent: String = "crawl/\(CrawlVersion.string)"
    /// Extra request headers, `Name: value` each (curl's `-H` rules: `Name:` removes one).
    public var headers: [String] = []
    /// Skip TLS certificate and host name verification.
    public var insecure: Bool = false
    /// A PEM file of CA certificates to trust instead of the system bundle (curl's `--cacert`).
    public var caFile: String?
    /// A directory of hashed CA certificates to trust as well (curl's `--capath`). Costs CPU on
    /// every TLS connection: libcurl 7.88 caches the parsed CA store only when no CA path is set.
    public var caPath: String?
    public var httpVersion: HTTPVersionChoice = .auto
    /// Proxy URL (http://, https://, socks5://, socks5h://…); nil = libcurl's `*_proxy`
    /// environment variables, as curl reads them.
    public var proxy: String?
    /// Hosts not to reach through the proxy (curl's `--noproxy` list).
    public var noProxy: String?
    /// DNS servers to ask instead of the system's (curl's `--dns-servers`: `ip[:port],…`).
    public var dnsServers: String?
    /// `host:port:address` entries that bypass DNS (curl's `--resolve`).
    public var resolve: [String] = []
    /// Keep cookies in memory between the transfers of one process (off by default: a crawl is not a session).
    public var cookies: Bool = false

    public init() {}

    var politeness: HostScheduler.Policy {
        HostScheduler.Policy(perHost: perHost, delayNS: UInt64(delayMS) * 1_000_000, rate: rate)
    }

    var retryPolicy: RetryPolicy {
        RetryPolicy(retries: retries, backoff: retryBackoff, retryAfterMax: retryAfterMax)
    }
}

/// Which HTTP versions libcurl may speak.
public enum HTTPVersionChoice: String, Sendable, Equatable, CaseIterable, Codable {
    /// HTTP/2 over TLS where the server offers it (ALPN), HTTP/1.1 otherwise: libcurl's default.
    case auto
    /// HTTP/1.1 only (`--http1.1`).
    case http1_1 = "1.1"
    /// HTTP/2 without negotiation, also on http:// (`--http2-prior-knowledge`, h2c).
    case http2PriorKnowledge = "2-prior-knowledge"
}

public enum CrawlVersion {
    public static let string = "0.1.0"
}
