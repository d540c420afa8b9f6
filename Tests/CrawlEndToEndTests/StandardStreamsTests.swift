import Foundation
import Testing

/// crawl started with a standard stream closed (`>&-`, `<&-`, `2>&-`), as cron jobs and careless
/// scripts do (issue 15): a message that says which stream and what to do, exit 64, never an
/// unrelated fd read as the input or written as the output.
@Suite struct StandardStreamsTests {
    static func shell(_ script: String, _ arguments: [String]) throws -> CrawlRun {
        try CrawlRun.run(["-c", script, Binaries.crawl.path] + arguments, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    static func list() throws -> URL {
        let file = try temporaryDirectory().appendingPathComponent("urls.txt")
        try Data((0..<5).map { FixtureServerProcess.shared.url("/gen/\($0)") }.joined(separator: "\n").appending("\n").utf8)
            .write(to: file)
        return file
    }

    @Test func aClosedStandardOutputIsNamed() throws {
        // The records go nowhere; what stderr says is copied back onto the real stdout for the test.
        let run = try Self.shell(#"exec 3>&1; "$0" "$@" 2>&3 >&-; echo "status $?""#, [try Self.list().path])
        let text = String(decoding: run.stdout, as: UTF8.self)
        #expect(text.contains("crawl: error: standard output is closed (>&-)"), "\(text)")
        #expect(text.hasSuffix("status 64\n"), "\(text)")
        #expect(text.split(separator: "\n").count == 2, "\(text)")
    }

    @Test func aClosedStandardOutputIsFineWithDashO() throws {
        let out = try temporaryDirectory().appendingPathComponent("out.jsonl")
        let run = try Self.shell(#""$0" "$@" >&-"#, [try Self.list().path, "-q", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 5)
    }

    @Test(arguments: [["-"], []])
    func aClosedStandardInputIsNamed(arguments: [String]) throws {
        let run = try Self.shell(#""$0" "$@" <&-"#, arguments)
        #expect(run.status == 64)
        #expect(run.stderr == "crawl: error: standard input is closed (<&-), so there are no URLs to read: give a file of URLs or URLs as arguments\n")
        #expect(run.stdout.isEmpty)
    }

    /// With the list named, a closed stdin does not matter; --procs workers get /dev/null.
    @Test(arguments: ["1", "2"])
    func aClosedStandardInputOrErrorIsFineWithAList(procs: String) throws {
        let run = try Self.shell(#""$0" "$@" <&- 2>&-"#, [try Self.list().path, "--procs", procs])
        #expect(run.status == 0)
        #expect(try run.records.count == 5)
    }
}
