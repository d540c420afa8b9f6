import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// One event loop driving one curl multi handle, in the shape of curl's `ephiperfifo.c`: epoll
/// watches the sockets libcurl names in its socket callback plus one timerfd for its timer
/// callback; the callbacks only (un)register fds and arm the timer, and every libcurl call is made
/// from the loop itself.
///
/// At most `concurrency` transfers are in flight; a finished slot is refilled from the input at
/// once, and the input is read only when a slot is free (so a pipe feeding it gets backpressure).
/// Single-threaded by design: one crawler per thread (or per process, see `--procs`).
public final class Crawler {
    private let configuration: CrawlConfiguration
    private let multi: CurlMulti
    private let epoll: Epoll
    private let timer: TimerFD
    private let urlParser: CurlURLParser
    private var slots: [Transfer] = []
    private var idle: [Transfer] = []
    private var active = 0
    /// fds libcurl asked us to watch, indexed by fd, so the socket callback knows ADD from MOD.
    private var watched: [Bool] = []
    /// An error raised inside a callback, rethrown by the loop once libcurl has returned.
    private var callbackError: (any Error)?
    private var closed = false
    /// `--shard` and `--resume`: lines this run leaves to another machine or an earlier run.
    private var shard: Shard?
    private var skip: AnsweredLines?

    public init(configuration: CrawlConfiguration) throws {
        self.configuration = configuration
        multi = try CurlMulti()
        epoll = try Epoll()
        timer = try TimerFD()
        urlParser = try CurlURLParser()
        try epoll.add(timer.fd, .readable)
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
        self.shard = shard
        self.skip = skip
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
                    try take(line: number, bytes: bytes, numbered: numbered, sink: sink)
                case .overlong(let number):
                    if skip?.contains(number) == true || shard?.keeps(line: number) == false { continue }
                    try sink.emit(
                        CrawlRecord(
                            url: "", line: number, error: .badURL, errorDetail: "line longer than the input buffer"))
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
            try epoll.wait(timeoutMS: -1) { fd, events in
                if fd == timer.fd {
                    try timer.drain()
                    try multi.socketAction(CCurl_socket_timeout(), 0)
                } else if fd == input.fd && inputWatched {
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

    /// Starts a transfer for a URL line, or emits its error record at once if it is not fetchable.
    private func take(line position: Int, bytes: ArraySlice<UInt8>, numbered: Bool, sink: any RecordSink) throws {
        var number = position
        var bytes = bytes
        if numbered {
            // `N<TAB>URL` from the parent process, which already checked the URL.
            guard let tab = bytes.firstIndex(of: 0x09), let n = Int(String(decoding: bytes[..<tab], as: UTF8.self)) else {
                preconditionFailure("malformed line from the parent process")
            }
            number = n
            bytes = bytes[(tab + 1)...]
        }
        guard let text = InputLine.parse(bytes), skip?.contains(number) != true else { return }
        switch text {
        case .invalid(let url, let reason):
            guard shard?.keeps(line: number) != false else { return }
            try sink.emit(CrawlRecord(url: url, line: number, error: .badURL, errorDetail: reason))
        case .url(let url):
            switch urlParser.check(url) {
            case .reject(let kind, let detail):
                guard shard?.keeps(line: number) != false else { return }
                try sink.emit(CrawlRecord(url: url, line: number, error: kind, errorDetail: detail))
            case .fetch(let host):
                if let shard, !shard.keeps(host: host) { return }
                let transfer = idle.removeLast()
                try transfer.prepare(url: url, line: number)
                try multi.add(transfer.easy)
                active += 1
            }
        }
    }

    // MARK: - libcurl callbacks: register fds and arm the timer, nothing else.

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
        do {
            try timer.arm(milliseconds: timeoutMS)
            return 0
        } catch {
            callbackError = error
            return -1
        }
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
        timer.close()
        epoll.close()
    }
}

/// `CURLINFO_PRIVATE`, read in the loop after a transfer finished.
private func easy_private(_ easy: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    var pointer: UnsafeMutableRawPointer?
    _ = CCurl_easy_getinfo_ptr(easy, CURLINFO_PRIVATE, &pointer)
    return pointer
}
