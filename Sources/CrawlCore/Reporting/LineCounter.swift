#if canImport(Glibc)
import Glibc
#endif

/// Counts the URL lines of a regular input file (not blank, not `#`), a slice at a time between
/// redraws, so the total is known early without delaying the first request or reading the file
/// into memory: a 500 MB list is counted within a few seconds of a running crawl.
final class LineCounter {
    private let fd: Int32
    private var offset: off_t = 0
    private var buffer = [UInt8](repeating: 0, count: 4 << 20)
    /// Inside a line whose fate is decided (counted or skipped) / at a line's start / in its
    /// leading whitespace.
    private var atLineStart = true
    private(set) var count = 0
    private(set) var finished = false

    /// Nil when `fd` is not a regular file (stdin from a pipe: the total is unknown).
    init?(fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.fd = fd
    }

    /// Counts up to `slices` buffers more; returns true once the whole file is counted.
    @discardableResult
    func advance(slices: Int = 4) -> Bool {
        var left = slices
        while !finished && left > 0 {
            left -= 1
            // A read error only ends the count early (the total stays unknown); the crawl reads the
            // same file through its own reader, which reports it.
            let n = (try? buffer.withUnsafeMutableBytes { try Posix.pread(fd, into: $0, at: offset, "pread(input)") }) ?? 0
            if n <= 0 {
                finished = true
                break
            }
            offset += off_t(n)
            buffer.withUnsafeBufferPointer { scan($0[..<n]) }
        }
        return finished
    }

    /// A line counts when its first byte that is not a space or tab is neither `#` nor its end:
    /// the rule `InputLine` applies (other ASCII whitespace is rare enough to ignore here).
    private func scan(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        var lineStart = atLineStart
        var count = self.count
        for byte in bytes {
            if byte == 0x0A {
                lineStart = true
            } else if lineStart, byte != 0x20, byte != 0x09, byte != 0x0D {
                lineStart = false
                if byte != UInt8(ascii: "#") { count += 1 }
            }
        }
        atLineStart = lineStart
        self.count = count
    }
}
