#if canImport(Glibc)
import Glibc
#endif

/// The one clock of the loops, the scheduler and the reports: CLOCK_MONOTONIC in nanoseconds
/// (wall-clock steps never move a deadline). The pure values (`HostScheduler`, `RetryPolicy`)
/// take the time as an argument instead, so their tests pass it in.
enum Clock {
    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
