/// The text lines between the `--procs` parent and its workers, one per job, tab-separated.
///
///     parent → worker   N<TAB>attempt<TAB>scheme<TAB>keep<TAB>URL
///     worker → parent   N<TAB>status<TAB>error<TAB>bytes<TAB>elapsedMS<TAB>attempts<TAB>tls<TAB>record line
///                       N<TAB>~status<TAB>…<TAB>record line          (answered early: the body still drains)
///                       N<TAB>=                                        (that drain ended: the slot is free)
///                       N<TAB>!afterMS<TAB>attempt<TAB>scheme<TAB>URL   (try this line again)
///                       ready                                          (once, at start-up)
///
/// The parent sends nothing before `ready`: a line sent to a worker that is still starting would
/// start late, and with `--delay` two starts to one host would come closer than the delay.
///
/// The numbers before an answer's record are what the parent's statistics need (status and error
/// empty when null; tls is `tls_resumed` as 1, 0 or empty), so it never parses a record; the record line is already in the run's output
/// format. `scheme` is `Job.Scheme`'s raw value; `keep` is `Job.keepsConnection` as 1 or 0. URLs never hold a tab or newline (`InputLine` turns
/// lines with control characters into `bad_url` records), so splitting on tabs is safe.
enum WorkerWire {
    static let ready: [UInt8] = Array("ready\n".utf8)

    static func append(_ job: Job, to out: inout [UInt8]) {
        out.append(
            contentsOf: "\(job.line)\t\(job.attempt)\t\(job.scheme.rawValue)\t\(job.keepsConnection ? 1 : 0)\t\(job.url)\n".utf8)
    }

    /// A parent's line, without its newline.
    static func job(_ bytes: ArraySlice<UInt8>) -> Job? {
        let fields = bytes.split(separator: 0x09, maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let line = Int(text(fields[0])), let attempt = Int(text(fields[1])),
            let raw = UInt8(text(fields[2])), let scheme = Job.Scheme(rawValue: raw),
            fields[3].count == 1, let keep = fields[3].first, keep == UInt8(ascii: "0") || keep == UInt8(ascii: "1")
        else { return nil }
        var job = Job(line: line, url: text(fields[4]), hostKey: 0, attempt: attempt, scheme: scheme)
        job.keepsConnection = keep == UInt8(ascii: "1")
        return job
    }

    /// Written straight into the worker's buffer: no String per record on this per-URL path.
    ///
    /// - Parameter early: the answer of a transfer that still drains its body (`~`): the parent
    ///   writes the record but keeps the line's host busy until `drained`.
    static func appendAnswerPrefix(_ record: CrawlRecord, early: Bool = false, to out: inout [UInt8]) {
        let tab = UInt8(ascii: "\t")
        RecordJSON.integer(record.line, &out)
        out.append(tab)
        if early { out.append(earlyMark) }
        if let status = record.status { RecordJSON.integer(status, &out) }
        out.append(tab)
        if let error = record.error { out.append(contentsOf: error.rawValue.utf8) }
        out.append(tab)
        RecordJSON.integer(record.bytes, &out)
        out.append(tab)
        RecordJSON.integer(record.elapsedMS, &out)
        out.append(tab)
        RecordJSON.integer(record.attempts, &out)
        out.append(tab)
        if let resumed = record.tlsResumed { out.append(resumed ? UInt8(ascii: "1") : UInt8(ascii: "0")) }
        out.append(tab)
    }

    /// An answer's fields after `N<TAB>`: the statistics and the record line (newline included).
    static func answer(_ bytes: ArraySlice<UInt8>) -> Answer? {
        var start = bytes.startIndex
        /// The next tab-terminated field, without allocating.
        func field() -> ArraySlice<UInt8>? {
            guard let tab = bytes[start...].firstIndex(of: 0x09) else { return nil }
            defer { start = tab + 1 }
            return bytes[start..<tab]
        }
        guard let statusField = field(), let errorField = field(), let bytesRead = field().flatMap(integer),
            let elapsed = field().flatMap(integer), let attempts = field().flatMap(integer), let tlsField = field()
        else { return nil }
        let tlsResumed: Bool?
        switch (tlsField.count, tlsField.first) {
        case (0, _): tlsResumed = nil
        case (1, UInt8(ascii: "1")): tlsResumed = true
        case (1, UInt8(ascii: "0")): tlsResumed = false
        default: return nil
        }
        let status = statusField.isEmpty ? nil : integer(statusField)
        let error = errorField.isEmpty ? nil : ErrorKind(rawValue: text(errorField))
        guard status != nil || statusField.isEmpty, error != nil || errorField.isEmpty else { return nil }
        return Answer(
            status: status, error: error, bytes: bytesRead, elapsedMS: elapsed, attempts: attempts, tlsResumed: tlsResumed,
            line: bytes[start...])
    }

    struct Answer {
        var status: Int?
        var error: ErrorKind?
        var bytes: Int
        var elapsedMS: Int
        var attempts: Int
        var tlsResumed: Bool?
        var line: ArraySlice<UInt8>
    }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? { ASCII.integer(bytes) }

    static let earlyMark = UInt8(ascii: "~")
    static let drainedMark = UInt8(ascii: "=")

    static func appendDrained(_ job: Job, to out: inout [UInt8]) {
        RecordJSON.integer(job.line, &out)
        out.append(contentsOf: [UInt8(ascii: "\t"), drainedMark, 0x0A])
    }

    static func appendAgain(_ job: Job, afterMS: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "\(job.line)\t!\(afterMS)\t\(job.attempt)\t\(job.scheme.rawValue)\t\(job.url)\n".utf8)
    }

    /// The part of a worker's "again" line after `N<TAB>!`: the wait and the job's new state.
    static func again(_ bytes: ArraySlice<UInt8>) -> (afterMS: Int, attempt: Int, scheme: Job.Scheme, url: String)? {
        let fields = bytes.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let after = Int(text(fields[0])), let attempt = Int(text(fields[1])),
            let raw = UInt8(text(fields[2])), let scheme = Job.Scheme(rawValue: raw)
        else { return nil }
        return (after, attempt, scheme, text(fields[3]))
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
