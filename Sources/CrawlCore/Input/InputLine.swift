/// What one input line asks for, before libcurl's URL parser has a say.
enum InputLine: Equatable {
    case url(String)
    /// Not something to hand to libcurl; the record keeps a readable form of the line.
    case invalid(String, reason: String)

    /// Trims ASCII whitespace (so CRLF files work); nil for blank lines and `#` comments.
    static func parse(_ bytes: ArraySlice<UInt8>) -> InputLine? {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, bytes[lower].isASCIIWhitespace { lower += 1 }
        while upper > lower, bytes[upper - 1].isASCIIWhitespace { upper -= 1 }
        let trimmed = bytes[lower..<upper]
        guard let first = trimmed.first, first != UInt8(ascii: "#") else { return nil }
        guard let text = String(validating: trimmed, as: UTF8.self) else {
            return .invalid(String(decoding: trimmed, as: UTF8.self), reason: "the line is not valid UTF-8")
        }
        if trimmed.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            return .invalid(text, reason: "the line contains control characters")
        }
        return .url(text)
    }

    /// True for a line that names a host but no scheme (`example.com`, `example.com:8080/a`,
    /// `[::1]/x`): no `://`, and nothing before a colon that could be a scheme (`mailto:x` has one;
    /// `localhost:8080` has a port). Such lines are fetched over https, then http.
    static func lacksScheme(_ text: String) -> Bool {
        if text.contains("://") { return false }
        guard let colon = text.firstIndex(of: ":") else { return true }
        let before = text[..<colon]
        let isSchemeName = before.first.map(\.isLetter) == true
            && before.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        guard isSchemeName else { return true }
        // `host:port…`: digits after the colon, up to a slash, ?, # or the end.
        let after = text[text.index(after: colon)...].prefix { !"/?#".contains($0) }
        return !after.isEmpty && after.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
