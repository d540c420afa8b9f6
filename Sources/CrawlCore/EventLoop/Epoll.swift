import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// An epoll instance (level-triggered) and a reusable buffer for its ready list.
///
/// Cost is O(ready fds) per wait, not O(open fds), which is what lets thousands of transfers be in
/// flight at once. Owned by one loop on one thread; `close()` must be called, `deinit` only checks.
final class Epoll {
    struct Events: OptionSet {
        let rawValue: UInt32
        static let readable = Events(rawValue: CCrawlSupport_EPOLLIN)
        static let writable = Events(rawValue: CCrawlSupport_EPOLLOUT)
        static let error = Events(rawValue: CCrawlSupport_EPOLLERR)
        static let hangup = Events(rawValue: CCrawlSupport_EPOLLHUP)
    }

    private var fd: Int32
    private let ready: UnsafeMutablePointer<CCrawlSupport_ready>
    private let capacity: Int

    init(capacity: Int = 256) throws {
        self.fd = try syscall("epoll_create1") { CCrawlSupport_epoll_create() }
        self.capacity = capacity
        self.ready = .allocate(capacity: capacity)
    }

    deinit {
        assert(fd == -1, "Epoll was not closed")
    }

    func add(_ target: Int32, _ events: Events) throws {
        try syscall("epoll_ctl(ADD)") { CCrawlSupport_epoll_ctl(fd, 0, target, events.rawValue) }
    }

    func modify(_ target: Int32, _ events: Events) throws {
        try syscall("epoll_ctl(MOD)") { CCrawlSupport_epoll_ctl(fd, 1, target, events.rawValue) }
    }

    /// Removing an fd that libcurl already closed is not an error worth reporting: the kernel
    /// dropped it from the set on close.
    func remove(_ target: Int32) {
        _ = CCrawlSupport_epoll_ctl(fd, 2, target, 0)
    }

    /// Blocks until at least one fd is ready (or `timeoutMS` passes; -1 waits forever) and calls
    /// `body` for each ready fd.
    func wait(timeoutMS: Int32, _ body: (Int32, Events) throws -> Void) throws {
        let n = try syscall("epoll_wait") {
            CCrawlSupport_epoll_wait(fd, ready, Int32(capacity), timeoutMS)
        }
        for i in 0..<Int(n) {
            try body(ready[i].fd, Events(rawValue: ready[i].events))
        }
    }

    func close() {
        guard fd != -1 else { return }
        Posix.close(fd)
        fd = -1
        ready.deallocate()
    }
}

extension Epoll {
    /// The earlier of two optional deadlines (no array: the loop computes this on every turn).
    @inline(__always)
    static func earliest(_ a: UInt64?, _ b: UInt64?) -> UInt64? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// The `epoll_wait` timeout that wakes a loop at `deadline` (monotonic ns):
    /// -1 for none, 0 when one is due, else whole milliseconds rounded up, so a loop never spins
    /// on a deadline less than 1 ms away.
    static func timeoutMS(until deadline: UInt64?, now: UInt64 = Clock.monotonicNanoseconds()) -> Int32 {
        guard let deadline else { return -1 }
        guard deadline > now else { return 0 }
        return Int32(clamping: (deadline - now + 999_999) / 1_000_000)
    }

    /// One fd a loop watches only while it wants to read it (the input: a watched pipe whose
    /// writer is gone reports EPOLLHUP on every wait).
    struct Watch {
        let fd: Int32
        private(set) var isOn = false

        init(fd: Int32) {
            self.fd = fd
        }

        mutating func set(_ on: Bool, in epoll: Epoll) throws {
            guard on != isOn else { return }
            if on { try epoll.add(fd, .readable) } else { epoll.remove(fd) }
            isOn = on
        }
    }
}

/// A one-shot monotonic timer as an fd, so libcurl's single timeout joins the same epoll wait.
final class TimerFD {
    private(set) var fd: Int32

    init() throws {
        fd = try syscall("timerfd_create") { CCrawlSupport_timerfd_create() }
    }

    deinit {
        assert(fd == -1, "TimerFD was not closed")
    }

    /// Fires after `milliseconds` (0 = as soon as possible); a negative value disarms.
    func arm(milliseconds: Int) throws {
        let ns: Int64 = milliseconds < 0 ? -1 : Int64(milliseconds) * 1_000_000
        try syscall("timerfd_settime") { CCrawlSupport_timerfd_arm(fd, ns) }
    }

    func drain() throws {
        try syscall("read(timerfd)") { CCrawlSupport_timerfd_drain(fd) }
    }

    func close() {
        guard fd != -1 else { return }
        Posix.close(fd)
        fd = -1
    }
}
