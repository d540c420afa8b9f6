import DequeModule
import HeapModule

/// The politeness rules in one place: which queued URL may start now, and when to look again.
///
/// It lives in the process that reads the input: the single event loop of `--procs 1`, or the
/// parent of `--procs N`, which sees every start and every answer of every worker. So
/// `--per-host`, `--delay` and `--rate` hold across all workers together, whichever worker a
/// line is sent to (workers steal each other's hosts when idle).
///
/// - Per host (by `HostHash`): a FIFO of jobs, the number of jobs started and not yet finished
///   (`--per-host` caps it), and the earliest time the next may start (`--delay` after the last).
/// - Hosts that may start a job wait in a round-robin ring, one ring per worker (a host's home
///   worker comes from its hash, so its connections stay warm there). A host that has started a
///   job goes to the back of the ring: a host with a million lines takes turns with a host with
///   one, and a host at its limit leaves the ring, so it never blocks the others.
/// - `--rate`: one token bucket over all starts.
/// - Retries and the http fallback come back with a not-before time and go to the front of their
///   host's queue when it passes.
///
/// Times are monotonic nanoseconds passed in by the caller, so the rules are tested without a clock.
final class HostScheduler {
    struct Policy: Equatable, Sendable {
        /// Jobs started and not finished, per host; 0 = no limit.
        var perHost: Int = 0
        /// Minimum gap between two starts to one host.
        var delayNS: UInt64 = 0
        /// Starts per second over everything; 0 = no limit.
        var rate: Double = 0
    }

    private final class Host {
        let key: UInt64
        let home: Int
        var queue: Deque<Job> = []
        var inFlight = 0
        var nextStartNS: UInt64 = 0
        /// Retries of this host's jobs waiting for their time.
        var delayed = 0
        var inRing = false
        /// The time of this host's pending delay timer, 0 if none: one timer per host, not one per line.
        var wakeAt: UInt64 = 0

        init(key: UInt64, home: Int) {
            self.key = key
            self.home = home
        }
    }

    /// A timer: `host` may be startable at `time` (its delay has passed), or `job` is due.
    private struct Wake: Comparable {
        var time: UInt64
        var order: Int
        var host: UInt64
        var job: Job?

        static func < (a: Wake, b: Wake) -> Bool { (a.time, a.order) < (b.time, b.order) }
        static func == (a: Wake, b: Wake) -> Bool { a.time == b.time && a.order == b.order }
    }

    let policy: Policy
    private let workers: Int
    private var hosts: [UInt64: Host] = [:]
    private var rings: [Deque<Host>]
    private var wakes = Heap<Wake>()
    private var wakeOrder = 0
    private var bucket: TokenBucket?

    /// Jobs queued or waiting for a retry time (not the ones started).
    private(set) var waiting = 0
    /// Jobs started and not finished.
    private(set) var started = 0
    /// The last `next` found a host that may start but no `--rate` token: reading more input
    /// cannot help until the next token, so the loops stop reading.
    private(set) var outOfTokens = false

    init(policy: Policy, workers: Int = 1, now: UInt64) {
        precondition(workers >= 1)
        self.policy = policy
        self.workers = workers
        rings = Array(repeating: [], count: workers)
        if policy.rate > 0 { bucket = TokenBucket(perSecond: policy.rate, now: now) }
    }

    var isEmpty: Bool { waiting == 0 && started == 0 }

    /// A new line from the input.
    func enqueue(_ job: Job, now: UInt64) {
        let host = self.host(job.hostKey)
        host.queue.append(job)
        waiting += 1
        activate(host, now)
    }

    /// An attempt ended and `job` is to be tried again, not before `notBefore`. The attempt's own
    /// `finished` must be reported separately.
    func requeue(_ job: Job, notBefore: UInt64, now: UInt64) {
        let host = self.host(job.hostKey)
        waiting += 1
        if notBefore <= now {
            host.queue.prepend(job)
            activate(host, now)
        } else {
            host.delayed += 1
            schedule(Wake(time: notBefore, order: 0, host: job.hostKey, job: job))
        }
    }

    /// The job started on `hostKey` has finished (answered, failed, or handed back for a retry).
    func finished(hostKey: UInt64, now: UInt64) {
        guard let host = hosts[hostKey] else { preconditionFailure("finished a job of an unknown host") }
        precondition(host.inFlight > 0)
        host.inFlight -= 1
        started -= 1
        activate(host, now)
        forgetIfIdle(host, now)
    }

    /// A job that may start now, preferring hosts whose home is `worker`; nil if none may. The job
    /// counts as started from here.
    func next(now: UInt64, worker: Int = 0) -> Job? {
        runDueWakes(now)
        outOfTokens = false
        while let host = popReady(preferring: worker) {
            host.inRing = false
            guard mayStart(host, now) else {
                activate(host, now)
                continue
            }
            if bucket != nil, !bucket!.take(now) {
                // No token: the host keeps its turn.
                rings[host.home].prepend(host)
                host.inRing = true
                outOfTokens = true
                return nil
            }
            let job = host.queue.removeFirst()
            waiting -= 1
            started += 1
            host.inFlight += 1
            host.nextStartNS = now + policy.delayNS
            activate(host, now)
            return job
        }
        return nil
    }

    /// Whether `hostKey` has jobs queued or waiting for a retry: if not, a job about to start is
    /// the last of its host that the lines read so far know of, and its connection need not stay.
    func hasMore(hostKey: UInt64) -> Bool {
        guard let host = hosts[hostKey] else { return false }
        return !host.queue.isEmpty || host.delayed > 0
    }

    /// When `next` may have something that it has not now: the earliest delay, retry time or
    /// token; nil if only a finished job can change anything.
    ///
    /// - Parameter canStart: false when the caller has no room to start anything (every slot or
    ///   worker window busy): then only a finished job can change anything either, and a retry or
    ///   token already due must not make the loop wait 0 ms again and again. Measured before this
    ///   existed: the `--procs` parent spun on a due retry while its workers' windows were full,
    ///   24 % of all crawl CPU at 10,000 hosts (BENCHMARKS.md).
    func wakeTime(now: UInt64, canStart: Bool = true) -> UInt64? {
        guard canStart else { return nil }
        var earliest = wakes.min?.time
        if bucket != nil, rings.contains(where: { !$0.isEmpty }) {
            let token = bucket!.nextTokenNS(now)
            earliest = min(earliest ?? token, token)
        }
        return earliest
    }

    /// Every waiting job, handed back and forgotten (a stopping run, a worker slot giving up).
    func drainWaiting() -> [Job] {
        var jobs: [Job] = []
        for host in hosts.values {
            jobs.append(contentsOf: host.queue)
            host.queue.removeAll()
            host.delayed = 0
        }
        while let wake = wakes.popMin() {
            if let job = wake.job { jobs.append(job) }
        }
        for i in rings.indices { rings[i].removeAll() }
        for host in hosts.values { host.inRing = false }
        waiting = 0
        return jobs
    }

    // MARK: - Internals

    private func host(_ key: UInt64) -> Host {
        if let host = hosts[key] { return host }
        let host = Host(key: key, home: HostHash.worker(key, of: workers))
        hosts[key] = host
        return host
    }

    private func mayStart(_ host: Host, _ now: UInt64) -> Bool {
        !host.queue.isEmpty && (policy.perHost == 0 || host.inFlight < policy.perHost) && host.nextStartNS <= now
    }

    /// Puts the host in its ring if it may start a job now, or a timer for when its delay ends.
    private func activate(_ host: Host, _ now: UInt64) {
        guard !host.inRing, !host.queue.isEmpty, policy.perHost == 0 || host.inFlight < policy.perHost else { return }
        if host.nextStartNS <= now {
            rings[host.home].append(host)
            host.inRing = true
        } else {
            armTimer(host)
        }
    }

    private func armTimer(_ host: Host) {
        guard host.wakeAt != host.nextStartNS else { return }
        host.wakeAt = host.nextStartNS
        schedule(Wake(time: host.nextStartNS, order: 0, host: host.key, job: nil))
    }

    private func schedule(_ wake: Wake) {
        var wake = wake
        wake.order = wakeOrder
        wakeOrder += 1
        wakes.insert(wake)
    }

    private func runDueWakes(_ now: UInt64) {
        while let first = wakes.min, first.time <= now {
            let wake = wakes.removeMin()
            guard let host = hosts[wake.host] else { continue }
            if let job = wake.job {
                host.delayed -= 1
                host.queue.prepend(job)
            } else if wake.time == host.wakeAt {
                host.wakeAt = 0
            }
            activate(host, now)
            forgetIfIdle(host, now)
        }
    }

    /// The first host of this worker's ring, else of the fullest other ring (an idle worker steals).
    private func popReady(preferring worker: Int) -> Host? {
        if let host = rings[worker].popFirst() { return host }
        guard let donor = rings.indices.max(by: { rings[$0].count < rings[$1].count }), !rings[donor].isEmpty else {
            return nil
        }
        return rings[donor].popFirst()
    }

    /// A host with nothing queued, running or delayed is dropped, so memory follows the hosts in
    /// play, not all the hosts ever seen. Its delay is kept while it still matters.
    private func forgetIfIdle(_ host: Host, _ now: UInt64) {
        guard host.queue.isEmpty, host.inFlight == 0, host.delayed == 0, !host.inRing else { return }
        if host.nextStartNS > now {
            armTimer(host)
        } else {
            hosts[host.key] = nil
        }
    }
}
