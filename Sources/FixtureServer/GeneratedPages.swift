#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOHTTP1

/// `/gen/<n>`: deterministic pages for throughput runs.
///
/// Page n is `<head>` filler, `<title>Fixture page n</title>` about 500-1500 bytes
/// in, then body filler; total sizes are log-uniform between ~8 KB and ~120 KB
/// (median ~31 KB). Responses must be cheap because load tests hammer this route,
/// so a page is never built: it is written as slices of three shared buffers plus
/// a tiny per-request title buffer, which NIO sends with one vectored write.
struct GeneratedPages: Sendable {
    static let headLineLength = 50
    static let bodyLineLength = 100
    static let minimumSize = 8_000.0
    static let maximumSize = 120_000.0

    /// Doctype and `<meta charset>` followed by `maxHeadLines` filler `<meta>` lines.
    private let headStart: ByteBuffer
    private let prefixLength: Int
    /// Whole `<p>` lines, enough for the largest page.
    private let bodyFiller: ByteBuffer
    private let tail: ByteBuffer

    init() {
        let prefix = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        var head = ByteBuffer(string: prefix)
        for line in 0..<30 {
            head.writeString(Self.padded("<meta name=\"filler\" content=\"head line \(line)", to: Self.headLineLength, closing: "\">\n"))
        }
        var body = ByteBuffer()
        for line in 0..<Int(Self.maximumSize) / Self.bodyLineLength {
            body.writeString(Self.padded("<p class=\"filler\">Paragraph \(line): lorem ipsum dolor sit amet, consectetur", to: Self.bodyLineLength, closing: "</p>\n"))
        }
        self.headStart = head
        self.prefixLength = prefix.utf8.count
        self.bodyFiller = body
        self.tail = ByteBuffer(string: "</body>\n</html>\n")
    }

    /// Pads `text` with spaces so that `text + closing` is exactly `length` bytes, keeping
    /// every cut on a line boundary (a cut mid-tag would swallow the `<title>`).
    private static func padded(_ text: String, to length: Int, closing: String) -> String {
        let padding = length - text.utf8.count - closing.utf8.count
        precondition(padding >= 0, "filler line too long")
        return text + String(repeating: " ", count: padding) + closing
    }

    /// How many filler head lines and body lines page `n` has.
    static func layout(of n: UInt64) -> (headLines: Int, bodyLines: Int) {
        let first = splitMix64(n)
        let second = splitMix64(first)
        let unit = Double(first >> 11) / Double(UInt64(1) << 53)  // uniform in [0, 1)
        let total = minimumSize * pow(maximumSize / minimumSize, unit)
        let headLines = 10 + Int(second % 21)  // 500...1500 bytes of <meta> filler
        let bodyBytes = Int(total) - headLines * headLineLength - 200
        return (headLines, max(0, bodyBytes / bodyLineLength))
    }

    /// A well-mixed, reproducible hash (splitmix64's finaliser).
    private static func splitMix64(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The body of page `n` as buffers to write in order (only the title one is allocated).
    func parts(of n: UInt64, allocator: ByteBufferAllocator) -> [ByteBuffer] {
        let (headLines, bodyLines) = Self.layout(of: n)
        let title = allocator.buffer(string: "<title>Fixture page \(n)</title>\n</head>\n<body>\n")
        return [
            headStart.getSlice(at: headStart.readerIndex, length: prefixLength + headLines * Self.headLineLength)!,
            title,
            bodyFiller.getSlice(at: bodyFiller.readerIndex, length: bodyLines * Self.bodyLineLength)!,
            tail,
        ]
    }
}

extension Router {
    func generatedPage(_ number: String, _ writer: ResponseWriter) {
        guard let n = UInt64(number) else {
            return writer.badRequest("page number must be a non-negative integer")
        }
        let parts = generated.parts(of: n, allocator: writer.allocator)
        let length = parts.reduce(0) { $0 + $1.readableBytes }
        writer.head(.ok, ["content-type": "text/html", "content-length": String(length)])
        if !writer.request.isHead {
            for part in parts { writer.body(part, flush: false) }
        }
        writer.end()
    }
}
