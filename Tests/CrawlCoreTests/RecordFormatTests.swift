import CSV
import Foundation
import Testing

@testable import CrawlCore

/// `RecordFormatter`: jsonl with a field subset, csv (checked by CSV.swift, an independent RFC 4180
/// reader) and tsv, over hostile strings.
@Suite struct RecordFormatTests {
    static let hostile: [String?] = [
        nil, "", "plain", "comma, inside", "quote \" inside", "\"\"", "\"", " leading", "trailing ", "  ",
        "new\nline", "cr\rhere", "crlf\r\nhere", "tab\there", "esc\u{1B}[31m", "nel\u{85} c1\u{80}\u{9F} del\u{7F} nul\u{0}",
        "emoji 😀👍🏽 and CJK 日本語 中文 한국어", "\u{A0}no-break spaces are not controls\u{A0}", ",\",\r\n\"",
        "a,5,b", "\u{3000}ideographic\u{3000}", "=1+2",
    ]

    static let timings: [Timing?] = [
        nil, Timing(dnsUS: 0, connectUS: 1, tlsUS: nil, ttfbUS: 12_345, totalUS: 9_876_543_210),
        Timing(dnsUS: 1_500, connectUS: 20_000, tlsUS: 999, ttfbUS: 100_001, totalUS: 100_002),
    ]

    /// One record per hostile string, in every string field, with nulls and numbers varied.
    static let records: [CrawlRecord] = hostile.enumerated().map { i, text in
        CrawlRecord(
            url: "http://h/\(text ?? "")?q=a,b", line: i * 37 + 1, finalURL: text, status: i % 2 == 0 ? 200 : nil,
            title: text, contentType: hostile[(i + 1) % hostile.count], charset: i % 3 == 0 ? "utf-8" : nil,
            redirects: i, bytes: i * 1000, elapsedMS: i == 5 ? Int.max : i, attempts: i % 4,
            ip: i % 3 == 0 ? "::1" : nil, httpVersion: i % 2 == 0 ? "1.1" : nil,
            tlsResumed: [nil, true, false][i % 3], timing: timings[i % timings.count],
            error: i % 2 == 0 ? nil : ErrorKind.allCases[i % ErrorKind.allCases.count],
            errorDetail: hostile[(i + 3) % hostile.count])
    }

    static func bytes(_ formatter: RecordFormatter, _ records: [CrawlRecord]) -> [UInt8] {
        var out = formatter.header ?? []
        for record in records { formatter.append(record, to: &out) }
        return out
    }

    /// What csv/tsv must carry for a string: controls replaced, null as empty.
    static func clean(_ text: String?) -> String {
        guard let text else { return "" }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// The five timing values as RecordJSON writes them, read from its text ("" for null).
    static func timingTexts(_ record: CrawlRecord) -> [String] {
        var json: [UInt8] = []
        RecordJSON.append(record, to: &json)
        let text = String(decoding: json, as: UTF8.self)
        let after = text[text.range(of: #""timing":"#)!.upperBound...]
        if after.hasPrefix("null") { return Array(repeating: "", count: 5) }
        let object = after[after.index(after: after.startIndex)..<after.firstIndex(of: "}")!]
        return object.split(separator: ",").map { pair in
            let value = pair[pair.index(after: pair.firstIndex(of: ":")!)...]
            return value == "null" ? "" : String(value)
        }
    }

    static let allColumns = [
        "url", "line", "final_url", "status", "title", "content_type", "charset", "charset_source", "redirects", "bytes", "elapsed_ms",
        "attempts", "ip", "http_version", "tls_resumed", "dns_ms", "connect_ms", "tls_ms", "ttfb_ms", "total_ms", "error",
        "error_detail",
    ]

    static func expectedRow(_ r: CrawlRecord) -> [String] {
        [
            clean(r.url), String(r.line), clean(r.finalURL), r.status.map(String.init) ?? "", clean(r.title),
            clean(r.contentType), clean(r.charset), clean(r.charsetSource?.rawValue), String(r.redirects), String(r.bytes), String(r.elapsedMS),
            String(r.attempts), clean(r.ip), clean(r.httpVersion), r.tlsResumed.map { $0 ? "true" : "false" } ?? "",
        ] + timingTexts(r) + [r.error?.rawValue ?? "", clean(r.errorDetail)]
    }

    /// Only the line structure's own characters may be controls.
    static func controls(in text: String, allowed: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) && !allowed.contains($0) }
    }

    // MARK: csv

    @Test(arguments: [false, true])
    func csvRoundTripsThroughAnRFC4180Reader(trimFields: Bool) throws {
        let out = Self.bytes(RecordFormatter(format: .csv), Self.records)
        let text = try #require(String(validating: out, as: UTF8.self))
        #expect(Self.controls(in: text, allowed: ["\r", "\n"]).isEmpty)

        // Trimming readers strip unquoted edge spaces: the quoting rule keeps them.
        let reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: trimFields)
        #expect(reader.headerRow == Self.allColumns)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.error == nil)
        try #require(rows.count == Self.records.count)
        for (row, record) in zip(rows, Self.records) {
            let expected = Self.expectedRow(record)
            #expect(row.count == expected.count)
            for (column, (got, want)) in zip(Self.allColumns, zip(row, expected)) {
                #expect(got == want, "line \(record.line) column \(column)")
            }
        }
    }

    @Test func csvRowsEndInCRLFAndAreOneLineEach() {
        let out = Self.bytes(RecordFormatter(format: .csv), Self.records)
        let newlines = out.indices.filter { out[$0] == 0x0A }
        #expect(newlines.count == Self.records.count + 1)
        #expect(newlines.allSatisfy { $0 > 0 && out[$0 - 1] == 0x0D })
        #expect(out.filter { $0 == 0x0D }.count == newlines.count, "no CR except before LF")
        #expect(out.last == 0x0A)
        #expect(Array(out.prefix(4)) == Array("url,".utf8))
    }

    @Test func csvQuotingRule() {
        func cell(_ title: String?) -> String {
            var out: [UInt8] = []
            RecordFormatter(format: .csv, fields: [.title, .line]).append(
                CrawlRecord(url: "u", line: 1, title: title), to: &out)
            let row = String(decoding: out, as: UTF8.self)
            return String(row.dropLast(",1\r\n".count))
        }
        #expect(cell(nil) == "")
        #expect(cell("") == #""""#, "an empty string is quoted, so it differs from null")
        #expect(cell("plain text") == "plain text")
        #expect(cell("a,b") == #""a,b""#)
        #expect(cell(#"say "hi""#) == #""say ""hi""""#)
        #expect(cell(" x") == #"" x""#)
        #expect(cell("x ") == #""x ""#)
        #expect(cell("\u{A0}x") == "\"\u{A0}x\"")
        #expect(cell("tab\there\n") == "tab\u{FFFD}here\u{FFFD}")
        #expect(cell("\u{85}\u{80}\u{9F}\u{A0}x") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{A0}x")
        #expect(cell("日本😀") == "日本😀")
    }

    @Test func headersNameTheSelectedColumns() throws {
        let fields: [RecordField] = [.url, .timing, .line]
        #expect(RecordFormatter(format: .jsonl, fields: fields).header == nil)
        #expect(RecordFormatter().header == nil)
        let csv = try #require(RecordFormatter(format: .csv, fields: fields).header)
        #expect(String(decoding: csv, as: UTF8.self) == "url,dns_ms,connect_ms,tls_ms,ttfb_ms,total_ms,line\r\n")
        let tsv = try #require(RecordFormatter(format: .tsv, fields: fields).header)
        #expect(String(decoding: tsv, as: UTF8.self) == "url\tdns_ms\tconnect_ms\ttls_ms\tttfb_ms\ttotal_ms\tline\n")
        let all = try #require(RecordFormatter(format: .csv).header)
        #expect(String(decoding: all, as: UTF8.self) == Self.allColumns.joined(separator: ",") + "\r\n")
    }

    @Test func timingColumnsCarryJSONText() {
        let record = CrawlRecord(url: "u", line: 3, timing: Self.timings[1])
        var out: [UInt8] = []
        RecordFormatter(format: .csv, fields: [.timing, .line]).append(record, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "0.000,0.001,,12.345,9876543.210,3\r\n")
        out = []
        RecordFormatter(format: .tsv, fields: [.line, .timing]).append(CrawlRecord(url: "u", line: 3), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "3\t\t\t\t\t\n", "a null timing is five empty fields")
    }

    // MARK: tsv

    @Test func tsvHasOneLinePerRowAndFixedColumns() throws {
        let out = Self.bytes(RecordFormatter(format: .tsv), Self.records)
        let text = try #require(String(validating: out, as: UTF8.self))
        #expect(Self.controls(in: text, allowed: ["\t", "\n"]).isEmpty)
        #expect(!out.contains(0x0D))
        var lines = out.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.removeLast().isEmpty, "ends in a newline")
        try #require(lines.count == Self.records.count + 1)
        let rows = lines.map { line in
            line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(rows[0] == Self.allColumns)
        for (row, record) in zip(rows.dropFirst(), Self.records) {
            #expect(row.count == Self.allColumns.count)
            let expected = Self.expectedRow(record)
            for (column, (got, want)) in zip(Self.allColumns, zip(row, expected)) {
                #expect(got == want, "line \(record.line) column \(column)")
            }
        }
    }

    // MARK: jsonl

    @Test func defaultJSONIsRecordJSONByteForByte() {
        for record in Self.records {
            var expected: [UInt8] = []
            RecordJSON.append(record, to: &expected)
            expected.append(0x0A)
            var got: [UInt8] = []
            RecordFormatter().append(record, to: &got)
            #expect(got == expected)
            var subsetPath: [UInt8] = []
            RecordJSON.append(record, fields: RecordField.allCases, to: &subsetPath)
            #expect(subsetPath + [0x0A] == expected, "the per-field writer agrees with the fast path")
        }
    }

    @Test func jsonSubsetHasExactlyTheKeysInOrder() throws {
        let fields = try RecordFormatter.parseFields("url,status,title")
        let formatter = RecordFormatter(format: .jsonl, fields: fields)
        var out: [UInt8] = []
        formatter.append(CrawlRecord(url: "http://a/", line: 4, status: 200, title: "T \"q\""), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"url":"http://a/","status":200,"title":"T \"q\""}"# + "\n")

        for record in Self.records {
            out = []
            formatter.append(record, to: &out)
            #expect(out.last == 0x0A && out.filter { $0 == 0x0A }.count == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
            #expect(Set(object.keys) == ["url", "status", "title"])
            #expect(object["url"] as? String == record.url)
            #expect((object["status"] as? NSNumber)?.intValue == record.status)
            #expect(record.status != nil || object["status"] is NSNull)
            #expect(object["title"] as? String == record.title)
            #expect(record.title != nil || object["title"] is NSNull)
            let text = String(decoding: out, as: UTF8.self)
            let url = try #require(text.range(of: #"{"url":"#))
            let status = try #require(text.range(of: #","status":"#))
            let title = try #require(text.range(of: #","title":"#, options: .backwards))
            #expect(url.lowerBound == text.startIndex && url.upperBound < status.lowerBound)
            #expect(status.upperBound <= title.lowerBound)
        }
    }

    @Test func jsonAnyOrderDecodesToTheSameRecord() throws {
        let reversed = RecordFormatter(format: .jsonl, fields: RecordField.allCases.reversed())
        for record in Self.records {
            var out: [UInt8] = []
            reversed.append(record, to: &out)
            #expect(String(decoding: out, as: UTF8.self).hasPrefix(#"{"error_detail":"#))
            #expect(try JSONDecoder().decode(CrawlRecord.self, from: Data(out)) == record)
        }
    }

    @Test func jsonTimingStaysNested() {
        var out: [UInt8] = []
        RecordFormatter(format: .jsonl, fields: [.timing]).append(CrawlRecord(url: "u", line: 1, timing: Self.timings[1]), to: &out)
        #expect(
            String(decoding: out, as: UTF8.self)
                == #"{"timing":{"dns_ms":0.000,"connect_ms":0.001,"tls_ms":null,"ttfb_ms":12.345,"total_ms":9876543.210}}"# + "\n")
        out = []
        RecordFormatter(format: .jsonl, fields: [.line, .timing]).append(CrawlRecord(url: "u", line: 2), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"line":2,"timing":null}"# + "\n")
    }

    // MARK: --fields

    @Test func parseFieldsAcceptsNamesWithSpaces() throws {
        #expect(try RecordFormatter.parseFields("url,status,title") == [.url, .status, .title])
        #expect(try RecordFormatter.parseFields("  title ,\turl,  error_detail ") == [.title, .url, .errorDetail])
        #expect(try RecordFormatter.parseFields("timing") == [.timing])
        let all = RecordField.allCases.map(\.rawValue).joined(separator: ", ")
        #expect(try RecordFormatter.parseFields(all) == RecordField.allCases)
    }

    @Test func parseFieldsRejectsUnknownNamesListingValidOnes() throws {
        let error = #expect(throws: RecordFormatter.FieldsError.self) { try RecordFormatter.parseFields("url,titel") }
        let message = try #require(error).description
        #expect(message.contains("titel"))
        for field in RecordField.allCases { #expect(message.contains(field.rawValue)) }
        #expect(throws: RecordFormatter.FieldsError.self) { try RecordFormatter.parseFields("dns_ms") }
        #expect(throws: RecordFormatter.FieldsError.self) { try RecordFormatter.parseFields("URL") }
    }

    @Test func parseFieldsRejectsDuplicates() throws {
        let error = #expect(throws: RecordFormatter.FieldsError.self) { try RecordFormatter.parseFields("url,status, url") }
        #expect(try #require(error).description.contains("url"))
        #expect(try #require(error).description.contains("twice"))
    }

    @Test(arguments: ["", "   ", ",", " , ", "url,,title", "url,"])
    func parseFieldsRejectsEmptyNames(text: String) throws {
        let error = #expect(throws: RecordFormatter.FieldsError.self) { try RecordFormatter.parseFields(text) }
        #expect(try #require(error).description.contains("valid fields: url,line,"))
    }
}
