import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// `--procs N` or `--procs auto` (one per core).
struct ProcessCount: ExpressibleByArgument {
    let count: Int

    init?(argument: String) {
        guard let parsed = try? ProcessCount.parse(argument) else { return nil }
        self = parsed
    }

    init(count: Int) { self.count = count }

    static func parse(_ argument: String) throws -> ProcessCount {
        if argument == "auto" { return ProcessCount(count: AvailableCPUs.count) }
        guard let n = Int(argument), (1...256).contains(n) else {
            throw ValidationError("must be a whole number from 1 to 256, or auto (one per core)")
        }
        return ProcessCount(count: n)
    }

    var defaultValueDescription: String { String(count) }
}

struct ConcurrencyOptions: ParsableArguments {
    @Option(
        name: .customLong("procs"), parsing: .unconditional,
        help: ArgumentHelp("Worker processes, 1 to 256, or 'auto' for one per CPU this process may use (its affinity and cgroup quota: a Slurm task's or a pod's CPUs, not the node's; default: 1).", valueName: "n|auto"),
        transform: ProcessCount.parse)
    var procs = ProcessCount(count: 1)

    @Option(
        name: [.customShort("c"), .long], parsing: .unconditional,
        help: ArgumentHelp("Transfers in flight per process, 1 to 10000 (default: 32).", valueName: "n"),
        transform: ArgumentValues.integer(1...10_000))
    var concurrency = CrawlConfiguration().concurrency

    func validate() throws {}

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.concurrency = concurrency
    }
}

struct LimitOptions: ParsableArguments {
    @Option(
        name: [.customShort("m"), .long, .customLong("max-time")], parsing: .unconditional,
        help: ArgumentHelp(
            "Deadline for each whole transfer: 500ms, 30s, 2m (a bare number is seconds; default: 30s). -m and --max-time as in curl.",
            valueName: "duration"),
        transform: ArgumentValues.duration(bareUnit: .seconds, 0...86_400, positive: true))
    var timeout = CrawlConfiguration().timeout

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Deadline for connecting (TCP and TLS), as --timeout (default: 10s).", valueName: "duration"),
        transform: ArgumentValues.duration(bareUnit: .seconds, 0...86_400, positive: true))
    var connectTimeout = CrawlConfiguration().connectTimeout

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Redirects to follow before giving up, 0 to 1000 (default: 10).", valueName: "n"),
        transform: ArgumentValues.integer(0...1000))
    var maxRedirects = CrawlConfiguration().maxRedirects

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Body bytes to read (after decompression) before giving up on a title: 4M, 512k (a bare number is bytes; default: 4M).",
            valueName: "size"),
        transform: ArgumentValues.size(1...Int(Int32.max)))
    var maxBytes = CrawlConfiguration().maxBytes

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "After the title, read up to this much more of the body to keep the connection for the next URL; 0 stops at the title (default: 64k).",
            valueName: "size"),
        transform: ArgumentValues.size(0...Int(Int32.max)))
    var drainMax = CrawlConfiguration().drainMax

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Cut off a transfer slower than this many bytes a second (1k = 1024) over --low-speed-time (error too_slow); 0 turns it off (default: 1k).",
            valueName: "size"),
        transform: ArgumentValues.size(0...Int(Int32.max)))
    var lowSpeed = CrawlConfiguration().lowSpeedLimit

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The window of --low-speed, whole seconds from 1s to 24h (default: 10s).", valueName: "duration"),
        transform: { Int((try ArgumentValues.duration(bareUnit: .seconds, 1...86_400)($0)).rounded(.up)) })
    var lowSpeedTime = CrawlConfiguration().lowSpeedTime

    func validate() throws {}

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
        parsing: .unconditional,
        help: ArgumentHelp(
            "Transfers in flight to one host at once, across all --procs together; 0 = no limit (default: 4).", valueName: "n"),
        transform: ArgumentValues.integer(0...1_000_000))
    var perHost = CrawlConfiguration().perHost

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Minimum time between two request starts to one host: 250ms, 2s, 1m, up to 1h (a bare number is milliseconds; default: 0).",
            valueName: "duration"),
        transform: { Int((try ArgumentValues.duration(bareUnit: .milliseconds, 0...3600)($0) * 1000).rounded()) })
    var delay = CrawlConfiguration().delayMS

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Request starts per second over the whole run, all --procs together (retries count); 0 = no limit (default: 0).",
            valueName: "r"),
        transform: ArgumentValues.number(0...1_000_000))
    var rate = CrawlConfiguration().rate

    func validate() throws {}

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.perHost = perHost
        configuration.delayMS = delay
        configuration.rate = rate
    }
}

struct RetryOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Retries (0 to 100) of a retryable failure: connect, timeout, a DNS server failing, reset, empty or cut-off response, 429, 502, 503, 504. A name that does not exist is final (default: 2).",
            valueName: "n"),
        transform: ArgumentValues.integer(0...100))
    var retries = CrawlConfiguration().retries

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Wait before the first retry, doubled for each next one, with jitter: 500ms, 2s (a bare number is seconds; default: 500ms).",
            valueName: "duration"),
        transform: ArgumentValues.duration(bareUnit: .seconds, 0...3600))
    var retryBackoff = CrawlConfiguration().retryBackoff

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The longest Retry-After (and backoff) honoured, as --retry-backoff (default: 1m).", valueName: "duration"),
        transform: ArgumentValues.duration(bareUnit: .seconds, 0...86_400))
    var retryAfterMax = CrawlConfiguration().retryAfterMax

    func validate() throws {}

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.retries = retries
        configuration.retryBackoff = retryBackoff
        configuration.retryAfterMax = retryAfterMax
    }
}

struct HTTPOptions: ParsableArguments {
    @Option(name: [.customShort("H"), .long], help: ArgumentHelp("Extra request header (repeatable).", valueName: "'Name: value'"))
    var header: [String] = []

    @Option(name: [.customShort("A"), .long], help: ArgumentHelp("User-Agent header to send.", valueName: "string"))
    var userAgent = CrawlConfiguration().userAgent

    @Option(
        name: [.customShort("x"), .long],
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
            valueName: "file"),
        completion: .file())
    var cacert: String?

    @Option(
        help: ArgumentHelp(
            "Also trust the hashed CA certificates in this directory (as curl; default $SSL_CERT_DIR when set). Slower than --cacert: the CA store is then read for every TLS connection.",
            valueName: "dir"),
        completion: .directory)
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
        if http11 && http2PriorKnowledge { throw ValidationError("--http1.1 and --http2-prior-knowledge: give one of them, not both") }
        for line in header where !line.contains(":") && !line.hasSuffix(";") {
            throw ValidationError("the value '\(line)' is invalid for '-H <'Name: value'>': must look like 'Name: value' (or 'Name;' for an empty value)")
        }
        for entry in resolve where entry.split(separator: ":", maxSplits: 2).count < 3 {
            throw ValidationError("the value '\(entry)' is invalid for '--resolve <host:port:address>': must look like example.com:443:127.0.0.1")
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
                    "the value '\(dnsServers)' is invalid for '--dns-servers <ip[:port],...>': must be a comma-separated list of ip[:port] ([ipv6]:port)")
            }
        }
        if let proxy, !proxy.contains("://") {
            throw ValidationError("the value '\(proxy)' is invalid for '-x <url>': must start with http://, https://, socks5:// or socks5h://")
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
        parsing: .unconditional,
        help: ArgumentHelp(
            "On SIGINT/SIGTERM, how long in-flight transfers get to finish before crawl exits: 2s, 500ms (a bare number is seconds; default: 2s).",
            valueName: "duration"),
        transform: ArgumentValues.duration(bareUnit: .seconds, 0...3600))
    var grace: Double = 2

    @Option(
        help: ArgumentHelp(
            "Skip every input line that already has a record in this output file of an earlier run (repeatable; a quoted glob such as 'part-*.jsonl' is expanded by crawl).",
            valueName: "file"),
        completion: .file())
    var resume: [String] = []

    @Flag(
        help: "Crawl nothing: print the input's URL lines (of this --shard) that have no record in the --resume files, as they were read, and count them on stderr.")
    var missing = false

    @Option(
        name: .customLong("shard"),
        help: ArgumentHelp(
            "Keep only the URLs whose host hashes to shard i of n (0-based), to split one list across machines.",
            valueName: "i/n"))
    var shardText: String?

    @Option(
        name: .customLong("shard-by"),
        help: ArgumentHelp(
            "What --shard hashes: host (every URL of a host on one machine, so --per-host and --delay hold across machines) or url (an even split, for lists whose hosts are your own).",
            valueName: "host|url"))
    var shardBy: Shard.Key = .host

    @Flag(help: "Exit with status 2 when any URL failed or got a 4xx/5xx (by default only when none got a 2xx/3xx).")
    var failOnError = false

    var shard: Shard? { shardText.flatMap { Shard($0, by: shardBy) } }

    func validate() throws {
        if let shardText, Shard(shardText) == nil {
            throw ValidationError("the value '\(shardText)' is invalid for '--shard <i/n>': must be i/n with 0 <= i < n")
        }
        for path in resumeFiles {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw ValidationError("--resume: '\(path)' is a directory, not a file of records from an earlier run")
            }
        }
    }

    /// The `--resume` files, each value expanded when it is a glob (`--resume 'part-*.jsonl'`,
    /// quoted so that the shell does not turn it into one file and stray positionals). A value
    /// that names no file is kept: a missing file means nothing was answered yet.
    var resumeFiles: [String] {
        resume.flatMap { value -> [String] in
            guard value.contains(where: { "*?[".contains($0) }), access(value, F_OK) != 0 else { return [value] }
            var found = glob_t()
            defer { globfree(&found) }
            guard Glibc.glob(value, 0, nil, &found) == 0 else { return [value] }
            return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }
        }
    }

    /// The lines `--resume` skips. When the output is the resume file itself (`-o out.jsonl` or
    /// `>> out.jsonl`), a partial last line left by a killed run is cut off first, so the appended
    /// records start on a new line.
    ///
    /// Records are appended to that file only in its own format and columns: a CSV file with other
    /// columns (or a JSON Lines file given `--format csv`) would end up with rows nobody can read.
    func answeredLines(output: Int32, formatter: RecordFormatter) throws -> AnsweredLines? {
        try answeredLines { try answeredLines(in: $0, output: output, formatter: formatter) }
    }

    /// The lines any `--resume` file answered, each file read by `read`; nil without `--resume`.
    func answeredLines(reading read: (String) throws -> AnsweredLines = { try AnsweredLines(path: $0) }) throws -> AnsweredLines? {
        var union: AnsweredLines?
        for path in resumeFiles {
            let answered = try read(path)
            if union == nil { union = answered } else { union!.formUnion(answered) }
        }
        return union
    }

    /// One `--resume` file; when it is the output itself, checked and cut as described above.
    private func answeredLines(in resume: String, output: Int32, formatter: RecordFormatter) throws -> AnsweredLines {
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

extension Shard.Key: ExpressibleByArgument {}

extension String {
    /// The string without any of `characters` at its end.
    fileprivate func trimmingSuffix(_ characters: String) -> Substring {
        var end = endIndex
        while end > startIndex, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
