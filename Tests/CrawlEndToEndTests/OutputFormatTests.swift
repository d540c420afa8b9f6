import CSV
import Foundation
import Testing

/// `-o/--output`, `--format jsonl|csv|tsv`, `--fields` and their interplay with `--resume` and
/// `--procs`, checked against the JSON Lines records of the same crawl.
@Suite struct OutputFormatTests {
    /// Every csv/tsv column of a default run, in order: the JSON keys, `timing` as five columns.
    static let allColumns = [
        "url", "line", "final_url", "status", "title", "content_type", "charset", "charset_source", "redirects", "bytes", "elapsed_ms",
        "attempts", "ip", "http_version", "tls_resumed", "dns_ms", "connect_ms", "tls_ms", "ttfb_ms", "total_ms", "error",
        "error_detail",
    ]

    // MARK: csv

    /// `--procs 1`: the loop formats the rows. `--procs 2` (87 case lines > `--concurrency 16`, so
    /// workers are really used): the workers format them and the parent copies them.
    @Test(arguments: [1, 2])
    func csvRoundTripsToTheJSONRecords(procs: Int) throws {
        let server = FixtureServerProcess.shared
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csvFile = dir.appendingPathComponent("out.csv")
        let common = [server.caseURLsFile.path, "--concurrency", "16", "--procs", String(procs)] + (try caseCrawlArguments())
            + ["--retries", "0"]  // formats are the point here, not retries (they would triple the time)

        let csvRun = try CrawlRun.run(common + ["--format", "csv", "-o", csvFile.path])
        #expect(csvRun.status == 0, "stderr: \(csvRun.stderr)")
        #expect(csvRun.stdout.isEmpty, "-o FILE must leave stdout empty")
        let jsonRun = try CrawlRun.run(common)
        #expect(jsonRun.status == 0, "stderr: \(jsonRun.stderr)")
        let records = try jsonRun.records
        let byLine = try recordsByLine(records)
        #expect(try records.count == caseCount())

        // Raw bytes: valid UTF-8, every line ends in CRLF, no CR or LF anywhere else.
        let data = try Data(contentsOf: csvFile)
        let text = try #require(String(validating: Array(data), as: UTF8.self), "the csv file is not valid UTF-8")
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(data.last == 0x0A, "the csv file must end with a line ending")
        #expect(lines.last?.isEmpty == true)
        for (i, line) in lines.dropLast().enumerated() {
            #expect(line.last == 0x0D, "csv line \(i + 1) does not end in CRLF")
        }
        #expect(data.filter { $0 == 0x0D }.count == data.filter { $0 == 0x0A }.count, "a bare CR or LF in the csv")

        // Parsed: the header, then one row per record, each matching its record by line.
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        #expect(reader.headerRow == Self.allColumns)
        let columns = reader.headerRow ?? []
        func column(_ name: String) throws -> Int { try #require(columns.firstIndex(of: name), "no column \(name)") }
        let (url, line, status, title, error, finalURL, bytes) = (
            try column("url"), try column("line"), try column("status"), try column("title"), try column("error"),
            try column("final_url"), try column("bytes")
        )
        let timing = try ["dns_ms", "connect_ms", "tls_ms", "ttfb_ms", "total_ms"].map(column)

        var rows = 0
        var seen = Set<Int>()
        var sawControl = false
        while let row = reader.next() {
            rows += 1
            guard row.count == columns.count else {
                Issue.record("csv row \(rows) has \(row.count) fields, not \(columns.count): \(row)")
                continue
            }
            guard let n = Int(row[line]), let record = byLine[n] else {
                Issue.record("csv row \(rows) has no line of a record: '\(row[line])'")
                continue
            }
            #expect(seen.insert(n).inserted, "line \(n) has two csv rows")
            let what = "line \(n) (\(row[url]))"
            #expect(row[url] == delimitedText(record["url"]), "url of \(what)")
            #expect(row[status] == delimitedText(record["status"]), "status of \(what)")
            #expect(row[title] == delimitedText(record["title"]), "title of \(what)")
            #expect(row[error] == delimitedText(record["error"]), "error of \(what)")
            #expect(row[finalURL] == delimitedText(record["final_url"]), "final_url of \(what)")
            #expect(row[bytes] == delimitedText(record["bytes"]), "bytes of \(what)")
            if let recordTitle = record["title"] as? String, recordTitle != replacingControls(recordTitle) {
                sawControl = true
            }
            // Timing columns: empty or a decimal number; plain http never has a TLS time.
            for index in timing {
                #expect(row[index].isEmpty || Double(row[index]) != nil, "timing column of \(what): '\(row[index])'")
            }
            #expect(row[timing[2]].isEmpty, "tls_ms of plain-http \(what)")
        }
        #expect(reader.error == nil)
        #expect(rows == records.count)
        #expect(seen == Set(byLine.keys))
        // The fixtures include titles with control characters (U+007F, U+0080), so the U+FFFD
        // replacement above was exercised, not vacuous.
        #expect(sawControl, "no title with a control character: the replacement was not tested")
    }

    // MARK: tsv

    @Test func tsvRowsHaveTheHeadersColumnsAndTheRecordsValues() throws {
        let server = FixtureServerProcess.shared
        let common = [server.caseURLsFile.path, "--concurrency", "16"] + (try caseCrawlArguments()) + ["--retries", "0"]
        let tsvRun = try CrawlRun.run(common + ["--format", "tsv"])
        #expect(tsvRun.status == 0, "stderr: \(tsvRun.stderr)")
        let jsonRun = try CrawlRun.run(common)
        #expect(jsonRun.status == 0, "stderr: \(jsonRun.stderr)")
        let records = try jsonRun.records
        let byLine = try recordsByLine(records)

        let data = tsvRun.stdout
        #expect(String(validating: Array(data), as: UTF8.self) != nil, "the tsv output is not valid UTF-8")
        #expect(!data.contains(0x0D), "a CR in tsv output (rows end in LF, controls are replaced)")
        #expect(data.last == 0x0A)
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        let split = lines.map { $0.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) } }
        let header = try #require(split.first)
        #expect(header == Self.allColumns)
        #expect(split.count - 1 == records.count)
        let url = try #require(header.firstIndex(of: "url"))
        let line = try #require(header.firstIndex(of: "line"))
        let status = try #require(header.firstIndex(of: "status"))
        let title = try #require(header.firstIndex(of: "title"))
        var seen = Set<Int>()
        for (i, fields) in split.enumerated().dropFirst() {
            guard fields.count == header.count else {
                Issue.record("tsv line \(i + 1) has \(fields.count) fields, not \(header.count): \(fields)")
                continue
            }
            guard let n = Int(fields[line]), let record = byLine[n] else {
                Issue.record("tsv line \(i + 1) has no line of a record: '\(fields[line])'")
                continue
            }
            #expect(seen.insert(n).inserted, "line \(n) has two tsv rows")
            #expect(fields[url] == delimitedText(record["url"]), "url of line \(n)")
            #expect(fields[status] == delimitedText(record["status"]), "status of line \(n)")
            #expect(fields[title] == delimitedText(record["title"]), "title of line \(n)")
        }
        #expect(seen == Set(byLine.keys))
    }

    // MARK: --fields

    @Test(arguments: [1, 2])
    func fieldsChooseTheKeysAndTheirOrder(procs: Int) throws {
        let server = FixtureServerProcess.shared
        let run = try CrawlRun.run(
            [server.caseURLsFile.path, "--concurrency", "16", "--procs", String(procs), "--fields", "url,status,title"]
                + caseCrawlArguments() + ["--retries", "0"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(try records.count == caseCount())
        for record in records {
            #expect(Set(record.keys) == ["url", "status", "title"], "keys: \(record.keys.sorted())")
        }
        // Key order, in the raw text: JSON-escaped values cannot contain `,"status":` themselves.
        let rawLines = run.stdout.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        #expect(rawLines.count == records.count)
        for line in rawLines {
            guard line.hasPrefix(#"{"url":"#),
                let status = line.range(of: #","status":"#),
                let title = line.range(of: #","title":"#)
            else {
                Issue.record("not url, status, title: \(line)")
                continue
            }
            #expect(status.upperBound <= title.lowerBound, "status after title: \(line)")
        }
    }

    // MARK: -o and --resume

    @Test func outputFileIsReplacedAndResumedInCSV() throws {
        let server = FixtureServerProcess.shared
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 200
        let urls = try String(contentsOf: server.genURLsFile, encoding: .utf8)
            .split(separator: "\n").prefix(count).joined(separator: "\n") + "\n"
        let input = dir.appendingPathComponent("urls.txt")
        try Data(urls.utf8).write(to: input)
        let out = dir.appendingPathComponent("out.csv")
        // Without --resume an existing file is replaced, not appended to.
        try Data(String(repeating: "junk,from,before\r\n", count: 500).utf8).write(to: out)

        let first = try CrawlRun.run([input.path, "--format", "csv", "-o", out.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.isEmpty, "-o FILE must leave stdout empty")
        let firstRows = try csvRows(Data(contentsOf: out))
        #expect(firstRows.first == Self.allColumns)
        #expect(firstRows.count == count + 1)
        #expect(!firstRows.contains { $0.first == "junk" }, "the old file was not replaced")

        // A run killed mid-write: header, 40 whole rows, then part of the 41st.
        let data = try Data(contentsOf: out)
        let ends = data.indices.filter { data[$0] == 0x0A }
        try #require(ends.count > 42)
        let complete = data[..<(ends[40] + 1)]  // header + 40 rows
        let partialLength = (ends[41] - ends[40]) / 2
        let truncated = complete + data[(ends[40] + 1)..<(ends[40] + 1 + partialLength)]
        try truncated.write(to: out)
        let keptLines = Set(try csvRows(Data(complete)).dropFirst().map { $0[1] })
        #expect(keptLines.count == 40)

        let second = try CrawlRun.run([input.path, "-o", out.path, "--resume", out.path, "--format", "csv"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.isEmpty, "-o FILE must leave stdout empty")
        #expect(second.stderr.contains("crawl: \(count - 40) URLs in"), "only unanswered lines are crawled: \(second.stderr)")

        let final = try Data(contentsOf: out)
        #expect(final.prefix(complete.count) == complete, "the earlier complete rows must be kept as they were")
        let lines = final.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.last?.isEmpty == true, "the file must end with a whole row")
        for (i, line) in lines.dropLast().enumerated() {
            #expect(line.last == 0x0D, "line \(i + 1) does not end in CRLF")
        }
        let rows = try csvRows(final)
        #expect(rows.first == Self.allColumns)
        #expect(rows.filter { $0 == Self.allColumns }.count == 1, "more than one header row")
        #expect(rows.count == count + 1)
        var lineCounts: [String: Int] = [:]
        for (i, row) in rows.enumerated().dropFirst() {
            #expect(row.count == Self.allColumns.count, "row \(i) is not whole: \(row)")
            lineCounts[row.count > 1 ? row[1] : "", default: 0] += 1
            #expect(row.count > 3 && row[3] == "200", "row \(i): \(row)")
        }
        #expect(Set(lineCounts.keys) == Set((1...count).map(String.init)))
        #expect(lineCounts.values.allSatisfy { $0 == 1 }, "lines answered twice: \(lineCounts.filter { $0.value > 1 })")
    }

    // MARK: usage errors

    @Test func resumeWithoutTheLineFieldIsAUsageError() throws {
        let server = FixtureServerProcess.shared
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.jsonl")
        let earlier = Data(#"{"url":"http://127.0.0.1:1/","line":1}"#.utf8 + [0x0A])
        try earlier.write(to: out)

        let toStdout = try CrawlRun.run([server.genURLsFile.path, "--fields", "url,status", "--resume", out.path])
        #expect(toStdout.status == 64, "stderr: \(toStdout.stderr)")
        #expect(toStdout.stdout.isEmpty)
        #expect(toStdout.stderr.contains("--fields"), "stderr: \(toStdout.stderr)")

        let toFile = try CrawlRun.run(
            [server.genURLsFile.path, "--fields", "url,status", "-o", out.path, "--resume", out.path])
        #expect(toFile.status == 64, "stderr: \(toFile.stderr)")
        #expect(toFile.stdout.isEmpty)
        #expect(try Data(contentsOf: out) == earlier, "a usage error must leave the output file alone")
    }

    @Test(arguments: [
        (["--fields", "url,bogus_field"], ["bogus_field", "--fields"]),
        (["--fields", "url,,title"], ["--fields"]),
        (["--format", "xml"], ["xml", "--format"]),
    ])
    func unknownFieldsOrFormatAreUsageErrors(options: [String], mentions: [String]) throws {
        let server = FixtureServerProcess.shared
        let run = try CrawlRun.run([server.genURLsFile.path] + options)
        #expect(run.status == 64, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        for word in mentions {
            #expect(run.stderr.contains(word), "stderr does not name '\(word)': \(run.stderr)")
        }
    }
}

// MARK: - Helpers

/// Records keyed by their `line`; a record without one, or a line twice, is a failure.
private func recordsByLine(_ records: [[String: Any]]) throws -> [Int: [String: Any]] {
    var byLine: [Int: [String: Any]] = [:]
    for record in records {
        let line = try #require(record["line"] as? Int, "record without a line: \(record)")
        #expect(byLine[line] == nil, "line \(line) answered twice in the JSON run")
        byLine[line] = record
    }
    return byLine
}

/// What a csv/tsv field holds for a JSON value: null is empty, integers are plain decimal,
/// strings have their control characters replaced by U+FFFD.
private func delimitedText(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: return ""
    case let string as String: return replacingControls(string)
    case let number as Int: return String(number)
    default: return "\(value!)"
    }
}

/// U+0000–U+001F, U+007F and U+0080–U+009F each become U+FFFD.
private func replacingControls(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        let v = scalar.value
        scalars.append(v < 0x20 || (0x7F...0x9F).contains(v) ? "\u{FFFD}" : scalar)
    }
    return String(scalars)
}

/// Every row of a csv file, header included, parsed by CSV.swift.
private func csvRows(_ data: Data) throws -> [[String]] {
    let text = try #require(String(validating: Array(data), as: UTF8.self), "not valid UTF-8")
    let reader = try CSVReader(string: text, hasHeaderRow: false)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    #expect(reader.error == nil)
    return rows
}
