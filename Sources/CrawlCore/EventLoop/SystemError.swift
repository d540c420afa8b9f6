#if canImport(Glibc)
import Glibc
#endif

/// A failed system call: the environment refused (no fds left, no memory, a closed pipe), so it is
/// thrown. Errnos that can only mean a bug in this program trap instead (see `syscall`).
public struct SystemError: Error, CustomStringConvertible, Sendable, Equatable {
    public let errno: Int32
    public let call: String

    public var description: String {
        "\(call): \(String(cString: strerror(errno)))"
    }
}

/// Runs a system call, retrying on EINTR and turning any other failure into a thrown `SystemError`.
/// EBADF and EFAULT mean this program passed a wrong fd or pointer: that is a bug, not weather.
@discardableResult
@inline(__always)
func syscall<T: FixedWidthInteger>(_ call: @autoclosure () -> String, _ body: () -> T) throws -> T {
    while true {
        let result = body()
        if result >= 0 { return result }
        let err = errno
        if err == EINTR { continue }
        precondition(err != EBADF && err != EFAULT, "\(call()) failed with errno \(err): a bug, not the environment")
        throw SystemError(errno: err, call: call())
    }
}
