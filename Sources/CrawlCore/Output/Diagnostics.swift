#if canImport(Glibc)
import Glibc
#endif

/// Messages for the person at the terminal. Standard output carries only records; these go to
/// stderr with one `write(2)` each, so they never interleave mid-line with another process's.
public enum Diagnostics {
    public static func warn(_ message: String) {
        write("crawl: warning: \(message)\n")
    }

    public static func error(_ message: String) {
        write("crawl: error: \(message)\n")
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
