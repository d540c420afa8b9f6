import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// URLs given on the command line (`crawl https://a https://b`), as a file in memory, one per
/// line: the line reader, the line counter of the progress line and `--resume` then treat them
/// as any list, and a record's `line` is the argument's position (1 for the first URL).
public enum ArgumentList {
    /// Whether a command-line argument is a URL (`scheme://…`) rather than a file name; the same
    /// rule as for a list's lines (`InputLine`).
    public static func isURL(_ argument: String) -> Bool {
        InputLine.startsWithSchemeAndSlashes(argument)
    }

    /// A readable fd positioned at the start of the lines; the caller closes it.
    public static func file(of lines: [String]) throws -> Int32 {
        let fd = CCrawlSupport_memfd("crawl-arguments")
        guard fd >= 0 else { throw SystemError(errno: errno, call: "memfd_create") }
        var bytes: [UInt8] = []
        for line in lines {
            // A newline inside an argument would make two lines of one: it becomes a space (and
            // the line a `bad_url` record), so each argument still gets exactly one record.
            bytes.append(contentsOf: line.utf8.map { $0 == 0x0A ? 0x20 : $0 })
            bytes.append(0x0A)
        }
        do {
            try bytes.withUnsafeBytes { try writeAll(fd, $0) }
            guard lseek(fd, 0, SEEK_SET) == 0 else { throw SystemError(errno: errno, call: "lseek(arguments)") }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }
}
