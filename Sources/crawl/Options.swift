import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// `--procs N` or `--procs auto` (one per core).
struct ProcessCount: ExpressibleByArgument {
    let count: Int

    init?(argument: String) {
        if argument == "auto" {
            count = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        } else if let n = Int(argument), n >= 1, n <= 256 {
            count = n
        } else {
            return nil
        }
    }

    init(count: Int) { self.count = count }

    var defaultValueDescription: String { String(count) }
}

struct ConcurrencyOptions: ParsableArguments {
    @Option(
        name: .customLong("procs"),
        help: ArgumentHelp("Worker processes (a number or 'auto' for one per core).", valueName: "n|auto"))
    var procs = ProcessCount(count: 1)

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("Transfers in flight per process.", valueName: "n"))
    var concurrency = CrawlConfiguration().concurrency

    func validate() throws {
        guard (1...10_000).contains(concurrency) else {
            throw ValidationError("--concurrency must be between 1 and 10000, not \(concurrency)")
        }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.concurrency = concurrency
    }
}

struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Deadline for each whole transfer, in seconds.", valueName: "seconds"))
    var timeout = CrawlConfiguration().timeout

    @Option(help: ArgumentHelp("Deadline for connecting (TCP and TLS), in seconds.", valueName: "seconds"))
    var connectTimeout = CrawlConfiguration().connectTimeout

    @Option(help: ArgumentHelp("Redirects to follow before giving up.", valueName: "n"))
    var maxRedirects = CrawlConfiguration().maxRedirects

    @Option(
        help: ArgumentHelp(
            "Body bytes to read (after decompression) before giving up on a title.", valueName: "bytes"))
    var maxBytes = CrawlConfiguration().maxBytes

    @Option(
        help: ArgumentHelp(
            "After the title, read up to this many more body bytes to keep the connection for the next URL; 0 stops at the title.",
            valueName: "bytes"))
    var drainMax = CrawlConfiguration().drainMax

    @Option(
        help: ArgumentHelp(
            "Cut off a transfer slower than this many bytes a second over --low-speed-time (error too_slow); 0 turns it off.",
            valueName: "bytes/s"))
    var lowSpeed = CrawlConfiguration().lowSpeedLimit

    @Option(help: ArgumentHelp("The window of --low-speed, in seconds.", valueName: "seconds"))
    var lowSpeedTime = CrawlConfiguration().lowSpeedTime

    func validate() throws {
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be in (0, 86400] seconds") }
        guard connectTimeout > 0, connectTimeout <= 86_400 else {
            throw ValidationError("--connect-timeout must be in (0, 86400] seconds")
        }
        guard (0...1000).contains(maxRedirects) else { throw ValidationError("--max-redirects must be 0 to 1000") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
        guard drainMax >= 0 else { throw ValidationError("--drain-max must be 0 or more") }
        guard lowSpeed >= 0 else { throw ValidationError("--low-speed must be 0 or more") }
        guard (1...86_400).contains(lowSpeedTime) else { throw ValidationError("--low-speed-time must be 1 to 86400 seconds") }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.timeout = timeout
        configuration.connectTimeout = connectTimeout
        configuration.maxRedirects = maxRedirects
        configuration.maxBytes = maxBytes
        configuration.drainMax = drainMax
        configuration.lowSpeedLimit = lowSpeed
        configuration.lowSpeedTime = lowSpeedTime
    }
}

struct PolitenessOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Transfers in flight to one host at once, across all --procs together; 0 = no limit.", valueName: "n"))
    var perHost = CrawlConfiguration().perHost

    @Option(help: ArgumentHelp("Minimum time between two request starts to one host, in milliseconds.", valueName: "ms"))
    var delay = CrawlConfiguration().delayMS

    @Option(
        help: ArgumentHelp(
            "Request starts per second over the whole run, all --procs together (retries count); 0 = no limit.",
            valueName: "r"))
    var rate = CrawlConfiguration().rate

    func validate() throws {
        guard perHost >= 0 else { throw ValidationError("--per-host must be 0 or more") }
        guard (0...3_600_000).contains(delay) else { throw ValidationError("--delay must be 0 to 3600000 ms") }
        guard rate >= 0, rate <= 1_000_000 else { throw ValidationError("--rate must be 0 to 1000000 per second") }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.perHost = perHost
        configuration.delayMS = delay
        configuration.rate = rate
    }
}

struct RetryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Retries of a retryable failure: connect, timeout, DNS, reset, empty or cut-off response, 429, 502, 503, 504.",
            valueName: "n"))
    var retries = CrawlConfiguration().retries

    @Option(
        help: ArgumentHelp(
            "Seconds before the first retry, doubled for each next one, with jitter.", valueName: "seconds"))
    var retryBackoff = CrawlConfiguration().retryBackoff

    @Option(
        help: ArgumentHelp("The longest Retry-After (and backoff) honoured, in seconds.", valueName: "seconds"))
    var retryAfterMax = CrawlConfiguration().retryAfterMax

    func validate() throws {
        guard (0...100).contains(retries) else { throw ValidationError("--retries must be 0 to 100") }
        guard retryBackoff >= 0, retryBackoff <= 3600 else { throw ValidationError("--retry-backoff must be 0 to 3600 seconds") }
        guard retryAfterMax >= 0, retryAfterMax <= 86_400 else {
            throw ValidationError("--retry-after-max must be 0 to 86400 seconds")
        }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.retries = retries
        configuration.retryBackoff = retryBackoff
        configuration.retryAfterMax = retryAfterMax
    }
}

struct HTTPOptions: ParsableArguments {
    @Option(name: [.customShort("H"), .long], help: ArgumentHelp("Extra request header (repeatable).", valueName: "'Name: value'"))
    var header: [String] = []

    @Option(help: ArgumentHelp("User-Agent header to send.", valueName: "string"))
    var userAgent = CrawlConfiguration().userAgent

    @Option(
        help: ArgumentHelp(
            "Proxy for every request: http://, https://, socks5:// or socks5h:// URL. Without it, the http_proxy, https_proxy, all_proxy and no_proxy variables apply, as in curl.",
            valueName: "url"))
    var proxy: String?

    @Option(help: ArgumentHelp("Comma-separated hosts not to reach through the proxy ('*' for all).", valueName: "hosts"))
    var noproxy: String?

    @Option(help: ArgumentHelp("Use ADDRESS for HOST:PORT instead of DNS (repeatable), as curl's --resolve.", valueName: "host:port:address"))
    var resolve: [String] = []

    @Option(
        help: ArgumentHelp(
            "DNS servers to ask instead of the system's (resolv.conf), as curl's --dns-servers; a port after ':' ([v6]:port for IPv6).",
            valueName: "ip[:port],..."))
    var dnsServers: String?

    @Flag(name: .customLong("http1.1"), help: "Speak HTTP/1.1 only (by default HTTP/2 is used where a TLS server offers it).")
    var http11 = false

    @Flag(name: .customLong("http2-prior-knowledge"), help: "Speak HTTP/2 without negotiation, also over plain http (h2c).")
    var http2PriorKnowledge = false

    @Flag(help: "Keep cookies between the transfers of a worker (off by default).")
    var cookies = false

    @Flag(name: [.customShort("k"), .long], help: "Do not verify TLS certificates or host names.")
    var insecure = false

    @Option(
        help: ArgumentHelp(
            "Trust the CA certificates in this PEM file instead of the system's (as curl; default $CURL_CA_BUNDLE or $SSL_CERT_FILE when set).",
            valueName: "file"))
    var cacert: String?

    @Option(
        help: ArgumentHelp(
            "Also trust the hashed CA certificates in this directory (as curl; default $SSL_CERT_DIR when set). Slower than --cacert: the CA store is then read for every TLS connection.",
            valueName: "dir"))
    var capath: String?

    /// curl's CLI reads these when neither flag is given; libcurl itself does not.
    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    var caFile: String? {
        cacert ?? (capath == nil ? Self.environment("CURL_CA_BUNDLE") ?? Self.environment("SSL_CERT_FILE") : nil)
    }

    var caPath: String? {
        capath ?? (cacert == nil && Self.environment("CURL_CA_BUNDLE") == nil ? Self.environment("SSL_CERT_DIR") : nil)
    }

    func validate() throws {
        if http11 && http2PriorKnowledge { throw ValidationError("--http1.1 and --http2-prior-knowledge exclude each other") }
        for line in header where !line.contains(":") && !line.hasSuffix(";") {
            throw ValidationError("--header must look like 'Name: value', not '\(line)'")
        }
        for entry in resolve where entry.split(separator: ":", maxSplits: 2).count < 3 {
            throw ValidationError("--resolve must look like host:port:address, not '\(entry)'")
        }
        if let caFile {
            var info = stat()
            guard stat(caFile, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(caFile, R_OK) == 0 else {
                throw ValidationError("--cacert: cannot read the file '\(caFile)'")
            }
        }
        if let caPath {
            var info = stat()
            guard stat(caPath, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw ValidationError("--capath: '\(caPath)' is not a directory")
            }
        }
        if let dnsServers {
            for server in dnsServers.split(separator: ",", omittingEmptySubsequences: false) where !Self.isServer(server) {
                throw ValidationError(
                    "--dns-servers must be a comma-separated list of ip[:port] ([ipv6]:port), not '\(dnsServers)'")
            }
        }
        if let proxy, !proxy.contains("://") {
            throw ValidationError("--proxy needs a scheme (http://, https://, socks5://, socks5h://), not '\(proxy)'")
        }
    }

    /// `1.2.3.4`, `1.2.3.4:53`, `::1`, `[::1]:53`: what c-ares takes as a server.
    static func isServer(_ text: Substring) -> Bool {
        func port(_ digits: Substring) -> Bool { Int(digits).map { (1...65_535).contains($0) } ?? false }
        var v4 = in_addr()
        var v6 = in6_addr()
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let rest = text[text.index(after: close)...]
            return inet_pton(AF_INET6, String(text[text.index(after: text.startIndex)..<close]), &v6) == 1
                && (rest.isEmpty || (rest.hasPrefix(":") && port(rest.dropFirst())))
        }
        if text.filter({ $0 == ":" }).count > 1 { return inet_pton(AF_INET6, String(text), &v6) == 1 }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return inet_pton(AF_INET, String(parts[0]), &v4) == 1 && (parts.count == 1 || (parts.count == 2 && port(parts[1])))
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.headers = header
        configuration.userAgent = userAgent
        configuration.proxy = proxy
        configuration.noProxy = noproxy
        configuration.resolve = resolve
        configuration.dnsServers = dnsServers
        configuration.httpVersion = http11 ? .http1_1 : http2PriorKnowledge ? .http2PriorKnowledge : .auto
        configuration.cookies = cookies
        configuration.insecure = insecure
        configuration.caFile = caFile
        configuration.caPath = caPath
    }
}

struct RunOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "On SIGINT/SIGTERM, seconds in-flight transfers get to finish before crawl exits.", valueName: "seconds"))
    var grace: Double = 2

    @Option(
        help: ArgumentHelp(
            "Skip every input line that already has a record in this output file of an earlier run.",
            valueName: "file"))
    var resume: String?

    @Option(
        name: .customLong("shard"),
        help: ArgumentHelp(
            "Keep only the URLs whose host hashes to shard i of n (0-based), to split one list across machines.",
            valueName: "i/n"))
    var shardText: String?

    var shard: Shard? { shardText.flatMap(Shard.init) }

    func validate() throws {
        guard grace >= 0, grace <= 3600 else { throw ValidationError("--grace must be between 0 and 3600 seconds") }
        if let shardText, Shard(shardText) == nil {
            throw ValidationError("--shard must look like i/n with 0 <= i < n, not '\(shardText)'")
        }
    }

    /// The lines `--resume` skips. When the output is the resume file itself (`-o out.jsonl` or
    /// `>> out.jsonl`), a partial last line left by a killed run is cut off first, so the appended
    /// records start on a new line.
    ///
    /// Records are appended to that file only in its own format and columns: a CSV file with other
    /// columns (or a JSON Lines file given `--format csv`) would end up with rows nobody can read.
    func answeredLines(output: Int32, formatter: RecordFormatter) throws -> AnsweredLines? {
        guard let resume else { return nil }
        let answered = try AnsweredLines(path: resume)
        var file = stat()
        var out = stat()
        let appendsToIt = stat(resume, &file) == 0 && fstat(output, &out) == 0 && file.st_dev == out.st_dev
            && file.st_ino == out.st_ino
        if appendsToIt, let format = answered.format {
            guard format == formatter.format else {
                throw ValidationError("'\(resume)' holds \(format.rawValue) records: resume it with --format \(format.rawValue)")
            }
            if let header = formatter.header, format != .jsonl {
                let ours = String(decoding: header, as: UTF8.self).trimmingSuffix("\r\n").split(
                    separator: format == .csv ? "," : "\t", omittingEmptySubsequences: false
                ).map(String.init)
                guard ours == answered.columns else {
                    throw ValidationError(
                        "'\(resume)' has the columns \(answered.columns.joined(separator: ",")): resume it with the same --fields")
                }
            }
        }
        if appendsToIt, Int(file.st_size) > answered.completeLength {
            _ = ftruncate(output, off_t(answered.completeLength))
            // Without O_APPEND the offset would stay past the new end and leave a hole.
            _ = lseek(output, 0, SEEK_END)
        }
        return answered
    }
}

extension String {
    /// The string without any of `characters` at its end.
    fileprivate func trimmingSuffix(_ characters: String) -> Substring {
        var end = endIndex
        while end > startIndex, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
