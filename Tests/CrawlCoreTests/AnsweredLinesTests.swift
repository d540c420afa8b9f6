import Foundation
import Testing

@testable import CrawlCore

/// `--resume` reads any output format back: jsonl, csv (quote-aware) and tsv.
@Suite struct AnsweredLinesTests {
    /// A fresh directory per test, removed afterwards.
    final class TempDir {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("answered-lines-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static let lines = [2, 3, 64, 1000]

    /// Records whose strings would fool a splitter that ignores quotes: with `title` before `line`,
    /// splitting "a,5,b" on every comma puts 5 where the line number should be.
    static let records: [CrawlRecord] = lines.map { line in
        CrawlRecord(
            url: "http://h/,\(line + 1),\"x\"", line: line, status: line == 3 ? nil : 200, title: "a,5,b \"q\", \"\"",
            error: line == 64 ? .timeout : nil, errorDetail: "tab\there, new\nline")
    }

    static func output(_ formatter: RecordFormatter) -> [UInt8] {
        var out = formatter.header ?? []
        for record in records { formatter.append(record, to: &out) }
        return out
    }

    static func check(_ answered: AnsweredLines, _ expected: [Int] = lines) {
        #expect(answered.count == expected.count)
        for line in 0...1100 { #expect(answered.contains(line) == expected.contains(line), "line \(line)") }
    }

    @Test(arguments: [
        (OutputFormat.jsonl, RecordField.allCases),
        (.jsonl, [.title, .line]),
        (.csv, RecordField.allCases),
        (.csv, [.title, .url, .errorDetail, .line, .status]),
        (.tsv, RecordField.allCases),
        (.tsv, [.errorDetail, .title, .line]),
    ])
    func readsEveryFormatAndIgnoresAPartialLastLine(format: OutputFormat, fields: [RecordField]) throws {
        let dir = try TempDir()
        let formatter = RecordFormatter(format: format, fields: fields)
        let complete = Self.output(formatter)
        var partial: [UInt8] = []
        formatter.append(CrawlRecord(url: "http://partial/", line: 7, title: "cut"), to: &partial)
        partial.removeLast()  // no newline: a run killed mid-write

        let path = try dir.write("out.\(format)", complete + partial)
        let answered = try AnsweredLines(path: path)
        Self.check(answered)
        #expect(!answered.contains(7))
        #expect(answered.completeLength == complete.count)
        #expect(answered.format == format)
        #expect(answered.columns == (format == .jsonl ? [] : DelimitedText.columns(for: fields)))

        let whole = try AnsweredLines(path: dir.write("whole.\(format)", complete))
        Self.check(whole)
        #expect(whole.completeLength == complete.count)
    }

    @Test func csvWithQuotedHeaderAndLineValues() throws {
        let dir = try TempDir()
        let text = "\"url\",\"title\",\"line\"\r\n\"http://a/,b\",\"x,\"\"9\"\"\",\"12\"\r\nhttp://b/,,13\r\n\"\",\"\"\"\",14\n"
            + "short\r\n\"c\",\"d\",\r\n\"e\",\"f\",0\r\n\"g\",\"h\",99999999999999999999999\r\n\"i\",\"j\",1x\r\n"
        let answered = try AnsweredLines(path: dir.write("quoted.csv", Array(text.utf8)))
        Self.check(answered, [12, 13, 14])
        #expect(answered.columns == ["url", "title", "line"])
        #expect(answered.completeLength == text.utf8.count)
    }

    @Test(arguments: [OutputFormat.csv, .tsv])
    func withoutALineColumnItThrows(format: OutputFormat) throws {
        let dir = try TempDir()
        let path = try dir.write("noline.\(format)", Self.output(RecordFormatter(format: format, fields: [.url, .title])))
        let error = #expect(throws: AnsweredLines.NoLineColumnError.self) { try AnsweredLines(path: path) }
        let message = try #require(error).description
        #expect(message.contains("no 'line' column"))
        #expect(message.contains("--resume"))
        #expect(try #require(error).columns == ["url", "title"])
    }

    @Test func aColumnMerelyContainingLineIsNotIt() throws {
        let dir = try TempDir()
        let path = try dir.write("lines.csv", Array("url,lines,line_no\r\nhttp://a/,1,2\r\n".utf8))
        #expect(throws: AnsweredLines.NoLineColumnError.self) { try AnsweredLines(path: path) }
    }

    @Test func missingEmptyAndHeaderOnlyFiles() throws {
        let dir = try TempDir()
        let missing = try AnsweredLines(path: dir.url.appendingPathComponent("absent.csv").path)
        #expect(missing.count == 0 && missing.completeLength == 0 && missing.format == nil)

        let empty = try AnsweredLines(path: dir.write("empty.csv", []))
        #expect(empty.count == 0 && empty.completeLength == 0 && empty.format == nil)

        let header = try #require(RecordFormatter(format: .csv).header)
        let headerOnly = try AnsweredLines(path: dir.write("header.csv", header))
        #expect(headerOnly.count == 0 && headerOnly.completeLength == header.count && headerOnly.format == .csv)

        let cutHeader = try AnsweredLines(path: dir.write("cut.tsv", Array("url\tli".utf8)))
        #expect(cutHeader.count == 0 && cutHeader.completeLength == 0 && cutHeader.format == nil)
    }

    /// Rows past the 1 MB read buffer, split across reads, still count.
    @Test func largeCSVAcrossReadBoundaries() throws {
        let dir = try TempDir()
        let formatter = RecordFormatter(format: .csv, fields: [.title, .line])
        var out = formatter.header!
        let count = 30_000
        for line in 1...count {
            formatter.append(CrawlRecord(url: "u", line: line, title: "t,\"\(line)\" " + String(repeating: "x", count: line % 90)), to: &out)
        }
        let answered = try AnsweredLines(path: dir.write("big.csv", out + Array("\"tail,".utf8)))
        #expect(out.count > 1 << 20)
        #expect(answered.count == count)
        #expect(answered.contains(1) && answered.contains(count) && !answered.contains(count + 1))
        #expect(answered.completeLength == out.count)
    }

    /// Found by `scripts/fuzz` (Fuzz/Regressions/FuzzResume/huge-line-number): one record with
    /// line 999,999,999,999 grew the bitmap to 15 GB and killed the run. Far-off lines are kept
    /// one by one; near ones still go in the bitmap.
    @Test func aHugeLineNumberIsKeptWithoutItsBitmap() throws {
        let dir = try TempDir()
        let path = try dir.write("out.jsonl", Array("{\"line\":999999999999}\n{\"line\":5}\n{\"line\":\(Int.max)}\n".utf8))
        let answered = try AnsweredLines(path: path)
        #expect(answered.count == 3)
        #expect(answered.contains(999_999_999_999))
        #expect(answered.contains(5))
        #expect(answered.contains(Int.max))
        #expect(!answered.contains(999_999_999_998))
        #expect(!answered.contains(6))
    }
}
