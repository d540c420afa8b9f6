#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the character references in RCDATA text (a `<title>`'s), as the HTML standard's
/// tokenizer does in its character reference state, in the case where the reference is not in an
/// attribute (https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state).
///
/// - Named: the longest name in the standard's table (2,231 names, `HTMLEntities`) that the text
///   after `&` starts with. 106 names also exist without the `;` (legacy), so `&copy` decodes,
///   `&ampx` is `&x` and `&notit;` is `¬it;`. Outside attributes the next character does not
///   matter. No name matches: the text stays as it is (`&foo;`).
/// - Numeric: `&#` decimal or `&#x`/`&#X` hex digits, the `;` optional; no digit, and it is text.
///   0, surrogates and values above 0x10FFFF become U+FFFD; 0x80–0x9F go through the standard's
///   windows-1252 table (27 of the 32); noncharacters and other controls stay as they are.
///
/// Only references are decoded: the bytes around them are copied unchanged (a NUL byte, which
/// the tokenizer turns into U+FFFD in RCDATA, or invalid UTF-8 included).
enum CharacterReferences {
    /// Appends `text` (UTF-8) to `out` with every character reference decoded.
    ///
    /// Called once per page on a short string: text without `&`, nearly every title, is one
    /// `memchr` and one copy.
    static func decodeRCDATA(_ text: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        guard let raw = text.baseAddress, !text.isEmpty else { return }
        let bytes = UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: text.count)
        var copied = 0  // bytes[..<copied] are in `out`, decoded
        var search = 0  // the next `&` is at `search` or after
        while search < bytes.count, let found = memchr(raw + search, 0x26, bytes.count - search) {
            let amp = raw.distance(to: UnsafeRawPointer(found))
            guard let end = decodeReference(bytes, after: amp, copying: copied, into: &out) else {
                // Not a reference: the `&` is text, and so is what follows up to the next `&`.
                search = amp + 1
                continue
            }
            copied = end
            search = end
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// If a reference starts at the `&` at `amp`: appends `bytes[copied..<amp]` and the decoded
    /// reference to `out` and returns the index after the reference. Otherwise returns nil and
    /// appends nothing.
    private static func decodeReference(
        _ bytes: UnsafeBufferPointer<UInt8>, after amp: Int, copying copied: Int, into out: inout [UInt8]
    ) -> Int? {
        let start = amp + 1
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "#") {
            guard let numeric = numericReference(bytes, from: start + 1) else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<amp]))
            appendUTF8(numeric.codePoint, to: &out)
            return numeric.end
        }
        guard let name = longestName(bytes, from: start) else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<amp]))
        let records = HTMLEntities.records.utf8Start
        let record = Int(index.starts[name.entry])
        let value = record + 1 + Int(records[record]) + 1
        out.append(contentsOf: UnsafeBufferPointer(start: records + value, count: Int(records[value - 1])))
        return start + name.length
    }

    // MARK: Numeric references

    /// The code point of the digits at `bytes[from...]` (just after `&#`) and the index after the
    /// reference (after its `;`, if there is one); nil without a digit.
    static func numericReference(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (codePoint: UInt32, end: Int)? {
        var at = from
        var radix: UInt32 = 10
        if at < bytes.count, bytes[at] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            at += 1
        }
        let digits = at
        // Saturates at 0x110000: `&#99999999999999999999;` is out of range like `&#x110000;`,
        // and 0x110000 * 16 + 15 still fits a UInt32.
        var value: UInt32 = 0
        while at < bytes.count, let digit = digitValue(bytes[at], radix: radix) {
            value = min(value &* radix &+ digit, 0x11_0000)
            at += 1
        }
        guard at > digits else { return nil }
        if at < bytes.count, bytes[at] == UInt8(ascii: ";") { at += 1 }
        return (replacingInvalid(value), at)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte &- UInt8(ascii: "a") &+ 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte &- UInt8(ascii: "A") &+ 10)
        default: return nil
        }
    }

    /// The standard's "numeric character reference end state": what a number stands for.
    static func replacingInvalid(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x11_0000...: return 0xFFFD
        case 0x80...0x9F: return windows1252[Int(value - 0x80)]
        default: return value
        }
    }

    /// The standard's table for 0x80–0x9F: what windows-1252 puts there. The 5 bytes it leaves
    /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,  // 0x88
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,  // 0x98
    ]

    /// `value` is a scalar value (never a surrogate, at most 0x10FFFF): `replacingInvalid` saw to it.
    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80:
            out.append(UInt8(value))
        case ..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    // MARK: Named references

    /// Where each record of `HTMLEntities.records` starts, and which records begin with each
    /// first byte. Built on first use by one pass over the 27.5 KB of records (2,231 × 2 bytes of
    /// offsets); the table itself is never copied.
    struct Index: Sendable {
        /// `starts[i]`: the offset of record `i` (records are sorted by name bytes).
        let starts: [UInt16]
        /// Records whose name starts with byte `b` are `firstByte[b]..<firstByte[b + 1]`.
        let firstByte: [UInt16]

        init() {
            let records = HTMLEntities.records.utf8Start
            let size = HTMLEntities.records.utf8CodeUnitCount
            var starts: [UInt16] = []
            starts.reserveCapacity(HTMLEntities.count)
            var counts = [Int](repeating: 0, count: 128)
            var at = 0
            while at < size {
                starts.append(UInt16(at))
                counts[Int(records[at + 1])] += 1
                let nameLength = Int(records[at])
                at += 1 + nameLength + 1 + Int(records[at + 1 + nameLength])
            }
            precondition(starts.count == HTMLEntities.count && at == size, "HTMLEntities.records is malformed")
            var firstByte = [UInt16](repeating: 0, count: 129)
            for byte in 0..<128 { firstByte[byte + 1] = firstByte[byte] + UInt16(counts[byte]) }
            self.starts = starts
            self.firstByte = firstByte
        }
    }

    static let index = Index()

    /// The longest name in the table that `bytes[from...]` starts with: its record number and
    /// length; nil when none does.
    ///
    /// The records that start with the first k bytes of the text are a contiguous range of the
    /// sorted table, the one of exactly those k bytes (if any) first. Each further byte narrows the
    /// range by two binary searches on that byte: at most 32 steps, each over at most 168 records
    /// (the most for one first byte, `n`).
    static func longestName(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (entry: Int, length: Int)? {
        let first = bytes[from]
        guard first < 0x80 else { return nil }
        let index = self.index
        let records = HTMLEntities.records.utf8Start
        var low = Int(index.firstByte[Int(first)])
        var high = Int(index.firstByte[Int(first) + 1])
        var best: (entry: Int, length: Int)?
        var length = 1  // every name in low..<high starts with bytes[from..<from + length]
        while low < high {
            if Int(records[Int(index.starts[low])]) == length {
                best = (low, length)
                low += 1
            }
            guard low < high, from + length < bytes.count else { break }
            // Byte `length` of the names left (all are longer than `length`).
            let next = bytes[from + length]
            func byte(_ entry: Int) -> UInt8 { records[Int(index.starts[entry]) + 1 + length] }
            low = partitionPoint(low, high) { byte($0) >= next }
            high = partitionPoint(low, high) { byte($0) > next }
            length += 1
        }
        return best
    }

    /// The first index in `low..<high` for which `isAfter` holds (it holds for all after it).
    @inline(__always)
    private static func partitionPoint(_ low: Int, _ high: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = low
        var high = high
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
