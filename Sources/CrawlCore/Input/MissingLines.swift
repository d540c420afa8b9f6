#if canImport(Glibc)
import Glibc
#endif

/// `--missing`: the input's URL lines that no record answers yet — the check a user runs over
/// shard outputs before re-submitting the shards that did not finish.
///
/// A URL line is one that gets a record (every line but blank and `#` ones, bad URLs included),
/// and with `--shard` only this shard's lines count, by the same rules as a crawl
/// (`LineRouter`). Each missing line is written as it was read, so the output is itself a list
/// crawl can take.
public enum MissingLines {
    public struct Counts: Equatable, Sendable {
        /// URL lines of this shard, and those without a record.
        public var lines = 0
        public var missing = 0
    }

    /// Reads `input` to its end and writes each missing line, newline-terminated, to `output`.
    public static func write(input: Int32, shard: Shard?, answered: AnsweredLines?, to output: Int32) throws -> Counts {
        let parser = try CurlURLParser()
        defer { parser.close() }
        let router = LineRouter(parser: parser, shard: shard, skip: nil)
        let reader = LineReader(fd: input)
        var counts = Counts()
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        func flush() throws {
            var written = 0
            while written < out.count {
                let n = try syscall("write") { out.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + written, $0.count - written) } }
                written += n
            }
            out.removeAll(keepingCapacity: true)
        }
        loop: while true {
            let item = try reader.next()
            switch item {
            case .end: break loop
            case .wouldBlock:
                var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                _ = poll(&poller, 1, -1)
                continue
            case .line(let number, _), .overlong(let number):
                guard !router.route(item).isIgnored else { continue }
                counts.lines += 1
                if answered?.contains(number) == true { continue }
                counts.missing += 1
                if case .line(_, let bytes) = item {
                    out.append(contentsOf: bytes)
                    out.append(0x0A)
                } else {
                    // Its bytes were never kept: the line number stands in for it.
                    out.append(contentsOf: "# line \(number): longer than the input buffer\n".utf8)
                }
            }
            if out.count >= 1 << 16 { try flush() }
        }
        try flush()
        return counts
    }
}

extension LineRouter.Route {
    var isIgnored: Bool {
        if case .ignore = self { return true }
        return false
    }
}
