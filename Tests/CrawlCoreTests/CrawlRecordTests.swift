import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import CrawlCore

@Suite struct CrawlRecordTests {
    @Test func absentFieldsAreExplicitNulls() throws {
        let sink = CollectingWriter()
        try sink.writer.emit(CrawlRecord(url: "http://a/", line: 3, error: .dns, errorDetail: "nope"))
        try sink.writer.flush()
        let line = try sink.output()
        #expect(line.hasSuffix("\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let object = try JSONDecoder().decode([String: JSONValue].self, from: Data(line.utf8))
        #expect(object["title"] == .null)
        #expect(object["status"] == .null)
        #expect(object["error"] == .string("dns"))
        #expect(object["line"] == .number(3))
        #expect(
            Set(object.keys) == [
                "url", "line", "final_url", "status", "title", "content_type", "charset", "charset_source", "redirects", "bytes",
                "elapsed_ms", "attempts", "ip", "http_version", "tls_resumed", "timing", "error", "error_detail",
            ])
    }

    @Test func controlCharactersAreEscaped() throws {
        let sink = CollectingWriter()
        try sink.writer.emit(CrawlRecord(url: "http://a/", line: 1, title: "a\u{1}b\nc\u{2028}"))
        try sink.writer.flush()
        let line = try sink.output()
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let record = try JSONDecoder().decode(CrawlRecord.self, from: Data(line.utf8))
        #expect(record.title == "a\u{1}b\nc\u{2028}")
    }
}

enum JSONValue: Decodable, Equatable {
    case null, string(String), number(Double), bool(Bool)

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else {
            self = .string(try c.decode(String.self))
        }
    }
}

/// A RecordWriter over a temporary file, read back after the test.
final class CollectingWriter {
    let path: String
    let fd: Int32
    let writer: RecordWriter

    init() {
        path = "/tmp/crawl-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).jsonl"
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        writer = RecordWriter(fd: fd)
    }

    func output() throws -> String {
        lseek(fd, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        close(fd)
        unlink(path)
        return String(decoding: bytes, as: UTF8.self)
    }
}
