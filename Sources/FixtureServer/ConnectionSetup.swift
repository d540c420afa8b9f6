import NIOCore
import NIOHTTP1
import NIOHTTP2

#if FixtureTLS
import NIOSSL
#endif

/// Builds each accepted connection's pipeline. On the plain port: HTTP/1.1, or HTTP/2
/// cleartext when the client starts with the HTTP/2 preface (h2c with prior knowledge, as
/// `curl --http2-prior-knowledge` does); no TLS, so no ALPN: the first bytes decide. On the
/// TLS port (`--tls-cert`): the TLS handshake's ALPN decides, h2 or HTTP/1.1. Both protocols
/// reach the same routes either way.
enum ConnectionSetup {
    /// The plain port's child channel initializer: only the sniffer until the first bytes arrive.
    static func initialize(_ channel: Channel, router: Router) -> EventLoopFuture<Void> {
        router.connections.track(channel)
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(HTTP2PrefaceSniffer(router: router)))
        }
    }

    #if FixtureTLS
    /// The TLS port's child channel initializer: TLS, then the pipeline ALPN picked (no ALPN
    /// at all means HTTP/1.1). A failed handshake is closed by `NIOSSLServerHandler` itself.
    static func initializeTLS(_ channel: Channel, context: NIOSSLContext, router: Router) -> EventLoopFuture<Void> {
        router.connections.track(channel)
        do {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return channel.configureHTTP2SecureUpgrade(
            h2ChannelConfigurator: { channel in
                channel.eventLoop.makeCompletedFuture { try configureHTTP2(channel.pipeline.syncOperations, router: router) }
            },
            http1ChannelConfigurator: { channel in
                channel.eventLoop.makeCompletedFuture { try configureHTTP1(channel.pipeline.syncOperations, router: router) }
            }
        )
    }

    /// The server's TLS settings, made once and shared by every connection, so the session
    /// ticket key BoringSSL generates for it is the same on every connection and a client can
    /// resume a TLS 1.3 session (tickets are BoringSSL's server default) on a new connection.
    /// TLS 1.2 and 1.3; ALPN offers h2 first, like a real HTTPS server.
    static func makeTLSContext(certificateFile: String, keyFile: String) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(certificateFile).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: keyFile, format: .pem))
        )
        configuration.minimumTLSVersion = .tlsv12
        configuration.maximumTLSVersion = .tlsv13
        configuration.applicationProtocols = ["h2", "http/1.1"]
        return try NIOSSLContext(configuration: configuration)
    }
    #endif

    /// The HTTP/1.1 pipeline, as it always was.
    static func configureHTTP1(_ pipeline: ChannelPipeline.SynchronousOperations, router: Router) throws {
        try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
        try addRequestHandlers(pipeline, router: router)
    }

    /// The HTTP/2 pipeline: one stream child channel per request, each translated to the
    /// HTTP/1 request/response parts the routes already speak, so every route works over h2.
    static func configureHTTP2(_ pipeline: ChannelPipeline.SynchronousOperations, router: Router) throws {
        _ = try pipeline.configureHTTP2Pipeline(
            mode: .server,
            connectionConfiguration: .init(),
            streamConfiguration: .init()
        ) { stream in
            stream.eventLoop.makeCompletedFuture {
                let streamPipeline = stream.pipeline.syncOperations
                try streamPipeline.addHandler(HTTP2FramePayloadToHTTP1ServerCodec())
                try addRequestHandlers(streamPipeline, router: router)
            }
        }
        // Errors on the connection itself (resets, protocol errors NIOHTTP2 has already
        // answered with GOAWAY) end it quietly, like `HTTPHandler.errorCaught` does for streams.
        try pipeline.addHandler(CloseOnError())
    }

    /// Shared by every protocol: forced encodings, compression and the routes.
    private static func addRequestHandlers(_ pipeline: ChannelPipeline.SynchronousOperations, router: Router) throws {
        try pipeline.addHandler(ForcedAcceptEncoding())
        try pipeline.addHandler(ResponseCompression.makeCompressor())
        try pipeline.addHandler(HTTPHandler(router: router))
    }
}

/// Looks at up to the first 24 bytes of a connection and installs the HTTP/2 pipeline if
/// they are the HTTP/2 connection preface, the HTTP/1.1 one otherwise, then removes itself.
///
/// It decides at the first byte that differs from the preface, because a complete HTTP/1
/// request can be shorter than 24 bytes (`GET / HTTP/1.1\r\n\r\n` is 18). Nothing is
/// consumed: on removal, `ByteToMessageHandler` calls `decodeLast`, which hands every
/// buffered byte (including any that arrived meanwhile) to the new handlers in order.
struct HTTP2PrefaceSniffer: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    static let preface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)

    let router: Router
    private var configured = false

    init(router: Router) {
        self.router = router
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard !configured else { return .needMoreData }  // removal pending; decodeLast forwards
        let count = min(buffer.readableBytes, Self.preface.count)
        guard let bytes = buffer.getBytes(at: buffer.readerIndex, length: count) else { return .needMoreData }
        let isPreface = bytes.elementsEqual(Self.preface.prefix(count))
        if isPreface && count < Self.preface.count { return .needMoreData }

        configured = true
        let pipeline = context.pipeline.syncOperations
        if isPreface {
            try ConnectionSetup.configureHTTP2(pipeline, router: router)
        } else {
            try ConnectionSetup.configureHTTP1(pipeline, router: router)
        }
        pipeline.removeHandler(context: context, promise: nil)
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        // Undecided at EOF (a client that sent a few preface-like bytes and left): nothing to serve.
        guard configured, buffer.readableBytes > 0 else { return .needMoreData }
        context.fireChannelRead(NIOAny(buffer))
        // NIOHTTP2Handler flushes what it wrote while reading (e.g. the SETTINGS ack) on read-complete.
        context.fireChannelReadComplete()
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// Closes the channel on any error that reaches the end of the pipeline.
final class CloseOnError: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
