/// Replaces each invalid UTF-8 sequence with U+FFFD, as the WHATWG UTF-8 decoder does, across
/// chunk boundaries.
///
/// libxml2 2.9, on meeting an invalid byte in UTF-8 input, decodes the rest of the document as
/// Latin-1 (or passes the byte through as U+0080–U+00FF), turning every later non-ASCII title into
/// mojibake. Valid chunks, nearly all of them, pass through without a copy.
struct UTF8Repair {
    /// The start of a sequence cut by the end of the previous chunk (at most 3 bytes).
    private var carry: [UInt8] = []
    /// True while the start of a sequence cut by the end of the last chunk is kept.
    var hasCarry: Bool { !carry.isEmpty }
    private var output: [UInt8] = []
    /// `carry` and the chunk joined, reused so that an invalid chunk costs no allocation.
    private var input: [UInt8] = []
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    /// Input bytes since `reset` that are behind us: repaired, or kept in `carry`.
    private var seen = 0
    /// Stream offset (input bytes since `reset`) of the first byte of the first invalid sequence,
    /// nil while the input was valid UTF-8. A sequence still cut by the end of the input is not an
    /// error until the `final` chunk says it stays cut.
    private(set) var firstErrorOffset: Int?

    mutating func reset() {
        carry.removeAll(keepingCapacity: true)
        seen = 0
        firstErrorOffset = nil
    }

    /// Calls `body` with the repaired bytes of `chunk` (maybe zero bytes, maybe `chunk` itself).
    mutating func repair(_ chunk: UnsafeRawBufferPointer, final: Bool, _ body: (UnsafeRawBufferPointer) -> Void) {
        if carry.isEmpty, let validPrefix = UTF8Repair.validPrefixLength(chunk), validPrefix == chunk.count {
            seen += chunk.count
            body(chunk)
            return
        }
        output.removeAll(keepingCapacity: true)
        // Stream offset of `input[0]`: the carried bytes came before this chunk.
        let base = seen - carry.count
        seen += chunk.count
        input.removeAll(keepingCapacity: true)
        input.append(contentsOf: carry)
        input.append(contentsOf: chunk)
        carry.removeAll(keepingCapacity: true)
        var iterator = input.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                output.append(contentsOf: scalar)
                offset += scalar.count
            case .emptyInput:
                break loop
            case .error(let length):
                if !final, offset + length == input.count, UTF8Repair.isIncompletePrefix(input[offset...]) {
                    carry.append(contentsOf: input[offset...])
                    break loop
                }
                output.append(contentsOf: UTF8Repair.replacement)
                if firstErrorOffset == nil { firstErrorOffset = base + offset }
                offset += length
            }
        }
        output.withUnsafeBytes(body)
    }

    /// Length of the longest prefix that is ASCII or well-formed; nil-free fast path for ASCII.
    private static func validPrefixLength(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n, bytes[i] < 0x80 { i += 1 }
        if i == n { return n }
        // Validates in place: `String(validating:)` would copy the slice into a new string.
        let rest = UnsafeRawBufferPointer(rebasing: bytes[i...]).assumingMemoryBound(to: UInt8.self)
        return (try? UTF8Span(validating: rest.span)) == nil ? i : n
    }

    /// True when `bytes` (1 to 3 of them) could begin a valid multi-byte sequence.
    private static func isIncompletePrefix(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let lead = bytes.first, bytes.count < 4 else { return false }
        let needed: Int
        switch lead {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return false
        }
        guard bytes.count < needed else { return false }
        for (i, b) in bytes.enumerated().dropFirst() {
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            if i == 1 {
                if lead == 0xE0 { low = 0xA0 }
                if lead == 0xED { high = 0x9F }
                if lead == 0xF0 { low = 0x90 }
                if lead == 0xF4 { high = 0x8F }
            }
            if b < low || b > high { return false }
        }
        return true
    }
}
