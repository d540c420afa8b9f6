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
    /// A `://` later in the line (`localhost:8080/a?u=x://y`) is not a scheme.
    static func lacksScheme(_ text: String) -> Bool {
        guard let scheme = leadingSchemeName(text) else { return true }
        let rest = text[scheme.endIndex...].dropFirst()  // after the colon
        if rest.hasPrefix("//") { return false }
        // `host:port…`: digits after the colon, up to a slash, ?, # or the end.
        let after = rest.prefix { !"/?#".contains($0) }
        return !after.isEmpty && after.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// True for text that starts with `scheme://` (any scheme: `ftp://x` is a URL, answered as
    /// `unsupported_scheme`). How the command line tells a URL argument from a file name.
    static func startsWithSchemeAndSlashes(_ text: String) -> Bool {
        guard let scheme = leadingSchemeName(text) else { return false }
        return text[scheme.endIndex...].hasPrefix("://")
    }

    /// What comes before the first `:` when it can be a scheme name (RFC 3986: a letter, then
    /// letters, digits, `+`, `-`, `.`); nil otherwise, or without a colon.
    private static func leadingSchemeName(_ text: String) -> Substring? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let before = text[..<colon]
        guard before.first.map(\.isLetter) == true,
            before.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return before
    }
}
