import NIOCore
import NIOHTTP1

/// Maps a request to the route that answers it.
///
/// Every route also takes `?close=1`: the connection is closed once that response has ended
/// (`Connection: close` on HTTP/1.1, a `GOAWAY` ahead of the response on HTTP/2), so a test can
/// force each request to a host onto a new connection, and over TLS a new handshake.
///
/// `Sendable`: one instance is shared by every connection on every event loop. It
/// holds pre-built buffers plus the counters tests read back (`tracker`,
/// `flakyCounters`, `connections`), which are lock-protected classes.
struct Router: Sendable {
    let store: FixtureStore
    let generated: GeneratedPages
    let canned: CannedBodies
    /// Per-tag, per-host counts of `/track/<tag>/…` requests (`HTTPHandler` feeds it).
    let tracker = RequestTracker()
    /// Request counts of `/flaky/<key>`.
    let flakyCounters = FlakyCounters()
    /// What the DNS responder was asked (`/dns/…`).
    let dnsQueries = DNSQueries()
    /// Open and peak connections, read at `/connections` (`ConnectionSetup` feeds it).
    let connections = ConnectionCounter()

    init(store: FixtureStore) {
        self.store = store
        self.generated = GeneratedPages()
        self.canned = CannedBodies()
    }

    func route(_ request: Request, _ writer: ResponseWriter) {
        guard request.head.method == .GET || request.head.method == .HEAD else {
            return writer.respondHTML(.methodNotAllowed, title: "Method Not Allowed", headers: ["allow": "GET, HEAD"])
        }
        let segments = request.segments
        guard let first = segments.first else {
            return writer.respond(.ok, body: Pages.html(title: "Fixture server", body: Self.index, allocator: writer.allocator))
        }
        switch (first, segments.count) {
        // Static files (StaticFiles.swift).
        case ("pages", 2...): servePage(request, writer, mode: .plain)
        case ("chunked", 2...): servePage(request, writer, mode: .chunked)
        case ("no-content-type", 2...): servePage(request, writer, mode: .noContentType)
        case ("gzip", 2...), ("deflate", 2...): servePage(request, writer, mode: .compressed)
        case ("drip", 2...): servePage(request, writer, mode: .drip)
        // Behaviour routes (BehaviourRoutes.swift).
        case ("status", 2): status(segments[1], writer)
        case ("redirect", 2): redirect(segments[1], absolute: false, request, writer)
        case ("redirect-abs", 2): redirect(segments[1], absolute: true, request, writer)
        case ("redirect-to", 1): redirectTo(request, writer)
        case ("delay", 2): delay(segments[1], writer)
        case ("close-mid-body", 1): closeMidBody(request, writer)
        case ("never", 1): never(writer)
        case ("hang-body", 1): hangBody(writer)
        case ("bad-gzip", 1): badGzip(writer)
        case ("empty", 1): writer.respond(.ok, body: nil)
        case ("binary", 1): writer.respond(.ok, contentType: "application/octet-stream", body: canned.binary)
        // Endless streams (Streams.swift) and throughput pages (GeneratedPages.swift).
        case ("bomb", 1): bomb(writer)
        case ("endless", 1): endless(writer)
        case ("gen", 2): generatedPage(segments[1], writer)
        // Retries (FlakyRoutes.swift) and what-did-the-server-see routes (InspectionRoutes.swift).
        case ("flaky", 2...): flaky(request, writer)
        case ("flaky-count", 2...): flakyCount(request, writer)
        case ("stats", 2): stats(segments[1], writer)
        case ("connections", 1): connectionCounts(request, writer)
        case ("echo-headers", 1): echoHeaders(request, writer)
        case ("echo-header", 2): echoHeader(segments[1], request, writer)
        case ("proto", 1): proto(request, writer)
        case ("dns", 1): writer.respond(.ok, contentType: "text/plain", body: writer.allocator.buffer(string: dnsQueries.address.withLockedValue { $0 }))
        case ("dns-queries", 2):
            writer.respond(.ok, contentType: "application/json", body: writer.allocator.buffer(string: dnsQueries.json(name: segments[1])))
        default: writer.notFound()
        }
    }

    /// Longest a deliberately stuck response may hold a connection, so nothing lingers.
    static let stuckConnectionCap = TimeAmount.seconds(120)

    /// The `/` page: a route list for humans poking at the server with a browser or curl.
    static let index = """
        <ul>
        <li>/pages/NAME[?ct=TYPE] /chunked/NAME /no-content-type/NAME /gzip/NAME /deflate/NAME</li>
        <li>/drip/NAME?chunk=7&amp;interval_ms=5</li>
        <li>/status/CODE /redirect/N /redirect-abs/N /redirect-to?url=URL&amp;code=302 /delay/MS</li>
        <li>/close-mid-body?title=0|1 /never /hang-body /bad-gzip /bomb /endless /empty /binary /gen/N</li>
        <li>/flaky/KEY?fail=N&amp;status=503&amp;retry_after=VALUE /flaky-count/KEY</li>
        <li>/track/TAG/ANY-ROUTE (counted per tag and local host) /stats/TAG (JSON)</li>
        <li>/connections[?reset=1] (open and peak connections, JSON)</li>
        <li>/echo-headers /echo-header/NAME /proto</li>
        <li>/dns (the UDP DNS server's host:port, zone crawl.test: nx… NXDOMAIN, servfail… SERVFAIL, nodata… no records, else 127.0.0.1) /dns-queries/NAME (JSON)</li>
        <li>ANY-ROUTE?close=1 closes the connection after the response.</li>
        <li>Absolute-form targets (GET http://any.host/ROUTE) are served as ROUTE with x-fixture-proxy: 1.</li>
        <li>HTTP/1.1, and HTTP/2 cleartext with prior knowledge (h2c); with --tls-cert, HTTPS with ALPN h2 and http/1.1.</li>
        </ul>
        """
}
