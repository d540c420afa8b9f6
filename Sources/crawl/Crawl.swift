import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// The `crawl` command: reads URLs, prints one JSON object per URL.
///
/// The root command is synchronous on purpose: the process stays single-threaded (libcurl's
/// resolver threads aside), which keeps the event loop simple and worker processes safe to spawn.
@main
struct Crawl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Fetch the <title> of every URL in a list; print one JSON object per URL.",
        discussion: """
            Reads URLs one per line from FILE (or standard input for -); blank lines and lines \
            starting with # are skipped. Writes one JSON object per URL line to standard output, in \
            completion order, each on its own line:

              crawl urls.txt --concurrency 64 | jq -r 'select(.title) | .title'

            Only http and https URLs are fetched, redirects included. A URL that fails still gets a \
            record, with "error" set to a short kind (dns, connect, tls, timeout, …) and \
            "error_detail" saying why. The exit status is 0 when every line was answered, even if \
            some URLs failed; usage errors exit with 64 and print nothing on standard output.
            """,
        version: "crawl \(CrawlVersion.string)"
    )

    @Argument(help: ArgumentHelp("File of URLs, one per line, or - for standard input.", valueName: "file"))
    var input: String

    @OptionGroup(title: "Concurrency")
    var concurrency: ConcurrencyOptions

    @OptionGroup(title: "Limits")
    var limits: LimitOptions

    @OptionGroup(title: "HTTP")
    var http: HTTPOptions

    func validate() throws {
        try concurrency.validate()
        try limits.validate()
        if input != "-" {
            var info = stat()
            guard stat(input, &info) == 0 else {
                throw ValidationError("cannot read '\(input)': \(String(cString: strerror(errno)))")
            }
            guard (info.st_mode & S_IFMT) != S_IFDIR else {
                throw ValidationError("'\(input)' is a directory, not a file of URLs")
            }
            guard access(input, R_OK) == 0 else {
                throw ValidationError("cannot read '\(input)': \(String(cString: strerror(errno)))")
            }
        }
    }

    func run() throws {
        // A closed stdout must surface as EPIPE from write(2), not kill the process mid-line.
        signal(SIGPIPE, SIG_IGN)
        var configuration = CrawlConfiguration()
        concurrency.apply(to: &configuration)
        limits.apply(to: &configuration)
        http.apply(to: &configuration)
        if concurrency.procs.count > 1 {
            Diagnostics.warn("--procs \(concurrency.procs.count): worker processes are not built yet; running one")
        }

        let fd: Int32 = input == "-" ? STDIN_FILENO : open(input, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            Diagnostics.error("cannot open '\(input)': \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        defer { if fd != STDIN_FILENO { close(fd) } }

        let crawler: Crawler
        do {
            crawler = try Crawler(configuration: configuration)
        } catch {
            Diagnostics.error("cannot start: \(error)")
            throw ExitCode(1)
        }
        defer { crawler.close() }
        do {
            try crawler.run(input: LineReader(fd: fd), sink: JSONLinesWriter(fd: STDOUT_FILENO))
        } catch is OutputClosed {
            // `crawl … | head`: the reader has what it wanted.
            return
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
    }
}

/// Messages for the person at the terminal; standard output carries only records.
enum Diagnostics {
    static func warn(_ message: String) {
        write("crawl: warning: \(message)\n")
    }

    static func error(_ message: String) {
        write("crawl: error: \(message)\n")
    }

    private static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
