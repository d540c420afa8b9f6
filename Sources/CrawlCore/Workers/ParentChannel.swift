/// A worker's stdout to its `--procs` parent, in the `WorkerWire` protocol: the ready line, each
/// record as an answer line (the numbers the parent's statistics need ahead of the formatted
/// record), and "try this line again" messages. Buffered by a `RecordWriter`, flushed whenever
/// the loop is about to wait.
public final class ParentChannel: RecordSink {
    private let writer: RecordWriter
    private let formatter: RecordFormatter

    public init(fd: Int32, formatter: RecordFormatter) {
        writer = RecordWriter(fd: fd, formatter: formatter)
        self.formatter = formatter
    }

    public func emit(_ record: CrawlRecord) throws {
        try emit(record, early: false)
    }

    /// - Parameter early: the transfer still drains its body; `drained` follows.
    func emit(_ record: CrawlRecord, early: Bool) throws {
        try writer.append {
            WorkerWire.appendAnswerPrefix(record, early: early, to: &$0)
            formatter.append(record, to: &$0)
        }
    }

    func drained(_ job: Job) throws {
        try writer.append { WorkerWire.appendDrained(job, to: &$0) }
    }

    /// The first line: the worker is ready for jobs.
    func announceReady() throws {
        try writer.append { $0.append(contentsOf: WorkerWire.ready) }
        try flush()
    }

    /// "Try this line again after `afterMS`", for the parent's scheduler to place.
    func giveBack(_ job: Job, afterMS: Int) throws {
        try writer.append { WorkerWire.appendAgain(job, afterMS: afterMS, to: &$0) }
    }

    public func flush() throws {
        try writer.flush()
    }
}
