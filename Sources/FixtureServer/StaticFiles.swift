import NIOCore
import NIOHTTP1

/// The routes that serve a file of `Fixtures/pages` in different transport shapes.
extension Router {
    enum PageMode {
        /// Byte for byte with `Content-Length` (`/pages/<name>`).
        case plain
        /// `Transfer-Encoding: chunked` in 1 KiB chunks (`/chunked/<name>`).
        case chunked
        /// No `Content-Type` header at all, so the client has to sniff (`/no-content-type/<name>`).
        case noContentType
        /// Compressed by `HTTPResponseCompressor` (`/gzip/<name>`, `/deflate/<name>`).
        case compressed
        /// Small chunks on a timer (`/drip/<name>?chunk=7&interval_ms=5`).
        case drip
    }

    func servePage(_ request: Request, _ writer: ResponseWriter, mode: PageMode) {
        let name = request.remainder
        guard !name.contains(".."), !name.contains("\0") else {
            return writer.badRequest("path traversal")
        }
        guard let file = store.page(named: name) else {
            return writer.notFound()
        }
        let mode = file.readableBytes == 0 && mode == .drip ? .plain : mode  // nothing to drip

        var headers = HTTPHeaders()
        if mode != .noContentType {
            // `?ct=` overrides the type verbatim; an empty value omits the header.
            let contentType = request.query["ct"] ?? FixtureStore.contentType(forPageNamed: name)
            if !contentType.isEmpty { headers.add(name: "content-type", value: contentType) }
        }

        switch mode {
        case .plain, .noContentType:
            writer.respond(.ok, contentType: nil, headers: headers, body: file)

        case .compressed:
            // The marker asks `ResponseCompression` to compress this response only.
            if !request.isHead { headers.add(name: ResponseCompression.markerHeader, value: "1") }
            writer.respond(.ok, contentType: nil, headers: headers, body: file)

        case .chunked:
            writer.head(.ok, headers)  // no Content-Length: NIO's encoder frames it as chunked
            guard !request.isHead else { return writer.end() }
            var remaining = file
            while remaining.readableBytes > 0 {
                writer.body(remaining.readSlice(length: min(1024, remaining.readableBytes))!, flush: false)
            }
            writer.end()

        case .drip:
            let chunkSize = max(1, request.intQuery("chunk", default: 7))
            let interval = TimeAmount.milliseconds(Int64(max(0, request.intQuery("interval_ms", default: 5))))
            headers.add(name: "content-length", value: String(file.readableBytes))
            writer.head(.ok, headers)
            guard !request.isHead else { return writer.end() }
            writer.context.flush()  // headers at once, then the body bit by bit
            drip(file, chunkSize: chunkSize, interval: interval, writer)
        }
    }

    /// Writes `remaining` in `chunkSize` slices every `interval`; timers die with the connection.
    private func drip(_ remaining: ByteBuffer, chunkSize: Int, interval: TimeAmount, _ writer: ResponseWriter) {
        writer.schedule(in: interval) {
            var remaining = remaining
            guard let chunk = remaining.readSlice(length: min(chunkSize, remaining.readableBytes)) else { return }
            writer.body(chunk).assumeIsolated().whenSuccess {
                if remaining.readableBytes == 0 {
                    writer.end()
                } else {
                    drip(remaining, chunkSize: chunkSize, interval: interval, writer)
                }
            }
        }
    }
}
