import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// `--resume FILE`: the input lines an earlier run already answered, read from its output.
///
/// Only complete lines count: a run killed mid-write leaves a partial last line, which is ignored
/// (its URL is crawled again). Kept as a bitmap of line numbers: ten million lines cost 1.25 MB.
///
/// The output may be in any `OutputFormat`; the first line tells which, since every format's
/// first line is distinct: a JSON object starts with `{`, a csv or tsv file starts with its
/// header row (no column name starts with `{`), tab-separated if it holds a tab, else csv. The
/// `line` column is found by name, so any `--fields` order works, and read from every complete
/// row (a trailing "\r" stripped: csv rows end in CRLF). Rows need no multi-line parsing: the
/// writer replaces control characters, so no field holds a line break.
public struct AnsweredLines: Sendable {
    private var bits: [UInt64] = []
    /// Line numbers far past the bitmap's end (a damaged or foreign file: `{"line": 999999999999}`),
    /// kept one by one: growing the bitmap to them would ask for gigabytes (found by FuzzResume).
    private var outliers: Set<Int> = []
    /// How far past its end the bitmap grows for one line: 8 MB of words, 512 M lines.
    static let bitmapStretch = 1 << 20
    public private(set) var count = 0
    /// Byte length of the file's complete lines (a partial tail starts here). For csv and tsv it
    /// includes the header row, so appending after it needs no new header.
    public private(set) var completeLength: Int = 0
    /// The format of the file, from its first complete line; nil when there is none yet (missing
    /// or empty file, or only a partial first line), in which case a new header is needed.
    public private(set) var format: OutputFormat?
    /// The header row's column names (csv and tsv); empty for jsonl. Lets a caller refuse to
    /// append rows with different columns.
    public private(set) var columns: [String] = []

    /// A csv or tsv output whose header has no `line` column (`--fields` without `line`): its rows
    /// cannot say which input lines they answer.
    public struct NoLineColumnError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let columns: [String]

        public var description: String {
            "\(path) has no 'line' column (columns: \(columns.joined(separator: ","))), so --resume cannot tell which "
                + "input lines it answered; write it with 'line' among --fields"
        }
    }

    private struct LineOnly: Decodable {
        let line: Int
    }

    /// How rows after the first are read.
    private enum Reading {
        case firstLine
        case jsonl
        case delimited(DelimitedText.Style, lineColumn: Int)
    }

    public init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }  // nothing answered yet
            throw SystemError(errno: errno, call: "open(\(path))")
        }
        defer { close(fd) }
        let decoder = JSONDecoder()
        var reading = Reading.firstLine
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let n = try syscall("read(\(path))") { buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } }
            if n == 0 { break }
            pending.append(contentsOf: buffer[..<n])
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                let row = pending[start..<newline]
                switch reading {
                case .jsonl:
                    if let record = try? decoder.decode(LineOnly.self, from: Data(row)), record.line > 0 {
                        insert(record.line)
                    }
                case .delimited(let style, let lineColumn):
                    if let line = DelimitedText.positiveInteger(column: lineColumn, of: Self.dropCR(row), style: style) {
                        insert(line)
                    }
                case .firstLine:
                    if row.first == UInt8(ascii: "{") {
                        reading = .jsonl
                        format = .jsonl
                        if let record = try? decoder.decode(LineOnly.self, from: Data(row)), record.line > 0 {
                            insert(record.line)
                        }
                    } else {
                        let header = Self.dropCR(row)
                        let style: DelimitedText.Style = header.contains(0x09) ? .tsv : .csv
                        columns = DelimitedText.columns(of: header, style: style)
                        guard let lineColumn = columns.firstIndex(of: RecordField.line.rawValue) else {
                            throw NoLineColumnError(path: path, columns: columns)
                        }
                        reading = .delimited(style, lineColumn: lineColumn)
                        format = style == .csv ? .csv : .tsv
                    }
                }
                offset += newline + 1 - start
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        completeLength = offset
    }

    private static func dropCR(_ row: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        row.last == UInt8(ascii: "\r") ? row.dropLast() : row
    }

    /// Adds the lines `other` answered: several `--resume` files (one per shard, say) skip the
    /// lines any of them answered.
    public mutating func formUnion(_ other: AnsweredLines) {
        if other.bits.count > bits.count { bits.append(contentsOf: repeatElement(0, count: other.bits.count - bits.count)) }
        for i in other.bits.indices { bits[i] |= other.bits[i] }
        let all = outliers.union(other.outliers)
        outliers = []
        for line in all {
            if line >> 6 < bits.count {
                bits[line >> 6] |= 1 << UInt64(line & 63)
            } else {
                outliers.insert(line)
            }
        }
        count = bits.reduce(0) { $0 + $1.nonzeroBitCount } + outliers.count
    }

    public func contains(_ line: Int) -> Bool {
        let word = line >> 6
        if word < bits.count { return bits[word] & (1 << UInt64(line & 63)) != 0 }
        return !outliers.isEmpty && outliers.contains(line)
    }

    private mutating func insert(_ line: Int) {
        let word = line >> 6
        if word >= bits.count + Self.bitmapStretch {
            if outliers.insert(line).inserted { count += 1 }
            return
        }
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        if bits[word] & (1 << UInt64(line & 63)) == 0 { count += 1 }
        bits[word] |= 1 << UInt64(line & 63)
    }
}
