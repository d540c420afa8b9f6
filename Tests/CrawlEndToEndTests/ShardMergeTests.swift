import Foundation
import Testing

/// Shards that merge without loss (issue 16): N runs of one list with `--shard i/N`, each writing
/// and resuming its own part; `--missing` says which URL lines no part answers (the check before
/// re-submitting a task); the README's merge gives one record per URL line in input order.
@Suite struct ShardMergeTests {
    static let server = FixtureServerProcess.shared
    static let shards = 3

    /// 300 URLs over 8 loopback hosts, a blank line, a comment and a bad URL (which still gets a
    /// record, from shard `line % N`): 301 URL lines.
    static func makeList(in dir: URL) throws -> (url: URL, lines: [String]) {
        var lines = (0..<300).map { server.url("/gen/\($0)", host: $0) }
        lines.insert("", at: 10)
        lines.insert("# a comment", at: 20)
        lines.insert("not a url", at: 30)
        let file = dir.appendingPathComponent("urls.txt")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return (file, lines)
    }

    /// The 1-based numbers of the lines that get records.
    static func urlLineNumbers(_ lines: [String]) -> [Int] {
        lines.indices.filter { !lines[$0].isEmpty && !lines[$0].hasPrefix("#") }.map { $0 + 1 }
    }

    static func crawlShard(_ i: Int, list: URL, dir: URL) throws {
        let part = dir.appendingPathComponent("part-\(i).jsonl").path
        let run = try CrawlRun.run([list.path, "--shard", "\(i)/\(shards)", "-q", "-o", part, "--resume", part])
        #expect(run.status == 0, "shard \(i): \(run.stderr)")
    }

    static func missing(_ arguments: [String], list: URL) throws -> (lines: [String], stderr: String) {
        let run = try CrawlRun.run([list.path, "--missing"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let text = String(decoding: run.stdout, as: UTF8.self)
        return (text.split(separator: "\n").map(String.init), run.stderr)
    }

    static func lineNumbers(inPart url: URL) throws -> [Int] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["line"] as? Int
        }
    }

    @Test func shardsAnswerEachLineOnceAndMissingLinesAreFound() throws {
        let dir = try temporaryDirectory()
        let (list, lines) = try Self.makeList(in: dir)
        let expected = Self.urlLineNumbers(lines)
        #expect(expected.count == 301)
        for i in 0..<Self.shards { try Self.crawlShard(i, list: list, dir: dir) }
        let parts = (0..<Self.shards).map { dir.appendingPathComponent("part-\($0).jsonl") }
        let answered = try parts.flatMap { try Self.lineNumbers(inPart: $0) }
        #expect(answered.sorted() == expected, "each URL line exactly once across the shards")

        // Nothing missing: crawl expands the quoted glob itself.
        let glob = dir.appendingPathComponent("part-*.jsonl").path
        let none = try Self.missing(["--resume", glob], list: list)
        #expect(none.lines.isEmpty)
        #expect(none.stderr.contains("0 of 301 URL lines have no record in 3 files"), "\(none.stderr)")

        // A task killed mid-run: the biggest part loses its second half and ends in a partial line.
        let sizes = try parts.map { try Self.lineNumbers(inPart: $0).count }
        let victim = sizes.indices.max { sizes[$0] < sizes[$1] }!
        let text = try String(contentsOf: parts[victim], encoding: .utf8)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let kept = rows.prefix(rows.count / 2)
        let cut = kept.joined(separator: "\n") + "\n" + String(rows[kept.count].prefix(25))
        try Data(cut.utf8).write(to: parts[victim])
        let lost = Set(try Self.lineNumbers(inPart: parts[victim])).symmetricDifference(
            Set(rows.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["line"] as? Int }))
        #expect(!lost.isEmpty)
        let wanted = lost.sorted().map { lines[$0 - 1] }
        #expect(try Self.missing(["--resume", glob], list: list).lines == wanted)
        #expect(try Self.missing(["--resume", parts[victim].path, "--shard", "\(victim)/\(Self.shards)"], list: list).lines == wanted)
        let other = (victim + 1) % Self.shards
        #expect(try Self.missing(["--resume", parts[other].path, "--shard", "\(other)/\(Self.shards)"], list: list).lines.isEmpty)

        // The task re-submitted with the same command finishes its part, and the merge in input
        // order (README, "Across machines") has one record per URL line.
        try Self.crawlShard(victim, list: list, dir: dir)
        #expect(try Self.missing(["--resume", glob], list: list).lines.isEmpty)
        let merged = dir.appendingPathComponent("all.jsonl")
        let merge = Process()
        merge.executableURL = URL(fileURLWithPath: "/bin/sh")
        merge.currentDirectoryURL = dir
        merge.arguments = ["-c", #"jq -R -r 'try ((fromjson | .line | tostring) + "\t" + .)' part-*.jsonl | sort -s -n -k1,1 -u -S 1G | cut -f2- > all.jsonl"#]
        try merge.run()
        merge.waitUntilExit()
        #expect(merge.terminationStatus == 0, "the merge needs jq (scripts/install-deps installs it)")
        #expect(try Self.lineNumbers(inPart: merged) == expected, "in input order, once each")
        let partRows = Set(try parts.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) })
        let mergedRows = try String(contentsOf: merged, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(mergedRows.allSatisfy(partRows.contains), "records byte for byte as the shards wrote them")
    }

    /// `--resume part-*.jsonl` unquoted: the shell leaves the other parts as positionals, and
    /// crawl says what went wrong instead of reading records as URLs.
    @Test func anUnquotedResumeGlobIsExplained() throws {
        let dir = try temporaryDirectory()
        let (list, _) = try Self.makeList(in: dir)
        for name in ["part-0.jsonl", "part-1.jsonl"] {
            try Data(#"{"url":"x","line":1}"#.utf8 + [0x0A]).write(to: dir.appendingPathComponent(name))
        }
        let run = try CrawlRun.run([list.path, "--resume", dir.appendingPathComponent("part-0.jsonl").path,
                                    dir.appendingPathComponent("part-1.jsonl").path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("looks like crawl's records"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
