import FoundationEssentials
import Testing

@testable import CrawlCore

/// `RecordJSON` replaced Foundation's encoder on the hot path; Foundation's decoder checks it.
@Suite struct RecordJSONTests {
    static let hostile: [String] = [
        "", "plain", "quote \" and backslash \\ and slash /", "tab\tnew\nline\r\u{8}\u{C}",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}\u{2028}\u{2029}\u{FEFF}",
        "日本語 한국어 中文 😀 \u{FFFD}", "\\u0041 is not an escape here", String(repeating: "x\"", count: 5000),
    ]

    static func json(_ record: CrawlRecord) -> [UInt8] {
        var out: [UInt8] = []
        RecordJSON.append(record, to: &out)
        return out
    }

    @Test(arguments: hostile)
    func everyStringRoundTrips(text: String) throws {
        let record = CrawlRecord(
            url: "http://a/\(text)", line: 7, finalURL: text, status: 200, title: text, contentType: text,
            charset: text, redirects: 3, bytes: 123_456, elapsedMS: 0, error: .http, errorDetail: text)
        let bytes = RecordJSONTests.json(record)
        #expect(!bytes.contains { $0 < 0x20 }, "a raw control character would break the line")
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(try JSONDecoder().decode(CrawlRecord.self, from: Data(bytes)) == record)
    }

    @Test func nullsAndExtremeIntegers() throws {
        for number in [0, 1, -1, 9, 10, 99, 1_000_000, Int.max, Int.min] {
            let record = CrawlRecord(
                url: "u", line: number, status: number, redirects: number, bytes: number, elapsedMS: number, attempts: number)
            let decoded = try JSONDecoder().decode(CrawlRecord.self, from: Data(RecordJSONTests.json(record)))
            #expect(decoded == record)
        }
    }

    @Test func keysInDeclarationOrderWithExplicitNulls() {
        let text = String(decoding: RecordJSONTests.json(CrawlRecord(url: "http://a/", line: 1)), as: UTF8.self)
        #expect(
            text == #"{"url":"http://a/","line":1,"final_url":null,"status":null,"title":null,"content_type":null,"#
                + #""charset":null,"charset_source":null,"redirects":0,"bytes":0,"elapsed_ms":0,"attempts":0,"ip":null,"http_version":null,"tls_resumed":null,"#
                + #""timing":null,"error":null,"error_detail":null}"#)
    }

    @Test func timingIsMillisecondsWithMicroseconds() throws {
        let timing = Timing(dnsUS: 0, connectUS: 1, tlsUS: nil, ttfbUS: 12_345, totalUS: 9_876_543_210)
        let record = CrawlRecord(url: "u", line: 1, attempts: 3, ip: "::1", httpVersion: "2", timing: timing)
        let text = String(decoding: RecordJSONTests.json(record), as: UTF8.self)
        #expect(text.contains(#""timing":{"dns_ms":0.000,"connect_ms":0.001,"tls_ms":null,"ttfb_ms":12.345,"total_ms":9876543.210}"#))
        #expect(try JSONDecoder().decode(CrawlRecord.self, from: Data(RecordJSONTests.json(record))) == record)
    }
}
