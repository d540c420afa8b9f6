import NIOCore
import NIOHTTP1

/// Bodies built once at start-up and shared (zero-copy) by every response.
struct CannedBodies: Sendable {
    /// 256 KiB of deterministic pseudo-random bytes for `/binary`.
    let binary: ByteBuffer
    /// 256 KiB of spaces: compresses ~1000:1, so `/bomb` is tiny on the wire.
    let bombChunk: ByteBuffer
    /// 64 KiB of `<!-- filler … -->` comments for `/endless`.
    let endlessChunk: ByteBuffer

    init() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // xorshift64*, fixed seed: same bytes every run
        var binary = ByteBuffer()
        binary.reserveCapacity(256 * 1024)
        for _ in 0..<(256 * 1024 / 8) {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            binary.writeInteger(state &* 0x2545_F491_4F6C_DD1D, as: UInt64.self)
        }
        self.binary = binary
        self.bombChunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 256 * 1024)

        let line = "<!-- filler filler filler filler filler filler filler fill  -->\n"
        precondition(line.utf8.count == 64)  // 1024 lines = 64 KiB exactly
        var endless = ByteBuffer()
        for _ in 0..<1024 { endless.writeString(line) }
        self.endlessChunk = endless
    }
}

/// The endless routes. Both stream with backpressure (`ResponseWriter.stream`), stop as
/// soon as the client closes, and end the response at a hard cap so nothing runs forever.
extension Router {
    /// Hard cap on what an endless route produces (decompressed size for `/bomb`).
    static let endlessCap = 4 << 30

    /// `/bomb`: `<html><head>` then spaces, gzip-compressed on the fly: a few KB per
    /// GB decoded. Compression is done by `HTTPResponseCompressor` (zlib).
    func bomb(_ writer: ResponseWriter) {
        var headers: HTTPHeaders = ["content-type": "text/html"]
        guard !writer.request.isHead else {
            writer.head(.ok, headers)
            return writer.end()
        }
        headers.add(name: ResponseCompression.markerHeader, value: "1")
        writer.head(.ok, headers)
        capped(opening: "<html><head>", chunk: canned.bombChunk, writer)
    }

    /// `/endless`: chunked HTML that opens `<head>` and then never stops commenting.
    func endless(_ writer: ResponseWriter) {
        writer.head(.ok, ["content-type": "text/html"])
        guard !writer.request.isHead else { return writer.end() }
        capped(opening: "<!DOCTYPE html>\n<html><head>\n", chunk: canned.endlessChunk, writer)
    }

    private func capped(opening: String, chunk: ByteBuffer, _ writer: ResponseWriter) {
        var first: ByteBuffer? = writer.allocator.buffer(string: opening)
        var sent = 0
        writer.stream {
            if let opening = first {
                first = nil
                sent += opening.readableBytes
                return opening
            }
            guard sent < Self.endlessCap else { return nil }
            let piece = chunk.getSlice(at: chunk.readerIndex, length: min(chunk.readableBytes, Self.endlessCap - sent))!
            sent += piece.readableBytes
            return piece
        }
    }
}
