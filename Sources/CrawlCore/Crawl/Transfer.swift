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
        /// A status that will be retried: the error page is not read.
        case retryStatus
    }

    let easy: CurlEasy
    private let extractor = TitleExtractor()
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let maxBytes: Int
    private let drainMax: Int
    private let retryPolicy: RetryPolicy

    private(set) var job = Job(line: 0, url: "", hostKey: 0)
    /// The final response's status, from its status line.
    private var status = 0
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

    init(configuration: CrawlConfiguration, shared: TransferResources) throws {
        easy = try CurlEasy()
        maxBytes = configuration.maxBytes
        drainMax = configuration.drainMax
        retryPolicy = configuration.retryPolicy
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
        try Transfer.configure(easy, configuration, shared)
    }

    /// Options shared by every transfer: safety first (http and https only, also on redirects;
    /// TLS verified unless --insecure), then limits, then what a browser-like client sends.
    private static func configure(_ easy: CurlEasy, _ configuration: CrawlConfiguration, _ shared: TransferResources) throws {
        try easy.set(CURLOPT_NOSIGNAL, true)
        try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_FOLLOWLOCATION, true)
        try easy.set(CURLOPT_MAXREDIRS, configuration.maxRedirects)
        try easy.set(CURLOPT_TIMEOUT_MS, Int(configuration.timeout * 1000))
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
        if configuration.lowSpeedLimit > 0 && configuration.lowSpeedTime > 0 {
            try easy.set(CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedLimit)
            try easy.set(CURLOPT_LOW_SPEED_TIME, configuration.lowSpeedTime)
        }
        // "" = every encoding this libcurl decodes (gzip, deflate, br, zstd here).
        try easy.set(CURLOPT_ACCEPT_ENCODING, "")
        try easy.set(CURLOPT_USERAGENT, configuration.userAgent)
        try easy.set(CURLOPT_HTTPHEADER, list: shared.headers)
        try easy.set(CURLOPT_RESOLVE, list: shared.resolve)
        try easy.set(CURLOPT_SHARE, share: shared.share)
        switch configuration.httpVersion {
        case .auto: try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        case .http1_1: try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        case .http2PriorKnowledge:
            try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE))
            // libcurl before 8.0.0 breaks a reused prior-knowledge connection ("Error in the HTTP2
            // framing layer", curl issue #10634, fixed by PR #10643): one connection per transfer
            // there (the Crawler also turns multiplexing off).
            if Transfer.h2cReuseBroken { try easy.set(CURLOPT_FORBID_REUSE, true) }
        }
        if let proxy = configuration.proxy { try easy.set(CURLOPT_PROXY, proxy) }
        if let noProxy = configuration.noProxy { try easy.set(CURLOPT_NOPROXY, noProxy) }
        if configuration.cookies { try easy.set(CURLOPT_COOKIEFILE, "") }
        if configuration.insecure {
            try easy.set(CURLOPT_SSL_VERIFYPEER, false)
            try easy.set(CURLOPT_SSL_VERIFYHOST, 0)
            try easy.set(CURLOPT_PROXY_SSL_VERIFYPEER, false)
            try easy.set(CURLOPT_PROXY_SSL_VERIFYHOST, 0)
        }
    }

    static var h2cReuseBroken: Bool { CurlGlobal.versionNumber < 0x08_00_00 }

    deinit {
        assert(easy.handle == nil, "Transfer was not closed")
    }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> Transfer {
        Unmanaged<Transfer>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// Readies the slot for a new URL; the easy handle keeps every other setting.
    func prepare(_ job: Job) throws {
        try easy.set(CURLOPT_URL, job.url)
        // Over TLS, wait for a connection that may multiplex (HTTP/2 via ALPN) rather than open
        // another one. Not on plain http: there libcurl would hold every transfer to a host until
        // the first response told it the server speaks HTTP/1 (measured: latency x1.04 -> x1.11).
        try easy.set(CURLOPT_PIPEWAIT, job.url.utf8.starts(with: "https:".utf8))
        self.job = job
        status = 0
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
            // `HTTP/1.1 503 …` or `HTTP/2 503`: the three digits after the first space.
            if let space = line.firstIndex(of: 0x20), space + 4 <= line.count {
                status = line[(space + 1)..<(space + 4)].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            }
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
            if retryPolicy.wouldRetry(status: status, job) {
                stop = .retryStatus
                return false
            }
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

    func finish(result: CURLcode) -> AttemptOutcome {
        var record = CrawlRecord(url: job.inputURL, line: job.line, attempts: job.attempt)
        let status = easy.infoLong(CURLINFO_RESPONSE_CODE)
        if status > 0 {
            record.status = status
            record.finalURL = easy.infoString(CURLINFO_EFFECTIVE_URL)
            record.httpVersion = Transfer.versionName(easy.infoLong(CURLINFO_HTTP_VERSION))
        }
        record.ip = easy.infoString(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 }
        record.timing = timing()
        record.redirects = easy.infoLong(CURLINFO_REDIRECT_COUNT)
        record.contentType = contentType
        record.bytes = bytes
        switch stop {
        case .titleFound:
            record.title = extractor.title
        case .notHTML, .retryStatus:
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
                let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(result))
                record.error = result == CURLE_OPERATION_TIMEDOUT && detail.hasPrefix("Operation too slow")
                    ? .tooSlow : ErrorKind(curlCode: result)
                record.errorDetail = detail
            }
        }
        if bodyStarted, stop != .notHTML { record.charset = extractor.charset?.name }
        extractor.close()
        record.elapsedMS = Int((Clock.monotonicNanoseconds() - startedNS) / 1_000_000)
        let retryAfter = easy.infoOffset(CURLINFO_RETRY_AFTER).flatMap { $0 > 0 ? Int(clamping: $0) : nil }
        return retryPolicy.outcome(record, job, retryAfter: retryAfter)
    }

    private static func versionName(_ version: Int) -> String? {
        switch version {
        case Int(CURL_HTTP_VERSION_1_0): return "1.0"
        case Int(CURL_HTTP_VERSION_1_1): return "1.1"
        case Int(CURL_HTTP_VERSION_2_0): return "2"
        case Int(CURL_HTTP_VERSION_3): return "3"
        default: return nil
        }
    }

    /// libcurl's times are cumulative from the start; the record gives each phase its own length.
    private func timing() -> Timing? {
        guard let total = easy.infoOffset(CURLINFO_TOTAL_TIME_T), total > 0 else { return nil }
        let dns = easy.infoOffset(CURLINFO_NAMELOOKUP_TIME_T) ?? 0
        let connect = easy.infoOffset(CURLINFO_CONNECT_TIME_T) ?? 0
        let tls = easy.infoOffset(CURLINFO_APPCONNECT_TIME_T) ?? 0
        let ttfb = easy.infoOffset(CURLINFO_STARTTRANSFER_TIME_T) ?? 0
        return Timing(
            dnsUS: dns, connectUS: connect > 0 ? max(0, connect - dns) : 0,
            tlsUS: tls > 0 ? max(0, tls - max(connect, dns)) : nil, ttfbUS: ttfb, totalUS: total)
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

/// What every slot of one loop shares, made once and released after the last easy handle.
final class TransferResources {
    let share: CurlShare
    let headers: CurlStringList
    let resolve: CurlStringList

    init(_ configuration: CrawlConfiguration) throws {
        share = try CurlShare(cookies: configuration.cookies)
        headers = try CurlStringList(configuration.headers)
        resolve = try CurlStringList(configuration.resolve)
    }

    func close() {
        share.close()
        headers.close()
        resolve.close()
    }
}
