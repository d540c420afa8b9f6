import CCrawlSupport
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// How a consumer on another thread steers a running loop: it has no room for more records (the
/// loop then starts no new transfer; those in flight finish), it has room again, or it is gone.
///
/// The two sides meet on an eventfd the loop watches. It is written only when something changes
/// (room reappears, or cancellation), never per record, and the loop drains it and rereads the
/// atomic state, so a wake-up cannot be lost between a check and a wait.
final class LoopControl: Sendable {
    /// Records handed to the consumer and not yet taken, at most (transfers already running may
    /// add up to `--concurrency` more).
    let capacity: Int
    private let pending = Atomic<Int>(0)
    private let cancelled = Atomic<Bool>(false)
    /// The eventfd; -1 once closed. Writers hold the lock, so nobody writes to a closed (and
    /// perhaps reused) descriptor.
    private let wakeFD: Mutex<Int32>
    /// Read by the loop only, while the fd is open.
    let fd: Int32

    init(capacity: Int) throws {
        self.capacity = max(1, capacity)
        let fd = try syscall("eventfd") { CCrawlSupport_eventfd() }
        self.fd = fd
        wakeFD = Mutex(fd)
    }

    deinit {
        assert(wakeFD.withLock { $0 } == -1, "LoopControl was not closed")
    }

    var hasRoom: Bool { pending.load(ordering: .acquiring) < capacity }
    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    /// The loop handed over one record.
    func produced() {
        pending.add(1, ordering: .acquiringAndReleasing)
    }

    /// The consumer took one record; the loop is woken when this makes room again.
    func consumed() {
        let (old, _) = pending.subtract(1, ordering: .acquiringAndReleasing)
        if old == capacity { wake() }
    }

    func cancel() {
        cancelled.store(true, ordering: .releasing)
        wake()
    }

    /// Called by the loop when `fd` is readable.
    func drain() {
        var value: UInt64 = 0
        _ = read(fd, &value, 8)
    }

    private func wake() {
        wakeFD.withLock { fd in
            guard fd >= 0 else { return }
            var one: UInt64 = 1
            _ = write(fd, &one, 8)
        }
    }

    /// Called once by the loop's thread when the loop has returned.
    func close() {
        wakeFD.withLock { fd in
            if fd >= 0 { Posix.close(fd) }
            fd = -1
        }
    }
}
