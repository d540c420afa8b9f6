#if canImport(Glibc)
import Glibc
#endif

/// Whether the records end up on the terminal that stderr (and so the progress line) is on.
///
/// Directly (`crawl urls.txt`), or through a pipeline (`crawl urls.txt | jq …`, the quick start):
/// then crawl's stdout is a pipe, but the program reading it prints to the terminal, right after
/// a half-drawn progress line. The pipeline's programs are in crawl's process group (the shell
/// puts them there), so they are found in /proc: a member whose stdin is the pipe crawl writes
/// and whose stdout is the terminal, or another pipe followed the same way.
struct Terminal {
    let stderrIsTerminal: Bool
    let recordsOnStderrTerminal: Bool

    init(records: Int32) {
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
        var err = stat()
        guard stderrIsTerminal, fstat(STDERR_FILENO, &err) == 0 else {
            recordsOnStderrTerminal = false
            return
        }
        if isatty(records) == 1 {
            var out = stat()
            recordsOnStderrTerminal = fstat(records, &out) == 0 && out.st_rdev == err.st_rdev
        } else if let pipe = Terminal.link("/proc/self/fd/\(records)"), pipe.hasPrefix("pipe:") {
            recordsOnStderrTerminal = Terminal.pipeReachesTerminal(pipe, terminal: err.st_rdev)
        } else {
            recordsOnStderrTerminal = false
        }
    }

    /// Follows `pipe` (a "pipe:[inode]" link) through the process group, at most 16 steps.
    private static func pipeReachesTerminal(_ pipe: String, terminal: dev_t) -> Bool {
        let group = getpgrp()
        let me = getpid()
        let members = processes().filter { $0 != me && processGroup(of: $0) == group }
        var pipes: Set<String> = [pipe]
        var frontier = [pipe]
        var steps = 0
        while let current = frontier.popLast(), steps < 16 {
            steps += 1
            for pid in members where link("/proc/\(pid)/fd/0") == current {
                var out = stat()
                if stat("/proc/\(pid)/fd/1", &out) == 0, (out.st_mode & S_IFMT) == S_IFCHR, out.st_rdev == terminal {
                    return true
                }
                if let next = link("/proc/\(pid)/fd/1"), next.hasPrefix("pipe:"), pipes.insert(next).inserted {
                    frontier.append(next)
                }
            }
        }
        return false
    }

    /// The pids in /proc.
    private static func processes() -> [pid_t] {
        guard let dir = opendir("/proc") else { return [] }
        defer { closedir(dir) }
        var pids: [pid_t] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let pid = pid_t(name) { pids.append(pid) }
        }
        return pids
    }

    /// Field 5 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    private static func processGroup(of pid: pid_t) -> pid_t? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[..<n], as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        return fields.count > 2 ? pid_t(fields[2]) : nil
    }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
