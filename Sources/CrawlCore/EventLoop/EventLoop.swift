#if canImport(Glibc)
import Glibc
#endif

/// One turn-by-turn event loop, whoever drives it: the single-process crawl (`Crawler.loop`),
/// a worker, and the `--procs` parent (`WorkerPool.run`). It owns what their loops had each
/// written out for themselves: the epoll wait until the earliest deadline, the signalfd, the grace
/// timer and how the run stops (`RunLifecycle`), and the input fd watched only while wanted. The
/// driver registers its own fds (libcurl's sockets, worker pipes) on `epoll` and handles them in
/// `onReady`; every stop decision reaches it as a `RunLifecycle.Action` in `onStop`.
final class EventLoop {
    let epoll: Epoll
    private let signals: SignalFD?
    private let graceTimer: TimerFD
    /// Added to the grace period before the timer fires: the parent gives its workers' own grace
    /// (they got SIGUSR1 at the same moment) a second more before it kills them.
    private let graceSlack: Double
    private(set) var lifecycle: RunLifecycle
    private var input: Epoll.Watch?
    private var closed = false

    /// Registers `signals` and a grace timer on `epoll` (the driver's, which outlives this run).
    init(epoll: Epoll, signals: SignalFD?, grace: Double, graceSlack: Double = 0, input: Int32? = nil) throws {
        let timer = try TimerFD()
        do {
            try epoll.add(timer.fd, .readable)
        } catch {
            timer.close()
            throw error
        }
        if let signals {
            do {
                try epoll.add(signals.fd, .readable)
            } catch {
                epoll.remove(timer.fd)
                timer.close()
                throw error
            }
        }
        self.epoll = epoll
        self.signals = signals
        graceTimer = timer
        self.graceSlack = graceSlack
        lifecycle = RunLifecycle(grace: grace)
        self.input = input.map { Epoll.Watch(fd: $0) }
    }

    deinit {
        assert(closed, "EventLoop was not closed")
    }

    /// Removes what `init` registered (and the input watch) from `epoll`, closes the timer.
    func close() {
        guard !closed else { return }
        closed = true
        try? input?.set(false, in: epoll)
        if let signals { epoll.remove(signals.fd) }
        epoll.remove(graceTimer.fd)
        graceTimer.close()
    }

    /// Watch the input fd while `wanted` (a watched pipe whose writer is gone reports EPOLLHUP
    /// on every wait).
    func watchInput(_ wanted: Bool) throws {
        try input?.set(wanted, in: epoll)
    }

    /// A library caller cancelled the run.
    func cancel() -> RunLifecycle.Action {
        lifecycle.cancelled()
    }

    /// One wait, until `deadline` (monotonic ns; `Epoll.earliest` of the driver's) or an fd is ready. Signals and
    /// the grace timer are handled here (`onStop` gets what the lifecycle decided); the input fd
    /// calls `onInput`; every other fd `onReady`.
    func turn(
        until deadline: UInt64?, onStop: (RunLifecycle.Action) throws -> Void, onInput: () -> Void,
        onReady: (Int32, Epoll.Events) throws -> Void
    ) throws {
        try epoll.wait(timeoutMS: Epoll.timeoutMS(until: deadline)) { fd, events in
            if let signals, fd == signals.fd {
                while let signal = try signals.next() { try carryOut(lifecycle.received(signal), onStop) }
            } else if fd == graceTimer.fd {
                try graceTimer.drain()
                try carryOut(lifecycle.graceExpired(), onStop)
            } else if let input, input.isOn, fd == input.fd {
                onInput()
            } else {
                try onReady(fd, events)
            }
        }
    }

    private func carryOut(_ action: RunLifecycle.Action, _ onStop: (RunLifecycle.Action) throws -> Void) throws {
        switch action {
        case .none: return
        case .stopGracefully(let grace): try graceTimer.arm(milliseconds: Int((grace + graceSlack) * 1000))
        case .abandon: break
        }
        try onStop(action)
    }
}
