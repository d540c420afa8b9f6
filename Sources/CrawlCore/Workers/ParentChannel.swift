#if canImport(Glibc)
import Glibc
#endif

/// A worker's stdout to its `--procs` parent, in the `WorkerWire` protocol: the ready line, each
/// record as an answer line (the numbers the parent's statistics need ahead of the formatted
/// record), and "try this line again" messages. Buffered like `RecordWriter`, flushed whenever
/// the loop is about to wait.
public final class ParentChannel: RecordSink {
    private let fd: Int32
    private let formatter: RecordFormatter
    private var buffer: [UInt8] = []
    private let flushThreshold = 64 * 1024

    public init(fd: Int32, formatter: RecordFormatter) {
        self.fd = fd
        self.formatter = formatter
        buffer.reserveCapacity(flushThreshold * 2)
    }

    public func emit(_ record: CrawlRecord) throws {
        WorkerWire.appendAnswerPrefix(record, to: &buffer)
        formatter.append(record, to: &buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// The first line: the worker is ready for jobs.
    func announceReady() throws {
        buffer.append(contentsOf: WorkerWire.ready)
        try flush()
    }

    /// "Try this line again after `afterMS`", for the parent's scheduler to place.
    func giveBack(_ job: Job, afterMS: Int) throws {
        WorkerWire.appendAgain(job, afterMS: afterMS, to: &buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll(fd, $0) }
    }
}
