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

    static var defaultValueDescription: String { "1" }
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

    func validate() throws {
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be in (0, 86400] seconds") }
        guard connectTimeout > 0, connectTimeout <= 86_400 else {
            throw ValidationError("--connect-timeout must be in (0, 86400] seconds")
        }
        guard (0...1000).contains(maxRedirects) else { throw ValidationError("--max-redirects must be 0 to 1000") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
        guard drainMax >= 0 else { throw ValidationError("--drain-max must be 0 or more") }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.timeout = timeout
        configuration.connectTimeout = connectTimeout
        configuration.maxRedirects = maxRedirects
        configuration.maxBytes = maxBytes
        configuration.drainMax = drainMax
    }
}

struct HTTPOptions: ParsableArguments {
    @Option(help: ArgumentHelp("User-Agent header to send.", valueName: "string"))
    var userAgent = CrawlConfiguration().userAgent

    @Flag(name: [.customShort("k"), .long], help: "Do not verify TLS certificates or host names.")
    var insecure = false

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.userAgent = userAgent
        configuration.insecure = insecure
    }
}

struct RunOptions: ParsableArguments {
    @Flag(help: "Print records in input order (a bounded reorder buffer) instead of completion order.")
    var ordered = false

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

    /// The lines `--resume` skips. When stdout is the resume file itself (`>> out.jsonl`), a partial
    /// last line left by a killed run is cut off first, so the appended records start on a new line.
    func answeredLines() throws -> AnsweredLines? {
        guard let resume else { return nil }
        let answered = try AnsweredLines(path: resume)
        var file = stat()
        var out = stat()
        if stat(resume, &file) == 0, fstat(STDOUT_FILENO, &out) == 0, file.st_dev == out.st_dev,
            file.st_ino == out.st_ino, Int(file.st_size) > answered.completeLength
        {
            _ = ftruncate(STDOUT_FILENO, off_t(answered.completeLength))
            // Without O_APPEND the offset would stay past the new end and leave a hole.
            _ = lseek(STDOUT_FILENO, 0, SEEK_END)
        }
        return answered
    }
}
