import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// Entry point. `crawl _worker …` (how the parent starts its workers) is dispatched before
/// argument parsing, because the root command's positional <file> would otherwise take `_worker`
/// as a file name; everything else is the `crawl` command itself.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first != "_worker" { StandardStreams.secure() }
        if arguments.first == "_worker" {
            Worker.main(Array(arguments.dropFirst()))
            return
        }
        do {
            var command = try Crawl.parseAsRoot(arguments)
            try command.run()
        } catch let code as ExitCode {
            // run() has said what went wrong, if anything.
            exit(code.rawValue)
        } catch {
            guard Crawl.exitCode(for: error) == .validationFailure else { Crawl.exit(withError: error) }
            Diagnostics.error(UsageError.line(Crawl.message(for: error)))
            exit(ExitCode.validationFailure.rawValue)
        }
    }
}

/// Every usage error in one style, whoever found it (the argument parser, `validate()`, or the
/// run before its first request): `crawl: error: <one line naming the flag, the value and what
/// is allowed>`, exit 64, nothing on standard output. The parser's own messages ("Unknown option
/// '--max-tme'. Did you mean '--max-time'?", "The value '0' is invalid for '--procs <n|auto>':
/// must be …") are kept, on one line, starting in lower case like crawl's own.
enum UsageError {
    static func line(_ message: String) -> String {
        var text = message.split(separator: "\n").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            .filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }.joined(separator: " ")
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        if let first = text.first, first.isUppercase, !text.hasPrefix("URL") {
            text = first.lowercased() + text.dropFirst()
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacing(". Did you mean", with: "; did you mean")
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
