import CrawlCore
import Foundation
import Testing

/// The library face: `crawl(_:configuration:)` as an `AsyncSequence` of records, against the
/// fixture server, and the README's example program, which must be the file the tests build.
@Suite struct LibraryTests {
    @Test func crawlsTheFixtureServer() async throws {
        let urls = (0..<200).map { FixtureServerProcess.shared.url("/gen/\($0)") }
        var configuration = CrawlConfiguration()
        configuration.concurrency = 16
        var records: [CrawlRecord] = []
        for try await record in crawl(urls, configuration: configuration) {
            records.append(record)
        }
        #expect(records.count == 200)
        #expect(Set(records.map(\.line)) == Set(1...200))
        for record in records {
            #expect(record.url == urls[record.line - 1])
            #expect(record.status == 200 && record.error == nil)
            #expect(record.title == "Fixture page \(record.line - 1)", "\(record)")
        }
    }

    @Test func badLinesAreRecordsToo() async throws {
        let urls = ["ftp://example.com/", "not a url\n", FixtureServerProcess.shared.url("/gen/1"), "", "# x"]
        var byLine: [Int: CrawlRecord] = [:]
        for try await record in crawl(urls) { byLine[record.line] = record }
        #expect(byLine.count == 5)
        #expect(byLine[1]?.error == .unsupportedScheme)
        #expect(byLine[2]?.error == .badURL)
        #expect(byLine[3]?.title == "Fixture page 1")
        // Unlike lines of a file, blank and # elements are answered: one record per element.
        #expect(byLine[4]?.error == .badURL && byLine[5]?.error == .badURL)
    }

    enum Stop: String, CaseIterable { case cancelTheTask, leaveTheLoop }

    /// One quick page and 30 that would take a minute: once the quick record is in, the consumer
    /// stops, and the server must see every other connection closed, long before a minute.
    @Test(arguments: Stop.allCases)
    func stoppingTheConsumerStopsTheCrawl(_ stop: Stop) async throws {
        let tag = newTag("cancel")
        let slow = (0..<30).map { FixtureServerProcess.shared.url("/track/\(tag)/delay/60000?i=\($0)") }
        let urls = [FixtureServerProcess.shared.url("/gen/7")] + slow
        var configuration = CrawlConfiguration()
        configuration.concurrency = 40
        configuration.perHost = 0
        configuration.retries = 0
        // Nothing else may end them early: no low-speed cut-off, no deadline before the delay.
        configuration.lowSpeedLimit = 0
        configuration.timeout = 120
        let results = crawl(urls, configuration: configuration)
        let task = Task { () throws -> Int in
            var count = 0
            for try await _ in results {
                count += 1
                if stop == .leaveTheLoop { break }
                withUnsafeCurrentTask { $0?.cancel() }
            }
            return count
        }
        #expect(try await task.value == 1)
        // The slow requests reached the server (31 started at once); now they must all be gone.
        var stats = try FixtureStats.fetch(tag: tag)
        for _ in 0..<400 where stats.hosts.values.reduce(0, { $0 + $1.inFlight }) > 0 {
            try await Task.sleep(nanoseconds: 50_000_000)
            stats = try FixtureStats.fetch(tag: tag)
        }
        #expect(stats.hosts.values.reduce(0) { $0 + $1.inFlight } == 0, "\(stats.hosts)")
        #expect(stats.hosts.values.reduce(0) { $0 + $1.requests } >= 1)
    }

    /// A consumer slower than the crawl: the crawl pauses (its buffer is full) and resumes, and
    /// nothing is lost or repeated.
    @Test func aSlowConsumerGetsEveryRecordOnce() async throws {
        let urls = (0..<120).map { FixtureServerProcess.shared.url("/gen/\($0)") }
        var configuration = CrawlConfiguration()
        configuration.concurrency = 8
        var lines: [Int] = []
        for try await record in crawl(urls, configuration: configuration, buffer: 4) {
            lines.append(record.line)
            if lines.count % 10 == 0 { try await Task.sleep(nanoseconds: 5_000_000) }
        }
        #expect(lines.sorted() == Array(1...120))
    }

    /// The README shows the example program; this is the file the package builds and runs.
    @Test func readmeExampleIsTheBuiltExample() throws {
        let readme = try String(contentsOf: Binaries.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(
            contentsOf: Binaries.repository.appendingPathComponent("Examples/Titles/main.swift"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + source + "```\n"), "README.md must quote Examples/Titles/main.swift verbatim")
    }

    @Test func exampleProgramCrawlsTheFixtureServer() throws {
        let urls = (0..<5).map { FixtureServerProcess.shared.url("/gen/\($0)") } + ["ftp://example.com/"]
        let process = Process()
        process.executableURL = Binaries.directory.appendingPathComponent("titles-example")
        process.arguments = urls
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.count == 6)
        for (i, url) in urls.prefix(5).enumerated() {
            #expect(lines.contains { $0.count == 3 && $0[0] == "200" && $0[1] == "Fixture page \(i)" && $0[2] == url[...] })
        }
        #expect(lines.contains { $0.first == "unsupported_scheme" })
    }
}
