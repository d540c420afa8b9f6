#if canImport(Glibc)
import Glibc
#endif

/// The parent of `--procs N`: reads the input as a stream, hands its URLs to N worker processes,
/// and writes their results to stdout, whole lines only, from this one process.
///
/// It is a single-threaded event loop (epoll) over the input, each worker's pipes, a signalfd and
/// a deadline timer. Every URL goes through one `HostScheduler` here, which sees every start and
/// every answer of every worker: that is what makes `--per-host`, `--delay` and `--rate` hold for
/// the run as a whole. A worker gets at most `window` lines it has not answered yet, its own hosts
/// first, then any other (work stealing); input is read only while some worker has room and
/// nothing queued may start, so the parent never reads far ahead of the workers.
public final class WorkerPool {
    public struct Options: Sendable {
        public var workers: Int
        /// The worker command, `/proc/self/exe` (this program), run as `_worker --worker-index=I/N`
        /// (the slot, 1-based, of `workers`) with `crawl worker I/N` as its `argv[0]`
        /// (`WorkerLink`), and the settings (`WorkerSettings`) in its environment.
        public var executable: String
        /// What every worker gets: the configuration whole, the format, the grace period.
        public var settings: WorkerSettings
        /// Lines sent to a worker and not yet answered, at most.
        public var window: Int
        /// Seconds in-flight transfers get after SIGINT/SIGTERM.
        public var grace: Double
        /// Emit in input order (bounded reorder buffer) instead of completion order.
        public var ordered: Bool
        public var shard: Shard?
        /// Input lines already answered by an earlier run (`--resume`).
        public var skip: AnsweredLines?
        /// `--per-host`, `--delay`, `--rate`, from the configuration the workers also get.
        var policy: HostScheduler.Policy
        /// The output format: the workers format their own records the same way.
        public var formatter: RecordFormatter

        /// - Parameter window: lines sent to a worker and not yet answered, at most. With a delay or
        ///   a rate, use the worker's concurrency: a line sent then starts at once, so the gaps the
        ///   parent keeps are the gaps the servers see.
        public init(
            workers: Int, executable: String = "/proc/self/exe", window: Int, grace: Double,
            configuration: CrawlConfiguration, ordered: Bool = false, shard: Shard? = nil, skip: AnsweredLines? = nil,
            formatter: RecordFormatter = RecordFormatter()
        ) {
            policy = configuration.politeness
            self.formatter = formatter
            self.workers = workers
            self.executable = executable
            settings = WorkerSettings(configuration: configuration, grace: grace, formatter: formatter)
            self.window = window
            self.grace = grace
            self.ordered = ordered
            self.shard = shard
            self.skip = skip
        }
    }

    private let options: Options
    /// What every worker's environment gets: `WorkerSettings` as a `NAME=json` entry, and Swift's
    /// crash reporter off unless the user set `SWIFT_BACKTRACE`: a crashed worker is one line on
    /// stderr (`workerEnded`), not a 60-line trace among the user's messages.
    private let workerEnvironment: [String]
    private let epoll: Epoll
    private let urlParser: CurlURLParser
    private let router: LineRouter
    let scheduler: HostScheduler
    private var inputsClosed = false
    private var monitor: RunMonitor?
    private(set) var slots: [WorkerSlot] = []
    /// What a worker's fd in the epoll set is.
    enum Role {
        /// The parent's write end of the worker's stdin, watched while a send would block.
        case input
        /// The read end of the worker's stdout: its answers.
        case output
        /// The worker's pidfd: it has exited.
        case exit
    }
    /// fd → (slot index, role).
    private var fds: [Int32: (slot: Int, role: Role)] = [:]
    private var out: [UInt8] = []
    /// Reused for every read from a worker: the hot path allocates nothing per event.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private let outputFD: Int32
    private var order = ReorderBuffer()
    private var nextSequence = 0
    private var inputDone = false
    /// The loop of the current `run`: signals, the grace period, how the run stops.
    private var eventLoop: EventLoop?
    private var closed = false

    public init(options: Options, outputFD: Int32 = STDOUT_FILENO) throws {
        precondition(options.workers >= 1 && options.window >= 1)
        workerEnvironment = try [options.settings.environmentEntry()]
            + (getenv("SWIFT_BACKTRACE") == nil ? ["SWIFT_BACKTRACE=enable=no"] : [])
        self.options = options
        self.outputFD = outputFD
        let epoll = try Epoll()
        do {
            urlParser = try CurlURLParser()
        } catch {
            epoll.close()
            throw error
        }
        self.epoll = epoll
        router = LineRouter(parser: urlParser, shard: options.shard, skip: options.skip)
        scheduler = HostScheduler(policy: options.policy, workers: options.workers, now: Clock.monotonicNanoseconds())
        slots = (0..<options.workers).map { WorkerSlot(index: $0) }
    }

    deinit {
        assert(closed, "WorkerPool was not closed")
    }

    /// Runs until every input line is answered, or a signal from `signals` stops the run.
    public func run(input: LineReader, signals: SignalFD, monitor: RunMonitor? = nil) throws -> Crawler.Outcome {
        self.monitor = monitor
        // The workers get the grace period too (SIGUSR1): they are killed a second after it.
        let loop = try EventLoop(epoll: epoll, signals: signals, grace: options.grace, graceSlack: 1, input: input.fd)
        eventLoop = loop
        defer {
            loop.close()
            eventLoop = nil
        }
        for slot in slots { try spawn(slot) }
        do {
            while true {
                try pump(input)
                try loop.watchInput(input.isPollable && wantsInput)
                if inputDone && slots.allSatisfy({ $0.process == nil }) { break }
                try flushOutput()
                monitor?.tick(inFlight: slots.reduce(0) { $0 + $1.outstanding.count })
                try loop.turn(until: Epoll.earliest(wakeTime(), monitor?.wakeTime), onStop: carryOut, onInput: { input.readable = true }) { fd, _ in
                    guard let (index, role) = fds[fd] else { return }
                    switch role {
                    case .output: try readAnswers(slots[index])
                    case .input: try send(slots[index])
                    case .exit: try exited(slots[index])
                    }
                }
            }
        } catch let error as OutputClosed {
            killAll()
            for slot in slots where slot.process != nil { retire(slot) }
            throw error
        }
        try loop.watchInput(false)
        for bytes in order.drainAll() { out.append(contentsOf: bytes) }
        try flushOutput()
        return Crawler.Outcome(interruptedBy: loop.lifecycle.interruptedBy)
    }

    public func close() {
        guard !closed else { return }
        closed = true
        killAll()
        for slot in slots where slot.process != nil { retire(slot) }
        urlParser.close()
        epoll.close()
    }

    // MARK: - State the lifecycle extension uses

    var stopping: Bool { eventLoop?.lifecycle.isStopping ?? false }
    var inputIsDone: Bool { inputDone }

    func stopReadingInput() {
        inputDone = true
    }

    var liveWorkers: Int { slots.reduce(0) { $0 + ($1.process != nil && !$1.gaveUp ? 1 : 0) } }

    /// A record this process makes for a job (a worker crashed on it).
    func deliver(record: CrawlRecord, of job: Job) throws {
        monitor?.add(record, host: job.host)
        try deliver(job.sequence, record)
    }

    func spawnReplacement(_ slot: WorkerSlot) throws {
        try spawn(slot)
    }

    func unwatch(_ slot: WorkerSlot, _ process: WorkerProcess) {
        unwatchInput(slot)
        for fd in [process.output, process.exitWatch] where fd != -1 {
            epoll.remove(fd)
            fds[fd] = nil
        }
    }

    // MARK: - Input and dispatch

    /// Hands out what may start, then reads input while a worker still has room for more, so a
    /// host at its limit makes the parent look further down the list for other hosts.
    private func pump(_ input: LineReader) throws {
        let readAhead = Crawler.readAhead(concurrency: options.workers * options.window)
        reading: while true {
            // The read-ahead first, so even the first URL of a host knows whether more follow.
            if !(wantsInput && scheduler.waiting < readAhead) {
                let now = Clock.monotonicNanoseconds()
                for slot in slots { fill(slot, now) }
                guard wantsInput else { break }
            }
            let item = try input.next()
            switch item {
            case .line, .overlong:
                try take(router.route(item))
            case .wouldBlock:
                break reading
            case .end:
                inputDone = true
            }
        }
        for slot in slots { try send(slot) }
        if (inputDone && scheduler.isEmpty) || stopping { closeInputs() }
    }

    /// True while reading more input could give an idle worker something to do.
    private var wantsInput: Bool {
        guard !inputDone, scheduler.waiting < Crawler.lookahead else { return false }
        if scheduler.outOfTokens && scheduler.waiting > 0 { return false }
        if options.ordered && order.count >= options.workers * options.window * 4 { return false }
        // Lines in sight tell each start whether its host comes again (`Job.keepsConnection`).
        if scheduler.waiting < Crawler.readAhead(concurrency: options.workers * options.window) { return true }
        // With every worker given up, lines are read only to be answered as `worker_crashed`.
        if liveWorkers == 0 { return true }
        // Enough to fill every window once the workers are ready, and beyond that only while a
        // ready worker has room that nothing read so far may fill.
        if scheduler.waiting < options.workers * options.window { return true }
        return slots.contains { $0.process != nil && $0.ready && !$0.gaveUp && $0.outstanding.count < options.window }
    }

    /// Moves startable jobs into the worker's send buffer, up to its window.
    private func fill(_ slot: WorkerSlot, _ now: UInt64) {
        guard let process = slot.process, process.input != -1, slot.ready, !slot.gaveUp else { return }
        while slot.outstanding.count < options.window, var job = scheduler.next(now: now, worker: slot.index) {
            job.keepsConnection = scheduler.hasMore(hostKey: job.hostKey)
            slot.outstanding[job.line] = job
            WorkerWire.append(job, to: &slot.sendBuffer)
        }
    }

    /// Answers a routed line at once, or queues it for the scheduler.
    private func take(_ route: LineRouter.Route) throws {
        switch route {
        case .ignore:
            return
        case .answer(let record):
            try emitLocal(record)
        case .fetch(var job):
            job.sequence = nextSequence
            nextSequence += 1
            if liveWorkers == 0 {
                try deliver(record: crashedRecord(job, slots.last?.lastDeath ?? ""), of: job)
            } else {
                scheduler.enqueue(job, now: Clock.monotonicNanoseconds())
            }
        }
    }

    /// Nothing more will be sent: every worker finishes what it has and exits.
    private func closeInputs() {
        guard !inputsClosed else { return }
        inputsClosed = true
        for slot in slots {
            guard let process = slot.process, slot.sendBuffer.isEmpty else { continue }
            unwatchInput(slot)
            process.closeInput()
        }
    }

    /// When the scheduler has a line to release (a delay or the rate) that a worker could take.
    private func wakeTime() -> UInt64? {
        let canStart = slots.contains {
            $0.process.map { $0.input != -1 } == true && $0.ready && !$0.gaveUp && $0.outstanding.count < options.window
        }
        return scheduler.wakeTime(now: Clock.monotonicNanoseconds(), canStart: canStart)
    }

    // MARK: - Output

    private func emitLocal(_ record: CrawlRecord) throws {
        monitor?.add(record, host: nil)
        let sequence = nextSequence
        nextSequence += 1
        try deliver(sequence, record)
    }

    private func deliver(_ sequence: Int, _ record: CrawlRecord) throws {
        var bytes: [UInt8] = []
        options.formatter.append(record, to: &bytes)
        try deliver(sequence, bytes: bytes[...])
    }

    /// `bytes` is one whole line, newline included.
    private func deliver(_ sequence: Int, bytes: ArraySlice<UInt8>) throws {
        if options.ordered {
            order.insert(sequence, Array(bytes))
            while let ready = order.next() { out.append(contentsOf: ready) }
        } else {
            out.append(contentsOf: bytes)
        }
        if out.count >= 256 * 1024 { try flushOutput() }
    }

    private func flushOutput() throws {
        guard !out.isEmpty else { return }
        defer { out.removeAll(keepingCapacity: true) }
        monitor?.recordsWillBeWritten()
        try out.withUnsafeBytes { try writeAll(outputFD, $0) }
    }

    // MARK: - Workers

    private func spawn(_ slot: WorkerSlot) throws {
        // Named after its slot, so `ps` and `top` tell the workers apart (a replacement takes the
        // name of the worker it replaces).
        let (index, count) = (slot.index + 1, options.workers)
        let process = try WorkerProcess(
            executable: options.executable,
            arguments: ["_worker", WorkerLink.indexArgument(index: index, count: count)],
            title: WorkerLink.title(index: index, count: count), environment: workerEnvironment)
        slot.process = process
        slot.ready = false
        slot.answeredSinceSpawn = 0
        fds[process.output] = (slot.index, .output)
        try epoll.add(process.output, .readable)
        fds[process.exitWatch] = (slot.index, .exit)
        try epoll.add(process.exitWatch, .readable)
    }

    private func send(_ slot: WorkerSlot) throws {
        guard let process = slot.process, process.input != -1 else { return }
        while slot.sendOffset < slot.sendBuffer.count {
            let result: IOResult
            do {
                result = try slot.sendBuffer.withUnsafeBytes {
                    try Posix.write(process.input, UnsafeRawBufferPointer(rebasing: $0[slot.sendOffset...]), "write(worker)")
                }
            } catch let error as SystemError where error.errno == EPIPE {
                // The worker is gone; its output's EOF tells the rest.
                slot.sendBuffer.removeAll()
                slot.sendOffset = 0
                return
            }
            guard case .processed(let n) = result else {
                if !slot.inputWatched {
                    fds[process.input] = (slot.index, .input)
                    try epoll.add(process.input, .writable)
                    slot.inputWatched = true
                }
                return
            }
            slot.sendOffset += n
        }
        slot.sendBuffer.removeAll(keepingCapacity: true)
        slot.sendOffset = 0
        unwatchInput(slot)
        if inputsClosed { process.closeInput() }
    }

    func unwatchInput(_ slot: WorkerSlot) {
        guard slot.inputWatched, let process = slot.process else { return }
        epoll.remove(process.input)
        fds[process.input] = nil
        slot.inputWatched = false
    }

    /// The worker's pidfd is readable: it has exited, though its stdout may still be open in a
    /// process it started. What it wrote before is in the pipe; that is read, then it is retired.
    private func exited(_ slot: WorkerSlot) throws {
        guard let process = slot.process, process.hasExited() else { return }
        try readAnswers(slot)
        // Unless the pipe's EOF came with what was left (and a replacement may hold the slot now).
        if slot.process === process { try workerEnded(slot) }
    }

    /// Reads the worker's answer lines; EOF means the worker has exited.
    private func readAnswers(_ slot: WorkerSlot) throws {
        guard let process = slot.process else { return }
        while true {
            let result = try chunk.withUnsafeMutableBytes { try Posix.read(process.output, into: $0, "read(worker)") }
            guard case .processed(let n) = result else { break }
            if n == 0 {
                try takeAnswers(slot)
                try workerEnded(slot)
                return
            }
            slot.readBuffer.append(contentsOf: chunk[..<n])
        }
        try takeAnswers(slot)
    }

    /// Each line is an answer (delivered as is) or a request to try the line again, which goes
    /// back to the scheduler with its new attempt and not-before time.
    private func takeAnswers(_ slot: WorkerSlot) throws {
        var start = 0
        let buffer = slot.readBuffer
        let now = Clock.monotonicNanoseconds()
        while let newline = buffer[start...].firstIndex(of: 0x0A) {
            let line = buffer[start...newline]
            start = newline + 1
            if line.elementsEqual(WorkerWire.ready) {
                slot.ready = true
                continue
            }
            guard let tab = line.firstIndex(of: 0x09), let number = ASCII.integer(line[..<tab], allowsSign: false),
                slot.outstanding[number] != nil
            else {
                preconditionFailure("worker \(slot.index) answered a line it was not given")
            }
            let mark = line[tab + 1]
            if mark == WorkerWire.drainedMark {
                // An early answer's transfer ended: its host and the worker's slot are free.
                guard let job = slot.outstanding.removeValue(forKey: number), slot.answeredEarly.remove(number) != nil else {
                    preconditionFailure("worker \(slot.index) drained a line it had not answered early")
                }
                scheduler.finished(hostKey: job.hostKey, now: now)
                continue
            }
            // An early answer (`~`) keeps the line, and its host, until the drain ends (`=`).
            let early = mark == WorkerWire.earlyMark
            var job = early ? slot.outstanding[number]! : slot.outstanding.removeValue(forKey: number)!
            slot.answeredSinceSpawn += 1
            if early { slot.answeredEarly.insert(number) } else { scheduler.finished(hostKey: job.hostKey, now: now) }
            if mark == UInt8(ascii: "!") {
                guard let again = WorkerWire.again(line[(tab + 2)..<newline]) else {
                    preconditionFailure("worker \(slot.index) sent a malformed retry")
                }
                guard !stopping else { continue }
                job.attempt = again.attempt
                job.scheme = again.scheme
                job.url = again.url
                scheduler.requeue(job, notBefore: now + UInt64(max(0, again.afterMS)) * 1_000_000, now: now)
            } else {
                guard let answer = WorkerWire.answer(line[(tab + (early ? 2 : 1))...]) else {
                    preconditionFailure("worker \(slot.index) sent a malformed answer")
                }
                monitor?.add(
                    status: answer.status, error: answer.error, bytes: answer.bytes, elapsedMS: answer.elapsedMS,
                    attempts: answer.attempts, tlsResumed: answer.tlsResumed, host: job.host, url: job.url)
                try deliver(job.sequence, bytes: answer.line)
            }
        }
        slot.readBuffer.removeFirst(start)
    }
}
