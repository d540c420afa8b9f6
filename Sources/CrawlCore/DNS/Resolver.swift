import CCares
import DequeModule

#if canImport(Glibc)
import Glibc
#endif

/// Name resolution inside the event loop, with c-ares: no thread per lookup, the system's servers
/// (resolv.conf, the hosts file) or the user's (`--dns-servers`), and answers that say *why* a
/// name failed, which libcurl's threaded resolver (Debian's build) cannot: a name that does not
/// exist is final and cached (`DNSCache`), a server that failed is worth a retry.
///
/// The crawler resolves a URL's host before handing the transfer to libcurl, and gives libcurl
/// the addresses as a `CURLOPT_RESOLVE` entry. Like libcurl's own callbacks, c-ares's socket
/// callback only (un)registers fds in the loop's epoll; answers arrive inside `process`, which the
/// loop calls, and are queued for the loop to collect with `takeAnswers`.
///
/// One query per name at a time: later askers of a name in flight wait for the same answer.
/// New names are asked at a paced rate (`namesPerSecond`, bursts of `burst`) and at most
/// `maxInFlight` at once; the rest wait their turn in order. A burst of hundreds of queries in one
/// millisecond overflows a UDP receive buffer on the way, the server's or c-ares's own (one socket
/// per channel), and every datagram dropped costs its name a retry timeout. Measured on the
/// realnet benchmark (2,000 new hosts at -c 256): all queries at once, 129 to 346 answers lost per
/// run; 128 names at once, 71 to 91 queries lost at the DNS server (dnsmasq, default buffer); paced,
/// none (BENCHMARKS.md).
final class Resolver {
    enum Answer: Equatable {
        /// libcurl's `CURLOPT_RESOLVE` address list.
        case addresses(String)
        /// NXDOMAIN, no address records, or a name DNS cannot carry: final.
        case absent(String)
        /// Timeout, SERVFAIL, refused, unreachable server: may be retried.
        case failed(String)
    }

    private var channel: ares_channel?
    private let epoll: Epoll
    private var cache = DNSCache()
    private var inFlight: Set<String> = []
    /// Names waiting for a free place among the `maxInFlight`.
    private var queued = Deque<String>()
    private var queuedNames: Set<String> = []
    private var answers: [(host: String, answer: Answer)] = []
    /// fds c-ares asked us to watch.
    private(set) var fds: Set<Int32> = []
    private var callbackError: (any Error)?

    /// Per try, and tries per server: a lost answer costs 1 s, a dead server at most 1 + 2 + 4 s
    /// (c-ares doubles the timeout each round), under the default 10 s `--connect-timeout` a
    /// transfer would get. A DNS round trip on the internet is 20 to 300 ms.
    static let timeoutMS: Int32 = 1_000
    static let tries: Int32 = 3
    /// Names asked at once (an A and an AAAA query each): with 250 ms DNS round trips this still
    /// resolves 1,000 new names a second. `receiveBuffer` asks for room for their answers.
    static let maxInFlight = 256
    static let receiveBuffer: Int32 = 1 << 20
    /// 2,000 new names a second per loop (4,000 queries with AAAA), in bursts of at most 32: more
    /// than a loop starts transfers to new hosts (~1,000 a second at most on the benchmark).
    static let namesPerSecond = 2_000.0
    static let burst = 32.0
    private var pacer = TokenBucket(perSecond: Resolver.namesPerSecond, burst: Resolver.burst, now: Clock.monotonicNanoseconds())

    /// - Parameter servers: `ip[:port],…` (curl's `--dns-servers`); nil = the system's.
    init(epoll: Epoll, servers: String?) throws {
        self.epoll = epoll
        try Resolver.initialiseLibrary()
        var made: ares_channel?
        let me = Unmanaged.passUnretained(self).toOpaque()
        let status = CCares_init(&made, { data, socket, readable, writable in
            Unmanaged<Resolver>.fromOpaque(data!).takeUnretainedValue().watch(socket, readable != 0, writable != 0)
        }, me, Resolver.timeoutMS, Resolver.tries, Resolver.receiveBuffer)
        guard status == ARES_SUCCESS, let made else {
            throw ResolverError(message: "cannot start the DNS resolver: \(Resolver.text(status))")
        }
        if let servers {
            let status = ares_set_servers_ports_csv(made, servers)
            guard status == ARES_SUCCESS else {
                ares_destroy(made)
                throw ResolverError(message: "--dns-servers '\(servers)': \(Resolver.text(status))")
            }
        }
        channel = made
    }

    deinit {
        assert(channel == nil, "Resolver was not closed")
    }

    private static let libraryStatus: Int32 = ares_library_init(ARES_LIB_INIT_ALL)

    private static func initialiseLibrary() throws {
        guard libraryStatus == ARES_SUCCESS else {
            throw ResolverError(message: "c-ares: \(text(libraryStatus))")
        }
    }

    /// A cached answer for `host`, if any (positive or final negative).
    func cached(_ host: String, now: UInt64) -> Answer? {
        switch cache.lookup(host, now: now) {
        case .addresses(let list): return .addresses(list)
        case .absent(let detail): return .absent(detail)
        case nil: return nil
        }
    }

    /// Starts resolving `host` unless it is already under way (or queues it behind `maxInFlight`
    /// others); the answer comes from `takeAnswers`.
    func lookup(_ host: String) {
        guard channel != nil, !inFlight.contains(host), !queuedNames.contains(host) else { return }
        guard queued.isEmpty, inFlight.count < Resolver.maxInFlight, pacer.take(Clock.monotonicNanoseconds()) else {
            queued.append(host)
            queuedNames.insert(host)
            return
        }
        ask(host)
    }

    /// Asks the waiting names the pace and the in-flight limit allow now.
    func askQueued(now: UInt64) {
        while !queued.isEmpty, inFlight.count < Resolver.maxInFlight, pacer.take(now), let next = queued.popFirst() {
            queuedNames.remove(next)
            ask(next)
        }
    }

    private func ask(_ host: String) {
        guard let channel else { return }
        inFlight.insert(host)
        let box = Unmanaged.passRetained(Query(resolver: self, host: host)).toOpaque()
        CCares_getaddrinfo(channel, host, { arg, status, _, result in
            let query = Unmanaged<Query>.fromOpaque(arg!).takeRetainedValue()
            defer { if let result { ares_freeaddrinfo(result) } }
            query.resolver?.answered(query.host, status: status, result: result)
        }, box)
    }

    /// Answers that arrived since the last call, in order.
    func takeAnswers() -> [(host: String, answer: Answer)] {
        defer { answers.removeAll(keepingCapacity: true) }
        return answers
    }

    var hasAnswers: Bool { !answers.isEmpty }

    /// Names asked or waiting to be.
    var pending: Int { inFlight.count + queued.count }

    /// One of `fds` is ready.
    func process(_ fd: Int32, _ events: Epoll.Events) throws {
        guard let channel else { return }
        let read = events.isDisjoint(with: [.readable, .hangup, .error]) ? CCares_socket_bad() : fd
        let write = events.contains(.writable) ? fd : CCares_socket_bad()
        ares_process_fd(channel, read, write)
        if let error = callbackError { throw error }
    }

    /// When the loop must call `processTimeouts`: c-ares's next timeout, or the next name's turn.
    func deadline(now: UInt64) -> UInt64? {
        guard let channel else { return nil }
        let ms = CCares_timeout_ms(channel)
        var deadline: UInt64? = ms < 0 ? nil : now + UInt64(ms) * 1_000_000
        if !queued.isEmpty, inFlight.count < Resolver.maxInFlight {
            let turn = pacer.nextTokenNS(now)
            deadline = min(deadline ?? turn, turn)
        }
        return deadline
    }

    /// Runs c-ares's timeouts (a try that got no answer goes to the next server or fails) and asks
    /// the names whose turn has come.
    func processTimeouts() throws {
        guard let channel else { return }
        ares_process_fd(channel, CCares_socket_bad(), CCares_socket_bad())
        askQueued(now: Clock.monotonicNanoseconds())
        if let error = callbackError { throw error }
    }

    private func answered(_ host: String, status: Int32, result: UnsafeMutablePointer<ares_addrinfo>?) {
        inFlight.remove(host)
        guard channel != nil else { return }
        // The next waiting name takes the free place, at the pace (c-ares may answer it at once,
        // from the hosts file: that answer is queued like any other).
        defer { askQueued(now: Clock.monotonicNanoseconds()) }
        let now = Clock.monotonicNanoseconds()
        let answer: Answer
        if status == ARES_SUCCESS, let result {
            var text = [CChar](repeating: 0, count: 512)
            var ttl: Int32 = 0
            // Ten addresses are plenty for happy eyeballs and fallback; a longer list only costs.
            if CCares_format(result, &text, text.count, 10, &ttl) > 0 {
                let list = String(cString: text)
                cache.store(host, .addresses(list), ttlSeconds: Int(ttl), now: now)
                answer = .addresses(list)
            } else {
                answer = .absent("\(host) has no IPv4 or IPv6 address")
                cache.store(host, .absent(Resolver.detail(answer)), now: now)
            }
        } else {
            answer = Resolver.classify(status, host: host)
            if case .absent(let detail) = answer { cache.store(host, .absent(detail), now: now) }
        }
        answers.append((host, answer))
    }

    /// What a failed lookup means for the crawl. Exposed for the table test.
    static func classify(_ status: Int32, host: String) -> Answer {
        switch status {
        case ARES_ENOTFOUND: return .absent("\(host) does not exist (NXDOMAIN)")
        case ARES_ENODATA: return .absent("\(host) has no IPv4 or IPv6 address (NODATA)")
        case ARES_EBADNAME: return .absent("'\(host)' is not a name DNS can look up")
        case ARES_ETIMEOUT: return .failed("no answer from the DNS server for \(host) (timeout)")
        case ARES_ESERVFAIL: return .failed("the DNS server failed to resolve \(host) (SERVFAIL)")
        case ARES_EREFUSED: return .failed("the DNS server refused to resolve \(host) (REFUSED)")
        // c-ares 1.18 also ends here when every server answered SERVFAIL or REFUSED.
        case ARES_ECONNREFUSED: return .failed("no DNS server answered for \(host) (refused, SERVFAIL or unreachable)")
        default: return .failed("cannot resolve \(host): \(text(status))")
        }
    }

    static func detail(_ answer: Answer) -> String {
        switch answer {
        case .addresses(let list): return list
        case .absent(let detail), .failed(let detail): return detail
        }
    }

    private static func text(_ status: Int32) -> String { String(cString: ares_strerror(status)) }

    // MARK: - c-ares's socket callback: register fds, nothing else.

    private func watch(_ socket: ares_socket_t, _ readable: Bool, _ writable: Bool) {
        var events: Epoll.Events = []
        if readable { events.insert(.readable) }
        if writable { events.insert(.writable) }
        do {
            if events.isEmpty {
                if fds.remove(socket) != nil { epoll.remove(socket) }
            } else if fds.contains(socket) {
                try epoll.modify(socket, events)
            } else {
                try epoll.add(socket, events)
                fds.insert(socket)
            }
        } catch {
            callbackError = error
        }
    }

    /// Cancels what is in flight (their answers are dropped), then releases c-ares; its sockets
    /// leave the epoll on the way.
    func close() {
        guard let made = channel else { return }
        channel = nil
        ares_destroy(made)
        for fd in fds { epoll.remove(fd) }
        fds.removeAll()
        inFlight.removeAll()
        queued.removeAll()
        queuedNames.removeAll()
        answers.removeAll()
    }

    /// Drops every query in flight (a run stopping): their answers never arrive.
    func cancelAll() {
        guard let channel else { return }
        queued.removeAll()
        queuedNames.removeAll()
        ares_cancel(channel)
        inFlight.removeAll()
        answers.removeAll()
    }

    private final class Query {
        weak var resolver: Resolver?
        let host: String

        init(resolver: Resolver, host: String) {
            self.resolver = resolver
            self.host = host
        }
    }
}

/// The resolver could not start, or `--dns-servers` was refused.
public struct ResolverError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
