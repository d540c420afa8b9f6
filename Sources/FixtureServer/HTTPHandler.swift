import NIOCore
import NIOHTTP1
import NIOHTTP2

/// The per-connection handler: collects a request, hands it to the `Router`, and
/// owns the connection's timers.
///
/// Requests arrive one at a time: `HTTPServerPipelineHandler` (installed by
/// `configureHTTPServerPipeline`) holds back pipelined requests until the current
/// response has ended, so routes never interleave on one connection. Over HTTP/2
/// each stream is a child channel with its own `HTTPHandler` and a single request.
final class HTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let router: Router
    private var pendingRequest: Request?
    private var pendingTrackingID: Int?
    /// `/track/` requests still in flight, by the id their `ResponseWriter` carries.
    /// Keyed rather than a single slot because the next pipelined head can arrive just
    /// before the previous end's write completes; removal makes `finishTracking` idempotent.
    private var tracked: [Int: RequestTracker.Token] = [:]
    private var nextTrackingID = 0
    /// Timers are cancelled when the connection goes away, so a slow route
    /// (`/drip`, `/never`, …) never keeps working for a client that left.
    private var timers: [Int: Scheduled<Void>] = [:]
    private var nextTimerID = 0

    init(router: Router) {
        self.router = router
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let request = Request(head: head)
            pendingRequest = request
            pendingTrackingID = beginTracking(request, context: context)
        case .body:
            break  // request bodies are ignored
        case .end:
            guard let request = pendingRequest else { return }
            let trackingID = pendingTrackingID
            pendingRequest = nil
            pendingTrackingID = nil
            router.route(request, ResponseWriter(context: context, connection: self, request: request, trackingID: trackingID))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        for timer in timers.values { timer.cancel() }
        timers.removeAll()
        // A connection (or HTTP/2 stream) that dies mid-response must not leave in-flight counts high.
        for id in Array(tracked.keys) { finishTracking(id) }
        context.fireChannelInactive()
    }

    /// Starts counting a `/track/<tag>/` request; nil when it is not tracked. Reading the
    /// numbers back (`/stats`, `/flaky-count`) is never counted, even under a tag.
    private func beginTracking(_ request: Request, context: ChannelHandlerContext) -> Int? {
        guard let tag = request.trackTag, !["stats", "flaky-count"].contains(request.segments.first ?? "") else {
            return nil
        }
        let host = context.channel.localAddress?.ipAddress ?? "unknown"
        let id = nextTrackingID
        nextTrackingID &+= 1
        tracked[id] = router.tracker.begin(tag: tag, host: host, version: request.versionString)
        return id
    }

    /// Ends the in-flight period of a tracked request; later calls for the same id do nothing.
    func finishTracking(_ id: Int) {
        guard let token = tracked.removeValue(forKey: id) else { return }
        router.tracker.end(token)
    }

    /// Connection resets and parse errors are normal for clients that time out
    /// on purpose; close quietly.
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    /// Runs `task` on this connection's event loop after `delay`, unless the connection closes first.
    func schedule(context: ChannelHandlerContext, in delay: TimeAmount, _ task: @escaping () -> Void) {
        guard context.channel.isActive else { return }
        let id = nextTimerID
        nextTimerID &+= 1
        timers[id] = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            self.timers[id] = nil
            task()
        }
    }
}

/// Writes one response for a route. Only used on the connection's event loop.
///
/// It centralises the HTTP details every route needs: `HEAD` gets headers only,
/// `Connection: close` and `?close=1` are honoured after the response ends, and writes stop
/// quietly once the client has gone.
struct ResponseWriter {
    let context: ChannelHandlerContext
    let connection: HTTPHandler
    let request: Request
    /// Set for `/track/` requests: `end()` reports the response finished under this id.
    var trackingID: Int? = nil

    var isActive: Bool { context.channel.isActive }
    var allocator: ByteBufferAllocator { context.channel.allocator }
    var eventLoop: EventLoop { context.eventLoop }

    /// Writes the status line and headers (buffered until the next flush).
    func head(_ status: HTTPResponseStatus, _ headers: HTTPHeaders) {
        var headers = headers
        if request.isHTTP2 {
            // Connection-level headers are forbidden in HTTP/2; `?close=1` says it with a GOAWAY
            // instead, sent before the response so the client takes no further stream here.
            if request.asksToClose { goAway() }
        } else if !request.keepsConnectionOpen {
            headers.replaceOrAdd(name: "connection", value: "close")
        } else if request.head.version.minor == 0 {
            headers.replaceOrAdd(name: "connection", value: "keep-alive")
        }
        if request.isProxied {
            headers.replaceOrAdd(name: "x-fixture-proxy", value: "1")
        }
        let head = HTTPResponseHead(version: .http1_1, status: status, headers: headers)
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
    }

    /// Writes one body part; the future completes once it reached the socket (or failed),
    /// which is what streaming routes use for backpressure.
    @discardableResult
    func body(_ buffer: ByteBuffer, flush: Bool = true) -> EventLoopFuture<Void> {
        let future = context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))))
        if flush { context.flush() }
        return future
    }

    /// Ends the response, then closes the connection unless it is to stay open
    /// (`Request.keepsConnectionOpen`). Over HTTP/2 the stream closes by itself, and only
    /// `?close=1` closes the connection: the stream's parent channel.
    func end() {
        let keepAlive = request.keepsConnectionOpen
        let context = self.context
        let connection = self.connection
        let trackingID = self.trackingID
        let isHTTP2 = request.isHTTP2
        context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).assumeIsolated().whenComplete { _ in
            if let trackingID { connection.finishTracking(trackingID) }
            guard !keepAlive else { return }
            if isHTTP2 {
                context.channel.parent?.close(promise: nil)
            } else {
                context.close(promise: nil)
            }
        }
    }

    /// Tells an HTTP/2 client that this stream is the connection's last (`GOAWAY`, no error):
    /// it finishes this response but sends every later request on a new connection.
    private func goAway() {
        guard let parent = context.channel.parent,
            let streamID = try? context.channel.syncOptions?.getOption(HTTP2StreamChannelOptions.streamID)
        else { return }
        let frame = HTTP2Frame(streamID: .rootStream, payload: .goAway(lastStreamID: streamID, errorCode: .noError, opaqueData: nil))
        parent.writeAndFlush(frame, promise: nil)
    }

    /// A complete response with `Content-Length`; `HEAD` gets the same headers and no body.
    func respond(
        _ status: HTTPResponseStatus,
        contentType: String? = "text/html",
        headers extra: HTTPHeaders = [:],
        body: ByteBuffer?
    ) {
        var headers = extra
        if let contentType { headers.replaceOrAdd(name: "content-type", value: contentType) }
        headers.replaceOrAdd(name: "content-length", value: String(body?.readableBytes ?? 0))
        head(status, headers)
        if let body, body.readableBytes > 0, !request.isHead {
            self.body(body, flush: false)
        }
        end()
    }

    /// A small HTML page whose `<title>` is `title`.
    func respondHTML(_ status: HTTPResponseStatus, title: String, headers: HTTPHeaders = [:]) {
        let page = status.mayHaveResponseBody ? Pages.html(title: title, allocator: allocator) : nil
        respond(status, contentType: page == nil ? nil : "text/html", headers: headers, body: page)
    }

    func notFound() {
        respondHTML(.notFound, title: "Not Found")
    }

    func badRequest(_ why: String) {
        respondHTML(.badRequest, title: "Bad Request: \(why)")
    }

    /// Drops the connection without finishing the response.
    func close() {
        context.close(promise: nil)
    }

    /// See `HTTPHandler.schedule(context:in:_:)`.
    func schedule(in delay: TimeAmount, _ task: @escaping () -> Void) {
        connection.schedule(context: context, in: delay, task)
    }

    /// Sends body chunks from `next` until it returns nil, then ends the response.
    /// Each chunk is written only after the previous one reached the socket, so a
    /// client that stops reading stops the stream (backpressure); a closed
    /// connection fails the write and ends it. Each step hops through the event
    /// loop so fast sockets cannot recurse deeply.
    func stream(next: @escaping () -> ByteBuffer?) {
        func pump() {
            guard isActive else { return }
            guard let chunk = next() else { return end() }
            body(chunk).assumeIsolated().whenSuccess {
                eventLoop.assumeIsolated().execute { pump() }
            }
        }
        pump()
    }
}

/// Small canned pages.
enum Pages {
    /// A minimal valid HTML document titled `title` (escaped).
    static func html(title: String, body: String? = nil, allocator: ByteBufferAllocator) -> ByteBuffer {
        let escaped = escape(title)
        let content = body ?? "<h1>\(escaped)</h1>"
        return allocator.buffer(
            string: "<!DOCTYPE html>\n<html>\n<head>\n<title>\(escaped)</title>\n</head>\n<body>\n\(content)\n</body>\n</html>\n"
        )
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
