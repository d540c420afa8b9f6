#if CRAWL_TEST_HOOKS
import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// Ways for the end-to-end tests to make a worker die, compiled into debug builds only
/// (`CRAWL_TEST_HOOKS`, Package.swift): a release binary has no such switch for anyone to find.
///
/// - `CRAWL_TEST_CRASH_ON=TEXT`: the worker aborts instead of answering a URL that contains TEXT.
/// - `CRAWL_TEST_CRASH_HOLD=FILE`: before aborting, it starts `sleep 120` with its stdout, so the
///   pipe to the parent outlives the worker, as `swift-backtrace` once made it; each sleeper's pid
///   is appended to FILE for the test to end it.
enum WorkerTestHooks {
    static let crashMarker = value("CRAWL_TEST_CRASH_ON")
    static let holderPIDFile = value("CRAWL_TEST_CRASH_HOLD")

    static func crashIfMarked(_ record: CrawlRecord, output: ParentChannel) throws {
        guard let crashMarker, record.url.contains(crashMarker) else { return }
        try output.flush()
        if let holderPIDFile { startHolder(pidFile: holderPIDFile) }
        abort()
    }

    private static func value(_ name: String) -> String? {
        guard let text = getenv(name).map({ String(cString: $0) }), !text.isEmpty else { return nil }
        return text
    }

    /// `sleep 120` with the worker's stdout; stdin and stderr are /dev/null and nothing else is
    /// inherited, so that only the pipe to the parent is held (a test reading crawl's stderr to its
    /// end would wait for it).
    private static func startHolder(pidFile: String) {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("sleep"), strdup("120"), nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        _ = CCrawlSupport_spawn_close_from(&actions, 3)
        guard posix_spawn(&pid, "/bin/sleep", &actions, nil, argv, environ) == 0 else { return }
        let text = Array("\(pid)\n".utf8)
        let fd = open(pidFile, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = Glibc.close(fd)
    }
}
#endif
