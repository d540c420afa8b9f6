import NIOCore
import NIOHTTP1

/// Routes that exercise a client's HTTP handling: statuses, redirects, delays and
/// connections that misbehave on purpose.
extension Router {
    /// `/status/<code>`: that status with a page titled `Status <code>` (no body for 204/304).
    func status(_ code: String, _ writer: ResponseWriter) {
        guard let number = Int(code), (200...599).contains(number) else {
            return writer.badRequest("status must be 200...599")
        }
        writer.respondHTML(HTTPResponseStatus(statusCode: number), title: "Status \(number)")
    }

    /// `/redirect/<n>` and `/redirect-abs/<n>`: a 302 chain of n hops to a page titled
    /// `Redirect target`. Relative `Location`s by default; absolute `http://` ones
    /// (built from the `Host` header) for `/redirect-abs`.
    func redirect(_ count: String, absolute: Bool, _ request: Request, _ writer: ResponseWriter) {
        guard let hops = Int(count), (0...10_000).contains(hops) else {
            return writer.badRequest("redirect count must be 0...10000")
        }
        guard hops > 0 else {
            return writer.respondHTML(.ok, title: "Redirect target")
        }
        let prefix = absolute ? "/redirect-abs/" : "/redirect/"
        var location = prefix + String(hops - 1)
        if absolute {
            guard let host = request.head.headers.first(name: "host") else {
                return writer.badRequest("redirect-abs needs a Host header")
            }
            location = "http://\(host)\(location)"
        }
        redirectResponse(.found, location: location, writer)
    }

    /// `/redirect-to?url=<u>&code=<302>`: one redirect to anything, e.g. `file:///etc/passwd`,
    /// to check that clients refuse non-HTTP targets.
    func redirectTo(_ request: Request, _ writer: ResponseWriter) {
        guard let url = request.query["url"], !url.isEmpty else {
            return writer.badRequest("missing url")
        }
        let code = request.intQuery("code", default: 302)
        guard [301, 302, 303, 307, 308].contains(code) else {
            return writer.badRequest("code must be 301, 302, 303, 307 or 308")
        }
        redirectResponse(HTTPResponseStatus(statusCode: code), location: url, writer)
    }

    /// Redirects carry no body, so the only title a client can report is the target's.
    private func redirectResponse(_ status: HTTPResponseStatus, location: String, _ writer: ResponseWriter) {
        writer.respond(status, contentType: nil, headers: ["location": location], body: nil)
    }

    /// `/delay/<ms>`: answers after ms on an event-loop timer; no thread ever sleeps.
    func delay(_ milliseconds: String, _ writer: ResponseWriter) {
        guard let ms = Int64(milliseconds), (0...120_000).contains(ms) else {
            return writer.badRequest("delay must be 0...120000 ms")
        }
        writer.schedule(in: .milliseconds(ms)) {
            writer.respondHTML(.ok, title: "Delayed \(ms)")
        }
    }

    /// `/close-mid-body?title=0|1`: promises 100000 bytes, sends ~200, then closes.
    /// With `title=1` a complete title precedes the cut; with `title=0` the cut lands inside it.
    func closeMidBody(_ request: Request, _ writer: ResponseWriter) {
        let complete = request.query["title"] != "0"
        var text = complete
            ? "<!DOCTYPE html>\n<html><head><title>Cut short</title>\n<!-- "
            : "<!DOCTYPE html>\n<html><head><title>Never finish"
        let filler = complete ? "padding " : " and on"
        while text.utf8.count + filler.utf8.count <= 200 { text += filler }
        writer.head(.ok, ["content-type": "text/html", "content-length": "100000"])
        guard !request.isHead else { return writer.end() }
        writer.body(writer.allocator.buffer(string: text)).assumeIsolated().whenComplete { _ in
            writer.close()
        }
    }

    /// `/never`: reads the request and never answers (the client must time out).
    func never(_ writer: ResponseWriter) {
        writer.schedule(in: Self.stuckConnectionCap) { writer.close() }
    }

    /// `/hang-body`: headers and the start of a document, then silence on an open connection.
    func hangBody(_ writer: ResponseWriter) {
        writer.head(.ok, ["content-type": "text/html"])
        guard !writer.request.isHead else { return writer.end() }
        writer.body(writer.allocator.buffer(string: "<html><head>"))
        writer.schedule(in: Self.stuckConnectionCap) { writer.close() }
    }

    /// `/bad-gzip`: claims `Content-Encoding: gzip` but sends plain HTML.
    func badGzip(_ writer: ResponseWriter) {
        let page = Pages.html(title: "Not really gzip", allocator: writer.allocator)
        writer.respond(.ok, headers: ["content-encoding": "gzip"], body: page)
    }
}
