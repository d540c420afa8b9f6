/// The text lines between the `--procs` parent and its workers, one per job, tab-separated.
///
///     parent → worker   N<TAB>attempt<TAB>scheme<TAB>URL
///     worker → parent   N<TAB>{json record}
///                       N<TAB>!afterMS<TAB>attempt<TAB>scheme<TAB>URL   (try this line again)
///                       ready                                          (once, at start-up)
///
/// The parent sends nothing before `ready`: a line sent to a worker that is still starting would
/// start late, and with `--delay` two starts to one host would come closer than the delay.
///
/// `scheme` is `Job.Scheme`'s raw value. URLs never hold a tab or newline (`InputLine` turns
/// lines with control characters into `bad_url` records), so splitting on tabs is safe.
enum WorkerWire {
    static let ready: [UInt8] = Array("ready\n".utf8)

    static func append(_ job: Job, to out: inout [UInt8]) {
        out.append(contentsOf: "\(job.line)\t\(job.attempt)\t\(job.scheme.rawValue)\t\(job.url)\n".utf8)
    }

    /// A parent's line, without its newline.
    static func job(_ bytes: ArraySlice<UInt8>) -> Job? {
        let fields = bytes.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, let line = Int(text(fields[0])), let attempt = Int(text(fields[1])),
            let raw = UInt8(text(fields[2])), let scheme = Job.Scheme(rawValue: raw)
        else { return nil }
        return Job(line: line, url: text(fields[3]), hostKey: 0, attempt: attempt, scheme: scheme)
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
