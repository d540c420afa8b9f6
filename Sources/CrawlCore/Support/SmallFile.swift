#if canImport(Glibc)
import Glibc
#endif

/// The text of a small file read in one `read(2)` (a /proc or /sys entry: a few hundred bytes), or
/// nil when it cannot be read.
enum SmallFile {
    static func text(_ path: String, limit: Int = 4096) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }
}
