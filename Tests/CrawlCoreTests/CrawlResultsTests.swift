import Testing

@testable import CrawlCore

/// `crawl(_:)` takes any sequence of URL strings, lazy and not `Sendable` ones included, as the
/// documentation shows. Offline: lines that are not URLs are `bad_url` records, no request made.
@Suite struct CrawlResultsTests {
    /// The documented usage (GettingStarted, `crawl(_:configuration:buffer:)`): a lazy `map`, kept
    /// in a constant first. `LazyMapSequence` is not `Sendable`; with a `Sendable` constraint this
    /// did not compile, and written inline it silently became an eager Array.
    @Test func aLazySequenceIsCrawled() async throws {
        let urls = (1...1_000).lazy.map { "not a url \($0)" }
        let _: LazyMapSequence<ClosedRange<Int>, String> = urls
        var lines: [Int] = []
        for try await record in crawl(urls) {
            #expect(record.error == .badURL)
            #expect(record.url == "not a url \(record.line)")
            lines.append(record.line)
        }
        #expect(lines.sorted() == Array(1...1_000))
    }

    final class Counter {
        var value = 0
    }

    /// A sequence whose state is a class, made one element at a time on the crawl's thread.
    @Test func aSequenceOverMutableStateIsCrawled() async throws {
        let urls = sequence(state: Counter()) { counter -> String? in
            counter.value += 1
            return counter.value <= 50 ? "# line \(counter.value)" : nil
        }
        var count = 0
        for try await record in crawl(urls, buffer: 4) {
            #expect(record.error == .badURL)
            count += 1
        }
        #expect(count == 50)
    }

    /// Each iteration runs the crawl anew, from the sequence's start, also two at once.
    @Test func iterationsRunAnewAndApart() async throws {
        let results = crawl((1...200).lazy.map { "not a url \($0)" })
        async let first = Self.lines(results)
        async let second = Self.lines(results)
        #expect(try await first == Array(1...200))
        #expect(try await second == Array(1...200))
        #expect(try await Self.lines(results) == Array(1...200))
    }

    static func lines(_ results: CrawlResults) async throws -> [Int] {
        var lines: [Int] = []
        for try await record in results { lines.append(record.line) }
        return lines.sorted()
    }
}
