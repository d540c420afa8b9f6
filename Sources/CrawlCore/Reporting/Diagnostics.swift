#if canImport(Glibc)
import Glibc
#endif

/// Messages for the person at the terminal. Standard output carries only records; these go to
/// stderr with one `write(2)` each, so they never interleave mid-line with another process's.
public enum Diagnostics {
    /// `--quiet`: warnings are dropped; errors still go out. Set once, before any thread starts.
    nonisolated(unsafe) public static var quiet = false

    public static func warn(_ message: String) {
        guard !quiet else { return }
        write("crawl: warning: \(message)\n")
    }

    /// Text for the person at the terminal (the run's summary), as is.
    public static func print(_ text: String) {
        write(text)
    }

    public static func error(_ message: String) {
        write("crawl: error: \(message)\n")
    }

    /// Erases a progress line drawn on stderr before a message is written (set by `RunMonitor`),
    /// so a warning during the run never starts after a half-drawn line.
    nonisolated(unsafe) static var clearLine: (() -> Void)?

    private static func write(_ text: String) {
        clearLine?()
        var text = text
        text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
