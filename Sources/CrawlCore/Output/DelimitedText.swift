/// Records as CSV (RFC 4180) or TSV rows, written straight into a byte buffer, and the little
/// reading `--resume` needs (`AnsweredLines`).
///
/// Rules, and why:
/// - A header row names the columns: the `RecordField` raw values (the JSON keys), except that
///   `timing` becomes five columns `dns_ms,connect_ms,tls_ms,ttfb_ms,total_ms`, because a cell
///   cannot hold an object. Their values are the exact text JSON carries (`RecordJSON.milliseconds`:
///   milliseconds with three decimals), so a csv and a jsonl run of the same crawl agree.
/// - null is an empty field: a null timing gives five empty fields, a null `tls_ms` one.
/// - Integers are plain decimal; `error` is the `ErrorKind` raw value.
/// - Every control character inside a string value (U+0000–U+001F, U+007F, U+0080–U+009F) is
///   replaced by U+FFFD. So a row is always exactly one line (no CR or LF inside a field, which
///   RFC 4180 would allow quoted but which `grep`, `wc -l`, `--resume` and many importers get
///   wrong), and a tab never appears inside a TSV field. The output is valid UTF-8 because Swift
///   strings are valid Unicode and the replacement only swaps whole characters.
/// - csv: fields separated by `,`, rows end in CRLF (RFC 4180 section 2.1). A string field is
///   quoted when it contains `,` or `"`, when it starts or ends with white space (a space, a
///   no-break space, any Unicode `White_Space` character: readers that trim unquoted fields, such
///   as some importers and CSV.swift's `trimFields`, keep quoted ones intact), or when it
///   is the empty string: `""` tells an empty string from null, which stays a bare empty field
///   (PostgreSQL's `COPY … CSV` makes the same distinction). Inside quotes `"` is doubled.
///   Integers and timing values never need quotes.
/// - tsv: fields separated by a tab, rows end in "\n", no quoting or escaping at all (the IANA
///   text/tab-separated-values format has none): with controls replaced, nothing in a value can
///   be mistaken for a separator. An empty string and null both give an empty field.
enum DelimitedText {
    enum Style: Sendable {
        case csv, tsv

        var separator: UInt8 { self == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t") }
    }

    /// The columns `timing` expands to, in order: `Timing`'s JSON keys.
    static let timingColumns: [String] = ["dns_ms", "connect_ms", "tls_ms", "ttfb_ms", "total_ms"]

    private static let quote = UInt8(ascii: "\"")

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    @inline(__always)
    private static func appendReplacement(_ out: inout [UInt8]) {
        out.append(0xEF)
        out.append(0xBF)
        out.append(0xBD)
    }

    /// The column names for `fields`, in order.
    static func columns(for fields: [RecordField]) -> [String] {
        fields.flatMap { $0 == .timing ? timingColumns : [$0.rawValue] }
    }

    static func appendHeader(fields: [RecordField], style: Style, to out: inout [UInt8]) {
        for (i, column) in columns(for: fields).enumerated() {
            if i > 0 { out.append(style.separator) }
            out.append(contentsOf: column.utf8)  // plain ASCII names: nothing to quote
        }
        lineEnd(style, &out)
    }

    static func append(_ record: CrawlRecord, fields: [RecordField], style: Style, to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(style.separator) }
            switch field {
            case .url: text(record.url, style, &out)
            case .line: RecordJSON.integer(record.line, &out)
            case .finalURL: text(record.finalURL, style, &out)
            case .status: if let status = record.status { RecordJSON.integer(status, &out) }
            case .title: text(record.title, style, &out)
            case .contentType: text(record.contentType, style, &out)
            case .charset: text(record.charset, style, &out)
            case .charsetSource: text(record.charsetSource?.rawValue, style, &out)
            case .redirects: RecordJSON.integer(record.redirects, &out)
            case .bytes: RecordJSON.integer(record.bytes, &out)
            case .elapsedMS: RecordJSON.integer(record.elapsedMS, &out)
            case .attempts: RecordJSON.integer(record.attempts, &out)
            case .ip: text(record.ip, style, &out)
            case .httpVersion: text(record.httpVersion, style, &out)
            case .tlsResumed: if let resumed = record.tlsResumed { RecordJSON.boolean(resumed, &out) }
            case .timing: timing(record.timing, style, &out)
            case .error: text(record.error?.rawValue, style, &out)
            case .errorDetail: text(record.errorDetail, style, &out)
            }
        }
        lineEnd(style, &out)
    }

    private static func lineEnd(_ style: Style, _ out: inout [UInt8]) {
        if style == .csv { out.append(UInt8(ascii: "\r")) }
        out.append(UInt8(ascii: "\n"))
    }

    /// Five columns; empty ones for a null timing or a null `tls_ms`.
    private static func timing(_ value: Timing?, _ style: Style, _ out: inout [UInt8]) {
        guard let value else {
            for _ in 1..<timingColumns.count { out.append(style.separator) }
            return
        }
        RecordJSON.milliseconds(value.dnsUS, &out)
        out.append(style.separator)
        RecordJSON.milliseconds(value.connectUS, &out)
        out.append(style.separator)
        if let tls = value.tlsUS { RecordJSON.milliseconds(tls, &out) }
        out.append(style.separator)
        RecordJSON.milliseconds(value.ttfbUS, &out)
        out.append(style.separator)
        RecordJSON.milliseconds(value.totalUS, &out)
    }

    /// A string value: nothing for null, else its UTF-8 bytes with controls replaced, quoted for
    /// csv when the rules above say so. Runs of plain bytes are copied in one go.
    private static func text(_ value: String?, _ style: Style, _ out: inout [UInt8]) {
        guard var value else { return }
        let edgeSpace = style == .csv && (isSpace(value.unicodeScalars.first) || isSpace(value.unicodeScalars.last))
        value.withUTF8 { bytes in
            let quoted =
                style == .csv
                && (bytes.isEmpty || edgeSpace || bytes.contains { $0 == quote || $0 == UInt8(ascii: ",") })
            if quoted { out.append(quote) }
            var start = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x7F {  // C0 controls and DEL: one byte each
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    appendReplacement(&out)
                    i += 1
                    start = i
                } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] & 0xE0 == 0x80 {
                    // C1 controls U+0080–U+009F are 0xC2 0x80...0x9F (0xC2 is always a lead byte
                    // in valid UTF-8).
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    appendReplacement(&out)
                    i += 2
                    start = i
                } else if quoted && byte == quote {
                    // Copy the run including this quote, and start the next run at it: doubled.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
                    start = i
                    i += 1
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            if quoted { out.append(quote) }
        }
    }

    /// White space that survives as such: the control characters among Unicode's `White_Space`
    /// (tab, CR, LF, U+0085) become U+FFFD, so they do not call for quotes.
    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar == " " || (scalar.value > 0x9F && scalar.properties.isWhitespace)
    }

    // MARK: Reading (for `--resume`)

    /// Calls `body` with each field of one row (no line ending) in order, until it returns false.
    /// A quoted csv field is passed without its surrounding quotes, inner quotes still doubled;
    /// `unquote` undoes that when the text matters. Tolerant of malformed rows: bytes between a
    /// closing quote and the next separator are dropped, an unterminated quote runs to the end.
    static func forEachField(in row: ArraySlice<UInt8>, style: Style, _ body: (Int, ArraySlice<UInt8>) -> Bool) {
        let separator = style.separator
        var i = row.startIndex
        var column = 0
        while true {
            let content: ArraySlice<UInt8>
            if style == .csv, i < row.endIndex, row[i] == quote {
                var j = i + 1
                while j < row.endIndex {
                    if row[j] == quote {
                        if j + 1 < row.endIndex, row[j + 1] == quote {
                            j += 2
                            continue
                        }
                        break
                    }
                    j += 1
                }
                content = row[(i + 1)..<j]
                i = row[min(j + 1, row.endIndex)...].firstIndex(of: separator) ?? row.endIndex
            } else {
                let end = row[i...].firstIndex(of: separator) ?? row.endIndex
                content = row[i..<end]
                i = end
            }
            if !body(column, content) || i == row.endIndex { return }
            i += 1
            column += 1
        }
    }

    /// A quoted field's content with its doubled quotes made single (a no-op for tsv content,
    /// which has no quotes to undo in practice).
    static func unquote(_ content: ArraySlice<UInt8>, style: Style) -> String {
        guard style == .csv, content.contains(quote) else { return String(decoding: content, as: UTF8.self) }
        var bytes: [UInt8] = []
        var i = content.startIndex
        while i < content.endIndex {
            bytes.append(content[i])
            i += content[i] == quote && i + 1 < content.endIndex && content[i + 1] == quote ? 2 : 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The header row's column names.
    static func columns(of row: ArraySlice<UInt8>, style: Style) -> [String] {
        var names: [String] = []
        forEachField(in: row, style: style) { _, content in
            names.append(unquote(content, style: style))
            return true
        }
        return names
    }

    /// Column `index` of a data row as a positive decimal integer; nil when the row is shorter,
    /// or the field is not all digits, is 0, or overflows `Int`. No allocation.
    static func positiveInteger(column index: Int, of row: ArraySlice<UInt8>, style: Style) -> Int? {
        var result: Int?
        forEachField(in: row, style: style) { column, content in
            guard column == index else { return true }
            if let value = ASCII.integer(content, allowsSign: false), value > 0 { result = value }
            return false
        }
        return result
    }
}
