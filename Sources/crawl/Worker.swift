import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// `crawl _worker`: one worker process of `--procs N`, started by the parent with `posix_spawn`.
/// Reads `N<TAB>URL` lines on stdin, writes `N<TAB>{json}` lines on stdout, runs its own loop.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_worker", abstract: "Internal: a worker process of --procs.", shouldDisplay: false)

    @OptionGroup var concurrency: ConcurrencyOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var http: HTTPOptions
    @OptionGroup var retry: RetryOptions

    @Option var grace: Double = 2

    @Option var format: OutputFormat = .jsonl

    @Option var fields: String?

    @Option(help: "The parent's pid: the worker dies with it.")
    var parentPid: Int32

    /// Appended by the parent's `WorkerPool`, not by `arguments(_:…)`: the slot is known only there.
    @Option(help: "This worker's slot, I/N (1-based): it names the process crawl-wI/N.")
    var workerIndex: String?

    /// The command line the parent gives a worker for `configuration`. Politeness options are not
    /// passed: the parent's scheduler applies them to every worker together.
    static func arguments(
        _ configuration: CrawlConfiguration, grace: Double, parent: pid_t, format: OutputFormat, fields: String?
    ) -> [String] {
        var arguments = [
            "_worker", "--concurrency=\(configuration.concurrency)", "--timeout=\(configuration.timeout)",
            "--connect-timeout=\(configuration.connectTimeout)", "--max-redirects=\(configuration.maxRedirects)",
            "--max-bytes=\(configuration.maxBytes)", "--drain-max=\(configuration.drainMax)",
            "--low-speed=\(configuration.lowSpeedLimit)", "--low-speed-time=\(configuration.lowSpeedTime)",
            "--retries=\(configuration.retries)", "--retry-backoff=\(configuration.retryBackoff)",
            "--retry-after-max=\(configuration.retryAfterMax)",
            "--user-agent=\(configuration.userAgent)", "--grace=\(grace)", "--parent-pid=\(parent)",
            "--format=\(format.rawValue)",
        ]
        if let fields { arguments.append("--fields=\(fields)") }
        arguments += configuration.headers.map { "--header=\($0)" }
        arguments += configuration.resolve.map { "--resolve=\($0)" }
        if let proxy = configuration.proxy { arguments.append("--proxy=\(proxy)") }
        if let noProxy = configuration.noProxy { arguments.append("--noproxy=\(noProxy)") }
        if let dnsServers = configuration.dnsServers { arguments.append("--dns-servers=\(dnsServers)") }
        switch configuration.httpVersion {
        case .auto: break
        case .http1_1: arguments.append("--http1.1")
        case .http2PriorKnowledge: arguments.append("--http2-prior-knowledge")
        }
        if configuration.cookies { arguments.append("--cookies") }
        if configuration.insecure { arguments.append("--insecure") }
        if let caFile = configuration.caFile { arguments.append("--cacert=\(caFile)") }
        if let caPath = configuration.caPath { arguments.append("--capath=\(caPath)") }
        return arguments
    }

    func run() throws {
        // First, before any thread exists (threads inherit the name): `ps`/`top` show crawl-w2/4,
        // not `exe` (the parent spawns /proc/self/exe).
        if let workerIndex, let slot = WorkerLink.parseIndex(workerIndex) {
            WorkerLink.nameThisProcess(index: slot.index, count: slot.count)
        }
        MemoryTuning.apply()
        signal(SIGPIPE, SIG_IGN)
        // No worker outlives its parent, however the parent ends (even kill -9).
        guard WorkerLink.dieWithParent(parentPid) else { return }
        // SIGINT from a terminal reaches the whole process group; SIGUSR1 is the parent's "stop".
        // Either way the first one means: no new URLs, finish what is in flight within the grace.
        let signals = try SignalFD([SIGINT, SIGTERM, SIGUSR1])
        defer { signals.close() }
        var configuration = CrawlConfiguration()
        concurrency.apply(to: &configuration)
        limits.apply(to: &configuration)
        http.apply(to: &configuration)
        retry.apply(to: &configuration)
        let crawler = try Crawler(configuration: configuration)
        defer { crawler.close() }
        let formatter = RecordFormatter(format: format, fieldList: fields)
        let marker = getenv("CRAWL_TEST_CRASH_ON").map { String(cString: $0) }
        do {
            _ = try crawler.runAsWorker(
                input: LineReader(fd: STDIN_FILENO), output: RecordWriter.toParent(fd: STDOUT_FILENO, formatter: formatter),
                signals: signals, grace: grace, crashMarker: marker?.isEmpty == false ? marker : nil)
        } catch is OutputClosed {
            // The parent is gone.
        }
    }
}
