/// Whether a worker slot gets a new process when its worker exits, as a value (states in,
/// decisions out): a worker that dies before answering anything, five times in a row, makes the
/// slot give up (a worker that cannot even start, say an exhausted process table, would otherwise
/// be restarted for ever); one that answered something resets the count.
struct WorkerRestartPolicy: Equatable {
    static let giveUpAfter = 5

    enum Decision: Equatable {
        /// The run is over or stopping: no new process.
        case nothing
        /// Start a new worker in the slot.
        case replace
        /// Stop restarting this slot.
        case giveUp
    }

    private(set) var consecutiveFailures = 0
    private(set) var gaveUp = false

    /// The slot's worker exited after answering `answered` lines. `runOver`: the run is stopping,
    /// or the worker ended cleanly owing nothing with no work left.
    mutating func workerExited(answered: Int, runOver: Bool) -> Decision {
        guard !runOver, !gaveUp else { return .nothing }
        consecutiveFailures = answered == 0 ? consecutiveFailures + 1 : 1
        guard consecutiveFailures >= Self.giveUpAfter else { return .replace }
        gaveUp = true
        return .giveUp
    }
}
