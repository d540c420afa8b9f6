import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import CrawlCore

/// The system-call layer: would-block is a value, EOF is `.processed(0)`, a failure is thrown.
@Suite struct PosixTests {
    static func pipePair() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        Posix.setNonBlocking(fds[0], "fcntl")
        Posix.setNonBlocking(fds[1], "fcntl")
        return (fds[0], fds[1])
    }

    @Test func anEmptyPipeWouldBlockAndAClosedOneEnds() throws {
        let (r, w) = try Self.pipePair()
        defer { Posix.close(r) }
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try Posix.read(r, into: $0, "read") } == .wouldBlock)
        #expect(try Array("abc".utf8).withUnsafeBytes { try Posix.write(w, $0, "write") } == .processed(3))
        #expect(try buffer.withUnsafeMutableBytes { try Posix.read(r, into: $0, "read") } == .processed(3))
        Posix.close(w)
        #expect(try buffer.withUnsafeMutableBytes { try Posix.read(r, into: $0, "read") } == .processed(0))
    }

    @Test func aFullPipeWouldBlock() throws {
        let (r, w) = try Self.pipePair()
        defer { Posix.close(r); Posix.close(w) }
        let block = [UInt8](repeating: 0x61, count: 65_536)
        var wrote = 0
        var result = IOResult.processed(0)
        for _ in 0..<64 {  // a pipe holds 64 KB by default; 4 MB at most before giving up
            result = try block.withUnsafeBytes { try Posix.write(w, $0, "write") }
            guard case .processed(let n) = result else { break }
            wrote += n
        }
        #expect(result == .wouldBlock)
        #expect(wrote > 0)
    }

    @Test func writingToAPipeNobodyReadsIsThrown() throws {
        signal(SIGPIPE, SIG_IGN)
        let (r, w) = try Self.pipePair()
        Posix.close(r)
        defer { Posix.close(w) }
        #expect(throws: SystemError(errno: EPIPE, call: "write")) {
            try Array("x".utf8).withUnsafeBytes { try Posix.write(w, $0, "write") }
        }
    }
}
