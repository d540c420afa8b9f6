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
/// `RecordJSON` escapes control characters and the record strings are valid Unicode, so every
/// line is valid UTF-8 with no raw newline inside.
public final class JSONLinesWriter: RecordSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let flushThreshold = 64 * 1024
    private let prefixLineNumbers: Bool

    /// - Parameter prefixLineNumbers: write `N<TAB>` before each object (a worker talking to its
    ///   parent, which strips it), so the parent can account for lines without parsing JSON.
    public init(fd: Int32 = STDOUT_FILENO, prefixLineNumbers: Bool = false) {
        self.fd = fd
        self.prefixLineNumbers = prefixLineNumbers
        buffer.reserveCapacity(flushThreshold * 2)
    }

    public func emit(_ record: CrawlRecord) throws {
        if prefixLineNumbers {
            buffer.append(contentsOf: String(record.line).utf8)
            buffer.append(0x09)
        }
        RecordJSON.append(record, to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= flushThreshold { try flush() }
    }

    /// A worker's first line: it is ready for jobs (see `WorkerWire`).
    func announceReady() throws {
        buffer.append(contentsOf: WorkerWire.ready)
        try flush()
    }

    /// A worker's "try this line again" message to its parent (see `WorkerWire`).
    func giveBack(_ job: Job, afterMS: Int) throws {
        WorkerWire.appendAgain(job, afterMS: afterMS, to: &buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    public func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll(fd, $0) }
    }

    /// One JSON object, no newline: for records the parent process makes itself.
    public func encode(_ record: CrawlRecord) -> [UInt8] {
        var out: [UInt8] = []
        RecordJSON.append(record, to: &out)
        return out
    }
}

/// Writes every byte, resuming after partial writes; EPIPE becomes `OutputClosed`.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            if errno == EPIPE { throw OutputClosed() }
            throw SystemError(errno: errno, call: "write(output)")
        }
        offset += n
    }
}
