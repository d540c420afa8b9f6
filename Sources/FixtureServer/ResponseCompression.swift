import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// Compression for `/gzip/*`, `/deflate/*` and `/bomb`, and for nothing else.
///
/// zlib work is delegated to NIOHTTPCompression's `HTTPResponseCompressor`. Two
/// small adjustments make it fit a test server:
///  * routes opt in with a marker header that the predicate strips, so every other
///    route (including `/bad-gzip`, which lies about its encoding) goes out untouched;
///  * the encoding is forced by the route rather than negotiated, so `/gzip/x` is gzip
///    even for a client that did not send `Accept-Encoding`.
enum ResponseCompression {
    static let markerHeader = "x-fixture-compress"

    /// The compressor, configured to act only on responses carrying the marker.
    static func makeCompressor() -> HTTPResponseCompressor {
        HTTPResponseCompressor(initialByteBufferCapacity: 0) { head, _ in
            guard head.headers.contains(name: markerHeader) else { return .doNotCompress }
            head.headers.remove(name: markerHeader)
            return .compressIfPossible
        }
    }

    /// Which encoding a request path forces, if any.
    static func forcedEncoding(forURI uri: String) -> String? {
        if uri.hasPrefix("/gzip/") || uri == "/bomb" || uri.hasPrefix("/bomb?") { return "gzip" }
        if uri.hasPrefix("/deflate/") { return "deflate" }
        return nil
    }
}

/// Sits in front of `HTTPResponseCompressor` and rewrites `Accept-Encoding` on requests
/// to the compressed routes, which is how the compressor learns the encoding to use.
final class ForcedAcceptEncoding: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data),
            // Routed target, so `/track/t/gzip/x` and proxied `http://h/gzip/x` compress too.
            let encoding = ResponseCompression.forcedEncoding(forURI: String(RequestTarget(uri: head.uri).routed))
        else {
            return context.fireChannelRead(data)
        }
        head.headers.replaceOrAdd(name: "accept-encoding", value: encoding)
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
