/// The byte helpers every layer uses, in one place: the HTML standard's ASCII whitespace, ASCII
/// case folding, decimal integers read without making a String. HTML, Input, Workers and Output
/// each had their own copy of some of these (five of the lower-casing alone).

extension UInt8 {
    /// Tab, LF, FF, CR and space: the HTML standard's ASCII whitespace.
    var isASCIIWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D
    }

    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self + 0x20 : self }
}

extension StringProtocol {
    /// Trims the five ASCII whitespace characters of the HTML standard (not Unicode spaces).
    func trimmingASCIIWhitespace() -> String {
        let utf8 = Array(self.utf8)
        var start = 0
        var end = utf8.count
        while start < end, utf8[start].isASCIIWhitespace { start += 1 }
        while end > start, utf8[end - 1].isASCIIWhitespace { end -= 1 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    func asciiLowercased() -> String {
        String(decoding: self.utf8.map(\.asciiLowercased), as: UTF8.self)
    }
}

enum ASCII {
    /// Decimal digits, optionally after a minus sign (`allowsSign`), as an `Int`; nil for no
    /// digits, any other byte, or a value that overflows.
    static func integer(_ bytes: some Collection<UInt8>, allowsSign: Bool = true) -> Int? {
        var value = 0
        var negative = false
        var digits = 0
        for byte in bytes {
            if allowsSign, byte == UInt8(ascii: "-"), digits == 0, !negative {
                negative = true
            } else if byte.isASCIIDigit {
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int(byte &- 0x30))
                guard !o1, !o2 else { return nil }
                value = sum
                digits += 1
            } else {
                return nil
            }
        }
        return digits > 0 ? (negative ? -value : value) : nil
    }
}
