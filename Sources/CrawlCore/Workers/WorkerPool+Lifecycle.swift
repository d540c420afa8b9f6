#if canImport(Glibc)
import Glibc
#endif

/// One worker position; a crashed worker is replaced in the same slot, which keeps its place as
/// the home of its hosts in the scheduler.
final class WorkerSlot {
    let index: Int
    var process: WorkerProcess?
    /// The worker said `ready`: lines sent now start now.
    var ready = false
    /// Lines sent and not yet answered, by input line number; also those answered early whose
    /// transfer still drains (`answeredEarly`), as they hold a slot of the worker and their host.
    var outstanding: [Int: Job] = [:]
    /// Lines of `outstanding` whose record is written already: a crash does not retry them.
    var answeredEarly: Set<Int> = []
    var sendBuffer: [UInt8] = []
    var sendOffset = 0
    var inputWatched = false
    var readBuffer: [UInt8] = []
    var answeredSinceSpawn = 0
    /// Whether the slot's worker is replaced when it exits.
    var restart = WorkerRestartPolicy()
    var gaveUp: Bool { restart.gaveUp }
    var lastDeath = ""

    init(index: Int) {
        self.index = index
    }

}

extension WorkerPool {
    /// A worker closed its output: it exited. If it still owed answers it crashed: its lines go back
    /// to the scheduler once (any worker may take them); lines already retried become `worker_crashed`.
    func workerEnded(_ slot: WorkerSlot) throws {
        guard let process = slot.process else { return }
        let (clean, how) = retire(slot)
        let held = slot.outstanding.values.sorted { $0.line < $1.line }
        var lost = held.filter { !slot.answeredEarly.contains($0.line) }
        slot.outstanding.removeAll()
        slot.answeredEarly.removeAll()
        let now = Clock.monotonicNanoseconds()
        for job in held { scheduler.finished(hostKey: job.hostKey, now: now) }
        let runOver = stopping || (clean && lost.isEmpty && inputIsDone && scheduler.isEmpty)
        let decision = slot.restart.workerExited(answered: slot.answeredSinceSpawn, runOver: runOver)
        guard decision != .nothing else { return }

        slot.lastDeath = how
        var retried = 0
        var failed = 0
        for i in lost.indices {
            if lost[i].crashes == 0 {
                lost[i].crashes = 1
                scheduler.requeue(lost[i], notBefore: now, now: now)
                retried += 1
            } else {
                try deliver(record: crashedRecord(lost[i], how), of: lost[i])
                failed += 1
            }
        }
        // Numbered as `ps` shows the worker: `crawl-w2/4` is "worker 2/4".
        var message = "worker \(slot.index + 1)/\(slots.count) (pid \(process.pid)) \(how) with \(lost.count) URLs unanswered"
        if let first = lost.first { message += lost.count == 1 ? " (\(first.inputURL))" : " (the first \(first.inputURL))" }
        if decision == .giveUp {
            // Workers in this slot die before answering anything: stop restarting them. The other
            // workers take its hosts; with none left, every waiting line is answered as crashed.
            message += "; giving up on this worker slot"
            if liveWorkers == 0 {
                for job in scheduler.drainWaiting() {
                    try deliver(record: crashedRecord(job, how), of: job)
                }
                message += "; no worker left: its URLs are reported as worker_crashed"
            }
        } else {
            try spawnReplacement(slot)
            message += "; \(retried) retried in a new worker (pid \(slot.process?.pid ?? 0))"
            if failed > 0 { message += ", \(failed) had crashed a worker before and are reported as worker_crashed" }
        }
        Diagnostics.warn(message)
    }

    /// Closes the slot's pipes and reaps its process.
    @discardableResult
    func retire(_ slot: WorkerSlot) -> (clean: Bool, description: String) {
        guard let process = slot.process else { return (true, "") }
        unwatch(slot, process)
        process.closeInput()
        process.closeOutput()
        slot.process = nil
        slot.sendBuffer.removeAll()
        slot.sendOffset = 0
        slot.readBuffer.removeAll()
        return process.reap()
    }

    func crashedRecord(_ job: Job, _ how: String) -> CrawlRecord {
        CrawlRecord(
            url: job.inputURL, line: job.line, attempts: job.attempt, error: .workerCrashed,
            errorDetail: "the worker process fetching this URL died twice (last one \(how))")
    }

    /// What the run's `EventLoop` decided. First SIGINT/SIGTERM: no more input, workers told to
    /// finish in-flight transfers within the grace period (SIGUSR1); the loop's timer fires a
    /// second after it. A second signal, or that timer: kill now.
    func carryOut(_ action: RunLifecycle.Action) throws {
        switch action {
        case .none: return
        case .abandon: killAll()
        case .stopGracefully: stopGracefully()
        }
    }

    private func stopGracefully() {
        stopReadingInput()
        _ = scheduler.drainWaiting()
        for slot in slots {
            slot.sendBuffer.removeAll()
            slot.sendOffset = 0
            if let process = slot.process {
                unwatchInput(slot)
                process.closeInput()
                process.signal(SIGUSR1)
            }
        }
    }

    func killAll() {
        for slot in slots { slot.process?.signal(SIGKILL) }
    }
}

/// Records that arrived ahead of their turn, for `--ordered`: released in input order.
struct ReorderBuffer {
    private var waiting: [Int: [UInt8]] = [:]
    private var nextSequence = 0

    var count: Int { waiting.count }

    mutating func insert(_ sequence: Int, _ bytes: [UInt8]) {
        waiting[sequence] = bytes
    }

    mutating func next() -> [UInt8]? {
        guard let bytes = waiting.removeValue(forKey: nextSequence) else { return nil }
        nextSequence += 1
        return bytes
    }

    /// At the end of a run (an interrupted one may leave gaps): everything left, in order.
    mutating func drainAll() -> [[UInt8]] {
        let rest = waiting.keys.sorted().map { waiting[$0]! }
        waiting.removeAll()
        return rest
    }
}
