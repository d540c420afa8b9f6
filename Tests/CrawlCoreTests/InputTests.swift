import Testing

@testable import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

@Suite struct InputLineTests {
    func parse(_ s: String) -> InputLine? { InputLine.parse(ArraySlice(Array(s.utf8))) }

    @Test func trimsWhitespaceAndCR() {
        #expect(parse("  http://a/b \r") == .url("http://a/b"))
    }

    @Test func skipsBlankAndComments() {
        #expect(parse("") == nil)
        #expect(parse(" \t\r") == nil)
        #expect(parse("# a comment") == nil)
        #expect(parse("   # indented comment") == nil)
    }

    @Test func rejectsInvalidUTF8AndControls() {
        guard case .invalid(let shown, _) = InputLine.parse(ArraySlice([0x68, 0x74, 0xFF, 0x70])) else {
            Issue.record("invalid UTF-8 accepted")
            return
        }
        #expect(shown == "ht\u{FFFD}p")
        guard case .invalid = parse("http://a/\u{0}b") else {
            Issue.record("NUL accepted")
            return
        }
    }
}

@Suite struct LineReaderTests {
    /// Writes `text` into a pipe and reads it back through a LineReader, as the loop would.
    func lines(_ bytes: [UInt8], bufferSize: Int = 64) throws -> [LineReader.Next] {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
        close(fds[1])
        defer { close(fds[0]) }
        let reader = LineReader(fd: fds[0], bufferSize: bufferSize)
        #expect(reader.isPollable)
        var out: [LineReader.Next] = []
        while true {
            let next = try reader.next()
            if next == .wouldBlock {
                reader.readable = true
                continue
            }
            out.append(next)
            if next == .end { break }
        }
        return out
    }

    @Test func splitsLinesAndKeepsALastLineWithoutNewline() throws {
        let result = try lines(Array("a\nbb\n\nccc".utf8))
        #expect(
            result == [
                .line(number: 1, bytes: ArraySlice(Array("a".utf8))), .line(number: 2, bytes: ArraySlice(Array("bb".utf8))),
                .line(number: 3, bytes: []), .line(number: 4, bytes: ArraySlice(Array("ccc".utf8))), .end,
            ])
    }

    /// A UTF-8 BOM is dropped from the start of the input only: line 1 is a URL (or a comment).
    @Test func aByteOrderMarkAtTheStartIsDropped() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let result = try lines(bom + Array("# list\n".utf8) + bom + Array("x\n".utf8))
        #expect(result == [.line(number: 1, bytes: ArraySlice(Array("# list".utf8))), .line(number: 2, bytes: ArraySlice(bom + Array("x".utf8))), .end])
        #expect(try lines(bom + Array("http://a.test/".utf8)) == [.line(number: 1, bytes: ArraySlice(Array("http://a.test/".utf8))), .end])
    }

    @Test func overlongLineIsReportedOnceAndSkipped() throws {
        let result = try lines(Array((String(repeating: "x", count: 200) + "\nok\n").utf8), bufferSize: 64)
        #expect(result == [.overlong(number: 1), .line(number: 2, bytes: ArraySlice(Array("ok".utf8))), .end])
    }

    @Test func aPipeIsOnlyReadWhenReadable() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let reader = LineReader(fd: fds[0])
        // Nothing was written: the reader must not block in read(2).
        #expect(try reader.next() == .wouldBlock)
    }
}
