#if canImport(Glibc)
import Glibc
#endif

/// How a run stops, as a value (states in, actions out, after async-http-client's connection
/// state machines): both loops, the single-process one (`Crawler.loop`) and the `--procs`
/// parent's (`WorkerPool.run`), feed it the same events and carry out what it answers.
///
/// running ──SIGINT/SIGTERM──▶ stopping (no new input; in-flight work gets the grace period)
/// stopping ──second signal, or the grace ran out──▶ abandoned (what is still in flight is dropped)
/// running ──cancelled (a library caller)──▶ abandoned, with no signal
struct RunLifecycle: Equatable {
    enum State: Equatable {
        case running
        case stopping(signal: Int32)
        /// `signal` nil: cancelled by a library caller, not by a signal.
        case abandoned(signal: Int32?)
    }

    enum Action: Equatable {
        case none
        /// Stop reading input and starting transfers; arm a timer for `grace` seconds.
        case stopGracefully(grace: Double)
        /// Drop (or kill) everything still in flight now, and end.
        case abandon
    }

    private(set) var state = State.running
    let grace: Double

    init(grace: Double) {
        self.grace = grace
    }

    /// A signal from the signalfd. SIGUSR1 is the `--procs` parent's "stop" to a worker: it starts
    /// a graceful stop like SIGTERM (and is reported as SIGTERM), but is never a second signal,
    /// since the parent sends it once after the user's SIGINT already reached the whole group.
    mutating func received(_ signal: Int32) -> Action {
        switch state {
        case .running:
            state = .stopping(signal: signal)
            return .stopGracefully(grace: grace)
        case .stopping(let first):
            guard signal != SIGUSR1 else { return .none }
            state = .abandoned(signal: first)
            return .abandon
        case .abandoned:
            return .none
        }
    }

    /// The grace timer fired.
    mutating func graceExpired() -> Action {
        guard case .stopping(let signal) = state else { return .none }
        state = .abandoned(signal: signal)
        return .abandon
    }

    /// A library caller cancelled its iteration.
    mutating func cancelled() -> Action {
        switch state {
        case .running:
            state = .abandoned(signal: nil)
            return .abandon
        case .stopping(let signal):
            state = .abandoned(signal: signal)
            return .abandon
        case .abandoned:
            return .none
        }
    }

    /// No new work may start: the run is stopping or over.
    var isStopping: Bool { state != .running }

    var mustAbandon: Bool {
        if case .abandoned = state { return true }
        return false
    }

    /// The signal the run reports it was stopped by (SIGUSR1 as SIGTERM); nil when it completed
    /// or a library caller cancelled it.
    var interruptedBy: Int32? {
        switch state {
        case .running, .abandoned(signal: nil): nil
        case .stopping(let signal), .abandoned(signal: .some(let signal)): signal == SIGUSR1 ? SIGTERM : signal
        }
    }
}
