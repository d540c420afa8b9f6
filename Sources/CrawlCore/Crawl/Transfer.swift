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
        /// A redirect to follow: its body is drained (for the connection) but not parsed.
        case redirect
    }

    /// How a transfer (one request) ended: with the line's outcome, or with a redirect the loop
    /// follows in the same slot (see `follow`).
    enum End {
        case outcome(AttemptOutcome)
        case redirect(to: String)
        /// The record went out already (`answerEarly`); this was the drain after the title.
        case drained
    }

    let easy: CurlEasy
    private let extractor = TitleExtractor()
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let maxBytes: Int
    private let drainMax: Int
    private let retryPolicy: RetryPolicy
    private let maxRedirects: Int
    /// h2c on a libcurl that cannot reuse it (see `configure`).
    private let forbidReuseAlways: Bool
    private let shared: TransferResources

    private(set) var job = Job(line: 0, url: "", hostKey: 0)
    /// The URL of the current request: the job's, or a redirect's target.
    private(set) var url = ""
    /// Redirects followed so far for this job.
    private(set) var redirects = 0
    /// The `CURLOPT_RESOLVE` list of the current request (the resolver's answer plus `--resolve`).
    private var resolveList: CurlStringList?
    /// The final response's status, from its status line.
    private var status = 0
    /// When the job's first request started: `elapsed_ms` covers every redirect.
    private var startedNS: UInt64 = 0
    /// The current response is a 3xx with a Location header.
    private var hasLocation = false
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
    /// Whether the connection of the latest response resumed a TLS session (nil: not TLS).
    private var tlsResumed: Bool?
    /// Whether the record goes out before the body ends: once the title is known and the rest is
    /// being drained, the loop writes it (`answerEarly`) instead of when the drain ends, which a
    /// server that stalls after its title would put off until `--timeout`.
    private enum EarlyAnswer {
        case none
        /// Title known, body still arriving: the loop answers after the current libcurl call.
        case due
        /// Written; `finish` only frees the slot.
        case written
    }
    private var early = EarlyAnswer.none
    var awaitsEarlyAnswer: Bool { early == .due }

    init(configuration: CrawlConfiguration, shared: TransferResources) throws {
        easy = try CurlEasy()
        maxBytes = configuration.maxBytes
        drainMax = configuration.drainMax
        retryPolicy = configuration.retryPolicy
        maxRedirects = configuration.maxRedirects
        self.shared = shared
        forbidReuseAlways = configuration.httpVersion == .http2PriorKnowledge && Transfer.h2cReuseBroken
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        // Everything is owned now: a failing option releases it all (`close()`) before the throw.
        do {
            try setUp(configuration)
        } catch {
            close()
            throw error
        }
    }

    private func setUp(_ configuration: CrawlConfiguration) throws {
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
        // Redirects are followed by the loop, one request at a time (`follow`), so that each
        // target's host goes through the crawler's resolver like the first.
        try easy.set(CURLOPT_FOLLOWLOCATION, false)
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
        try easy.set(CURLOPT_DNS_CACHE_TIMEOUT, Transfer.dnsCacheSeconds)
        try shared.tlsSessions.install(on: easy)
        switch configuration.httpVersion {
        case .auto: try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        case .http1_1: try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        case .http2PriorKnowledge:
            try easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE))
            // libcurl before 8.0.0 breaks a reused prior-knowledge connection ("Error in the HTTP2
            // framing layer", curl issue #10634, fixed by PR #10643): one connection per transfer
            // there (the Crawler also turns multiplexing off).
            // (applied per job in `prepare`)
        }
        if let proxy = configuration.proxy { try easy.set(CURLOPT_PROXY, proxy) }
        if let noProxy = configuration.noProxy { try easy.set(CURLOPT_NOPROXY, noProxy) }
        if configuration.cookies { try easy.set(CURLOPT_COOKIEFILE, "") }
        try configureTrust(easy, configuration)
        if configuration.insecure {
            try easy.set(CURLOPT_SSL_VERIFYPEER, false)
            try easy.set(CURLOPT_SSL_VERIFYHOST, 0)
            try easy.set(CURLOPT_PROXY_SSL_VERIFYPEER, false)
            try easy.set(CURLOPT_PROXY_SSL_VERIFYHOST, 0)
        }
    }

    static var h2cReuseBroken: Bool { CurlGlobal.versionNumber < 0x08_00_00 }

    /// How long libcurl keeps a resolved name (its default is 60 s). libcurl 7.88 walks its whole
    /// DNS cache at the end of every transfer to drop stale entries (`Curl_hostcache_prune` in
    /// `multi_done`), so the cache's size is a CPU cost per URL: over a list of new hosts at
    /// 500 URLs/s a 60 s cache holds 30,000 names. Measured on the realnet benchmark (10,000 URLs
    /// on 10,000 hosts, BENCHMARKS.md): 60 s 1.79 ms CPU per URL, 5 s 1.36 ms. A name is needed
    /// again only for a new connection to its host, and a host's connection is kept while its next
    /// URL is in sight (`Job.keepsConnection`), so a short cache loses little.
    static let dnsCacheSeconds = 2

    /// The CA store, parsed once per loop instead of once per TLS connection.
    ///
    /// libcurl 7.87+ keeps the parsed store in the multi handle and shares it with every new
    /// connection (`CURLOPT_CA_CACHE_TIMEOUT`, 24 h), but only when no CA *path* is set, and
    /// Debian's libcurl sets one by default (`--with-ca-path=/etc/ssl/certs` next to the bundle).
    /// With it, OpenSSL parses the ~140-certificate system bundle into a new X509 store for every
    /// connection: measured on the realnet benchmark (BENCHMARKS.md), 12 ms CPU and ~1.6 MB per
    /// TLS connection in flight. The bundle alone holds the same roots as the directory, so the
    /// path is dropped whenever a bundle is there; a user's `--capath` is kept (and pays that cost).
    private static func configureTrust(_ easy: CurlEasy, _ configuration: CrawlConfiguration) throws {
        if let caFile = configuration.caFile { try easy.set(CURLOPT_CAINFO, caFile) }
        if let caPath = configuration.caPath {
            try easy.set(CURLOPT_CAPATH, caPath)
        } else if configuration.caFile != nil || CurlGlobal.defaultCAFile != nil {
            try easy.set(CURLOPT_CAPATH, nil)
        }
        if CurlGlobal.defaultCAFile != nil { try easy.set(CURLOPT_PROXY_CAPATH, nil) }
    }

    deinit {
        assert(easy.handle == nil, "Transfer was not closed")
    }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> Transfer {
        Unmanaged<Transfer>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// Readies the slot for a new URL; the easy handle keeps every other setting.
    func prepare(_ job: Job) throws {
        self.job = job
        redirects = 0
        startedNS = Clock.monotonicNanoseconds()
        try request(job.url, crossOrigin: false)
    }

    /// Readies the slot for the redirect target `url` of the current job. A target on another
    /// origin (scheme, host or port) gets the headers without `Authorization`, `Cookie` and
    /// `Host`, as libcurl does when it follows (CVE-2018-1000007).
    func follow(_ url: String, crossOrigin: Bool) throws {
        redirects += 1
        try request(url, crossOrigin: crossOrigin)
    }

    /// Hands libcurl the resolver's addresses for `host:port` with the next request.
    func resolve(_ entry: String) throws {
        let list = try CurlStringList([entry] + shared.resolveEntries)
        try easy.set(CURLOPT_RESOLVE, list: list)
        resolveList?.close()
        resolveList = list
    }

    private func request(_ url: String, crossOrigin: Bool) throws {
        self.url = url
        try easy.set(CURLOPT_URL, url)
        try easy.set(CURLOPT_FORBID_REUSE, !job.keepsConnection || forbidReuseAlways)
        try easy.set(CURLOPT_HTTPHEADER, list: crossOrigin ? shared.crossOriginHeaders : shared.headers)
        // Over TLS, wait for a connection that may multiplex (HTTP/2 via ALPN) rather than open
        // another one. Not on plain http: there libcurl would hold every transfer to a host until
        // the first response told it the server speaks HTTP/1 (measured: latency x1.04 -> x1.11).
        try easy.set(CURLOPT_PIPEWAIT, url.utf8.starts(with: "https:".utf8))
        status = 0
        hasLocation = false
        resolveUS = 0
        bytes = 0
        contentType = nil
        contentLength = nil
        contentEncoded = false
        bodyStarted = false
        stop = nil
        drainLeft = 0
        early = .none
        tlsResumed = nil
        errorBuffer[0] = 0
        // No state of the previous page may leak into this one, even if no body ever arrives.
        extractor.begin(declaredCharset: nil)
    }

    // MARK: - libcurl callbacks (inside curl_multi_socket_action: nothing that drives a transfer,
    // only getinfo on this handle)

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
            hasLocation = false
            // The connection is up and still attached here; after the transfer it may be gone.
            tlsResumed = easy.tlsSessionResumed
        } else if Transfer.hasName("content-type:", line) {
            contentType = String(decoding: line.dropFirst(13), as: UTF8.self).trimmingASCIIWhitespace()
        } else if Transfer.hasName("content-length:", line) {
            let value = line.dropFirst(15).drop(while: \.isASCIIWhitespace)
            let digits = value.prefix { !$0.isASCIIWhitespace }
            let rest = value.dropFirst(digits.count)
            contentLength = rest.allSatisfy(\.isASCIIWhitespace) ? ASCII.integer(digits, allowsSign: false) : nil
        } else if Transfer.hasName("content-encoding:", line) {
            contentEncoded = true
        } else if Transfer.hasName("location:", line) {
            hasLocation = Transfer.followedStatuses.contains(status)
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
        if stop == .titleFound || stop == .redirect {
            bytes += chunk.count
            drainLeft -= chunk.count
            return drainLeft >= 0
        }
        if !bodyStarted {
            if retryPolicy.wouldRetry(status: status, job) {
                stop = .retryStatus
                return false
            }
            if hasLocation {
                // A redirect's body is not the page: read a short one for the connection's sake.
                stop = .redirect
                bytes += chunk.count
                drainLeft = (!contentEncoded ? contentLength.map { $0 - chunk.count } : nil) ?? (drainMax - chunk.count)
                return drainLeft >= 0 && drainLeft <= drainMax
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
                guard drainLeft <= drainMax else { return false }
            } else {
                drainLeft = drainMax
                guard drainMax > 0 else { return false }
            }
            if drainLeft > 0 || contentLength == nil || contentEncoded {
                early = .due
                shared.earlyAnswers.append(self)
            }
            return true
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

    /// The statuses followed, as a browser does (300 and 305 are not).
    static let followedStatuses: Set<Int> = [301, 302, 303, 307, 308]

    func finish(result: CURLcode) -> End {
        if early == .written {
            extractor.close()
            return .drained
        }
        early = .none
        let status = easy.infoLong(CURLINFO_RESPONSE_CODE)
        var tooManyRedirects = false
        if Transfer.followedStatuses.contains(status), result == CURLE_OK || stop == .redirect,
            let target = easy.infoString(CURLINFO_REDIRECT_URL)
        {
            guard redirects >= maxRedirects else {
                extractor.close()
                return .redirect(to: target)
            }
            tooManyRedirects = true
        }
        var record = responseRecord(status: status)
        switch tooManyRedirects ? Stop.redirect : stop {
        case .redirect:
            record.error = .tooManyRedirects
            record.errorDetail = "Maximum (\(maxRedirects)) redirects followed"
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
                var detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(result))
                let kind = result == CURLE_OPERATION_TIMEDOUT && detail.hasPrefix("Operation too slow")
                    ? .tooSlow : ErrorKind(curlCode: result, detail: detail, headersDone: bodyStarted || stop != nil)
                if kind == .headerTooLarge, result == CURLE_OUT_OF_MEMORY {
                    detail = "a response header line longer than libcurl's limit of 100 KB (libcurl said: \(detail))"
                }
                record.error = kind
                record.errorDetail = detail
            }
        }
        if bodyStarted, stop != .notHTML {
            record.charset = extractor.charset?.name
            record.charsetSource = extractor.charsetSource
        }
        extractor.close()
        record.elapsedMS = Int((Clock.monotonicNanoseconds() - startedNS) / 1_000_000)
        let retryAfter = easy.infoOffset(CURLINFO_RETRY_AFTER).flatMap { $0 > 0 ? Int(clamping: $0) : nil }
        return .outcome(retryPolicy.outcome(record, job, retryAfter: retryAfter))
    }

    /// The record of a page whose title is known while its body is still drained: what `finish`
    /// would write, as of now (`elapsed_ms` and `timing` up to the title; `bytes` the whole body
    /// when its length is known, else what was read by then). The transfer
    /// goes on for its connection; `finish` then only frees the slot.
    func answerEarly() -> CrawlRecord {
        precondition(early == .due)
        early = .written
        var record = responseRecord(status: easy.infoLong(CURLINFO_RESPONSE_CODE))
        // With a known length the drain reads exactly the rest: the record says what the whole
        // read will be, as `finish` would, however the network split the body (a 113-byte page
        // read as 112 + 1 said 112 here, and 113 in a run where it came in one read).
        if !contentEncoded, let contentLength { record.bytes = max(bytes, contentLength) }
        record.title = extractor.title
        record.charset = extractor.charset?.name
        record.charsetSource = extractor.charsetSource
        record.elapsedMS = Int((Clock.monotonicNanoseconds() - startedNS) / 1_000_000)
        return record
    }

    /// The fields every record of an answered request has.
    private func responseRecord(status: Int) -> CrawlRecord {
        var record = CrawlRecord(url: job.inputURL, line: job.line, attempts: job.attempt)
        if status > 0 {
            record.status = status
            record.finalURL = easy.infoString(CURLINFO_EFFECTIVE_URL)
            record.httpVersion = Transfer.versionName(easy.infoLong(CURLINFO_HTTP_VERSION))
        }
        record.ip = easy.infoString(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 }
        record.timing = timing()
        // Only a request that made a handshake can have resumed one (a reused connection did neither).
        if record.timing?.tlsUS != nil { record.tlsResumed = tlsResumed }
        record.redirects = redirects
        record.contentType = contentType
        record.bytes = bytes
        return record
    }

    /// The line's outcome when the current request never reached libcurl: its host did not
    /// resolve, or (`refusedRedirect`) the last response redirected somewhere crawl does not go;
    /// the record then describes that response, as its status is the answer there was.
    func fail(_ kind: ErrorKind, _ detail: String, refusedRedirect: Bool = false) -> AttemptOutcome {
        extractor.close()
        var record = CrawlRecord(url: job.inputURL, line: job.line, attempts: job.attempt)
        record.redirects = redirects
        if refusedRedirect {
            record.status = easy.infoLong(CURLINFO_RESPONSE_CODE)
            record.finalURL = easy.infoString(CURLINFO_EFFECTIVE_URL)
            record.httpVersion = Transfer.versionName(easy.infoLong(CURLINFO_HTTP_VERSION))
            record.ip = easy.infoString(CURLINFO_PRIMARY_IP).flatMap { $0.isEmpty ? nil : $0 }
            record.timing = timing()
            record.contentType = contentType
        }
        record.error = kind
        record.errorDetail = detail
        record.elapsedMS = Int((Clock.monotonicNanoseconds() - startedNS) / 1_000_000)
        return retryPolicy.outcome(record, job, retryAfter: nil)
    }

    /// Time the crawler's resolver took for the current request, added to libcurl's phases
    /// (libcurl itself then finds the name at once).
    var resolveUS: Int64 = 0

    private static func versionName(_ version: Int) -> String? {
        switch version {
        case Int(CURL_HTTP_VERSION_1_0): return "1.0"
        case Int(CURL_HTTP_VERSION_1_1): return "1.1"
        case Int(CURL_HTTP_VERSION_2_0): return "2"
        case Int(CURL_HTTP_VERSION_3): return "3"
        default: return nil
        }
    }

    private func timing() -> Timing? {
        Transfer.timing(
            resolveUS: resolveUS, nameLookup: easy.infoOffset(CURLINFO_NAMELOOKUP_TIME_T) ?? 0,
            connect: easy.infoOffset(CURLINFO_CONNECT_TIME_T) ?? 0,
            appConnect: easy.infoOffset(CURLINFO_APPCONNECT_TIME_T) ?? 0,
            startTransfer: easy.infoOffset(CURLINFO_STARTTRANSFER_TIME_T) ?? 0,
            total: easy.infoOffset(CURLINFO_TOTAL_TIME_T) ?? 0)
    }

    /// The record's `timing` from libcurl's `CURLINFO_*_TIME_T` (µs, cumulative from the start;
    /// each stays 0 until its phase ends) plus crawl's own resolver time: each phase its own length.
    ///
    /// Nil when no phase ended: a name that did not resolve in libcurl (a proxy's, say: measured, 0
    /// for every phase and 177 µs of total) made no request to time, so it is null as for a name
    /// crawl's resolver refused, not a row of zeros. A refused connection keeps its timing (its
    /// lookup ended: 22 µs for 127.0.0.1).
    static func timing(
        resolveUS: Int64, nameLookup dns: Int64, connect: Int64, appConnect tls: Int64, startTransfer ttfb: Int64,
        total: Int64
    ) -> Timing? {
        guard total > 0, resolveUS > 0 || dns > 0 || connect > 0 || tls > 0 || ttfb > 0 else { return nil }
        return Timing(
            dnsUS: resolveUS + dns, connectUS: connect > 0 ? max(0, connect - dns) : 0,
            tlsUS: tls > 0 ? max(0, tls - max(connect, dns)) : nil, ttfbUS: resolveUS + ttfb,
            totalUS: resolveUS + total)
    }

    func close() {
        guard easy.handle != nil else { return }
        extractor.close()
        easy.close()
        resolveList?.close()
        errorBuffer.deallocate()
    }
}

/// What every slot of one loop shares, made once and released after the last easy handle.
final class TransferResources {
    let share: CurlShare
    let headers: CurlStringList
    /// `headers` without Authorization, Cookie and Host, for a redirect to another origin.
    let crossOriginHeaders: CurlStringList
    let resolve: CurlStringList
    /// The user's `--resolve` entries, added to each request's list (see `Transfer.resolve`).
    let resolveEntries: [String]
    let tlsSessions: TLSSessionCache
    /// Transfers whose title became known while their body goes on (`Transfer.awaitsEarlyAnswer`),
    /// noted by the write callback for the loop to answer after the current libcurl call.
    var earlyAnswers: [Transfer] = []

    init(_ configuration: CrawlConfiguration) throws {
        var acquired = CleanupStack()
        do {
            let share = try CurlShare(cookies: configuration.cookies)
            acquired.push(share.close)
            let headers = try CurlStringList(configuration.headers)
            acquired.push(headers.close)
            let crossOriginHeaders = try CurlStringList(configuration.headers.filter { header in
                let name = header.prefix { $0 != ":" && $0 != ";" }.lowercased()
                return name != "authorization" && name != "cookie" && name != "host"
            })
            acquired.push(crossOriginHeaders.close)
            let resolve = try CurlStringList(configuration.resolve)
            (self.share, self.headers, self.crossOriginHeaders, self.resolve) = (share, headers, crossOriginHeaders, resolve)
        } catch {
            acquired.unwind()
            throw error
        }
        resolveEntries = configuration.resolve
        tlsSessions = TLSSessionCache()
    }

    /// After the multi handle: its cached connections may store TLS sessions until they close.
    func close() {
        share.close()
        headers.close()
        crossOriginHeaders.close()
        resolve.close()
        tlsSessions.close()
    }
}
