import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// Signals delivered as data on an fd the event loop watches, instead of through handlers: the
/// loop reacts to SIGINT or SIGTERM at a point where every structure is consistent, and no Swift
/// code ever runs in signal context.
public final class SignalFD {
    public private(set) var fd: Int32

    /// Blocks `signals` in the calling thread (call before any other thread exists) and watches them.
    /// A signal this process was started with ignored (SIGINT in a shell's background job) stays
    /// ignored: a blocked signal would otherwise be queued and read despite SIG_IGN.
    public init(_ signals: [Int32]) throws {
        let list = signals.filter { CCrawlSupport_signal_is_ignored($0) == 0 } + [0]
        fd = try syscall("signalfd") { list.withUnsafeBufferPointer { CCrawlSupport_signalfd($0.baseAddress!) } }
    }

    deinit {
        assert(fd == -1, "SignalFD was not closed")
    }

    /// The next pending signal, or nil when none is pending.
    public func next() throws -> Int32? {
        let signal = try syscall("read(signalfd)") { CCrawlSupport_signalfd_read(fd) }
        return signal == 0 ? nil : signal
    }

    public func close() {
        guard fd != -1 else { return }
        Posix.close(fd)
        fd = -1
    }
}
