import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// Where finished records go.
public protocol RecordSink: AnyObject {
    func emit(_ record: CrawlRecord) throws
    /// Called when the loop is about to sleep: whatever is buffered must reach its destination now.
    func flush() throws
}

/// The reader of our output went away (`crawl … | head`): stop quietly.
public struct OutputClosed: Error {}

/// Writes records as JSON Lines to a file descriptor, whole lines only.
///
/// Lines are gathered in one buffer and written with as few `write(2)` calls as possible; a flush
/// happens whenever the loop is about to wait, so no finished record waits on another.
/// A write is never cut in the middle of a line by this process: partial writes are resumed.
/// JSON escapes control characters and the record strings are valid Unicode, so every line is
/// valid UTF-8 with no raw newline inside.
public final class JSONLinesWriter: RecordSink {
    private let fd: Int32
    private let encoder: JSONEncoder
    private var buffer: [UInt8] = []
    private let flushThreshold = 64 * 1024

    public init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        self.encoder = JSONEncoder()
        self.encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        buffer.reserveCapacity(flushThreshold * 2)
    }

    public func emit(_ record: CrawlRecord) throws {
        buffer.append(contentsOf: try encoder.encode(record))
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= flushThreshold { try flush() }
    }

    public func flush() throws {
        var offset = 0
        defer { buffer.removeFirst(offset) }
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { throw OutputClosed() }
                throw SystemError(errno: errno, call: "write(stdout)")
            }
            offset += n
        }
    }
}
