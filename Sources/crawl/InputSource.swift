import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// Where the URLs come from, decided from the positional arguments as curl and httpx users
/// expect: a file, `-` (standard input), URLs themselves, or nothing with a piped stdin.
enum InputSource: Equatable {
    case stdin
    case file(String)
    case urls([String])

    /// A positional with a scheme (`https://…`, also `ftp://…`, which gets its
    /// `unsupported_scheme` record) is a URL; anything else names a file.
    static func isURL(_ argument: String) -> Bool { ArgumentList.isURL(argument) }

    static func resolve(_ arguments: [String], stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1) throws -> InputSource {
        if arguments.isEmpty {
            guard !stdinIsTerminal else {
                throw ValidationError("no URLs: name a file of URLs, give URLs as arguments, or pipe them in (- reads standard input)")
            }
            return .stdin
        }
        let urls = arguments.filter(isURL)
        let others = arguments.filter { !isURL($0) }
        if others.isEmpty { return .urls(urls) }
        guard urls.isEmpty else {
            throw ValidationError(
                "'\(others[0])' is not a URL: give URLs (with http:// or https://) or one file of URLs, not both")
        }
        guard others.count == 1 else {
            if let records = others.first(where: looksLikeRecords) {
                // `--resume part-*.jsonl` unquoted: the shell left all but the first part here.
                throw ValidationError(
                    "'\(records)' looks like crawl's records, not a list of URLs: for several --resume files quote the glob (--resume 'part-*.jsonl') or repeat --resume")
            }
            throw ValidationError(
                "one file of URLs at a time, not \(others.count) ('\(others[0])', '\(others[1])', …): cat them into - (cat a b | crawl -)")
        }
        let path = others[0]
        if path == "-" { return .stdin }
        try checkReadable(path)
        return .file(path)
    }

    /// A file named like crawl's output (`.jsonl`, `.csv`, `.tsv`) or starting with `{`.
    private static func looksLikeRecords(_ path: String) -> Bool {
        if [".jsonl", ".csv", ".tsv"].contains(where: { path.hasSuffix($0) }) { return true }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var first: UInt8 = 0
        return read(fd, &first, 1) == 1 && first == UInt8(ascii: "{")
    }

    /// A one-line reason why `path` cannot be read as a list, which mentions the other inputs.
    private static func checkReadable(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            if errno == ENOENT, looksLikeAHost(path) {
                throw ValidationError("'\(path)' is neither a file nor a URL: did you mean https://\(path)?")
            }
            guard errno == ENOENT || errno == ENOTDIR else { throw IOFailure(message: "cannot read '\(path)': \(reason)") }
            throw ValidationError("cannot read '\(path)': \(reason) (give a file of URLs, URLs, or - for standard input)")
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            throw ValidationError("'\(path)' is a directory, not a file of URLs (- reads standard input)")
        }
        guard access(path, R_OK) == 0 else { throw IOFailure.forPath("cannot read '\(path)'") }
    }

    /// `example.com`, `www.example.org/path`: what a user meant as a URL without its scheme.
    private static func looksLikeAHost(_ text: String) -> Bool {
        let host = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter),
            !["txt", "csv", "tsv", "list", "lst", "jsonl", "json", "gz", "urls", "log", "dat", "out", "in"].contains(last.lowercased())
        else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// The fd to read the lines from (the caller closes it unless it is stdin).
    func open() throws -> Int32 {
        switch self {
        case .stdin:
            return STDIN_FILENO
        case .file(let path):
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw IOFailure.forPath("cannot read '\(path)'") }
            return fd
        case .urls(let urls):
            return try ArgumentList.file(of: urls)
        }
    }
}
