#if canImport(Glibc)
import Glibc
#endif

/// Reads input lines from a file descriptor without ever holding more than one buffer of it, so a
/// ten-million-line list costs no more memory than a ten-line one.
///
/// A regular file is read whenever a line is wanted. Anything else (a pipe, a terminal, a socket)
/// is read only after the event loop has seen it readable, so a slow producer never blocks the
/// transfers in flight.
public final class LineReader {
    public enum Next: Equatable {
        /// A line without its terminator (and without a trailing CR).
        case line(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the buffer; its bytes are skipped.
        case overlong(number: Int)
        /// Nothing buffered; wait until the fd is readable.
        case wouldBlock
        case end
    }

    public let fd: Int32
    /// True when the fd must be watched by epoll before each read.
    public let isPollable: Bool
    /// Set by the loop when epoll reports the fd readable; cleared by each read.
    var readable = false

    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private var skippingOverlong = false
    private var number = 0

    public init(fd: Int32, bufferSize: Int = 256 * 1024) {
        self.fd = fd
        var info = stat()
        // epoll takes pipes, sockets and terminals; a regular file or another device (stdin from
        // /dev/null) it refuses with EPERM, and those are read when due, never waiting.
        if fstat(fd, &info) == 0 {
            let type = info.st_mode & S_IFMT
            isPollable = type == S_IFIFO || type == S_IFSOCK || (type == S_IFCHR && isatty(fd) == 1)
        } else {
            isPollable = true
        }
        buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    public func next() throws -> Next {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let lineStart = start
                start = newline + 1
                if skippingOverlong {
                    skippingOverlong = false
                    continue
                }
                number += 1
                return .line(number: number, bytes: withoutBOM(buffer[lineStart..<newline]))
            }
            if eof {
                guard start < end, !skippingOverlong else { return .end }
                let lineStart = start
                start = end
                number += 1
                return .line(number: number, bytes: withoutBOM(buffer[lineStart..<end]))
            }
            if start == 0 && end == buffer.count {
                // No newline in a full buffer: report the line once, then drop bytes up to its end.
                end = 0
                if !skippingOverlong {
                    skippingOverlong = true
                    number += 1
                    return .overlong(number: number)
                }
                continue
            }
            guard !isPollable || readable else { return .wouldBlock }
            try fill()
        }
    }

    /// A UTF-8 byte-order mark at the start of the input (Windows editors write one) is not part
    /// of the first line: it made line 1 a `bad_url` and a `#` comment on it a record.
    private func withoutBOM(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) else { return line }
        return line.dropFirst(3)
    }

    private func fill() throws {
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: end - start)
            }
            end -= start
            start = 0
        }
        let result = try buffer.withUnsafeMutableBytes { raw in
            try Posix.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]), "read(input)")
        }
        readable = false
        guard case .processed(let n) = result else { return }
        if n == 0 { eof = true }
        end += n
    }
}
