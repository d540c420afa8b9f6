/// Where a document's head ends within its first bytes, as Chromium's meta-charset parser sees
/// it: at `</head>`, `</body>`, `</html>`, `<body>`, or (after `<html>` or `<head>`) the first
/// start tag of an element that does not belong in the head. There a browser stops looking for a `<meta charset>`, so the encoding of a
/// page that declares none is decided at the end of its head, not only after 1024 bytes: a page
/// that stalled after `<title>…</title></head>` held its record until `--timeout` (issue 15).
///
/// The answer depends on the bytes alone, never on how many have arrived: `.unknown` until a
/// tag's name has ended and each comment, quoted value and script/style/title text seen is closed.
enum HeadEnd {
    enum Result: Equatable {
        /// The head ends where the tag at this offset begins.
        case end(Int)
        /// Not within these bytes (more may tell).
        case unknown
    }

    /// The elements Chromium's meta-charset parser lets pass before it stops looking (also the
    /// head scan's rule, `TitleExtractor`).
    static let headElements: [[UInt8]] = ["html", "head", "meta", "link", "title", "script", "style", "base", "noscript",
        "object", "param"].map { Array($0.utf8) }

    static func belongsInHead<Name: Collection<UInt8>>(_ name: Name) -> Bool {
        headElements.contains { $0.elementsEqual(name) }
    }

    private static let endsHTML: [[UInt8]] = ["head", "body", "html"].map { Array($0.utf8) }
    private static let opensHTML: [[UInt8]] = ["html", "head"].map { Array($0.utf8) }
    private static let body = Array("body".utf8)
    private static let rawText: [(name: [UInt8], end: [UInt8])] = ["script", "style", "title"].map {
        (Array($0.utf8), Array("</\($0)".utf8))
    }
    private static let commentEnd = Array("-->".utf8)

    static func find(in bytes: UnsafeRawBufferPointer) -> Result {
        var pos = 0
        // A start tag ends the head only in an HTML document: after `<html` or `<head`. A feed's
        // `<rss>` or `<feed>` does not (on the real-web corpus that kept uchardet's window for 8
        // feeds whose titles agree either way).
        var inHTML = false
        let count = bytes.count
        func find(_ literal: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
            guard literal.count <= count else { return nil }
            var i = start
            while i + literal.count <= count {
                var match = true
                for j in 0..<literal.count where (caseInsensitive ? bytes[i + j].asciiLowercased : bytes[i + j]) != literal[j] {
                    match = false
                    break
                }
                if match { return i }
                i += 1
            }
            return nil
        }
        while pos < count {
            guard bytes[pos] == UInt8(ascii: "<") else {
                pos += 1
                continue
            }
            guard pos + 1 < count else { return .unknown }
            let next = bytes[pos + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                if pos + 3 < count, next == UInt8(ascii: "!"), bytes[pos + 2] == UInt8(ascii: "-"), bytes[pos + 3] == UInt8(ascii: "-") {
                    guard let close = find(commentEnd, from: pos + 2) else { return .unknown }
                    pos = close + 3
                } else {
                    guard let close = find([UInt8(ascii: ">")], from: pos + 2) else { return .unknown }
                    pos = close + 1
                }
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = pos + (isEnd ? 2 : 1)
            guard nameStart < count else { return .unknown }
            guard bytes[nameStart].isASCIILetter else {
                pos += 1  // a `<` that starts no tag is text
                continue
            }
            var nameEnd = nameStart
            while nameEnd < count, !bytes[nameEnd].isASCIIWhitespace, bytes[nameEnd] != UInt8(ascii: "/"),
                bytes[nameEnd] != UInt8(ascii: ">")
            {
                nameEnd += 1
            }
            guard nameEnd < count else { return .unknown }
            let name = bytes[nameStart..<nameEnd].lazy.map(\.asciiLowercased)
            func isOne(of names: [[UInt8]]) -> Bool { names.contains { $0.elementsEqual(name) } }
            if isEnd {
                if isOne(of: endsHTML) { return .end(pos) }
            } else if !belongsInHead(name) {
                if inHTML || body.elementsEqual(name) { return .end(pos) }
            } else if isOne(of: opensHTML) {
                inHTML = true
            }
            // The rest of the tag, quoted values whole.
            var i = nameEnd
            var quote: UInt8 = 0
            var afterEquals = false
            while i < count {
                let b = bytes[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: ">") {
                    break
                } else if afterEquals, b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                    afterEquals = false
                } else if b == UInt8(ascii: "=") {
                    afterEquals = true
                } else if !b.isASCIIWhitespace {
                    afterEquals = false
                }
                i += 1
            }
            guard i < count else { return .unknown }
            pos = i + 1
            // Text that is not markup: up to the element's end tag.
            if !isEnd, let raw = rawText.first(where: { $0.name.elementsEqual(name) }) {
                guard let close = find(raw.end, from: pos, caseInsensitive: true) else { return .unknown }
                pos = close + raw.end.count
            }
        }
        return .unknown
    }
}
