import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import CrawlCore

/// The one event loop: a turn ends at its deadline, the input fd reaches `onInput` only while
/// watched, other fds reach `onReady`, and cancelling abandons the run.
@Suite struct EventLoopTests {
    @Test func aTurnDispatchesTheInputAndTheDriversFds() throws {
        let epoll = try Epoll()
        defer { epoll.close() }
        let (input, inputWriter) = try PosixTests.pipePair()
        let (other, otherWriter) = try PosixTests.pipePair()
        defer { [input, inputWriter, other, otherWriter].forEach(Posix.close) }
        let loop = try EventLoop(epoll: epoll, signals: nil, grace: 1, input: input)
        defer { loop.close() }
        try epoll.add(other, .readable)
        defer { epoll.remove(other) }

        // Nothing ready: the turn ends at its deadline (already due), touching nothing.
        var inputs = 0
        var ready: [Int32] = []
        let due = Clock.monotonicNanoseconds()
        try loop.turn(until: due, onStop: { _ in Issue.record("no stop") }, onInput: { inputs += 1 }) { fd, _ in ready.append(fd) }
        #expect(inputs == 0 && ready.isEmpty)

        _ = try Array("x\n".utf8).withUnsafeBytes { try Posix.write(inputWriter, $0, "write") }
        _ = try Array("y".utf8).withUnsafeBytes { try Posix.write(otherWriter, $0, "write") }
        // The input is not watched yet: only the driver's fd is reported.
        try loop.turn(until: due, onStop: { _ in }, onInput: { inputs += 1 }) { fd, _ in ready.append(fd) }
        #expect(inputs == 0 && ready == [other])
        try loop.watchInput(true)
        ready = []
        try loop.turn(until: due, onStop: { _ in }, onInput: { inputs += 1 }) { fd, _ in ready.append(fd) }
        #expect(inputs == 1 && ready == [other])
        try loop.watchInput(false)
    }

    @Test func cancellingAbandons() throws {
        let epoll = try Epoll()
        defer { epoll.close() }
        let loop = try EventLoop(epoll: epoll, signals: nil, grace: 1)
        defer { loop.close() }
        #expect(!loop.lifecycle.isStopping)
        #expect(loop.cancel() == .abandon)
        #expect(loop.lifecycle.mustAbandon && loop.lifecycle.interruptedBy == nil)
    }
}
