import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

extension OutputFormat: ExpressibleByArgument {}

extension RecordFormatter {
    /// `--format` and `--fields` (already checked by `validate()`; nil means every field), as the
    /// parent and its workers both read them.
    init(format: OutputFormat, fieldList: String?) {
        self.init(format: format, fields: fieldList.flatMap { try? RecordFormatter.parseFields($0) } ?? RecordField.allCases)
    }
}

struct OutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Write records to FILE instead of standard output (replaced, or appended to with --resume).",
            valueName: "file"),
        completion: .file())
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Record format: jsonl (one JSON object a line), csv (RFC 4180, with a header row) or tsv.",
            valueName: "jsonl|csv|tsv"))
    var format: OutputFormat = .jsonl

    @Option(
        help: ArgumentHelp(
            "Comma-separated fields to write, in this order (default: all). Names as in the JSON records: "
                + RecordField.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "list"))
    var fields: String?

    @Flag(help: "Print records in input order (a bounded reorder buffer) instead of completion order.")
    var ordered = false

    func validate() throws {
        if let fields {
            do { _ = try RecordFormatter.parseFields(fields) } catch { throw ValidationError("\(error)") }
        }
    }

    var formatter: RecordFormatter {
        RecordFormatter(format: format, fieldList: fields)
    }

    /// The fd records go to: stdout, or `--output`'s file, appended to when resuming.
    func openOutput(appending: Bool) throws -> Int32 {
        guard let output else { return STDOUT_FILENO }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (appending ? O_APPEND : O_TRUNC)
        let fd = open(output, flags, 0o644)
        guard fd >= 0 else { throw IOFailure.forPath("cannot write '\(output)'") }
        return fd
    }

    /// A header row is written unless the records are appended to a file that already has rows.
    static func needsHeader(_ fd: Int32) -> Bool {
        var info = stat()
        return fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG || lseek(fd, 0, SEEK_END) == 0
    }
}

struct ReportOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: "Draw a live progress line on stderr (default: when stderr is a terminal and the records go elsewhere).")
    var progress: Bool?

    @Flag(
        name: [.customShort("q"), .long, .customShort("s"), .customLong("silent")],
        help: "Print nothing on stderr but errors: no progress, summary or warnings (-s, --silent as in curl).")
    var quiet = false

    @Flag(
        name: [.customShort("v"), .long],
        help: "Print a line on stderr for every URL as it finishes: status, seconds, URL, error.")
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "At the end, write the run's summary (counts, bytes, rate, latency percentiles, slowest hosts) to FILE as JSON.",
            valueName: "file"),
        completion: .file())
    var statsJSON: String?

    /// As curl draws its meter: only when stderr is a terminal and the records do not go to that
    /// terminal (they would be printed straight after a half-drawn line), unless asked.
    func showsProgress(_ terminal: Terminal) -> Bool {
        !quiet && (progress ?? (terminal.stderrIsTerminal && !terminal.recordsOnStderrTerminal))
    }

    func validate() throws {
        guard let statsJSON else { return }
        var info = stat()
        if stat(statsJSON, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ValidationError("--stats-json: '\(statsJSON)' is a directory")
        }
        // Written at the end through a temporary file beside it: the folder must be writable now.
        let folder = statsJSON.contains("/") ? String(statsJSON[..<statsJSON.lastIndex(of: "/")!]) : "."
        let dir = folder.isEmpty ? "/" : folder
        guard stat(dir, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw ValidationError("--stats-json: the folder '\(dir)' does not exist")
        }
        guard access(dir, W_OK) == 0 else {
            throw ValidationError("--stats-json: cannot write in the folder '\(dir)': \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `--stats-json` through a temporary file and a rename, so a reader never sees half of it.
    func writeStats(_ summary: RunSummary) throws {
        guard let statsJSON else { return }
        let bytes = try summary.json()
        let temporary = statsJSON + ".tmp\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IOFailure(message: "cannot write '\(statsJSON)': \(String(cString: strerror(errno)))") }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(temporary, statsJSON) == 0 else {
            unlink(temporary)
            throw IOFailure(message: "cannot write '\(statsJSON)': \(String(cString: strerror(errno)))")
        }
    }
}
