#if canImport(Glibc)
import Glibc
#endif

/// The warning `--shard` gives when splitting by host leaves one shard far more than its share:
/// a one-host list lands entirely in one shard (measured on a Slurm array of 4 over 3,000 fixture
/// URLs: all 3,000 in task 0, the other three idle). Read from the list's first lines, the same
/// on every machine.
public enum ShardBalance {
    /// Lines looked at: enough to see a skew, quick to read (about 1 MB of URLs).
    static let sampleLines = 10_000

    /// A warning when, among the first URL lines of the regular file `fd`, some shard gets at
    /// least twice its share (and at least 100 lines were seen); nil otherwise, for `--shard-by
    /// url`, or when `fd` is not a regular file (a pipe cannot be read twice).
    public static func warning(fd: Int32, shard: Shard) -> String? {
        guard shard.key == .host, shard.count >= 2 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard let parser = try? CurlURLParser() else { return nil }
        defer { parser.close() }
        var counts = [Int](repeating: 0, count: shard.count)
        var hosts = Set<String>()
        var lines = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        var start = 0
        while start < n, lines < sampleLines, let newline = buffer[start..<n].firstIndex(of: 0x0A) {
            defer { start = newline + 1 }
            guard case .url(let text)? = InputLine.parse(buffer[start..<newline]) else { continue }
            let url = InputLine.lacksScheme(text) ? "https://" + text : text
            guard case .fetch(let host) = parser.check(url) else { continue }
            lines += 1
            hosts.insert(host)
            counts[Int(HostHash.of(host) % UInt64(shard.count))] += 1
        }
        guard lines >= 100, let most = counts.max(), most * shard.count >= 2 * lines else { return nil }
        let busiest = counts.firstIndex(of: most)!
        let percent = most * 100 / lines
        let mine = counts[shard.index] * 100 / lines
        return "--shard splits by host: of the first \(lines) URLs (\(hosts.count) host\(hosts.count == 1 ? "" : "s")), "
            + "shard \(busiest)/\(shard.count) gets \(percent)% and this shard \(shard.index)/\(shard.count) \(mine)%; "
            + "for hosts of your own, --shard-by url splits evenly"
    }
}
