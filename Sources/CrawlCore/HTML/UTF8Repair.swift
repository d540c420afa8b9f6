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
        if carry.isEmpty, UTF8Repair.validPrefixLength(chunk) == chunk.count {
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

    /// Length of the longest prefix of whole, well-formed sequences (Unicode Table 3-7). ASCII is
    /// skipped 8 bytes at a time: the standard library's `UTF8Span(validating:)` reads a byte at
    /// a time, 7,500 instructions for the typical page's first 1 KB slice (ProfileTitles under
    /// callgrind), about 5 % of its title extraction. A cut or bad sequence ends the prefix;
    /// `repair` then takes the careful path.
    static func validPrefixLength(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var i = 0
        while i < n {
            while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let lead = base.load(fromByteOffset: i, as: UInt8.self)
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let second = base.load(fromByteOffset: i + 1, as: UInt8.self)
            guard second >= low, second <= high else { return i }
            for k in 2..<length where base.load(fromByteOffset: i + k, as: UInt8.self) & 0xC0 != 0x80 { return i }
            i += length
        }
        return n
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
