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

/// Writes records to a file descriptor in the chosen format (`RecordFormatter`), whole lines only.
///
/// Lines are gathered in one buffer and written with as few `write(2)` calls as possible; a flush
/// happens whenever the loop is about to wait, so no finished record waits on another.
/// A write is never cut in the middle of a line by this process: partial writes are resumed.
/// Every format escapes or replaces control characters and the record strings are valid Unicode,
/// so every line is valid UTF-8 with no raw newline inside.
public final class RecordWriter: RecordSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let flushThreshold = 64 * 1024
    private let formatter: RecordFormatter

    public init(fd: Int32 = STDOUT_FILENO, formatter: RecordFormatter = RecordFormatter()) {
        self.fd = fd
        self.formatter = formatter
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// The CSV/TSV header row (nothing for JSON Lines), written at once.
    public func writeHeader() throws {
        guard let header = formatter.header else { return }
        buffer.append(contentsOf: header)
        try flush()
    }

    public func emit(_ record: CrawlRecord) throws {
        try append { formatter.append(record, to: &$0) }
    }

    /// Adds whole lines to the buffer, written once it holds 64 KB (or at `flush`): the one
    /// buffer of both record streams, this one and a worker's to its parent (`ParentChannel`).
    @inline(__always)
    func append(_ lines: (inout [UInt8]) -> Void) throws {
        lines(&buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Called before each write of records (`RunMonitor.recordsWillBeWritten`: erase a progress
    /// line drawn on the same terminal).
    public var willWrite: (() -> Void)?

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        willWrite?()
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll(fd, $0) }
    }
}

/// Writes every byte, resuming after partial writes; EPIPE becomes `OutputClosed`. The output is
/// a blocking fd (stdout, a file); should it be non-blocking, a full pipe is waited for with
/// poll(2) rather than spun on.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
        let result: IOResult
        do {
            result = try Posix.write(fd, UnsafeRawBufferPointer(rebasing: bytes[offset...]), "write(output)")
        } catch let error as SystemError where error.errno == EPIPE {
            throw OutputClosed()
        }
        switch result {
        case .processed(let n): offset += n
        case .wouldBlock:
            var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&ready, 1, -1)
        }
    }
}
