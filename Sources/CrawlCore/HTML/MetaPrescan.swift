/// The WHATWG "prescan a byte stream to determine its encoding" algorithm over the first bytes of
/// a body: finds `<meta charset=…>` or `<meta http-equiv="content-type" content="…charset=…">`,
/// skipping comments and the attributes of other tags (a `>` inside a quoted value does not end them).
///
/// libxml2 has its own meta handling, but it switches encodings mid-stream and differs from
/// browsers; the crawler decides the encoding up front (see `TitleExtractor`) and tells libxml2.
enum MetaPrescan {
    static let window = 1024

    static func charset(in bytes: UnsafeRawBufferPointer) -> Charset? {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var pos = 0

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = UnsafeRawBufferPointer(rebasing: bytes.prefix(MetaPrescan.window))
        }

        mutating func run() -> Charset? {
            while pos < bytes.count {
                if starts(with: "<!--") {
                    // "<!-->" is a complete comment: search for "-->" from the second dash.
                    pos = find("-->", from: pos + 2).map { $0 + 3 } ?? bytes.count
                } else if startsCaseInsensitive(with: "<meta"), pos + 5 < bytes.count,
                    bytes[pos + 5].isASCIIWhitespace || bytes[pos + 5] == UInt8(ascii: "/")
                {
                    pos += 6
                    if let charset = metaCharset() { return charset }
                } else if pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "<"),
                    bytes[pos + 1].isASCIILetter
                        || (bytes[pos + 1] == UInt8(ascii: "/") && pos + 2 < bytes.count && bytes[pos + 2].isASCIILetter)
                {
                    // Another tag: skip its name, then its attributes one by one.
                    pos += 1
                    while pos < bytes.count, !bytes[pos].isASCIIWhitespace, bytes[pos] != UInt8(ascii: ">") { pos += 1 }
                    while attribute() != nil {}
                } else if starts(with: "<!") || starts(with: "</") || starts(with: "<?") {
                    pos = find(">", from: pos + 2).map { $0 + 1 } ?? bytes.count
                } else {
                    pos += 1
                }
            }
            return nil
        }

        /// The attributes of a `<meta` tag, after its name; nil when it declares no usable encoding.
        private mutating func metaCharset() -> Charset? {
            var seen = Set<String>()
            var gotPragma = false
            var needPragma: Bool?
            var charset: Charset?
            while let (name, value) = attribute() {
                guard seen.insert(name).inserted else { continue }
                switch name {
                case "http-equiv":
                    if value.asciiLowercased() == "content-type" { gotPragma = true }
                case "content":
                    if charset == nil, let found = MetaPrescan.charsetFromMetaContent(value) {
                        charset = found
                        needPragma = true
                    }
                case "charset":
                    charset = Charset(label: value)
                    needPragma = false
                default:
                    break
                }
            }
            guard let needPragma, !(needPragma && !gotPragma), let charset else { return nil }
            // A page cannot declare itself UTF-16 in ASCII bytes; the standard maps that to UTF-8.
            if charset == .utf16LE || charset == .utf16BE { return .utf8 }
            return charset
        }

        /// WHATWG "get an attribute": returns (lower-cased name, value) or nil at `>` or the end.
        private mutating func attribute() -> (String, String)? {
            while pos < bytes.count, bytes[pos].isASCIIWhitespace || bytes[pos] == UInt8(ascii: "/") { pos += 1 }
            guard pos < bytes.count, bytes[pos] != UInt8(ascii: ">") else {
                if pos < bytes.count { pos += 1 }
                return nil
            }
            var name: [UInt8] = []
            var value: [UInt8] = []
            name.append(bytes[pos].asciiLowercased)
            pos += 1
            while pos < bytes.count {
                let b = bytes[pos]
                if b == UInt8(ascii: "=") && !name.isEmpty { break }
                if b.isASCIIWhitespace || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { return finish(name, value) }
                name.append(b.asciiLowercased)
                pos += 1
            }
            while pos < bytes.count, bytes[pos].isASCIIWhitespace { pos += 1 }
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else { return finish(name, value) }
            pos += 1
            while pos < bytes.count, bytes[pos].isASCIIWhitespace { pos += 1 }
            guard pos < bytes.count else { return finish(name, value) }
            let quote = bytes[pos]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                pos += 1
                while pos < bytes.count, bytes[pos] != quote {
                    value.append(bytes[pos].asciiLowercased)
                    pos += 1
                }
                pos += 1
                return finish(name, value)
            }
            while pos < bytes.count, !bytes[pos].isASCIIWhitespace, bytes[pos] != UInt8(ascii: ">") {
                value.append(bytes[pos].asciiLowercased)
                pos += 1
            }
            return finish(name, value)
        }

        private func finish(_ name: [UInt8], _ value: [UInt8]) -> (String, String) {
            (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
        }

        private func starts(with literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard pos + count <= bytes.count else { return false }
            for i in 0..<count where bytes[pos + i] != literal.utf8Start[i] { return false }
            return true
        }

        private func startsCaseInsensitive(with literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard pos + count <= bytes.count else { return false }
            for i in 0..<count where bytes[pos + i].asciiLowercased != literal.utf8Start[i] { return false }
            return true
        }

        private func find(_ literal: StaticString, from start: Int) -> Int? {
            let count = literal.utf8CodeUnitCount
            var i = start
            while i + count <= bytes.count {
                var match = true
                for j in 0..<count where bytes[i + j] != literal.utf8Start[j] {
                    match = false
                    break
                }
                if match { return i }
                i += 1
            }
            return nil
        }
    }

    /// WHATWG "extract a character encoding from a meta element" for a `content` attribute value
    /// such as `text/html; charset=windows-1251`.
    static func charsetFromMetaContent(_ content: String) -> Charset? {
        let s = Array(content.utf8)
        var i = 0
        while i + 7 <= s.count {
            guard String(decoding: s[i..<i + 7], as: UTF8.self).asciiLowercased() == "charset" else {
                i += 1
                continue
            }
            var j = i + 7
            while j < s.count, s[j].isASCIIWhitespace { j += 1 }
            guard j < s.count, s[j] == UInt8(ascii: "=") else {
                i += 7
                continue
            }
            j += 1
            while j < s.count, s[j].isASCIIWhitespace { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'") {
                let quote = s[j]
                guard let end = s[(j + 1)...].firstIndex(of: quote) else { return nil }
                return Charset(label: String(decoding: s[(j + 1)..<end], as: UTF8.self))
            }
            var end = j
            while end < s.count, !s[end].isASCIIWhitespace, s[end] != UInt8(ascii: ";") { end += 1 }
            return Charset(label: String(decoding: s[j..<end], as: UTF8.self))
        }
        return nil
    }
}

