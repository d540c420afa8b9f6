import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// One event loop driving one curl multi handle, in the shape of curl's `ephiperfifo.c`: epoll
/// watches the sockets libcurl names in its socket callback, and the deadline its timer callback
/// sets becomes the `epoll_wait` timeout; the callbacks only (un)register fds and record the
/// deadline, and every libcurl call is made from the loop itself.
///
/// The deadline is kept in memory rather than in a timerfd (as `ephiperfifo.c` does) because
/// libcurl re-arms its timer several times per transfer, and `timerfd_settime` measured 11 % of
/// all CPU time at 20,000 pages (BENCHMARKS.md).
///
/// At most `concurrency` transfers are in flight; a finished slot is refilled from the input at
/// once, and the input is read only when a slot is free (so a pipe feeding it gets backpressure).
/// Single-threaded by design: one crawler per thread (or per process, see `--procs`).
public final class Crawler {
    private let configuration: CrawlConfiguration
    private let multi: CurlMulti
    private let epoll: Epoll
    /// libcurl's single timeout, as a monotonic deadline in nanoseconds (nil = none).
    private var curlDeadline: UInt64?
    private let urlParser: CurlURLParser
    private let resources: TransferResources
    private var slots: [Transfer] = []
    private var idle: [Transfer] = []
    private var active = 0
    /// fds libcurl asked us to watch, indexed by fd, so the socket callback knows ADD from MOD.
    private var watched: [Bool] = []
    /// An error raised inside a callback, rethrown by the loop once libcurl has returned.
    private var callbackError: (any Error)?
    private var closed = false

    public init(configuration: CrawlConfiguration) throws {
        self.configuration = configuration
        multi = try CurlMulti()
        epoll = try Epoll()
        urlParser = try CurlURLParser()
        resources = try TransferResources(configuration)
        let me = Unmanaged.passUnretained(self).toOpaque()
        try multi.set(CURLMOPT_SOCKETDATA, pointer: me)
        try multi.set(CURLMOPT_TIMERDATA, pointer: me)
        if configuration.httpVersion == .http2PriorKnowledge && Transfer.h2cReuseBroken {
            try multi.set(CURLMOPT_PIPELINING, Int(CURLPIPE_NOTHING))
        }
        try multi.set(socketCallback: { _, socket, what, user, _ in
            Crawler.from(user).watch(socket: socket, what: what)
        })
        try multi.set(timerCallback: { _, timeoutMS, user in
            Crawler.from(user).armTimer(timeoutMS: timeoutMS)
        })
        for _ in 0..<configuration.concurrency {
            let transfer = try Transfer(configuration: configuration, shared: resources)
            slots.append(transfer)
            idle.append(transfer)
        }
    }

    deinit {
        assert(closed, "Crawler was not closed")
    }

    private static func from(_ pointer: UnsafeMutableRawPointer?) -> Crawler {
        Unmanaged<Crawler>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        /// Every input line was answered.
        case completed
        /// A signal stopped the run: input reading stopped, transfers that finished within the grace
        /// period were emitted, the rest were abandoned without a record.
        case interrupted(signal: Int32)
    }

    /// Crawls every URL line of `input`, handing one record per URL line to `sink`, in completion
    /// order. Returns when the input is exhausted and every transfer has finished, or when a signal
    /// from `signals` stops the run.
    ///
    /// `--per-host`, `--delay`, `--rate` and retries are applied here (see `HostScheduler`).
    ///
    /// - Parameters:
    ///   - signals: SIGINT, SIGTERM or SIGUSR1 stop input at once and give in-flight transfers
    ///     `grace` seconds; a second SIGINT or SIGTERM ends the run immediately. Lines read but not
    ///     started, and retries not yet due, are dropped without a record (`--resume` finds them).
    public func run(
        input: LineReader, sink: any RecordSink, signals: SignalFD? = nil,
        grace: Double = 2, shard: Shard? = nil, skip: AnsweredLines? = nil, monitor: RunMonitor? = nil
    ) throws -> Outcome {
        try run(source: input, sink: sink, signals: signals, grace: grace, shard: shard, skip: skip, monitor: monitor)
    }

    /// `run(input:…)` over any source of lines; `control` adds what a library caller needs: a
    /// consumer that may fall behind (no new transfer starts while it has no room) and cancellation.
    func run(
        source: any LineSource, sink: any RecordSink, signals: SignalFD? = nil, grace: Double = 2,
        shard: Shard? = nil, skip: AnsweredLines? = nil, monitor: RunMonitor? = nil, control: LoopControl? = nil,
        everyLineIsAURL: Bool = false
    ) throws -> Outcome {
        let router = LineRouter(parser: urlParser, shard: shard, skip: skip, everyLineIsAURL: everyLineIsAURL)
        let scheduler = HostScheduler(policy: configuration.politeness, now: Clock.monotonicNanoseconds())
        var hooks = LoopHooks(
            emit: { record, host in
                monitor?.add(record, host: host)
                try sink.emit(record)
            },
            flush: sink.flush,
            route: {
                switch $0 {
                case .line(let number, let bytes): router.route(number: number, bytes: bytes)
                case .overlong(let number): router.routeOverlong(number: number)
                }
            },
            again: { job, afterMS, now in
                scheduler.requeue(job, notBefore: now + UInt64(afterMS) * 1_000_000, now: now)
            })
        hooks.monitor = monitor
        hooks.control = control
        return try loop(input: source, scheduler: scheduler, signals: signals, grace: grace, hooks)
    }

    /// The loop of a `--procs` worker: `N<TAB>attempt<TAB>scheme<TAB>URL` lines from the parent,
    /// which has already applied every rule to them, are started as they come; each answer goes
    /// back as `N<TAB>{json}`, and an attempt to be repeated as `N<TAB>!<ms><TAB>attempt<TAB>scheme<TAB>URL`,
    /// for the parent's scheduler to place.
    ///
    /// - Parameter crashMarker: test hook (`CRAWL_TEST_CRASH_ON`): the process aborts instead of
    ///   answering a URL that contains it, so tests can make a worker die on a chosen URL.
    public func runAsWorker(
        input: LineReader, output: RecordWriter, signals: SignalFD, grace: Double, crashMarker: String? = nil
    ) throws -> Outcome {
        let scheduler = HostScheduler(policy: HostScheduler.Policy(), now: Clock.monotonicNanoseconds())
        try output.announceReady()
        let emit: (CrawlRecord) throws -> Void = { record in
            if let crashMarker, record.url.contains(crashMarker) {
                try output.flush()
                abort()
            }
            try output.emit(record)
        }
        let hooks = LoopHooks(
            emit: { record, _ in try emit(record) }, flush: output.flush,
            route: {
                guard case .line(_, let bytes) = $0, let job = WorkerWire.job(bytes) else {
                    preconditionFailure("malformed line from the parent process")
                }
                return .fetch(job)
            },
            again: { job, afterMS, _ in try output.giveBack(job, afterMS: afterMS) })
        return try loop(input: input, scheduler: scheduler, signals: signals, grace: grace, hooks)
    }

    enum InputItem {
        case line(Int, ArraySlice<UInt8>)
        case overlong(Int)
    }

    /// What differs between the loop of a run, of a worker and of a library caller.
    struct LoopHooks {
        /// A finished record, with the host it was fetched from (nil when it was not fetched).
        var emit: (CrawlRecord, String?) throws -> Void
        var flush: () throws -> Void
        var route: (InputItem) -> LineRouter.Route
        /// An attempt to repeat after `afterMS`; the last argument is now.
        var again: (Job, Int, UInt64) throws -> Void
        var monitor: RunMonitor? = nil
        var control: LoopControl? = nil
    }

    private func loop(
        input: any LineSource, scheduler: HostScheduler, signals: SignalFD?, grace: Double, _ hooks: LoopHooks
    ) throws -> Outcome {
        let emit = hooks.emit
        let flush = hooks.flush
        let route = hooks.route
        let again = hooks.again
        let monitor = hooks.monitor
        let control = hooks.control
        var inputDone = false
        var inputWatched = false
        var stopSignal: Int32?
        var abandon = false
        let graceTimer = try TimerFD()
        defer { graceTimer.close() }
        try epoll.add(graceTimer.fd, .readable)
        defer { epoll.remove(graceTimer.fd) }
        if let signals { try epoll.add(signals.fd, .readable) }
        defer { if let signals { epoll.remove(signals.fd) } }
        if let control { try epoll.add(control.fd, .readable) }
        defer { if let control { epoll.remove(control.fd) } }

        while true {
            let now = Clock.monotonicNanoseconds()
            // Start what the rules allow; read more input only while a slot is still free, so a
            // host at its limit makes the loop look further down the list for other hosts.
            refill: while !idle.isEmpty && control?.hasRoom != false {
                if let job = scheduler.next(now: now) {
                    try start(job)
                    continue
                }
                guard !inputDone, !scheduler.outOfTokens, scheduler.waiting < Crawler.lookahead else { break }
                let item: InputItem
                switch try input.next() {
                case .line(let number, let bytes): item = .line(number, bytes)
                case .overlong(let number): item = .overlong(number)
                case .wouldBlock: break refill
                case .end:
                    inputDone = true
                    break refill
                }
                switch route(item) {
                case .ignore: break
                case .answer(let record): try emit(record, nil)
                case .fetch(let job): scheduler.enqueue(job, now: now)
                }
            }
            // Watch the input only while a slot is free; a watched pipe whose writer is gone would
            // otherwise report EPOLLHUP on every wait.
            let wantInput = input.isPollable && !inputDone && !idle.isEmpty && control?.hasRoom != false
                && !scheduler.outOfTokens
                && scheduler.waiting < Crawler.lookahead
            if wantInput != inputWatched {
                if wantInput { try epoll.add(input.fd, .readable) } else { epoll.remove(input.fd) }
                inputWatched = wantInput
            }
            if (inputDone && active == 0 && scheduler.waiting == 0) || abandon { break }
            try flush()
            monitor?.tick(inFlight: active)
            var wake = scheduler.wakeTime(now: Clock.monotonicNanoseconds())
            if let redraw = monitor?.wakeTime { wake = min(wake ?? redraw, redraw) }
            try epoll.wait(timeoutMS: waitTimeoutMS(wake)) { fd, events in
                if fd == input.fd && inputWatched {
                    input.readable = true
                } else if let control, fd == control.fd {
                    // The consumer took records, or cancelled: either way the flags say which.
                    control.drain()
                    if control.isCancelled { abandon = true }
                } else if let signals, fd == signals.fd {
                    while let signal = try signals.next() {
                        if stopSignal == nil {
                            stopSignal = signal
                            inputDone = true
                            _ = scheduler.drainWaiting()
                            try graceTimer.arm(milliseconds: Int(grace * 1000))
                        } else if signal != SIGUSR1 {
                            abandon = true
                        }
                    }
                } else if fd == graceTimer.fd {
                    try graceTimer.drain()
                    abandon = true
                } else {
                    var bits: Int32 = 0
                    if !events.isDisjoint(with: [.readable, .hangup]) { bits |= CURL_CSELECT_IN }
                    if events.contains(.writable) { bits |= CURL_CSELECT_OUT }
                    if events.contains(.error) { bits |= CURL_CSELECT_ERR }
                    try multi.socketAction(fd, bits)
                }
                if let error = callbackError { throw error }
            }
            if let deadline = curlDeadline, deadline <= Clock.monotonicNanoseconds() {
                curlDeadline = nil
                try multi.socketAction(CCurl_socket_timeout(), 0)
                if let error = callbackError { throw error }
            }
            try multi.drainCompleted { easy, result in
                let transfer = Transfer.from(easy_private(easy))
                try multi.remove(transfer.easy)
                active -= 1
                idle.append(transfer)
                let now = Clock.monotonicNanoseconds()
                scheduler.finished(hostKey: transfer.job.hostKey, now: now)
                switch transfer.finish(result: result) {
                case .record(let record):
                    try emit(record, transfer.job.host)
                case .again(let job, let afterMS):
                    // A stopping run starts nothing new: the line is left for `--resume`.
                    if stopSignal == nil { try again(job, afterMS, now) }
                }
            }
        }
        if inputWatched { epoll.remove(input.fd) }
        if abandon { try abandonInFlight() }
        try flush()
        guard let stopSignal else { return .completed }
        return .interrupted(signal: stopSignal == SIGUSR1 ? SIGTERM : stopSignal)
    }

    /// Lines read ahead of what may start, at most: past this, a list whose first 50,000 lines
    /// all wait on busy hosts holds back the hosts after them (shuffle such a list).
    static let lookahead = 50_000

    /// Drops the transfers still running after the grace period: no record, as they have no answer.
    private func abandonInFlight() throws {
        for transfer in slots where !idle.contains(where: { $0 === transfer }) {
            try multi.remove(transfer.easy)
            idle.append(transfer)
        }
        active = 0
    }

    private func start(_ job: Job) throws {
        let transfer = idle.removeLast()
        try transfer.prepare(job)
        try multi.add(transfer.easy)
        active += 1
    }

    // MARK: - libcurl callbacks: register fds and record the deadline, nothing else.

    private func watch(socket: curl_socket_t, what: Int32) -> Int32 {
        let fd = Int(socket)
        if fd >= watched.count { watched.append(contentsOf: repeatElement(false, count: fd + 64 - watched.count)) }
        if what == CURL_POLL_REMOVE {
            if watched[fd] { epoll.remove(socket) }
            watched[fd] = false
            return 0
        }
        var events: Epoll.Events = []
        if what & CURL_POLL_IN != 0 { events.insert(.readable) }
        if what & CURL_POLL_OUT != 0 { events.insert(.writable) }
        do {
            if watched[fd] { try epoll.modify(socket, events) } else { try epoll.add(socket, events) }
            watched[fd] = true
            return 0
        } catch {
            callbackError = error
            return -1
        }
    }

    private func armTimer(timeoutMS: Int) -> Int32 {
        curlDeadline = timeoutMS < 0 ? nil : Clock.monotonicNanoseconds() + UInt64(timeoutMS) * 1_000_000
        return 0
    }

    /// The `epoll_wait` timeout that wakes the loop at libcurl's deadline or the scheduler's, rounded
    /// up to whole milliseconds so the loop never spins on a deadline less than 1 ms away.
    private func waitTimeoutMS(_ schedulerWake: UInt64?) -> Int32 {
        var deadline = curlDeadline
        if let schedulerWake { deadline = min(deadline ?? schedulerWake, schedulerWake) }
        guard let deadline else { return -1 }
        let now = Clock.monotonicNanoseconds()
        guard deadline > now else { return 0 }
        return Int32(clamping: (deadline - now + 999_999) / 1_000_000)
    }

    /// Releases every libcurl handle, then the fds. libcurl may still call the socket callback
    /// during `curl_multi_cleanup`, so epoll is closed last and this object is still alive.
    public func close() {
        guard !closed else { return }
        closed = true
        for transfer in slots {
            _ = try? multi.remove(transfer.easy)
            transfer.close()
        }
        slots.removeAll()
        idle.removeAll()
        multi.close()
        resources.close()
        urlParser.close()
        epoll.close()
    }
}

/// `CURLINFO_PRIVATE`, read in the loop after a transfer finished.
private func easy_private(_ easy: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    var pointer: UnsafeMutableRawPointer?
    _ = CCurl_easy_getinfo_ptr(easy, CURLINFO_PRIVATE, &pointer)
    return pointer
}
