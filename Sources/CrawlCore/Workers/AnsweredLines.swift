import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// `--resume FILE`: the input lines an earlier run already answered, read from its output.
///
/// Only complete lines count: a run killed mid-write leaves a partial last line, which is ignored
/// (its URL is crawled again). Kept as a bitmap of line numbers: ten million lines cost 1.25 MB.
public struct AnsweredLines: Sendable {
    private var bits: [UInt64] = []
    public private(set) var count = 0
    /// Byte length of the file's complete lines (a partial tail starts here).
    public private(set) var completeLength: Int = 0

    private struct LineOnly: Decodable {
        let line: Int
    }

    public init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }  // nothing answered yet
            throw SystemError(errno: errno, call: "open(\(path))")
        }
        defer { close(fd) }
        let decoder = JSONDecoder()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let n = try syscall("read(\(path))") { buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } }
            if n == 0 { break }
            pending.append(contentsOf: buffer[..<n])
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                if let record = try? decoder.decode(LineOnly.self, from: Data(pending[start..<newline])), record.line > 0 {
                    insert(record.line)
                }
                offset += newline + 1 - start
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        completeLength = offset
    }

    public func contains(_ line: Int) -> Bool {
        let word = line >> 6
        return word < bits.count && bits[word] & (1 << UInt64(line & 63)) != 0
    }

    private mutating func insert(_ line: Int) {
        let word = line >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        if bits[word] & (1 << UInt64(line & 63)) == 0 { count += 1 }
        bits[word] |= 1 << UInt64(line & 63)
    }
}
