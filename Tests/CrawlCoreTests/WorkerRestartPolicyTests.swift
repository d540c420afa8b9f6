import Testing

@testable import CrawlCore

/// When a worker slot gets a new process, and when it gives up.
@Suite struct WorkerRestartPolicyTests {
    @Test func aCrashIsReplaced() {
        var policy = WorkerRestartPolicy()
        #expect(policy.workerExited(answered: 120, runOver: false) == .replace)
        #expect(policy.consecutiveFailures == 1 && !policy.gaveUp)
    }

    @Test func theEndOfTheRunReplacesNothing() {
        var policy = WorkerRestartPolicy()
        #expect(policy.workerExited(answered: 0, runOver: true) == .nothing)
        #expect(policy.consecutiveFailures == 0)
    }

    @Test func fiveDeathsBeforeAnyAnswerGiveUp() {
        var policy = WorkerRestartPolicy()
        for _ in 1..<WorkerRestartPolicy.giveUpAfter {
            #expect(policy.workerExited(answered: 0, runOver: false) == .replace)
        }
        #expect(policy.workerExited(answered: 0, runOver: false) == .giveUp)
        #expect(policy.gaveUp)
        // Given up: nothing more, whatever happens.
        #expect(policy.workerExited(answered: 3, runOver: false) == .nothing)
    }

    @Test func aWorkerThatAnsweredResetsTheCount() {
        var policy = WorkerRestartPolicy()
        for _ in 0..<3 { _ = policy.workerExited(answered: 0, runOver: false) }
        #expect(policy.consecutiveFailures == 3)
        #expect(policy.workerExited(answered: 1, runOver: false) == .replace)
        #expect(policy.consecutiveFailures == 1)
        for _ in 0..<3 { #expect(policy.workerExited(answered: 0, runOver: false) == .replace) }
        #expect(policy.workerExited(answered: 0, runOver: false) == .giveUp)
    }
}
