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
    /// Resolves each request's host before libcurl gets it; nil when a proxy resolves instead.
    private let resolver: Resolver?
    /// Slots waiting for their host's answer, by host (one query serves them all).
    private var waitingForDNS: [String: [(transfer: Transfer, port: Int, askedAt: UInt64)]] = [:]
    /// Slots whose request ended before reaching libcurl (no such host, a redirect crawl does not
    /// follow), for the loop to complete like any other.
    private var endedOutside: [(Transfer, AttemptOutcome)] = []
    /// `host:port` pairs the user's `--resolve` answers: libcurl resolves those itself.
    private let userResolved: Set<String>
    private var closed = false

    public init(configuration: CrawlConfiguration) throws {
        self.configuration = configuration
        userResolved = Set(configuration.resolve.compactMap(Crawler.resolveKey))
        var acquired = CleanupStack()
        do {
            let multi = try CurlMulti()
            acquired.push(multi.close)
            let epoll = try Epoll()
            acquired.push(epoll.close)
            let urlParser = try CurlURLParser()
            acquired.push(urlParser.close)
            let resources = try TransferResources(configuration)
            acquired.push(resources.close)
            resolver = Crawler.proxyResolves(configuration) ? nil : try Resolver(epoll: epoll, servers: configuration.dnsServers)
            (self.multi, self.epoll, self.urlParser, self.resources) = (multi, epoll, urlParser, resources)
        } catch {
            acquired.unwind()
            throw error
        }
        // Everything is owned now: `close()` releases what the rest acquired, if it throws.
        do {
            try configureMulti()
            for _ in 0..<configuration.concurrency {
                let transfer = try Transfer(configuration: configuration, shared: resources)
                slots.append(transfer)
                idle.append(transfer)
            }
        } catch {
            close()
            throw error
        }
    }

    private func configureMulti() throws {
        let me = Unmanaged.passUnretained(self).toOpaque()
        try multi.set(CURLMOPT_SOCKETDATA, pointer: me)
        try multi.set(CURLMOPT_TIMERDATA, pointer: me)
        if configuration.httpVersion == .http2PriorKnowledge && Transfer.h2cReuseBroken {
            try multi.set(CURLMOPT_PIPELINING, Int(CURLPIPE_NOTHING))
        }
        try multi.set(CURLMOPT_MAXCONNECTS, Crawler.connectionCacheSize(concurrency: configuration.concurrency))
        try multi.set(socketCallback: { _, socket, what, user, _ in
            Crawler.from(user).watch(socket: socket, what: what)
        })
        try multi.set(timerCallback: { _, timeoutMS, user in
            Crawler.from(user).armTimer(timeoutMS: timeoutMS)
        })
    }

    deinit {
        assert(closed, "Crawler was not closed")
    }

    /// With a proxy, the proxy resolves the hosts it reaches (`socks5h://`, http proxies) or libcurl
    /// does (`socks5://`); the crawler's resolver stays out of the way for the whole run.
    static func proxyResolves(_ configuration: CrawlConfiguration) -> Bool {
        if configuration.proxy != nil { return true }
        let names: [String] = ["http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
        return names.contains { name in getenv(name).map { $0.pointee != 0 } ?? false }
    }

    /// `host:port` of a `--resolve` entry (`host:port:addr`, `+host:port:addr`, `-host:port`).
    static func resolveKey(_ entry: String) -> String? {
        var text = Substring(entry)
        if text.first == "+" || text.first == "-" { text = text.dropFirst() }
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        return "\(parts[0].lowercased()):\(parts[1])"
    }

    /// Connections the multi handle keeps open, in use and idle together: twice the transfers in
    /// flight, so up to one idle connection per slot waits for its host's next URL and the least
    /// recently used one is closed when a new host needs room. libcurl's own default is 4 × the
    /// handles added, and every idle connection holds its TLS state (~40 KB with HTTP/2). Measured
    /// on the realnet benchmark at -c 256 over 2,500 hosts (BENCHMARKS.md): 4 × C gave 79 MB RSS
    /// per worker, 2 × C 59 MB at the same speed, 1 × C 51 MB but 25 % slower (fewer reuses).
    static func connectionCacheSize(concurrency: Int) -> Int { 2 * concurrency }

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

        init(interruptedBy signal: Int32?) {
            self = signal.map { .interrupted(signal: $0) } ?? .completed
        }
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
            route: router.route,
            again: { job, afterMS, now in
                scheduler.requeue(job, notBefore: now + UInt64(afterMS) * 1_000_000, now: now)
            })
        hooks.monitor = monitor
        hooks.control = control
        return try loop(input: source, scheduler: scheduler, signals: signals, grace: grace, hooks)
    }

    /// What differs between the loop of a run, of a worker and of a library caller.
    struct LoopHooks {
        /// A finished record, with the host it was fetched from (nil when it was not fetched).
        var emit: (CrawlRecord, String?) throws -> Void
        var flush: () throws -> Void
        /// A `.line` or `.overlong` from the input.
        var route: (LineReader.Next) -> LineRouter.Route
        /// An attempt to repeat after `afterMS`; the last argument is now.
        var again: (Job, Int, UInt64) throws -> Void
        var monitor: RunMonitor? = nil
        var control: LoopControl? = nil
        /// This loop schedules (not a worker, whose parent decided): it sets `keepsConnection`.
        var schedules = true
        /// A record written while its transfer still drains the body (`Transfer.answerEarly`);
        /// nil: as any record, through `emit`.
        var answeredEarly: ((CrawlRecord, Job) throws -> Void)? = nil
        /// That transfer's end: its slot, and its host's, are free only now.
        var drained: ((Job) throws -> Void)? = nil
    }

    func loop(
        input: any LineSource, scheduler: HostScheduler, signals: SignalFD?, grace: Double, _ hooks: LoopHooks
    ) throws -> Outcome {
        let emit = hooks.emit
        let flush = hooks.flush
        let route = hooks.route
        let again = hooks.again
        let monitor = hooks.monitor
        let control = hooks.control
        let readAhead = hooks.schedules ? Crawler.readAhead(concurrency: configuration.concurrency) : 0
        var inputDone = false
        let eventLoop = try EventLoop(epoll: epoll, signals: signals, grace: grace, input: input.fd)
        defer { eventLoop.close() }
        if let control { try epoll.add(control.fd, .readable) }
        defer { if let control { epoll.remove(control.fd) } }

        /// The end of a job's attempt, wherever it ended: the slot is free again.
        func complete(_ transfer: Transfer, _ outcome: AttemptOutcome?) throws {
            active -= 1
            idle.append(transfer)
            let now = Clock.monotonicNanoseconds()
            scheduler.finished(hostKey: transfer.job.hostKey, now: now)
            switch outcome {
            case .record(let record)?:
                try emit(record, transfer.job.host)
            case .again(let job, let afterMS)?:
                // A stopping run starts nothing new: the line is left for `--resume`.
                if !eventLoop.lifecycle.isStopping { try again(job, afterMS, now) }
            case nil:
                // Answered early; the drain for the connection is over.
                try hooks.drained?(transfer.job)
            }
        }

        /// Titles that became known during the last libcurl calls, on bodies still arriving.
        func answerEarly() throws {
            guard !resources.earlyAnswers.isEmpty else { return }
            let ready = resources.earlyAnswers
            resources.earlyAnswers.removeAll(keepingCapacity: true)
            for transfer in ready where transfer.awaitsEarlyAnswer {
                let record = transfer.answerEarly()
                if let early = hooks.answeredEarly { try early(record, transfer.job) } else { try emit(record, transfer.job.host) }
            }
        }

        while true {
            let now = Clock.monotonicNanoseconds()
            // Start what the rules allow; read more input while a slot is still free, so a host
            // at its limit makes the loop look further down the list for other hosts, and up to
            // `readAhead` lines anyway, so each start knows whether its host comes again.
            var blocked = false
            refill: while true {
                let room = !idle.isEmpty && control?.hasRoom != false
                let mayRead = !blocked && !inputDone && !scheduler.outOfTokens && scheduler.waiting < Crawler.lookahead
                // The read-ahead first, so even the first URL of a host knows whether more follow.
                let readFirst = mayRead && scheduler.waiting < readAhead
                if !readFirst, room, var job = scheduler.next(now: now) {
                    if hooks.schedules { job.keepsConnection = scheduler.hasMore(hostKey: job.hostKey) }
                    try start(job)
                    continue
                }
                guard readFirst || (mayRead && room) else { break }
                let item = try input.next()
                switch item {
                case .line, .overlong: break
                case .wouldBlock:
                    blocked = true
                    continue
                case .end:
                    inputDone = true
                    continue
                }
                switch route(item) {
                case .ignore: break
                case .answer(let record): try emit(record, nil)
                case .fetch(let job): scheduler.enqueue(job, now: now)
                }
            }
            // Watch the input only while the loop would read it (a free slot, or room in the
            // read-ahead); a watched pipe whose writer is gone would otherwise report EPOLLHUP on
            // every wait.
            let wantInput = input.isPollable && !inputDone
                && ((!idle.isEmpty && control?.hasRoom != false) || scheduler.waiting < readAhead)
                && !scheduler.outOfTokens
                && scheduler.waiting < Crawler.lookahead
            try eventLoop.watchInput(wantInput)
            if (inputDone && active == 0 && scheduler.waiting == 0) || eventLoop.lifecycle.mustAbandon { break }
            // Requests that ended outside libcurl (a cached or synchronous DNS answer) free their
            // slots now: go round again rather than wait.
            if try settle(complete) { continue }
            try flush()
            monitor?.tick(inFlight: active)
            let waitFrom = Clock.monotonicNanoseconds()
            try eventLoop.turn(
                until: Epoll.earliest(
                    Epoll.earliest(curlDeadline, scheduler.wakeTime(now: waitFrom, canStart: !idle.isEmpty && control?.hasRoom != false)),
                    Epoll.earliest(monitor?.wakeTime, resolver?.deadline(now: waitFrom))),
                onStop: { action in
                    // An abandoned run ends at the top of the next turn.
                    guard case .stopGracefully = action else { return }
                    inputDone = true
                    _ = scheduler.drainWaiting()
                },
                onInput: { input.readable = true }
            ) { fd, events in
                if let resolver, resolver.fds.contains(fd) {
                    try resolver.process(fd, events)
                } else if let control, fd == control.fd {
                    // The consumer took records, or cancelled: either way the flags say which.
                    control.drain()
                    if control.isCancelled { _ = eventLoop.cancel() }
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
            if let resolver {
                let now = Clock.monotonicNanoseconds()
                if let due = resolver.deadline(now: now), due <= now { try resolver.processTimeouts() }
            }
            try multi.drainCompleted { easy, result in
                let transfer = Transfer.from(easy_private(easy))
                try multi.remove(transfer.easy)
                switch transfer.finish(result: result) {
                case .outcome(let outcome): try complete(transfer, outcome)
                case .redirect(let target): try follow(transfer, to: target)
                case .drained: try complete(transfer, nil)
                }
            }
            try answerEarly()
        }
        try eventLoop.watchInput(false)
        if eventLoop.lifecycle.mustAbandon { try abandonInFlight() }
        try flush()
        return Outcome(interruptedBy: eventLoop.lifecycle.interruptedBy)
    }

    /// Lines read ahead of what may start, at most: past this, a list whose first 50,000 lines
    /// all wait on busy hosts holds back the hosts after them (shuffle such a list).
    static let lookahead = 50_000

    /// Lines read ahead of the transfers even when every slot is busy: 8 per slot (at least 256).
    /// A start whose host has nothing else among them closes its connection when done, so the
    /// connection cache holds hosts that come again rather than the last ones seen. Over new
    /// hosts at 500 URLs/s per loop this sees ~4 s ahead at -c 256, where the cache's own LRU
    /// (2 × 256 connections) remembers about 1 s; and a full cache costs a scan of every
    /// connection at each transfer's end (`Curl_conncache_extract_oldest`, measured 9 % of a
    /// worker's CPU at 10,000 hosts).
    static func readAhead(concurrency: Int) -> Int { min(lookahead, max(256, 8 * concurrency)) }

    /// Drops the transfers still running after the grace period: no record, as they have no answer.
    private func abandonInFlight() throws {
        resolver?.cancelAll()
        waitingForDNS.removeAll()
        endedOutside.removeAll()
        for transfer in slots where !idle.contains(where: { $0 === transfer }) {
            // A slot waiting for DNS is not in the multi handle; removing it is then a no-op.
            try multi.remove(transfer.easy)
            idle.append(transfer)
        }
        active = 0
    }

    private func start(_ job: Job) throws {
        let transfer = idle.removeLast()
        active += 1
        try transfer.prepare(job)
        try launch(transfer)
    }

    /// Hands the slot's request to libcurl, once its host is resolved (at once when the resolver
    /// knows it, or it is an address, `localhost`, a `--resolve` entry, or a proxy resolves).
    private func launch(_ transfer: Transfer) throws {
        guard let resolver, let target = urlParser.target(transfer.url), !target.isAddress,
            target.host != "localhost", !target.host.hasSuffix(".localhost"),
            !userResolved.contains("\(target.host):\(target.port)")
        else { return try multi.add(transfer.easy) }
        let now = Clock.monotonicNanoseconds()
        if let answer = resolver.cached(target.host, now: now) {
            return try resolved(transfer, host: target.host, port: target.port, answer, askedAt: nil)
        }
        waitingForDNS[target.host, default: []].append((transfer, target.port, now))
        resolver.lookup(target.host)
    }

    /// - Parameter askedAt: when the slot started waiting for this answer (nil: it was cached).
    private func resolved(
        _ transfer: Transfer, host: String, port: Int, _ answer: Resolver.Answer, askedAt: UInt64?
    ) throws {
        if let askedAt { transfer.resolveUS = Int64((Clock.monotonicNanoseconds() - askedAt) / 1000) }
        switch answer {
        case .addresses(let list):
            // The "+" lets the entry expire with libcurl's DNS cache (`Transfer.dnsCacheSeconds`).
            try transfer.resolve("+\(host):\(port):\(list)")
            try multi.add(transfer.easy)
        case .absent(let detail):
            endedOutside.append((transfer, transfer.fail(.dns, detail)))
        case .failed(let detail):
            endedOutside.append((transfer, transfer.fail(.dnsTemporary, detail)))
        }
    }

    /// The slot's response redirected to `target`: the same slot asks for it next (its host
    /// resolved like any other), unless crawl does not go there.
    private func follow(_ transfer: Transfer, to target: String) throws {
        switch urlParser.check(target) {
        case .reject(let kind, let detail):
            endedOutside.append((transfer, transfer.fail(kind, "redirect to \(target): \(detail)", refusedRedirect: true)))
        case .fetch:
            let crossOrigin = urlParser.target(target)?.origin != urlParser.target(transfer.job.url)?.origin
            try transfer.follow(target, crossOrigin: crossOrigin)
            try launch(transfer)
        }
    }

    /// Delivers what the resolver answered and what ended outside libcurl; true if anything did.
    private func settle(_ complete: (Transfer, AttemptOutcome?) throws -> Void) throws -> Bool {
        var any = false
        if let resolver, resolver.hasAnswers {
            for (host, answer) in resolver.takeAnswers() {
                for (transfer, port, askedAt) in waitingForDNS.removeValue(forKey: host) ?? [] {
                    try resolved(transfer, host: host, port: port, answer, askedAt: askedAt)
                }
            }
            any = true
        }
        while !endedOutside.isEmpty {
            let ended = endedOutside
            endedOutside.removeAll()
            for (transfer, outcome) in ended { try complete(transfer, outcome) }
            any = true
        }
        return any
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
        resolver?.close()
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
