import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A DNS server for the tests, on UDP next to the HTTP server (same host, its own ephemeral port),
/// so crawl's resolver can be tested offline with `--dns-servers`.
///
/// It answers one zone, `crawl.test`, by the first label of the name asked:
/// - `nx…` → NXDOMAIN; `servfail…` → SERVFAIL; `nodata…` → no records (NOERROR);
/// - anything else → A 127.0.0.1 (TTL 60) and no AAAA, so every name reaches this server's HTTP side.
/// Names outside the zone are REFUSED. Each question is counted per name and type
/// (`/dns/queries/<name>`), so a test can see how often a name was asked.
///
/// Messages are parsed as far as a client's query needs (RFC 1035 §4.1: header, one question);
/// anything else is dropped.
final class DNSResponder: ChannelInboundHandler, Sendable {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    let queries: DNSQueries

    init(queries: DNSQueries) {
        self.queries = queries
    }

    static let zone = ".crawl.test"

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        guard let reply = answer(envelope.data, allocator: context.channel.allocator) else { return }
        context.writeAndFlush(wrapOutboundOut(AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: reply)), promise: nil)
    }

    /// The reply to one query message, or nil for anything that is not one.
    func answer(_ query: ByteBuffer, allocator: ByteBufferAllocator) -> ByteBuffer? {
        var message = query
        guard let id = message.readInteger(as: UInt16.self), let flags = message.readInteger(as: UInt16.self),
            let questions = message.readInteger(as: UInt16.self), flags & 0x8000 == 0, questions == 1,
            message.readableBytes >= 6
        else { return nil }
        message.moveReaderIndex(forwardBy: 6)
        let questionStart = message.readerIndex
        var labels: [String] = []
        while let length = message.readInteger(as: UInt8.self), length > 0 {
            guard length < 64, let label = message.readString(length: Int(length)) else { return nil }
            labels.append(label.lowercased())
        }
        guard let type = message.readInteger(as: UInt16.self), let klass = message.readInteger(as: UInt16.self) else {
            return nil
        }
        let question = query.getSlice(at: questionStart, length: message.readerIndex - questionStart)!
        let name = labels.joined(separator: ".")
        queries.count(name: name, type: type)

        let rcode: UInt16
        var address: [UInt8]?
        let first = labels.first ?? ""
        if !("." + name).hasSuffix(Self.zone) || klass != 1 {
            rcode = 5  // REFUSED
        } else if first.hasPrefix("nx") {
            rcode = 3  // NXDOMAIN
        } else if first.hasPrefix("servfail") {
            rcode = 2  // SERVFAIL
        } else {
            rcode = 0
            if type == 1 && !first.hasPrefix("nodata") { address = [127, 0, 0, 1] }
        }
        var reply = allocator.buffer(capacity: 64 + question.readableBytes)
        reply.writeInteger(id)
        // QR, opcode 0, AA, RD copied from the query, RA, and the rcode.
        reply.writeInteger(UInt16(0x8400) | (flags & 0x0100) | 0x0080 | rcode)
        reply.writeInteger(UInt16(1))
        reply.writeInteger(UInt16(address == nil ? 0 : 1))
        reply.writeInteger(UInt16(0))
        reply.writeInteger(UInt16(0))
        var copy = question
        reply.writeBuffer(&copy)
        if let address {
            reply.writeInteger(UInt16(0xC00C))  // the name: a pointer to the question's
            reply.writeInteger(UInt16(1))  // A
            reply.writeInteger(UInt16(1))  // IN
            reply.writeInteger(UInt32(60))  // TTL
            reply.writeInteger(UInt16(4))
            reply.writeBytes(address)
        }
        return reply
    }

    /// Binds the responder on `host`, on an ephemeral UDP port.
    static func start(on group: EventLoopGroup, host: String, responder: DNSResponder) throws -> Channel {
        try DatagramBootstrap(group: group)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(responder) }
            }
            .bind(host: host, port: 0).wait()
    }
}

/// Questions the responder was asked, by name and type; shared by every event loop.
final class DNSQueries: Sendable {
    private let counts = NIOLockedValueBox<[String: [UInt16: Int]]>([:])
    /// Where the responder listens (`host:port`), once bound.
    let address = NIOLockedValueBox<String>("")

    func count(name: String, type: UInt16) {
        counts.withLockedValue { $0[name, default: [:]][type, default: 0] += 1 }
    }

    /// `{"A": n, "AAAA": m, "other": k}` for `name`.
    func json(name: String) -> String {
        let byType = counts.withLockedValue { $0[name.lowercased()] ?? [:] }
        let a = byType[1] ?? 0
        let aaaa = byType[28] ?? 0
        let other = byType.filter { $0.key != 1 && $0.key != 28 }.values.reduce(0, +)
        return #"{"A": \#(a), "AAAA": \#(aaaa), "other": \#(other)}"#
    }
}
