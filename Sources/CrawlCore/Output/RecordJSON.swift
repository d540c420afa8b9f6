/// Writes a `CrawlRecord` as one JSON object straight into a byte buffer.
///
/// Hand-written on purpose, after measuring: Foundation's `JSONEncoder` (a keyed container, boxing
/// and a `Data` per record) took 11 % of all CPU time of a 20,000-page crawl, more than libcurl did
/// (BENCHMARKS.md). The record has a fixed shape, so the writer is short; the tests decode its
/// output with `JSONDecoder` and compare, field by field, over hostile strings.
///
/// Keys come in declaration order (url first, as people read it). Strings are escaped per RFC 8259:
/// `"` and `\`, and every control character below U+0020, so a line never holds a raw newline;
/// everything else is written as its UTF-8 bytes (Swift strings are valid Unicode, so the line is
/// valid UTF-8).
public enum RecordJSON {
    public static func append(_ record: CrawlRecord, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        key("url", &out, first: true)
        string(record.url, &out)
        key("line", &out)
        integer(record.line, &out)
        key("final_url", &out)
        string(record.finalURL, &out)
        key("status", &out)
        integer(record.status, &out)
        key("title", &out)
        string(record.title, &out)
        key("content_type", &out)
        string(record.contentType, &out)
        key("charset", &out)
        string(record.charset, &out)
        key("charset_source", &out)
        string(record.charsetSource?.rawValue, &out)
        key("redirects", &out)
        integer(record.redirects, &out)
        key("bytes", &out)
        integer(record.bytes, &out)
        key("elapsed_ms", &out)
        integer(record.elapsedMS, &out)
        key("attempts", &out)
        integer(record.attempts, &out)
        key("ip", &out)
        string(record.ip, &out)
        key("http_version", &out)
        string(record.httpVersion, &out)
        key("tls_resumed", &out)
        boolean(record.tlsResumed, &out)
        key("timing", &out)
        timing(record.timing, &out)
        key("error", &out)
        string(record.error?.rawValue, &out)
        key("error_detail", &out)
        string(record.errorDetail, &out)
        out.append(UInt8(ascii: "}"))
    }

    /// One JSON object with only `fields`, in the order given (`--fields`). The full record in
    /// declaration order goes through `append(_:to:)` instead (`RecordFormatter` checks), which
    /// writes the same bytes without a switch per key; the tests compare the two.
    ///
    /// `timing` stays one nested object (or null), as in the full record, so a consumer's
    /// `.timing.ttfb_ms` works whatever the field selection.
    public static func append(_ record: CrawlRecord, fields: [RecordField], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, field) in fields.enumerated() {
            key(field.rawValue, &out, first: i == 0)
            switch field {
            case .url: string(record.url, &out)
            case .line: integer(record.line, &out)
            case .finalURL: string(record.finalURL, &out)
            case .status: integer(record.status, &out)
            case .title: string(record.title, &out)
            case .contentType: string(record.contentType, &out)
            case .charset: string(record.charset, &out)
            case .charsetSource: string(record.charsetSource?.rawValue, &out)
            case .redirects: integer(record.redirects, &out)
            case .bytes: integer(record.bytes, &out)
            case .elapsedMS: integer(record.elapsedMS, &out)
            case .attempts: integer(record.attempts, &out)
            case .ip: string(record.ip, &out)
            case .httpVersion: string(record.httpVersion, &out)
            case .tlsResumed: boolean(record.tlsResumed, &out)
            case .timing: timing(record.timing, &out)
            case .error: string(record.error?.rawValue, &out)
            case .errorDetail: string(record.errorDetail, &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func key(_ name: StaticString, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// A key that is a `RecordField` raw value: short ASCII literals (at most 15 bytes), which
    /// Swift stores inline, so reading their bytes allocates nothing.
    private static func key(_ name: String, _ out: inout [UInt8], first: Bool) {
        var name = name
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        name.withUTF8 { out.append(contentsOf: $0) }
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// Decimal text of an integer, or `null`. Internal: CSV and TSV write integers with it too.
    static func integer(_ value: Int?, _ out: inout [UInt8]) {
        guard let value else { return null(&out) }
        if value == 0 { return out.append(UInt8(ascii: "0")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// `true`, `false` or `null`. Internal: CSV and TSV write the same words (empty for null).
    static func boolean(_ value: Bool?, _ out: inout [UInt8]) {
        guard let value else { return null(&out) }
        out.append(contentsOf: value ? trueBytes : falseBytes)
    }

    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)

    private static func timing(_ value: Timing?, _ out: inout [UInt8]) {
        guard let value else { return null(&out) }
        out.append(UInt8(ascii: "{"))
        key("dns_ms", &out, first: true)
        milliseconds(value.dnsUS, &out)
        key("connect_ms", &out)
        milliseconds(value.connectUS, &out)
        key("tls_ms", &out)
        if let tls = value.tlsUS { milliseconds(tls, &out) } else { null(&out) }
        key("ttfb_ms", &out)
        milliseconds(value.ttfbUS, &out)
        key("total_ms", &out)
        milliseconds(value.totalUS, &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Microseconds written as milliseconds with three decimals (`1.234`), no floating point.
    /// Internal: the CSV and TSV timing columns must carry exactly the text JSON carries.
    static func milliseconds(_ microseconds: Int64, _ out: inout [UInt8]) {
        if microseconds < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = Int(microseconds.magnitude)
        integer(magnitude / 1000, &out)
        let fraction = magnitude % 1000
        out.append(contentsOf: [
            UInt8(ascii: "."), UInt8(ascii: "0") + UInt8(fraction / 100), UInt8(ascii: "0") + UInt8(fraction / 10 % 10),
            UInt8(ascii: "0") + UInt8(fraction % 10),
        ])
    }

    private static func null(_ out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private static func string(_ value: String?, _ out: inout [UInt8]) {
        guard var value else { return null(&out) }
        out.append(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22, 0x5C: out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
