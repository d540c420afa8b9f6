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
        let me = Unmanaged.passUnretained(self).toOpaque()
        try multi.set(CURLMOPT_SOCKETDATA, pointer: me)
        try multi.set(CURLMOPT_TIMERDATA, pointer: me)
        try multi.set(socketCallback: { _, socket, what, user, _ in
            Crawler.from(user).watch(socket: socket, what: what)
        })
        try multi.set(timerCallback: { _, timeoutMS, user in
            Crawler.from(user).armTimer(timeoutMS: timeoutMS)
        })
        for _ in 0..<configuration.concurrency {
            let transfer = try Transfer(configuration: configuration)
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
    /// - Parameters:
    ///   - numbered: input lines are `N<TAB>URL` (from a parent process) rather than bare URLs
    ///     numbered by position.
    ///   - signals: SIGINT, SIGTERM or SIGUSR1 stop input at once and give in-flight transfers
    ///     `grace` seconds; a second SIGINT or SIGTERM ends the run immediately.
    public func run(
        input: LineReader, numbered: Bool = false, sink: any RecordSink, signals: SignalFD? = nil,
        grace: Double = 2, shard: Shard? = nil, skip: AnsweredLines? = nil
    ) throws -> Outcome {
        let router = LineRouter(parser: urlParser, shard: shard, skip: skip)
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

        while true {
            refill: while !idle.isEmpty, !inputDone {
                switch try input.next() {
                case .line(let number, let bytes):
                    try take(numbered ? Crawler.fromParent(bytes) : router.route(number: number, bytes: bytes), sink)
                case .overlong(let number):
                    try take(router.routeOverlong(number: number), sink)
                case .wouldBlock:
                    break refill
                case .end:
                    inputDone = true
                }
            }
            // Watch the input only while a slot is free; a watched pipe whose writer is gone would
            // otherwise report EPOLLHUP on every wait.
            let wantInput = input.isPollable && !inputDone && !idle.isEmpty
            if wantInput != inputWatched {
                if wantInput { try epoll.add(input.fd, .readable) } else { epoll.remove(input.fd) }
                inputWatched = wantInput
            }
            if (inputDone && active == 0) || abandon { break }
            try sink.flush()
            try epoll.wait(timeoutMS: waitTimeoutMS()) { fd, events in
                if fd == input.fd && inputWatched {
                    input.readable = true
                } else if let signals, fd == signals.fd {
                    while let signal = try signals.next() {
                        if stopSignal == nil {
                            stopSignal = signal
                            inputDone = true
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
                try sink.emit(transfer.finish(result: result))
            }
        }
        if inputWatched { epoll.remove(input.fd) }
        if abandon { try abandonInFlight() }
        try sink.flush()
        guard let stopSignal else { return .completed }
        return .interrupted(signal: stopSignal == SIGUSR1 ? SIGTERM : stopSignal)
    }

    /// Drops the transfers still running after the grace period: no record, as they have no answer.
    private func abandonInFlight() throws {
        for transfer in slots where !idle.contains(where: { $0 === transfer }) {
            try multi.remove(transfer.easy)
            idle.append(transfer)
        }
        active = 0
    }

    /// Starts a transfer for a routed line, or emits its record at once.
    private func take(_ route: LineRouter.Route, _ sink: any RecordSink) throws {
        switch route {
        case .ignore:
            return
        case .answer(let record):
            try sink.emit(record)
        case .fetch(let url, let line, _):
            let transfer = idle.removeLast()
            try transfer.prepare(url: url, line: line)
            try multi.add(transfer.easy)
            active += 1
        }
    }

    /// A `N<TAB>URL` line from the `--procs` parent, which already routed and checked it.
    private static func fromParent(_ bytes: ArraySlice<UInt8>) -> LineRouter.Route {
        guard let tab = bytes.firstIndex(of: 0x09), let number = Int(String(decoding: bytes[..<tab], as: UTF8.self)) else {
            preconditionFailure("malformed line from the parent process")
        }
        return .fetch(url: String(decoding: bytes[(tab + 1)...], as: UTF8.self), line: number, hostHash: 0)
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

    /// The `epoll_wait` timeout that wakes the loop at libcurl's deadline, rounded up to whole
    /// milliseconds so the loop never spins on a deadline less than 1 ms away.
    private func waitTimeoutMS() -> Int32 {
        guard let deadline = curlDeadline else { return -1 }
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
