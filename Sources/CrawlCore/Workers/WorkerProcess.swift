import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// One `crawl _worker` child: started with `posix_spawn` (never `fork` + Swift code), its stdin
/// fed `N<TAB>URL` lines by the parent and its stdout read back as `N<TAB>{json}` lines.
///
/// The parent's ends of both pipes are non-blocking and close-on-exec, so a sibling never inherits
/// them. A dead worker shows up on its pidfd (`exitWatch`), not only as EOF on its output: a
/// process the worker started can hold that pipe open after the worker is gone (Swift's crash
/// reporter, `swift-backtrace`, did, and under ASan never exited).
final class WorkerProcess {
    let pid: pid_t
    /// A pidfd, readable once the process has exited; -1 once closed.
    private(set) var exitWatch: Int32
    /// The wait status, once reaped.
    private var status: Int32?
    /// Parent's write end of the worker's stdin; -1 once closed (no more input for it).
    private(set) var input: Int32
    /// Parent's read end of the worker's stdout; -1 once the worker is gone.
    private(set) var output: Int32

    /// - Parameter title: the child's `argv[0]`, which `ps`, `top -c` and `/proc/PID/cmdline` show
    ///   instead of `executable` (by default `/proc/self/exe`, which names no program).
    ///   - environment: `NAME=value` entries added to this process's environment for the child.
    init(executable: String, arguments: [String], title: String? = nil, environment: [String] = []) throws {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        try syscall("pipe2") { CCrawlSupport_pipe_cloexec(&toChild) }
        do {
            try syscall("pipe2") { CCrawlSupport_pipe_cloexec(&fromChild) }
        } catch {
            Posix.close(toChild[0])
            Posix.close(toChild[1])
            throw error
        }
        defer {
            // The child's ends belong to the child now (dup2 cleared their close-on-exec).
            Posix.close(toChild[0])
            Posix.close(fromChild[1])
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        // Nothing else this process holds reaches the worker: not an fd crawl inherited without
        // close-on-exec (a caller's pipe the worker would keep open), not a sibling's.
        _ = CCrawlSupport_spawn_close_from(&actions, 3)

        // The parent blocks its signals (they arrive through a signalfd); the worker starts with
        // none blocked and default dispositions, and sets up its own.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGUSR1, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([title ?? executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var inherited: [UnsafeMutablePointer<CChar>?] = []
        var entry = environ
        while let variable = entry.pointee {
            inherited.append(variable)
            entry += 1
        }
        let added = environment.map { strdup($0) }
        defer { added.forEach { free($0) } }
        let names = Set(environment.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
        let kept = inherited.filter { variable in
            let text = String(cString: variable!)
            return !names.contains(String(text.prefix { $0 != "=" }))
        }
        let envp = kept + added + [nil]
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            Posix.close(toChild[1])
            Posix.close(fromChild[0])
            throw SystemError(errno: result, call: "posix_spawn(\(executable))")
        }
        let exitWatch = CCrawlSupport_pidfd_open(pid)
        guard exitWatch >= 0 else {
            let err = errno
            Posix.close(toChild[1])
            Posix.close(fromChild[0])
            _ = kill(pid, SIGKILL)
            _ = try? Posix.waitpid(pid)
            throw SystemError(errno: err, call: "pidfd_open(\(pid))")
        }
        self.pid = pid
        self.exitWatch = exitWatch
        input = toChild[1]
        output = fromChild[0]
        Posix.setNonBlocking(input, "fcntl(worker stdin)")
        Posix.setNonBlocking(output, "fcntl(worker stdout)")
    }

    deinit {
        assert(input == -1 && output == -1 && exitWatch == -1, "WorkerProcess was not closed")
    }

    /// Whether the process has exited (reaping it if so). A readable `exitWatch` says it has, but
    /// the event may be stale: the fd number can belong to a newer worker by the time it is handled.
    func hasExited() -> Bool {
        if status != nil { return true }
        // ECHILD cannot happen: one slot, one process, reaped only here and in `reap`.
        status = try? Posix.waitpidIfExited(pid)
        return status != nil
    }

    /// No more URLs for this worker: it finishes what it has and exits.
    func closeInput() {
        guard input != -1 else { return }
        Posix.close(input)
        input = -1
    }

    func closeOutput() {
        guard output != -1 else { return }
        Posix.close(output)
        output = -1
    }

    func signal(_ signal: Int32) {
        _ = kill(pid, signal)
    }

    /// Reaps the process (it has exited, or closed its stdout and is about to), closes its pidfd,
    /// and says how it ended, for the message on stderr.
    func reap() -> (clean: Bool, description: String) {
        if exitWatch != -1 {
            Posix.close(exitWatch)
            exitWatch = -1
        }
        // ECHILD (reaped already) cannot happen: one slot, one process, reaped once.
        let status = self.status ?? (try? Posix.waitpid(pid)) ?? 0
        self.status = status
        let signalled = status & 0x7F
        if signalled != 0 {
            return (false, "was killed by signal \(signalled) (\(String(cString: strsignal(signalled))))")
        }
        let code = (status >> 8) & 0xFF
        return (code == 0, "exited with status \(code)")
    }
}

/// The worker's side of the parent–worker bond.
public enum WorkerLink {
    /// Arranges for SIGKILL when the parent dies; false if it already has (then the worker must quit).
    public static func dieWithParent(_ parent: pid_t) -> Bool {
        _ = CCrawlSupport_die_with_parent()
        return getppid() == parent
    }

    /// The option the parent appends to a worker's arguments: its 1-based position of how many,
    /// `--worker-index=2/4`, so that it can name itself (`name(index:count:)`).
    static func indexArgument(index: Int, count: Int) -> String { "--worker-index=\(index)/\(count)" }

    /// The worker's `argv[0]`, shown by `ps -f`, `top -c` and `pgrep -f`: `crawl worker 2/4`.
    /// (Without it the command line starts with `/proc/self/exe`, the path the parent spawns.)
    public static func title(index: Int, count: Int) -> String { "crawl worker \(index)/\(count)" }

    /// The worker's process name, shown by `ps`, `top` and `pgrep`: `crawl-w2/4`. The kernel keeps
    /// 15 bytes of it (`TASK_COMM_LEN` is 16 with the NUL), and `crawl-w256/256`, the longest
    /// (`--procs` is at most 256), is 14. Without it the name is `exe`, after `/proc/self/exe`.
    public static func name(index: Int, count: Int) -> String { "crawl-w\(index)/\(count)" }

    /// Names this process `name(index:count:)` in `/proc/self/comm`. Call it from the main thread
    /// before starting any other: a thread inherits the name of the thread that creates it.
    public static func nameThisProcess(index: Int, count: Int) {
        _ = CCrawlSupport_set_process_name(name(index: index, count: count))
    }

    /// Parses `--worker-index`'s value, `I/N` with 1 ≤ I ≤ N.
    public static func parseIndex(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), 1 <= index, index <= count
        else { return nil }
        return (index, count)
    }
}
