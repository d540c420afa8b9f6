import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// An input or output file that exists but cannot be read or written (permissions, a full or
/// failing disk): exit 74 (sysexits' EX_IOERR), not 64, which is for arguments that are wrong.
/// Three paths, three statuses: usage errors 64, I/O failures 74, the run's own result 0 or 2.
struct IOFailure: Error {
    let message: String

    static let exitCode = ExitCode(74)

    /// A path that names nothing usable (no such file or folder, a directory where a file is
    /// meant) is a wrong argument, a usage error; any other errno is an I/O failure.
    static func forPath(_ message: String, errno code: Int32 = errno) -> Error {
        let text = "\(message): \(String(cString: strerror(code)))\(hint(errno: code))"
        switch code {
        case ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG: return ValidationError(text)
        default: return IOFailure(message: text)
        }
    }

    /// What to do about an errno a user can fix: for "Too many open files", the limit and the way
    /// out. crawl needs about 10 fds to start, plus one or two per transfer in flight.
    static func hint(errno code: Int32) -> String {
        guard code == EMFILE || code == ENFILE else { return "" }
        var limit = rlimit()
        let soft = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 ? " is \(limit.rlim_cur)" : ""
        return code == EMFILE
            ? " (the limit, ulimit -n,\(soft); raise it, e.g. ulimit -n 4096, or lower --concurrency)"
            : " (the system's own limit, fs.file-max, is reached)"
    }
}
