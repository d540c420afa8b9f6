import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// One slot of the event loop: an easy handle configured once and reused for URL after URL, with
/// the per-URL state its callbacks fill in. libcurl reaches it through `CURLOPT_PRIVATE`,
/// `WRITEDATA` and `HEADERDATA`, all pointing at this object, which the loop keeps alive until
/// `close()`.
final class Transfer {
    /// Why the crawler stopped reading before the server finished sending.
    enum Stop {
        case titleFound
        case notHTML
        case tooLarge
    }

    let easy: CurlEasy
    private let extractor = TitleExtractor()
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let maxBytes: Int
    private let drainMax: Int

    private(set) var url = ""
    private(set) var line = 0
    private var startedNS: UInt64 = 0
    private var bytes = 0
    private var contentType: String?
    /// Content-Length of an unencoded final response: lets a title found in the body's last chunk
    /// end the transfer normally, so the connection stays open for reuse.
    private var contentLength: Int?
    private var contentEncoded = false
    private var bodyStarted = false
    private var stop: Stop?
    /// Bytes still to be read and dropped after the title, to keep the connection (see `drainMax`).
    private var drainLeft = 0

    init(configuration: CrawlConfiguration) throws {
        easy = try CurlEasy()
        maxBytes = configuration.maxBytes
        drainMax = configuration.drainMax
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        let me = Unmanaged.passUnretained(self).toOpaque()
        try easy.set(CURLOPT_PRIVATE, pointer: me)
        try easy.set(CURLOPT_WRITEDATA, pointer: me)
        try easy.set(CURLOPT_HEADERDATA, pointer: me)
        try easy.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try easy.set(CURLOPT_WRITEFUNCTION, callback: { data, size, count, user in
            Transfer.from(user).receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
                ? size * count : CCurl_writefunc_error()
        })
        try easy.set(CURLOPT_HEADERFUNCTION, callback: { data, size, count, user in
            Transfer.from(user).receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        })
        try Transfer.configure(easy, configuration)
    }

    /// Options shared by every transfer: safety first (http and https only, also on redirects;
    /// TLS verified unless --insecure), then limits, then what a browser-like client sends.
    private static func configure(_ easy: CurlEasy, _ configuration: CrawlConfiguration) throws {
        try easy.set(CURLOPT_NOSIGNAL, true)
        try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_FOLLOWLOCATION, true)
        try easy.set(CURLOPT_MAXREDIRS, configuration.maxRedirects)
        try easy.set(CURLOPT_TIMEOUT_MS, Int(configuration.timeout * 1000))
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
        // "" = every encoding this libcurl decodes (gzip, deflate, br, zstd here).
        try easy.set(CURLOPT_ACCEPT_ENCODING, "")
        try easy.set(CURLOPT_USERAGENT, configuration.userAgent)
        if configuration.insecure {
            try easy.set(CURLOPT_SSL_VERIFYPEER, false)
            try easy.set(CURLOPT_SSL_VERIFYHOST, 0)
        }
    }

    deinit {
        assert(easy.handle == nil, "Transfer was not closed")
    }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> Transfer {
        Unmanaged<Transfer>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// Readies the slot for a new URL; the easy handle keeps every other setting.
    func prepare(url: String, line: Int) throws {
        try easy.set(CURLOPT_URL, url)
        self.url = url
        self.line = line
        startedNS = Clock.monotonicNanoseconds()
        bytes = 0
        contentType = nil
        contentLength = nil
        contentEncoded = false
        bodyStarted = false
        stop = nil
        drainLeft = 0
        errorBuffer[0] = 0
        // No state of the previous page may leak into this one, even if no body ever arrives.
        extractor.begin(declaredCharset: nil)
    }

    // MARK: - libcurl callbacks (inside curl_multi_socket_action; no libcurl calls here)

    /// Header lines of every response, redirects included; a status line starts a new response,
    /// so what is left at the body is the final response's Content-Type.
    private func receiveHeader(_ line: UnsafeRawBufferPointer) {
        if line.starts(with: "HTTP/".utf8) {
            contentType = nil
            contentLength = nil
            contentEncoded = false
        } else if Transfer.hasName("content-type:", line) {
            contentType = String(decoding: line.dropFirst(13), as: UTF8.self).trimmingASCIIWhitespace()
        } else if Transfer.hasName("content-length:", line) {
            contentLength = Int(String(decoding: line.dropFirst(15), as: UTF8.self).trimmingASCIIWhitespace())
        } else if Transfer.hasName("content-encoding:", line) {
            contentEncoded = true
        }
    }

    private static func hasName(_ name: StaticString, _ line: UnsafeRawBufferPointer) -> Bool {
        let count = name.utf8CodeUnitCount
        guard line.count > count else { return false }
        for i in 0..<count where line[i].asciiLowercased != name.utf8Start[i] { return false }
        return true
    }

    /// Returns false to stop the transfer (title known, not HTML, or over the byte cap).
    private func receiveBody(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if stop == .titleFound {
            bytes += chunk.count
            drainLeft -= chunk.count
            return drainLeft >= 0
        }
        if !bodyStarted {
            bodyStarted = true
            guard Transfer.isHTML(contentType) else {
                bytes += chunk.count
                stop = .notHTML
                return false
            }
            extractor.begin(declaredCharset: contentType.flatMap(Charset.fromContentType))
        }
        let room = maxBytes - bytes
        let accepted = chunk.count <= room ? chunk : UnsafeRawBufferPointer(rebasing: chunk.prefix(room))
        bytes += accepted.count
        if extractor.feed(accepted) {
            stop = .titleFound
            // Reading a short rest of the body is cheaper than a new connection for the next URL.
            // The length is known only for an unencoded body; else read up to the limit and see.
            if !contentEncoded, let contentLength {
                drainLeft = contentLength - bytes
                return drainLeft <= drainMax
            }
            drainLeft = drainMax
            return drainMax > 0
        }
        if accepted.count < chunk.count {
            stop = .tooLarge
            return false
        }
        return true
    }

    /// A missing Content-Type is sniffed as HTML; any declared type other than HTML/XHTML is not
    /// parsed, as a browser would not give it a title either.
    static func isHTML(_ contentType: String?) -> Bool {
        guard let contentType else { return true }
        let essence = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingASCIIWhitespace().asciiLowercased()
        } ?? ""
        return essence.isEmpty || essence == "text/html" || essence == "application/xhtml+xml"
    }

    // MARK: - Completion (in the loop, after the handle left the multi)

    func finish(result: CURLcode) -> CrawlRecord {
        var record = CrawlRecord(url: url, line: line)
        let status = easy.infoLong(CURLINFO_RESPONSE_CODE)
        if status > 0 {
            record.status = status
            record.finalURL = easy.infoString(CURLINFO_EFFECTIVE_URL)
        }
        record.redirects = easy.infoLong(CURLINFO_REDIRECT_COUNT)
        record.contentType = contentType
        record.bytes = bytes
        switch stop {
        case .titleFound:
            record.title = extractor.title
        case .notHTML:
            break
        case .tooLarge:
            record.error = .tooLarge
            record.errorDetail = "no title in the first \(maxBytes) bytes of the body (--max-bytes)"
        case nil where result == CURLE_OK:
            if bodyStarted {
                extractor.finish()
                record.title = extractor.title
            }
        case nil:
            // A title whose end tag arrived before the failure is the answer the user wanted.
            if bodyStarted { extractor.abandon() }
            if bodyStarted, let title = extractor.isComplete ? extractor.title : nil {
                record.title = title
            } else {
                record.error = ErrorKind(curlCode: result)
                record.errorDetail = errorBuffer[0] != 0
                    ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(result))
            }
        }
        if bodyStarted, stop != .notHTML { record.charset = extractor.charset?.name }
        extractor.close()
        record.elapsedMS = Int((Clock.monotonicNanoseconds() - startedNS) / 1_000_000)
        return record
    }

    func close() {
        extractor.close()
        easy.close()
        errorBuffer.deallocate()
    }
}

enum Clock {
    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
