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

    @Option var grace: Double = 2

    @Option(help: "The parent's pid: the worker dies with it.")
    var parentPid: Int32

    /// The command line the parent gives a worker for `configuration`.
    static func arguments(_ configuration: CrawlConfiguration, grace: Double, parent: pid_t) -> [String] {
        var arguments = [
            "_worker", "--concurrency=\(configuration.concurrency)", "--timeout=\(configuration.timeout)",
            "--connect-timeout=\(configuration.connectTimeout)", "--max-redirects=\(configuration.maxRedirects)",
            "--max-bytes=\(configuration.maxBytes)", "--drain-max=\(configuration.drainMax)",
            "--user-agent=\(configuration.userAgent)", "--grace=\(grace)",
            "--parent-pid=\(parent)",
        ]
        if configuration.insecure { arguments.append("--insecure") }
        return arguments
    }

    func run() throws {
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
        let crawler = try Crawler(configuration: configuration)
        defer { crawler.close() }
        var sink: any RecordSink = JSONLinesWriter(fd: STDOUT_FILENO, prefixLineNumbers: true)
        if let marker = getenv("CRAWL_TEST_CRASH_ON").map({ String(cString: $0) }), !marker.isEmpty {
            sink = CrashingSink(sink, marker: marker)
        }
        do {
            _ = try crawler.run(
                input: LineReader(fd: STDIN_FILENO), numbered: true, sink: sink, signals: signals, grace: grace)
        } catch is OutputClosed {
            // The parent is gone.
        }
    }
}

/// Test hook (environment `CRAWL_TEST_CRASH_ON`): the worker aborts instead of answering a URL
/// that contains the marker, so the tests can make a worker die on a chosen URL, every time.
private final class CrashingSink: RecordSink {
    private let inner: any RecordSink
    private let marker: String

    init(_ inner: any RecordSink, marker: String) {
        self.inner = inner
        self.marker = marker
    }

    func emit(_ record: CrawlRecord) throws {
        if record.url.contains(marker) {
            try inner.flush()
            abort()
        }
        try inner.emit(record)
    }

    func flush() throws {
        try inner.flush()
    }
}
