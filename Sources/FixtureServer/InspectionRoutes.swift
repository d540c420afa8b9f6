import NIOCore
import NIOHTTP1

/// Routes that report what the server saw, so a test can check what its client sent:
/// the protocol, the headers, the per-tag counts of `RequestTracker`, and the connections.
extension Router {
    /// `/stats/<tag>`: the `RequestTracker` numbers for `<tag>` as JSON. Never counted itself.
    func stats(_ tag: String, _ writer: ResponseWriter) {
        let json = tracker.statsJSON(tag: tag)
        writer.respond(.ok, contentType: "application/json", body: writer.allocator.buffer(string: json))
    }

    /// `/connections[?reset=1]`: `{"open":n,"peak":m}` from `ConnectionCounter`, counting every
    /// TCP connection (plain and TLS) since the server started or the last reset. `open` includes
    /// the connection this request came on, so it is at least 1; read it on a fresh connection
    /// after the client under test has exited, and `peak` is that client's (plus the reader's own
    /// only if it overlapped). Process-wide: a test that checks it starts its own server.
    func connectionCounts(_ request: Request, _ writer: ResponseWriter) {
        let json = connections.json(reset: request.query["reset"] == "1")
        writer.respond(.ok, contentType: "application/json", body: writer.allocator.buffer(string: json))
    }

    /// `/proto`: a page titled `HTTP/<major>.<minor>` from the request head, e.g. `HTTP/2.0`,
    /// so a crawl's titles show which protocol each fetch used.
    func proto(_ request: Request, _ writer: ResponseWriter) {
        let version = request.head.version
        writer.respondHTML(.ok, title: "HTTP/\(version.major).\(version.minor)")
    }

    /// `/echo-headers`: a page titled `Headers` whose body is a `<pre>` of `name: value`
    /// lines, one per request header (escaped), and each header again as a response
    /// header `x-echo-<lowercased name>`. The body is for crawler tests, which only see
    /// pages; the response headers are for curl-level checks.
    func echoHeaders(_ request: Request, _ writer: ResponseWriter) {
        var echoed = HTTPHeaders()
        var lines = ""
        for (name, value) in request.head.headers {
            echoed.add(name: "x-echo-" + name.lowercased(), value: value)
            lines += Pages.escape("\(name): \(value)") + "\n"
        }
        let page = Pages.html(title: "Headers", body: "<pre>\n\(lines)</pre>", allocator: writer.allocator)
        writer.respond(.ok, headers: echoed, body: page)
    }

    /// `/echo-header/<name>`: a page whose title is the value of request header `<name>`
    /// (case-insensitive; repeated fields joined with `, `), so a crawl record's `title`
    /// alone shows what arrived. 404 titled `No header <name>` when it was not sent.
    func echoHeader(_ name: String, _ request: Request, _ writer: ResponseWriter) {
        let values = request.head.headers[name]
        guard !values.isEmpty else { return writer.respondHTML(.notFound, title: "No header \(name)") }
        writer.respondHTML(.ok, title: values.joined(separator: ", "))
    }
}
