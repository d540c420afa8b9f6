import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import CrawlCore

/// Every transition of how a run stops, with the action each one asks the loop for.
@Suite struct RunLifecycleTests {
    @Test func aRunThatIsNeverStoppedCompletes() {
        let lifecycle = RunLifecycle(grace: 2)
        #expect(lifecycle.state == .running)
        #expect(!lifecycle.isStopping && !lifecycle.mustAbandon)
        #expect(lifecycle.interruptedBy == nil)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func theFirstSignalStopsGracefully(signal: Int32) {
        var lifecycle = RunLifecycle(grace: 1.5)
        #expect(lifecycle.received(signal) == .stopGracefully(grace: 1.5))
        #expect(lifecycle.state == .stopping(signal: signal))
        #expect(lifecycle.isStopping && !lifecycle.mustAbandon)
        #expect(lifecycle.interruptedBy == signal)
    }

    @Test func aSecondSignalAbandonsAndTheFirstIsReported() {
        var lifecycle = RunLifecycle(grace: 2)
        _ = lifecycle.received(SIGTERM)
        #expect(lifecycle.received(SIGINT) == .abandon)
        #expect(lifecycle.state == .abandoned(signal: SIGTERM))
        #expect(lifecycle.mustAbandon)
        #expect(lifecycle.interruptedBy == SIGTERM)
        // Nothing more happens after that.
        #expect(lifecycle.received(SIGINT) == .none)
        #expect(lifecycle.graceExpired() == .none)
        #expect(lifecycle.cancelled() == .none)
    }

    @Test func theGraceRunningOutAbandons() {
        var lifecycle = RunLifecycle(grace: 2)
        #expect(lifecycle.graceExpired() == .none, "no grace period is running yet")
        _ = lifecycle.received(SIGINT)
        #expect(lifecycle.graceExpired() == .abandon)
        #expect(lifecycle.state == .abandoned(signal: SIGINT))
        #expect(lifecycle.interruptedBy == SIGINT)
    }

    /// A worker's SIGUSR1 (the parent's stop) stops it like SIGTERM, reported as SIGTERM, and
    /// never counts as the second signal: the user's SIGINT reaches the worker too.
    @Test func theParentsStopIsATermThatNeverAbandons() {
        var lifecycle = RunLifecycle(grace: 2)
        #expect(lifecycle.received(SIGINT) == .stopGracefully(grace: 2))
        #expect(lifecycle.received(SIGUSR1) == .none)
        #expect(lifecycle.state == .stopping(signal: SIGINT))
        var worker = RunLifecycle(grace: 2)
        _ = worker.received(SIGUSR1)
        #expect(worker.interruptedBy == SIGTERM)
    }

    @Test func cancellingAbandonsWithoutASignal() {
        var lifecycle = RunLifecycle(grace: 2)
        #expect(lifecycle.cancelled() == .abandon)
        #expect(lifecycle.state == .abandoned(signal: nil))
        #expect(lifecycle.interruptedBy == nil)
        var stopping = RunLifecycle(grace: 2)
        _ = stopping.received(SIGINT)
        #expect(stopping.cancelled() == .abandon)
        #expect(stopping.interruptedBy == SIGINT)
    }
}
