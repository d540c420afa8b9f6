import Foundation
import Testing

/// `docs/crawl.1`, the shipped man page, is generated from the help text (`scripts/gen-manual`);
/// this keeps it from going stale: it must list the same long options as `crawl --help`.
@Suite struct ManualPageTests {
    /// The long options of `crawl --help`: its option lines, `  -c, --concurrency <n>` and
    /// `  --progress/--no-progress`, two spaces in (continuation lines are indented further).
    static func helpOptions() throws -> Set<String> {
        let run = try CrawlRun.run(["--help"])
        #expect(run.status == 0)
        let text = String(decoding: run.stdout, as: UTF8.self)
        let line = try Regex(#"^  (?:-[A-Za-z], )?(--[a-z0-9][a-z0-9.-]*)(?:/(--[a-z0-9][a-z0-9.-]*))?"#)
            .anchorsMatchLineEndings()
        var options: Set<String> = []
        for match in text.matches(of: line) {
            for index in 1...2 {
                if let name = match.output[index].substring { options.insert(String(name)) }
            }
        }
        return options
    }

    /// The long options the page describes: its `.It Fl -name` and `.It Fl c , -name` entries
    /// (mdoc's `Fl` adds one dash: `Fl -procs` reads `--procs`).
    static func manualOptions() throws -> Set<String> {
        let page = try String(contentsOf: Binaries.repository.appendingPathComponent("docs/crawl.1"), encoding: .utf8)
        let entry = try Regex(#"^\.It Fl (?:[A-Za-z] , )?-([a-z0-9][a-z0-9.-]*)"#).anchorsMatchLineEndings()
        return Set(page.matches(of: entry).compactMap { $0.output[1].substring.map { "--" + $0 } })
    }

    @Test func theManualListsEveryOptionOfHelp() throws {
        let help = try Self.helpOptions()
        #expect(help.isSuperset(of: ["--procs", "--concurrency", "--no-progress", "--help"]), "\(help.sorted())")
        let manual = try Self.manualOptions()
        #expect(help.subtracting(manual).isEmpty, "in --help, not in docs/crawl.1 (run scripts/gen-manual): \(help.subtracting(manual).sorted())")
        #expect(manual.subtracting(help).isEmpty, "in docs/crawl.1, not in --help (run scripts/gen-manual): \(manual.subtracting(help).sorted())")
    }
}
