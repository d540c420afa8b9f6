import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

// Helpers for runs whose stderr (and maybe stdout) is a terminal, and for reading what it showed.

func genList(_ count: Int, in dir: URL) throws -> URL {
    let all = try String(contentsOf: FixtureServerProcess.shared.genURLsFile, encoding: .utf8).split(separator: "\n")
    try #require(all.count >= count)
    let file = dir.appendingPathComponent("urls-\(count).txt")
    try Data((all.prefix(count).joined(separator: "\n") + "\n").utf8).write(to: file)
    return file
}

/// Checks stderr bytes for at least one progress frame ("\rcrawl: … URLs/s … in flight …ESC[K"),
/// then the erase ("\rESC[K"), then the summary, in that order.
func checkProgressFrames(_ output: Data, summary: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let frames = output.split(separator: 0x0D).map { String(decoding: $0, as: UTF8.self) }.filter {
        $0.hasPrefix("crawl: ") && $0.hasSuffix("\u{1B}[K") && $0.contains("URLs/s") && $0.contains("in flight")
    }
    #expect(!frames.isEmpty, "no progress frame in \(printable(output))", sourceLocation: sourceLocation)
    guard let lastFrame = output.range(of: Data("\rcrawl: ".utf8), options: .backwards),
        let erase = output.range(of: Data("\r\u{1B}[K".utf8), options: .backwards),
        let summaryStart = output.range(of: Data(summary.utf8))
    else {
        Issue.record("frame, erase or summary missing: \(printable(output))", sourceLocation: sourceLocation)
        return
    }
    #expect(lastFrame.lowerBound < erase.lowerBound, "progress not erased at the end", sourceLocation: sourceLocation)
    #expect(erase.upperBound == summaryStart.lowerBound, "the summary must follow the erase: \(printable(output))",
            sourceLocation: sourceLocation)
}

/// Control bytes made visible, for failure messages.
func printable(_ data: Data) -> String {
    String(decoding: data, as: UTF8.self).unicodeScalars.map { scalar -> String in
        switch scalar {
        case "\r": return "\\r"
        case "\n": return "\\n\n"
        case "\u{1B}": return "\\e"
        default: return String(scalar)
        }
    }.joined()
}

func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
}

/// Runs crawl with a pseudo-terminal for its stdin, stdout and stderr, via util-linux
/// `script -q -e -c CMD /dev/null`; returns what the terminal received. `pipeTo`: a shell command
/// crawl's stdout is piped into (`crawl … | cat`), which then writes to the terminal.
func runUnderPTY(_ arguments: [String], pipeTo: String? = nil) throws -> (status: Int32, output: Data) {
    let script = "/usr/bin/script"
    try #require(FileManager.default.isExecutableFile(atPath: script), "util-linux script is needed at \(script)")
    var command = ([Binaries.crawl.path] + arguments).map(shellQuote).joined(separator: " ")
    if let pipeTo { command += " | " + pipeTo }
    // script runs the command with $SHELL -c: make that a POSIX shell for the quoting above. Its
    // stdin is not a terminal, so it copies no window size and the line is never cut to a width.
    let run = try CrawlRun.run(
        ["-q", "-e", "-c", command, "/dev/null"], environment: ["SHELL": "/bin/sh"], executable: URL(fileURLWithPath: script))
    #expect(run.stderr.isEmpty, "script's own stderr: \(run.stderr)")
    return (run.status, run.stdout)
}

extension Data {
    func replacingOccurrences(of target: Data, with replacement: Data) -> Data {
        var result = Data()
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

/// What a terminal shows for `output`, line by line: `\r` returns to the line's start, `ESC[K`
/// erases from the cursor to its end, other bytes overwrite. A record printed after a half-drawn
/// progress line shows up as a line that does not start with the record.
func screenLines(_ output: Data) -> [String] {
    var lines: [String] = []
    var line: [UInt8] = []
    var column = 0
    var i = output.startIndex
    while i < output.endIndex {
        let byte = output[i]
        if byte == 0x1B, output[i...].starts(with: [0x1B, 0x5B, 0x4B]) {
            line.removeSubrange(min(column, line.count)...)
            i += 3
            continue
        }
        switch byte {
        case 0x0D: column = 0
        case 0x0A:
            lines.append(String(decoding: line, as: UTF8.self))
            line.removeAll()
            column = 0
        default:
            if column < line.count { line[column] = byte } else { line.append(byte) }
            column += 1
        }
        i += 1
    }
    if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
    return lines
}
