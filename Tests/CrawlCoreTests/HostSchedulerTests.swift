import Testing

@testable import CrawlCore

/// The politeness rules on their own, with time passed in: no clock, no network.
@Suite struct HostSchedulerTests {
    static let ms: UInt64 = 1_000_000

    static func job(_ line: Int, host: UInt64) -> Job {
        Job(line: line, url: "http://h\(host)/\(line)", hostKey: host)
    }

    /// Starts everything `next` gives at `now`.
    static func startAll(_ scheduler: HostScheduler, at now: UInt64, worker: Int = 0) -> [Job] {
        var jobs: [Job] = []
        while let job = scheduler.next(now: now, worker: worker) { jobs.append(job) }
        return jobs
    }

    @Test func perHostLimitHoldsAndFreesOnFinish() {
        let scheduler = HostScheduler(policy: .init(perHost: 2), now: 0)
        for line in 1...10 { scheduler.enqueue(Self.job(line, host: 7), now: 0) }
        #expect(Self.startAll(scheduler, at: 0).map(\.line) == [1, 2])
        #expect(scheduler.wakeTime(now: 0) == nil, "only a finish can free the host")
        scheduler.finished(hostKey: 7, now: 1)
        #expect(Self.startAll(scheduler, at: 1).map(\.line) == [3])
        #expect(scheduler.started == 2)
        #expect(scheduler.waiting == 7)
    }

    @Test func aBusyHostDoesNotHoldBackOthers() {
        let scheduler = HostScheduler(policy: .init(perHost: 1), now: 0)
        for line in 1...100 { scheduler.enqueue(Self.job(line, host: 1), now: 0) }
        for line in 101...105 { scheduler.enqueue(Self.job(line, host: UInt64(line)), now: 0) }
        let started = Self.startAll(scheduler, at: 0)
        #expect(started.map(\.line) == [1, 101, 102, 103, 104, 105])
    }

    @Test func hostsTakeTurns() {
        let scheduler = HostScheduler(policy: .init(), now: 0)
        for line in 1...4 { scheduler.enqueue(Self.job(line, host: 1), now: 0) }
        for line in 5...6 { scheduler.enqueue(Self.job(line, host: 2), now: 0) }
        #expect(Self.startAll(scheduler, at: 0).map(\.line) == [1, 5, 2, 6, 3, 4])
    }

    @Test func delaySpacesStartsToOneHost() {
        let scheduler = HostScheduler(policy: .init(delayNS: 100 * Self.ms), now: 0)
        for line in 1...3 { scheduler.enqueue(Self.job(line, host: 1), now: 0) }
        scheduler.enqueue(Self.job(9, host: 2), now: 0)
        #expect(Self.startAll(scheduler, at: 0).map(\.line) == [1, 9])
        #expect(scheduler.wakeTime(now: 0) == 100 * Self.ms)
        #expect(Self.startAll(scheduler, at: 99 * Self.ms).isEmpty)
        #expect(Self.startAll(scheduler, at: 100 * Self.ms).map(\.line) == [2])
        #expect(scheduler.wakeTime(now: 100 * Self.ms) == 200 * Self.ms)
        // Finishing early does not shorten the gap.
        scheduler.finished(hostKey: 1, now: 150 * Self.ms)
        #expect(Self.startAll(scheduler, at: 150 * Self.ms).isEmpty)
        #expect(Self.startAll(scheduler, at: 200 * Self.ms).map(\.line) == [3])
    }

    @Test func rateCapsStartsOverAllHosts() {
        let scheduler = HostScheduler(policy: .init(rate: 10), now: 0)
        for line in 1...100 { scheduler.enqueue(Self.job(line, host: UInt64(line)), now: 0) }
        var starts: [UInt64] = []
        var now: UInt64 = 0
        while starts.count < 31 {
            for _ in Self.startAll(scheduler, at: now) { starts.append(now) }
            guard let wake = scheduler.wakeTime(now: now) else { Issue.record("no wake time"); return }
            #expect(wake > now)
            now = wake
        }
        // 31 starts: the first at 0, then one every 100 ms.
        #expect(starts.first == 0)
        #expect(starts[30] >= 2_990 * Self.ms && starts[30] <= 3_010 * Self.ms)
    }

    @Test func retriesWaitForTheirTimeAndGoFirst() {
        let scheduler = HostScheduler(policy: .init(perHost: 1), now: 0)
        scheduler.enqueue(Self.job(1, host: 1), now: 0)
        scheduler.enqueue(Self.job(2, host: 1), now: 0)
        var first = Self.startAll(scheduler, at: 0)[0]
        scheduler.finished(hostKey: 1, now: 10 * Self.ms)
        first.attempt = 2
        scheduler.requeue(first, notBefore: 500 * Self.ms, now: 10 * Self.ms)
        // Line 2 goes while line 1 waits out its backoff.
        #expect(Self.startAll(scheduler, at: 10 * Self.ms).map(\.line) == [2])
        scheduler.finished(hostKey: 1, now: 20 * Self.ms)
        #expect(Self.startAll(scheduler, at: 20 * Self.ms).isEmpty)
        #expect(scheduler.wakeTime(now: 20 * Self.ms) == 500 * Self.ms)
        let again = Self.startAll(scheduler, at: 500 * Self.ms)
        #expect(again.map(\.line) == [1])
        #expect(again.first?.attempt == 2)
    }

    @Test func idleWorkersStealButOwnHostsComeFirst() {
        let scheduler = HostScheduler(policy: .init(), workers: 2, now: 0)
        // Find one host for each worker.
        let hosts = (UInt64(1)...64).map { HostHash.of("h\($0)") }
        let forZero = hosts.first { HostHash.worker($0, of: 2) == 0 }!
        let forOne = hosts.first { HostHash.worker($0, of: 2) == 1 }!
        scheduler.enqueue(Self.job(1, host: forZero), now: 0)
        scheduler.enqueue(Self.job(2, host: forOne), now: 0)
        scheduler.enqueue(Self.job(3, host: forOne), now: 0)
        #expect(scheduler.next(now: 0, worker: 1)?.line == 2)
        #expect(scheduler.next(now: 0, worker: 0)?.line == 1)
        #expect(scheduler.next(now: 0, worker: 0)?.line == 3, "worker 0 has nothing of its own: it steals")
    }

    @Test func drainingHandsBackEveryWaitingJob() {
        let scheduler = HostScheduler(policy: .init(perHost: 1), now: 0)
        for line in 1...5 { scheduler.enqueue(Self.job(line, host: 1), now: 0) }
        let started = Self.startAll(scheduler, at: 0)
        scheduler.finished(hostKey: 1, now: 0)
        scheduler.requeue(started[0], notBefore: 1_000 * Self.ms, now: 0)
        #expect(Set(scheduler.drainWaiting().map(\.line)) == [1, 2, 3, 4, 5])
        #expect(scheduler.isEmpty)
        #expect(scheduler.wakeTime(now: 0) == nil)
    }

    /// A retry that is due while the caller has no free slot must not ask for a 0 ms wait: the
    /// loop would spin until a transfer finished (it did, in the `--procs` parent).
    /// What decides `Job.keepsConnection`: another line of the host queued, or a retry waiting.
    @Test func hasMoreSeesQueuedLinesAndWaitingRetries() {
        let scheduler = HostScheduler(policy: .init(perHost: 1), now: 0)
        scheduler.enqueue(Self.job(1, host: 1), now: 0)
        scheduler.enqueue(Self.job(2, host: 1), now: 0)
        scheduler.enqueue(Self.job(3, host: 2), now: 0)
        let first = scheduler.next(now: 0)
        #expect(first?.line == 1 && scheduler.hasMore(hostKey: 1), "line 2 of host 1 is queued")
        #expect(scheduler.next(now: 0)?.line == 3 && !scheduler.hasMore(hostKey: 2), "host 2 had one line")
        scheduler.finished(hostKey: 1, now: 0)
        let second = scheduler.next(now: 0)
        #expect(second?.line == 2 && !scheduler.hasMore(hostKey: 1))
        scheduler.finished(hostKey: 1, now: 0)
        scheduler.requeue(second!, notBefore: 100 * Self.ms, now: 0)
        #expect(scheduler.hasMore(hostKey: 1), "a retry is coming")
        #expect(!scheduler.hasMore(hostKey: 99), "an unknown host has nothing")
    }

    @Test func aDueRetryDoesNotWakeALoopWithNoRoom() {
        let scheduler = HostScheduler(policy: .init(), now: 0)
        scheduler.enqueue(Self.job(1, host: 1), now: 0)
        var first = Self.startAll(scheduler, at: 0)[0]
        scheduler.finished(hostKey: 1, now: 0)
        first.attempt = 2
        scheduler.requeue(first, notBefore: 100 * Self.ms, now: 0)
        #expect(scheduler.wakeTime(now: 0, canStart: true) == 100 * Self.ms)
        #expect(scheduler.wakeTime(now: 200 * Self.ms, canStart: false) == nil, "only a finished job frees a slot")
        #expect(scheduler.wakeTime(now: 200 * Self.ms, canStart: true) == 100 * Self.ms, "due: look now")
        #expect(Self.startAll(scheduler, at: 200 * Self.ms).map(\.line) == [1])
    }
}

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(retries: 2, backoff: 1, retryAfterMax: 30)

    func outcome(_ record: CrawlRecord, attempt: Int = 1, scheme: Job.Scheme = .given, retryAfter: Int? = nil) -> AttemptOutcome {
        policy.outcome(record, Job(line: 1, url: "https://a.test/", hostKey: 1, attempt: attempt, scheme: scheme), retryAfter: retryAfter)
    }

    @Test(arguments: [429, 502, 503, 504])
    func retryableStatusesAreRetried(status: Int) {
        guard case .again(let job, let afterMS) = outcome(CrawlRecord(url: "u", line: 1, status: status)) else {
            Issue.record("\(status) not retried")
            return
        }
        #expect(job.attempt == 2)
        #expect((500...1000).contains(afterMS))
    }

    @Test(arguments: [200, 301, 400, 401, 403, 404, 410, 500, 501])
    func otherStatusesAreAnswers(status: Int) {
        guard case .record = outcome(CrawlRecord(url: "u", line: 1, status: status)) else {
            Issue.record("\(status) retried")
            return
        }
    }

    @Test func errorsSplitIntoRetryableAndFinal() {
        for kind in ErrorKind.allCases {
            let retried: Bool
            if case .again = outcome(CrawlRecord(url: "u", line: 1, error: kind)) { retried = true } else { retried = false }
            #expect(retried == RetryPolicy.retryableErrors.contains(kind), "\(kind)")
        }
        #expect(!RetryPolicy.retryableErrors.contains(.tls))
        #expect(!RetryPolicy.retryableErrors.contains(.badURL))
        #expect(!RetryPolicy.retryableErrors.contains(.tooSlow))
        // NXDOMAIN is an answer: asking again gives the same one.
        #expect(!RetryPolicy.retryableErrors.contains(.dns))
        #expect(RetryPolicy.retryableErrors.contains(.dnsTemporary))
    }

    @Test func retriesRunOut() {
        guard case .record = outcome(CrawlRecord(url: "u", line: 1, status: 503), attempt: 3) else {
            Issue.record("a third retry with --retries 2")
            return
        }
    }

    @Test func retryAfterIsHonouredAndCapped() {
        guard case .again(_, let wait) = outcome(CrawlRecord(url: "u", line: 1, status: 429), retryAfter: 7),
            case .again(_, let capped) = outcome(CrawlRecord(url: "u", line: 1, status: 503), retryAfter: 3600)
        else {
            Issue.record("not retried")
            return
        }
        #expect(wait == 7000)
        #expect(capped == 30_000)
    }

    @Test func backoffDoublesWithJitter() {
        for used in 0..<4 {
            let full = Double(1 << used) * 1000
            for _ in 0..<50 {
                let wait = Double(policy.backoffMS(retriesUsed: used))
                #expect(wait >= full / 2 - 1 && wait <= full)
            }
        }
    }

    @Test func schemelessFallsBackToHTTPOnConnectOrTLSFailure() {
        for kind in [ErrorKind.connect, .tls] {
            guard case .again(let job, let wait) = outcome(CrawlRecord(url: "a.test/", line: 1, error: kind), scheme: .httpsFirst)
            else {
                Issue.record("no fallback after \(kind)")
                continue
            }
            #expect(job.url == "http://a.test/")
            #expect(job.scheme == .httpFallback)
            #expect(job.inputURL == "a.test/")
            #expect(job.attempt == 2)
            #expect(job.retriesUsed == 0, "the fallback is not a retry")
            #expect(wait == 0)
        }
        guard case .record = outcome(CrawlRecord(url: "u", line: 1, status: 404), scheme: .httpsFirst) else {
            Issue.record("an https answer fell back")
            return
        }
    }
}

@Suite struct SchemelessInputTests {
    @Test(arguments: ["example.com", "example.com/a:b", "localhost:8080", "127.0.0.1:80/x?y=1", "[::1]:8080/", "a.b/c"])
    func lacksScheme(text: String) {
        #expect(InputLine.lacksScheme(text))
    }

    /// A `://` in the query is not the line's scheme (these were `bad_url`).
    @Test(arguments: ["localhost:8080/a?u=x://y", "example.com/r?to=https://b/", "example.com/a://b"])
    func aLaterSchemeSeparatorIsNotAScheme(text: String) {
        #expect(InputLine.lacksScheme(text))
        #expect(!InputLine.startsWithSchemeAndSlashes(text))
    }

    @Test(arguments: ["http://a/", "https://a/", "ftp://a/", "mailto:a@b", "javascript:alert(1)", "data:text/html,x", "localhost:abc"])
    func hasScheme(text: String) {
        #expect(!InputLine.lacksScheme(text))
    }

    @Test(arguments: [true, false])
    func wireRoundTrips(keepsConnection: Bool) {
        var job = Job(line: 42, url: "http://a.test/x y", hostKey: 9, attempt: 3, scheme: .httpFallback)
        job.keepsConnection = keepsConnection
        var out: [UInt8] = []
        WorkerWire.append(job, to: &out)
        let parsed = WorkerWire.job(out.dropLast())
        #expect(parsed?.line == 42 && parsed?.attempt == 3 && parsed?.scheme == .httpFallback && parsed?.url == job.url)
        #expect(parsed?.keepsConnection == keepsConnection)
        #expect(WorkerWire.job(Array("1\t1\t0\t2\thttp://a/".utf8)[...]) == nil, "keep is 0 or 1")
        out.removeAll()
        WorkerWire.appendAgain(job, afterMS: 1500, to: &out)
        let tab = out.firstIndex(of: 0x09)!
        let again = WorkerWire.again(out[(tab + 2)..<(out.count - 1)])
        #expect(again?.afterMS == 1500 && again?.attempt == 3 && again?.url == job.url)
    }
}
