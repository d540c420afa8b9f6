#if canImport(Glibc)
import Glibc
#endif

/// What a non-blocking read or write did: moved some bytes (0 for a read at end of file), or
/// nothing because the fd is not ready. Every other outcome is thrown (`SystemError`) or, when it
/// can only be a bug (EBADF, EFAULT), traps.
enum IOResult: Equatable {
    case processed(Int)
    case wouldBlock
}

/// The one system-call layer (after swift-nio's `Posix`): EINTR is retried here and nowhere else,
/// EAGAIN is a value, and errno is never read by the callers.
enum Posix {
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, _ what: @autoclosure () -> String) throws -> IOResult {
        try io(what()) { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, _ what: @autoclosure () -> String) throws -> IOResult {
        try io(what()) { Glibc.write(fd, bytes.baseAddress, bytes.count) }
    }

    /// `pread(2)` of a regular file (which never says EAGAIN).
    static func pread(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: off_t, _ what: @autoclosure () -> String) throws -> Int {
        try syscall(what()) { Glibc.pread(fd, buffer.baseAddress, buffer.count, offset) }
    }

    /// Makes `fd` (a pipe or socket this program made) non-blocking. F_GETFL and F_SETFL of
    /// O_NONBLOCK fail only for a bad fd, a bug: it traps.
    static func setNonBlocking(_ fd: Int32, _ what: @autoclosure () -> String) {
        let flags = fcntl(fd, F_GETFL)
        precondition(flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0, "\(what()): errno \(errno)")
    }

    /// `close(2)`. Never retried: on Linux the fd is released even when close reports EINTR, and a
    /// retry could close an fd another thread was just given. EBADF (closing twice) is a bug.
    static func close(_ fd: Int32) {
        if Glibc.close(fd) < 0 {
            precondition(errno != EBADF, "close(\(fd)): EBADF, closed twice")
        }
    }

    /// `waitpid(2)` for one child, blocking; returns its status.
    static func waitpid(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        try syscall("waitpid(\(pid))") { Glibc.waitpid(pid, &status, 0) }
        return status
    }

    /// `waitpid(2)` with `WNOHANG`: the child's status if it has exited, nil while it runs.
    static func waitpidIfExited(_ pid: pid_t) throws -> Int32? {
        var status: Int32 = 0
        let reaped = try syscall("waitpid(\(pid), WNOHANG)") { Glibc.waitpid(pid, &status, WNOHANG) }
        return reaped == pid ? status : nil
    }

    private static func io(_ what: @autoclosure () -> String, _ body: () -> Int) throws -> IOResult {
        while true {
            let n = body()
            if n >= 0 { return .processed(n) }
            let err = errno
            if err == EINTR { continue }
            if err == EAGAIN || err == EWOULDBLOCK { return .wouldBlock }
            precondition(err != EBADF && err != EFAULT, "\(what()) failed with errno \(err): a bug, not the environment")
            throw SystemError(errno: err, call: what())
        }
    }
}
