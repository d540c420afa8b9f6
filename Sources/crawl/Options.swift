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

    func validate() throws {
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be in (0, 86400] seconds") }
        guard connectTimeout > 0, connectTimeout <= 86_400 else {
            throw ValidationError("--connect-timeout must be in (0, 86400] seconds")
        }
        guard (0...1000).contains(maxRedirects) else { throw ValidationError("--max-redirects must be 0 to 1000") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

    func apply(to configuration: inout CrawlConfiguration) {
        configuration.timeout = timeout
        configuration.connectTimeout = connectTimeout
        configuration.maxRedirects = maxRedirects
        configuration.maxBytes = maxBytes
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
