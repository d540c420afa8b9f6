import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// `crawl _worker`: one worker process of `--procs N`, started by the parent with `posix_spawn`.
/// Reads `N<TAB>URL` lines on stdin, writes `N<TAB>{json}` lines on stdout, runs its own loop.
/// Everything else it needs comes whole from the parent, as `WorkerSettings` in its environment.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_worker", abstract: "Internal: a worker process of --procs.", shouldDisplay: false)

    /// Given by the parent's `WorkerPool`: the slot is known only there.
    @Option(help: "This worker's slot, I/N (1-based): it names the process crawl-wI/N.")
    var workerIndex: String?

    func run() throws {
        // First, before any thread exists (threads inherit the name): `ps`/`top` show crawl-w2/4,
        // not `exe` (the parent spawns /proc/self/exe).
        if let workerIndex, let slot = WorkerLink.parseIndex(workerIndex) {
            WorkerLink.nameThisProcess(index: slot.index, count: slot.count)
        }
        let settings: WorkerSettings
        do {
            settings = try WorkerSettings.fromEnvironment()
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(64)
        }
        // Not handed on to anything this process might start.
        unsetenv(WorkerSettings.environmentName)
        MemoryTuning.apply()
        signal(SIGPIPE, SIG_IGN)
        // No worker outlives its parent, however the parent ends (even kill -9).
        guard WorkerLink.dieWithParent(settings.parentPID) else { return }
        // SIGINT from a terminal reaches the whole process group; SIGUSR1 is the parent's "stop".
        // Either way the first one means: no new URLs, finish what is in flight within the grace.
        let signals = try SignalFD([SIGINT, SIGTERM, SIGUSR1])
        defer { signals.close() }
        let crawler = try Crawler(configuration: settings.configuration)
        defer { crawler.close() }
        do {
            _ = try crawler.runAsWorker(
                input: LineReader(fd: STDIN_FILENO),
                output: ParentChannel(fd: STDOUT_FILENO, formatter: settings.formatter),
                signals: signals, grace: settings.grace)
        } catch is OutputClosed {
            // The parent is gone.
        }
    }
}
