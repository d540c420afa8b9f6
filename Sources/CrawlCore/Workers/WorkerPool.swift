#if canImport(Glibc)
import Glibc
#endif

/// The parent of `--procs N`: reads the input as a stream, shards it across N worker processes by
/// host, and writes their results to stdout, whole lines only, from this one process.
///
/// It is a single-threaded event loop (epoll) over the input, each worker's pipes, a signalfd and
/// a deadline timer. A worker gets at most `window` lines it has not answered yet; input is read
/// only while some worker is below that, so the parent never reads far ahead of the workers.
/// Lines for a worker that is full wait in its `LineQueue` (spilling to disk), so one huge host
/// cannot hold up the others.
public final class WorkerPool {
    public struct Options: Sendable {
        public var workers: Int
        /// The worker command: usually `/proc/self/exe` and `_worker` with the crawl options.
        public var executable: String
        public var workerArguments: [String]
        /// Lines sent to a worker and not yet answered, at most.
        public var window: Int
        /// Seconds in-flight transfers get after SIGINT/SIGTERM.
        public var grace: Double
        /// Emit in input order (bounded reorder buffer) instead of completion order.
        public var ordered: Bool
        public var shard: Shard?
        /// Input lines already answered by an earlier run (`--resume`).
        public var skip: AnsweredLines?

        public init(
            workers: Int, executable: String, workerArguments: [String], window: Int, grace: Double,
            ordered: Bool = false, shard: Shard? = nil, skip: AnsweredLines? = nil
        ) {
            self.workers = workers
            self.executable = executable
            self.workerArguments = workerArguments
            self.window = window
            self.grace = grace
            self.ordered = ordered
            self.shard = shard
            self.skip = skip
        }
    }

    private let options: Options
    private let epoll: Epoll
    private let deadline: TimerFD
    private let urlParser: CurlURLParser
    private let router: LineRouter
    private let encoder = JSONLinesWriter()
    private(set) var slots: [WorkerSlot] = []
    /// fd → (slot index, true for the worker's output / false for its input).
    private var fds: [Int32: (slot: Int, isOutput: Bool)] = [:]
    private var out: [UInt8] = []
    /// Reused for every read from a worker: the hot path allocates nothing per event.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private let outputFD: Int32
    private var order = ReorderBuffer()
    private var nextSequence = 0
    private var inputDone = false
    private var stopSignal: Int32?
    private var closed = false

    public init(options: Options, outputFD: Int32 = STDOUT_FILENO) throws {
        precondition(options.workers >= 1 && options.window >= 1)
        self.options = options
        self.outputFD = outputFD
        epoll = try Epoll()
        deadline = try TimerFD()
        urlParser = try CurlURLParser()
        router = LineRouter(parser: urlParser, shard: options.shard, skip: options.skip)
        try epoll.add(deadline.fd, .readable)
        slots = (0..<options.workers).map { WorkerSlot(index: $0) }
    }

    deinit {
        assert(closed, "WorkerPool was not closed")
    }

    /// Runs until every input line is answered, or a signal from `signals` stops the run.
    public func run(input: LineReader, signals: SignalFD) throws -> Crawler.Outcome {
        try epoll.add(signals.fd, .readable)
        defer { epoll.remove(signals.fd) }
        for slot in slots { try spawn(slot) }
        var inputWatched = false
        do {
            while true {
                try readInput(input)
                for slot in slots { try feed(slot) }
                let wantInput = input.isPollable && !inputDone && hasRoom
                if wantInput != inputWatched {
                    if wantInput { try epoll.add(input.fd, .readable) } else { epoll.remove(input.fd) }
                    inputWatched = wantInput
                }
                if inputDone && slots.allSatisfy({ $0.process == nil }) { break }
                try flushOutput()
                try epoll.wait(timeoutMS: -1) { fd, _ in
                    if fd == input.fd && inputWatched {
                        input.readable = true
                    } else if fd == signals.fd {
                        while let signal = try signals.next() { try received(signal) }
                    } else if fd == deadline.fd {
                        try deadline.drain()
                        killAll()
                    } else if let (index, isOutput) = fds[fd] {
                        if isOutput { try readAnswers(slots[index]) } else { try send(slots[index]) }
                    }
                }
            }
        } catch let error as OutputClosed {
            killAll()
            for slot in slots where slot.process != nil { retire(slot) }
            throw error
        }
        if inputWatched { epoll.remove(input.fd) }
        for bytes in order.drainAll() { out.append(contentsOf: bytes) }
        try flushOutput()
        guard let stopSignal else { return .completed }
        return .interrupted(signal: stopSignal)
    }

    public func close() {
        guard !closed else { return }
        closed = true
        killAll()
        for slot in slots {
            if slot.process != nil { retire(slot) }
            slot.queue.close()
        }
        urlParser.close()
        deadline.close()
        epoll.close()
    }

    // MARK: - State the lifecycle extension uses

    var stopping: Bool { stopSignal != nil }
    var inputIsDone: Bool { inputDone }
    var grace: Double { options.grace }

    func beginStopping(_ signal: Int32) {
        stopSignal = signal
        inputDone = true
    }

    func armDeadline(seconds: Double) throws {
        try deadline.arm(milliseconds: Int(seconds * 1000))
    }

    func deliver(record: CrawlRecord, sequence: Int) throws {
        try deliver(sequence, record)
    }

    func spawnReplacement(_ slot: WorkerSlot) throws {
        try spawn(slot)
    }

    func unwatch(_ slot: WorkerSlot, _ process: WorkerProcess) {
        unwatchInput(slot)
        if process.output != -1 {
            epoll.remove(process.output)
            fds[process.output] = nil
        }
    }

    // MARK: - Input

    /// Lines waiting in all queues, at most: past this even a hungry worker waits, so a list that
    /// is all one host is not read to its end into that host's spill file.
    static let queuedLimit = 1_000_000

    /// True while the workers together can take more lines (or none can take any ever again).
    /// Idle workers steal queued lines (see `feed`), so the input is read only as far as all the
    /// windows together reach: a list that is all one host is not read ahead into a spill file.
    private var hasRoom: Bool {
        if options.ordered && order.count >= options.workers * options.window * 4 { return false }
        if slots.reduce(0, { $0 + $1.queue.count }) >= WorkerPool.queuedLimit { return false }
        let live = slots.reduce(0) { $0 + ($1.process != nil && !$1.gaveUp ? 1 : 0) }
        if live == 0 { return slots.allSatisfy { $0.gaveUp } }
        return slots.reduce(0, { $0 + $1.queue.count + $1.outstanding.count }) < live * options.window
    }

    private func readInput(_ input: LineReader) throws {
        while !inputDone, hasRoom {
            switch try input.next() {
            case .line(let number, let bytes):
                try take(router.route(number: number, bytes: bytes))
            case .overlong(let number):
                try take(router.routeOverlong(number: number))
            case .wouldBlock:
                return
            case .end:
                inputDone = true
            }
        }
    }

    /// Answers a routed line at once, or queues it for the worker its host hashes to.
    private func take(_ route: LineRouter.Route) throws {
        switch route {
        case .ignore:
            return
        case .answer(let record):
            try emitLocal(record)
        case .fetch(let url, let number, let hash):
            let slot = slots[HostHash.worker(hash, of: slots.count)]
            let line = QueuedLine(number: number, sequence: nextSequence, attempt: 1, url: url)
            nextSequence += 1
            if slot.gaveUp {
                try deliver(line.sequence, crashedRecord(line, slot.lastDeath))
            } else {
                try slot.queue.append(line)
            }
        }
    }

    // MARK: - Output

    private func emitLocal(_ record: CrawlRecord) throws {
        let sequence = nextSequence
        nextSequence += 1
        try deliver(sequence, record)
    }

    private func deliver(_ sequence: Int, _ record: CrawlRecord) throws {
        var bytes = encoder.encode(record)
        bytes.append(0x0A)
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
        try out.withUnsafeBytes { try writeAll(outputFD, $0) }
    }

    // MARK: - Workers

    private func spawn(_ slot: WorkerSlot) throws {
        let process = try WorkerProcess(executable: options.executable, arguments: options.workerArguments)
        slot.process = process
        slot.answeredSinceSpawn = 0
        fds[process.output] = (slot.index, true)
        try epoll.add(process.output, .readable)
    }

    /// Moves queued lines into the worker's send buffer, up to its window, and sends what it can.
    ///
    /// A worker takes its own hosts' lines first (its connections to them are open), then steals
    /// from the longest other queue: a host is not tied to one worker, so a list of one host, or
    /// one huge host among small ones, still keeps every worker busy. (Measured: one host at
    /// `--procs 2 -c 64` and 100 ms a page ran at 2.06x the ideal time before, one worker idle.)
    private func feed(_ slot: WorkerSlot) throws {
        guard let process = slot.process, process.input != -1 else { return }
        while slot.outstanding.count < options.window, let line = try slot.queue.popFirst() ?? stealLine() {
            slot.outstanding[line.number] = line
            slot.sendBuffer.append(contentsOf: "\(line.number)\t\(line.url)\n".utf8)
        }
        try send(slot)
        let noneQueued = slots.allSatisfy { $0.queue.isEmpty }
        if ((inputDone && noneQueued) || stopSignal != nil) && slot.queue.isEmpty && slot.sendBuffer.isEmpty {
            // Nothing more will come for it: the worker finishes what it has and exits.
            unwatchInput(slot)
            process.closeInput()
        }
    }

    /// The first line of the longest queue, if any line is queued at all.
    private func stealLine() throws -> QueuedLine? {
        guard let donor = slots.max(by: { $0.queue.count < $1.queue.count }), !donor.queue.isEmpty else { return nil }
        return try donor.queue.popFirst()
    }

    private func send(_ slot: WorkerSlot) throws {
        guard let process = slot.process, process.input != -1 else { return }
        while slot.sendOffset < slot.sendBuffer.count {
            let n = slot.sendBuffer.withUnsafeBytes {
                write(process.input, $0.baseAddress! + slot.sendOffset, $0.count - slot.sendOffset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    if !slot.inputWatched {
                        fds[process.input] = (slot.index, false)
                        try epoll.add(process.input, .writable)
                        slot.inputWatched = true
                    }
                    return
                }
                // EPIPE: the worker is gone; its output's EOF tells the rest.
                slot.sendBuffer.removeAll()
                slot.sendOffset = 0
                return
            }
            slot.sendOffset += n
        }
        slot.sendBuffer.removeAll(keepingCapacity: true)
        slot.sendOffset = 0
        unwatchInput(slot)
    }

    func unwatchInput(_ slot: WorkerSlot) {
        guard slot.inputWatched, let process = slot.process else { return }
        epoll.remove(process.input)
        fds[process.input] = nil
        slot.inputWatched = false
    }

    /// Reads the worker's `N<TAB>{json}` lines; EOF means the worker has exited.
    private func readAnswers(_ slot: WorkerSlot) throws {
        guard let process = slot.process else { return }
        while true {
            let n = chunk.withUnsafeMutableBytes { read(process.output, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { break }
                throw SystemError(errno: errno, call: "read(worker)")
            }
            if n == 0 {
                try takeAnswers(slot)
                try workerEnded(slot)
                return
            }
            slot.readBuffer.append(contentsOf: chunk[..<n])
        }
        try takeAnswers(slot)
    }

    private func takeAnswers(_ slot: WorkerSlot) throws {
        var start = 0
        let buffer = slot.readBuffer
        while let newline = buffer[start...].firstIndex(of: 0x0A) {
            let line = buffer[start...newline]
            start = newline + 1
            guard let tab = line.firstIndex(of: 0x09), let number = Int(String(decoding: line[..<tab], as: UTF8.self)),
                let queued = slot.outstanding.removeValue(forKey: number)
            else {
                preconditionFailure("worker \(slot.index) answered a line it was not given")
            }
            slot.answeredSinceSpawn += 1
            try deliver(queued.sequence, bytes: line[(tab + 1)...])
        }
        slot.readBuffer.removeFirst(start)
    }
}
