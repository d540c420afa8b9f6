#if canImport(Glibc)
import Glibc
#endif

/// Decodes a byte stream in any `Charset` to UTF-8 as the WHATWG Encoding Standard's decoders do
/// in replacement mode: a malformed or unmapped sequence becomes U+FFFD and decoding goes on, so it
/// never fails (only opening iconv can, which is an environment failure).
///
/// The bytes are converted by glibc and the standard library; what this type adds is the standard's
/// error handling and the places where glibc's tables differ from the WHATWG indexes (checked against
/// the indexes as Firefox's encoding_rs ships them: `scripts/whatwg-decoders/compare-glibc.py`; and
/// against encoding_rs's own decoding of 3,319 hostile inputs: `Fixtures/decoder`):
/// - UTF-8: `UTF8Repair` (no iconv, valid chunks pass through without a copy).
/// - UTF-16LE/BE: decoded here, unpaired surrogates and an odd last byte become U+FFFD.
/// - Single-byte encodings: a 128-entry table filled from iconv once per process, one byte at a
///   time (so glibc's CP1255/CP1258 cannot compose a letter with the mark after it, which the
///   standard does not do), then corrected: the bytes 0x80–0x9F that Microsoft leaves undefined in
///   windows-874 and windows-1250…1258 are the C1 controls U+0080… in the standard's indexes (glibc
///   refuses them), and five bytes glibc maps otherwise (`singleByteCorrections`).
/// - The CJK encodings: glibc iconv in chunks. On an invalid sequence the decoder emits U+FFFD and
///   skips what the standard's decoder would consume: the lead byte alone when the byte after it is
///   ASCII (that byte is then decoded again), else the lead and that byte (and the 3rd and 4th
///   bytes of a four-byte gb18030 or three-byte EUC-JP sequence). See `IconvProfile`.
/// - "replacement" (labels such as iso-2022-kr): one U+FFFD for a non-empty stream.
///
/// An incomplete sequence at the end of a call is kept for the next one, so the output does not
/// depend on where the input was split; `final: true` turns it into U+FFFD.
///
/// One instance serves many streams (`reset`); `close` releases the iconv descriptor.
final class CharsetDecoder {
    enum OpenError: Error, Equatable {
        /// glibc has no converter of this name (gconv modules missing from the system).
        case iconvUnavailable(String)
    }

    let charset: Charset
    private let kind: Kind
    private var utf8 = UTF8Repair()
    private var singleByte: [UInt32] = []
    private var cd: iconv_t?
    /// CP932, for the jis0208 pointers glibc's EUC-JP-MS and ISO-2022-JP do not map as the index does.
    private var jisCD: iconv_t?
    private var profile = IconvProfile.none
    /// Output of single-byte, UTF-16 and iconv decoding, reused by every call.
    private var output = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// The bytes of a sequence cut by the end of the previous call, followed (while being joined)
    /// by the first bytes of the next one.
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    private var carried = 0
    /// Input bytes handed to `decode` since `reset`, up to the current call.
    private var seen = 0
    private var firstError: Int?
    // UTF-16
    private var leadByte: UInt8?
    private var leadSurrogate: UInt16?
    // replacement
    private var replaced = false

    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
    static let outputSize = 16_384
    private static let scratchSize = 64

    private enum Kind {
        case utf8, utf16(bigEndian: Bool), singleByte, iconv, replacement
    }

    /// Throws only when glibc cannot open its converter for `charset`.
    init(_ charset: Charset) throws {
        self.charset = charset
        switch charset.name {
        case "utf-8": kind = .utf8
        case "utf-16le": kind = .utf16(bigEndian: false)
        case "utf-16be": kind = .utf16(bigEndian: true)
        case "replacement": kind = .replacement
        default:
            if let table = try CharsetDecoder.singleByteTable(for: charset) {
                kind = .singleByte
                singleByte = table
            } else {
                kind = .iconv
                profile = IconvProfile.for(charset)
                let opened = iconv_open("UTF-8", profile.iconvName)
                guard let opened, opened != iconv_t(bitPattern: -1) else {
                    throw OpenError.iconvUnavailable(profile.iconvName)
                }
                cd = opened
                if profile.eucJPRows85to94 || profile.jis0208ViaCP932 {
                    guard let jis = iconv_open("UTF-8", "CP932"), jis != iconv_t(bitPattern: -1) else {
                        iconv_close(opened)
                        throw OpenError.iconvUnavailable("CP932")
                    }
                    jisCD = jis
                }
                scratch = .allocate(byteCount: CharsetDecoder.scratchSize, alignment: 1)
            }
        }
        switch kind {
        case .utf8, .replacement: break
        default: output = .allocate(byteCount: CharsetDecoder.outputSize, alignment: 1)
        }
    }

    deinit {
        assert(output.baseAddress == nil && cd == nil, "CharsetDecoder was not closed")
    }

    /// Stream offset (input bytes since init or `reset`) of the first malformed or unmapped byte,
    /// nil while there was none. Bytes the standard maps (windows-1252's 0x81, …) are no error.
    var firstErrorOffset: Int? {
        if case .utf8 = kind { return utf8.firstErrorOffset }
        return firstError
    }

    /// True unless the decoder is UTF-8 holding no cut sequence: only then may the caller drop
    /// input bytes without decoding them and continue with the next ones.
    var holdsPartialSequence: Bool {
        if case .utf8 = kind { return utf8.hasCarry }
        return true
    }

    /// Starts a new stream: forgets carried bytes, the error offset and iconv's shift state.
    func reset() {
        utf8.reset()
        carried = 0
        seen = 0
        firstError = nil
        leadByte = nil
        leadSurrogate = nil
        replaced = false
        if let cd { _ = iconv(cd, nil, nil, nil, nil) }
    }

    /// Releases the iconv descriptor and buffers; the decoder is unusable afterwards.
    func close() {
        if let cd { _ = iconv_close(cd) }
        cd = nil
        if let jisCD { _ = iconv_close(jisCD) }
        jisCD = nil
        if output.baseAddress != nil { output.deallocate() }
        output = UnsafeMutableRawBufferPointer(start: nil, count: 0)
        if scratch.baseAddress != nil { scratch.deallocate() }
        scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    }

    /// Decodes the next bytes of the stream; calls `body` with UTF-8 (possibly several times,
    /// possibly never). The bytes of a sequence cut by the end of `bytes` are kept for the next
    /// call; with `final: true` they become U+FFFD and the stream is complete.
    func decode(_ bytes: UnsafeRawBufferPointer, final: Bool, _ body: (UnsafeRawBufferPointer) -> Void) {
        switch kind {
        case .utf8:
            utf8.repair(bytes, final: final, body)
        case .utf16(let bigEndian):
            decodeUTF16(bytes, bigEndian: bigEndian, final: final, body)
        case .singleByte:
            decodeSingleByte(bytes, body)
        case .iconv:
            decodeIconv(bytes, final: final, body)
        case .replacement:
            if !replaced, bytes.count > 0 {
                replaced = true
                firstError = seen
                CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
            }
        }
        seen += bytes.count
    }

    private func noteError(at offset: Int) {
        if firstError == nil { firstError = offset }
    }

    // MARK: - Single-byte encodings

    private func decodeSingleByte(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
        let out = output.baseAddress!
        let limit = output.count - 4
        var o = 0
        singleByte.withUnsafeBufferPointer { table in
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    out.storeBytes(of: byte, toByteOffset: o, as: UInt8.self)
                    o += 1
                } else {
                    var entry = table[Int(byte) - 0x80]
                    if entry == 0 {
                        noteError(at: seen + i)
                        entry = CharsetDecoder.packedReplacement
                    }
                    let length = Int(entry >> 24)
                    for k in 0..<length {
                        out.storeBytes(of: UInt8(truncatingIfNeeded: entry >> (8 * UInt32(k))), toByteOffset: o + k, as: UInt8.self)
                    }
                    o += length
                }
                if o > limit {
                    body(UnsafeRawBufferPointer(start: out, count: o))
                    o = 0
                }
            }
        }
        if o > 0 { body(UnsafeRawBufferPointer(start: out, count: o)) }
    }

    /// U+FFFD as a table entry: length in the top byte, the UTF-8 bytes from the lowest.
    private static let packedReplacement: UInt32 = 3 << 24 | 0xBD_BF_EF

    /// The standard's names of the single-byte encodings, all decoded through a table.
    static let singleByteNames: Set<String> = [
        "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8",
        "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u",
        "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
        "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
        // Outside the standard, reached only through the detector (`Charset.detectedOnly`).
        "ibm852", "ibm855", "x-mac-ce", "viscii",
    ]

    /// Encodings whose WHATWG index has the C1 control U+0080+n at each byte 0x80+n that the
    /// Microsoft code page (and so glibc) leaves undefined. Checked byte by byte against the
    /// indexes: true of every such byte in these (windows-1256 defines all of them), and no other
    /// single-byte encoding has one. Undefined bytes from 0xA0 up (windows-1253's 0xAA, …) stay
    /// errors, as in the indexes.
    static let c1Filled: Set<String> = [
        "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
        "windows-1255", "windows-1256", "windows-1257", "windows-1258",
    ]

    /// Bytes where glibc's table and the WHATWG index disagree, with the index's code point.
    static let singleByteCorrections: [String: [UInt8: UInt32]] = [
        // glibc's KOI8-U is RFC 2319 (box drawing here); the standard's koi8-u has Ў ў (KOI8-RU).
        "koi8-u": [0xAE: 0x045E, 0xBE: 0x040E],
        // Apple's current mapping: ∆ INCREMENT and the Apple logo (glibc: Δ and a different PUA).
        "macintosh": [0xC6: 0x2206, 0xF0: 0xF8FF],
        // Mac OS Cyrillic after the euro (glibc: ¤).
        "x-mac-cyrillic": [0xFF: 0x20AC],
        // HEBREW POINT HOLAM HASER FOR VAV, added to windows-1255 after glibc's table.
        "windows-1255": [0xCA: 0x05BA],
    ]

    /// One table per single-byte encoding, built on first use from iconv, then corrected.
    private static let singleByteTables: [String: Result<[UInt32], OpenError>] = {
        var tables: [String: Result<[UInt32], OpenError>] = [:]
        for charset in singleByteNames.compactMap({ Charset(label: $0) }) + Charset.allDetectedOnly {
            tables[charset.name] = Result { try buildSingleByteTable(charset) }.mapError { $0 as! OpenError }
        }
        return tables
    }()

    /// The table for `charset`, or nil when it is not a single-byte encoding.
    static func singleByteTable(for charset: Charset) throws -> [UInt32]? {
        guard singleByteNames.contains(charset.name) else { return nil }
        return try singleByteTables[charset.name]!.get()
    }

    private static func buildSingleByteTable(_ charset: Charset) throws -> [UInt32] {
        guard let cd = iconv_open("UTF-8", charset.decoderName), cd != iconv_t(bitPattern: -1) else {
            throw OpenError.iconvUnavailable(charset.decoderName)
        }
        defer { iconv_close(cd) }
        var table = [UInt32](repeating: 0, count: 128)
        let corrections = singleByteCorrections[charset.name] ?? [:]
        for byte in UInt8(0x80)...0xFF {
            var scalar: UInt32?
            if let corrected = corrections[byte] {
                scalar = corrected
            } else if let converted = convertAlone([byte], cd) {
                table[Int(byte) - 0x80] = pack(converted)
                continue
            } else if byte <= 0x9F, c1Filled.contains(charset.name) {
                scalar = UInt32(byte)
            }
            if let scalar, let s = Unicode.Scalar(scalar) { table[Int(byte) - 0x80] = pack(Array(String(s).utf8)) }
        }
        return table
    }

    /// The UTF-8 that iconv makes of `bytes` alone from the initial state, flushed; nil on error.
    static func convertAlone(_ bytes: [UInt8], _ cd: iconv_t) -> [UInt8]? {
        _ = iconv(cd, nil, nil, nil, nil)
        var input = bytes.map { CChar(bitPattern: $0) }
        var out = [CChar](repeating: 0, count: 32)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr = outBuf.baseAddress
                var outLeft = outBuf.count
                guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return nil }
                guard iconv(cd, nil, nil, &outPtr, &outLeft) != -1 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let produced, produced > 0 else { return nil }
        return out[..<produced].map { UInt8(bitPattern: $0) }
    }

    private static func pack(_ utf8: [UInt8]) -> UInt32 {
        precondition(utf8.count <= 3, "a single byte decodes to one BMP code point")
        var entry = UInt32(utf8.count) << 24
        for (k, b) in utf8.enumerated() { entry |= UInt32(b) << (8 * UInt32(k)) }
        return entry
    }

    // MARK: - UTF-16

    private func decodeUTF16(
        _ bytes: UnsafeRawBufferPointer, bigEndian: Bool, final: Bool, _ body: (UnsafeRawBufferPointer) -> Void
    ) {
        let out = output.baseAddress!
        let limit = output.count - 8
        var o = 0
        func put(_ scalar: UInt32) {
            if scalar < 0x80 {
                out.storeBytes(of: UInt8(scalar), toByteOffset: o, as: UInt8.self)
                o += 1
            } else if scalar < 0x800 {
                out.storeBytes(of: UInt8(0xC0 | scalar >> 6), toByteOffset: o, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar & 0x3F), toByteOffset: o + 1, as: UInt8.self)
                o += 2
            } else if scalar < 0x10000 {
                out.storeBytes(of: UInt8(0xE0 | scalar >> 12), toByteOffset: o, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar >> 6 & 0x3F), toByteOffset: o + 1, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar & 0x3F), toByteOffset: o + 2, as: UInt8.self)
                o += 3
            } else {
                out.storeBytes(of: UInt8(0xF0 | scalar >> 18), toByteOffset: o, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar >> 12 & 0x3F), toByteOffset: o + 1, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar >> 6 & 0x3F), toByteOffset: o + 2, as: UInt8.self)
                out.storeBytes(of: UInt8(0x80 | scalar & 0x3F), toByteOffset: o + 3, as: UInt8.self)
                o += 4
            }
        }
        // Stream offset of a code unit that starts at `bytes[i]` (-1: the carried lead byte).
        for i in 0..<bytes.count {
            guard let lead = leadByte else {
                leadByte = bytes[i]
                continue
            }
            leadByte = nil
            let unit = bigEndian ? UInt16(lead) << 8 | UInt16(bytes[i]) : UInt16(bytes[i]) << 8 | UInt16(lead)
            let unitOffset = seen + i - 1
            if let high = leadSurrogate {
                leadSurrogate = nil
                if unit >= 0xDC00, unit <= 0xDFFF {
                    put(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
                    continue
                }
                // The unpaired high surrogate is the error; `unit` is decoded afresh.
                noteError(at: unitOffset - 2)
                put(0xFFFD)
            }
            if unit >= 0xD800, unit <= 0xDBFF {
                leadSurrogate = unit
            } else if unit >= 0xDC00, unit <= 0xDFFF {
                noteError(at: unitOffset)
                put(0xFFFD)
            } else {
                put(UInt32(unit))
            }
            if o > limit {
                body(UnsafeRawBufferPointer(start: out, count: o))
                o = 0
            }
        }
        if final, leadByte != nil || leadSurrogate != nil {
            // An odd last byte, or a high surrogate with nothing after it: one U+FFFD (the standard's
            // end-of-queue error), at the earlier of the two.
            let end = seen + bytes.count
            noteError(at: leadSurrogate != nil ? end - (leadByte != nil ? 3 : 2) : end - 1)
            leadByte = nil
            leadSurrogate = nil
            put(0xFFFD)
        }
        if o > 0 { body(UnsafeRawBufferPointer(start: out, count: o)) }
    }

    // MARK: - iconv

    private func decodeIconv(_ bytes: UnsafeRawBufferPointer, final: Bool, _ body: (UnsafeRawBufferPointer) -> Void) {
        var start = 0
        // Bytes carried from the last call are joined with the first bytes of this one in
        // `scratch`, converted there, and the rest of this call's bytes converted in place.
        while carried > 0 {
            let take = min(bytes.count, scratch.count - carried)
            if take > 0 {
                UnsafeMutableRawBufferPointer(rebasing: scratch[carried..<carried + take])
                    .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            }
            let joined = UnsafeRawBufferPointer(rebasing: scratch[0..<carried + take])
            let whole = take == bytes.count
            let stop = convert(joined, streamOffset: seen - carried, final: final && whole, body)
            if stop >= carried {
                start = stop - carried
                carried = 0
                if whole {
                    keep(UnsafeRawBufferPointer(rebasing: bytes[start...]))
                    start = bytes.count
                }
                break
            } else if whole {
                // Still cut: all of it is carried again (moved to the front of `scratch`).
                carried = 0
                keep(UnsafeRawBufferPointer(rebasing: joined[stop...]))
                start = bytes.count
                break
            } else {
                // A sequence longer than the scratch buffer cannot be: no encoding has one. Should
                // iconv ever say so, the carried byte is an error, so the loop always ends.
                noteError(at: seen - carried + stop)
                CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
                let rest = UnsafeRawBufferPointer(rebasing: joined[(stop + 1)..<carried])
                carried = 0
                keep(rest)
            }
        }
        if start < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
            let stop = convert(rest, streamOffset: seen + start, final: final, body)
            keep(UnsafeRawBufferPointer(rebasing: rest[stop...]))
        }
        if final, let cd {
            // Return to the initial state (ISO-2022-JP), writing out anything iconv still holds.
            var outPtr = output.baseAddress!.assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
            var outLeft = output.count
            _ = iconv(cd, nil, nil, &outPtr, &outLeft)
            if outLeft < output.count { body(UnsafeRawBufferPointer(rebasing: output[0..<(output.count - outLeft)])) }
        }
    }

    /// Appends `tail` (the start of a cut sequence, a few bytes) to the carried bytes; `tail` may
    /// lie in `scratch` itself (the copy is a memmove).
    private func keep(_ tail: UnsafeRawBufferPointer) {
        guard tail.count > 0 else { return }
        precondition(carried + tail.count <= scratch.count, "a cut sequence is at most a few bytes")
        UnsafeMutableRawBufferPointer(rebasing: scratch[carried..<carried + tail.count]).copyMemory(from: tail)
        carried += tail.count
    }

    /// Converts `input` (whose first byte is at `streamOffset` in the stream) and returns how many
    /// bytes were consumed: all of them, or fewer when the rest is the start of a sequence that
    /// may continue in the next call (only when not `final`).
    private func convert(
        _ input: UnsafeRawBufferPointer, streamOffset: Int, final: Bool, _ body: (UnsafeRawBufferPointer) -> Void
    ) -> Int {
        guard let cd, let base = input.baseAddress else { return 0 }
        let n = input.count
        var pos = 0
        var nextRejected = -1
        while pos < n {
            // glibc decodes some bytes the standard rejects (EUC-JP's lone C1 bytes, Big5's 0x80):
            // iconv stops before them and they go through the error path.
            var limit = n
            if profile.rejects != nil {
                if nextRejected < pos { nextRejected = profile.firstRejected(input, from: pos) }
                limit = nextRejected
            }
            var inPtr = UnsafeMutablePointer(mutating: (base + pos).assumingMemoryBound(to: CChar.self)) as UnsafeMutablePointer<CChar>?
            var inLeft = limit - pos
            var failed = false
            var error: Int32 = 0
            var callStart = pos
            while inLeft > 0 {
                callStart = limit - inLeft
                var outPtr = output.baseAddress!.assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var outLeft = output.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if result == -1 { error = errno }
                let produced = output.count - outLeft
                if produced > 0 {
                    emit(UnsafeRawBufferPointer(rebasing: output[0..<produced]), input: input, from: callStart, streamOffset: streamOffset, body)
                }
                if result != -1 { break }
                if error != E2BIG {
                    failed = true
                    break
                }
            }
            pos = limit - inLeft
            if !failed {
                if limit == n { break }
                error = EILSEQ  // a rejected byte at `limit`
            }
            if error == EINVAL, limit == n,
               profile.structure == .iso2022JP || profile.errorLength(input, at: pos, final: false) == nil {
                // The input ends inside a sequence (glibc says so; for the framed encodings the
                // standard's framing agrees: glibc also says so of `C0 39 7F`, already invalid).
                if !final { return pos }
                noteError(at: streamOffset + pos)
                CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
                return n
            }
            if profile.swallowsA2E8, error == EILSEQ, pos - callStart >= 2, input[pos - 2] == 0xA2, input[pos - 1] == 0xE8 {
                // glibc's CP949 consumes the unassigned KS X 1001 cell 0xA2E8, writes nothing and
                // reports EILSEQ after it: the error is the pair (0xE8 is always a lead byte, so
                // it cannot have been the first byte of a sequence ending at `pos`).
                noteError(at: streamOffset + pos - 2)
                CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
                continue
            }
            // EILSEQ, or a sequence cut by a rejected byte (which cannot continue it), or an errno
            // iconv should not give: all are an invalid sequence at `pos`. First a pair the index
            // maps and glibc does not (its trail may be ASCII: Big5's 0x8E7E), then the standard's
            // error, which consumes `length` bytes.
            if pos + 2 <= n, let fixed = pairCorrection(UnsafeRawBufferPointer(rebasing: input[pos..<(pos + 2)])) {
                fixed.withUnsafeBytes(body)
                pos += 2
                continue
            }
            guard let length = profile.errorLength(input, at: pos, final: final) else { return pos }
            if !profile.corrections.isEmpty,
               let fixed = profile.corrections[IconvProfile.pack(input[pos..<(pos + length)])] {
                fixed.withUnsafeBytes(body)
            } else {
                noteError(at: streamOffset + pos)
                CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
            }
            pos += length
        }
        return n
    }

    /// Hands iconv's output to `body`, with the code points where glibc and the WHATWG index
    /// differ replaced (`IconvProfile.substitute`). `from` is where the iconv call began in `input`.
    private func emit(
        _ produced: UnsafeRawBufferPointer, input: UnsafeRawBufferPointer, from: Int, streamOffset: Int,
        _ body: (UnsafeRawBufferPointer) -> Void
    ) {
        guard let inspect = profile.inspect else {
            body(produced)
            return
        }
        var flushed = 0
        var i = 0
        let n = produced.count
        while i < n {
            let lead = produced[i]
            guard inspect[Int(lead)] else {
                i += 1
                continue
            }
            let (scalar, length) = CharsetDecoder.scalar(in: produced, at: i)
            if let substitute = substitute(scalar) {
                if i > flushed { body(UnsafeRawBufferPointer(rebasing: produced[flushed..<i])) }
                if case .text(let text) = substitute {
                    text.withUnsafeBytes(body)
                } else {
                    if firstError == nil {
                        firstError = streamOffset + locate(outputOffset: i, input: input, from: from)
                    }
                    CharsetDecoder.replacementCharacter.withUnsafeBytes(body)
                }
                flushed = i + length
            }
            i += length
        }
        if flushed < n { body(UnsafeRawBufferPointer(rebasing: produced[flushed..<n])) }
    }

    private enum Substitution {
        case text([UInt8])
        case unmapped
    }

    /// What the index has where glibc gave `scalar`, nil when they agree.
    private func substitute(_ scalar: UInt32) -> Substitution? {
        if let text = profile.substitutions[scalar] { return .text(text) }
        guard profile.eucJPRows85to94, scalar >= 0xE000, scalar <= 0xE757 else { return nil }
        // EUC-JP-MS: rows 85–94 of JIS X 0208 are U+E000 + (row - 85) * 94 + cell - 1, the same
        // rows of JIS X 0212 (after 0x8F) the 940 code points after; the index has no JIS X 0212
        // characters there.
        guard scalar <= 0xE3AB else { return .unmapped }
        let pointer = 84 * 94 + Int(scalar - 0xE000)
        return jis0208(pointer).map(Substitution.text) ?? .unmapped
    }

    /// The index jis0208's code point for `pointer`, through CP932, which agrees with the index
    /// everywhere: Shift_JIS decodes with the same index.
    private func jis0208(_ pointer: Int) -> [UInt8]? {
        guard let jisCD else { return nil }
        let lead = pointer / 188
        let trail = pointer % 188
        let bytes = [UInt8(lead + (lead < 0x1F ? 0x81 : 0xC1)), UInt8(trail + (trail < 0x3F ? 0x40 : 0x41))]
        return CharsetDecoder.convertAlone(bytes, jisCD)
    }

    /// What the index maps the pair `bytes` to where glibc finds it invalid, nil when nothing.
    private func pairCorrection(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        if profile.jis0208ViaCP932 {
            guard (0x21...0x7E).contains(bytes[0]), (0x21...0x7E).contains(bytes[1]) else { return nil }
            return jis0208((Int(bytes[0]) - 0x21) * 94 + Int(bytes[1]) - 0x21)
        }
        guard !profile.corrections.isEmpty else { return nil }
        return profile.corrections[IconvProfile.pack(bytes)]
    }

    /// Where in `input` the sequence lies that iconv turned into output byte `outputOffset` of a
    /// call that began at `from`: iconv is run again (stateless converters only) with room for
    /// exactly that much output, and stops in front of it. Rare: only to report an error offset.
    private func locate(outputOffset: Int, input: UnsafeRawBufferPointer, from: Int) -> Int {
        guard let cd, outputOffset > 0 else { return from }
        let room = UnsafeMutableRawBufferPointer.allocate(byteCount: outputOffset, alignment: 1)
        defer { room.deallocate() }
        var inPtr = UnsafeMutablePointer(mutating: (input.baseAddress! + from).assumingMemoryBound(to: CChar.self)) as UnsafeMutablePointer<CChar>?
        var inLeft = input.count - from
        var outPtr = room.baseAddress!.assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
        var outLeft = outputOffset
        _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        _ = iconv(cd, nil, nil, nil, nil)
        return input.count - inLeft
    }

    /// The scalar that the valid UTF-8 at `produced[i]` encodes, and its length.
    static func scalar(in produced: UnsafeRawBufferPointer, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(produced[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(produced[i + 1]) & 0x3F, 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(produced[i + 1]) & 0x3F) << 6 | UInt32(produced[i + 2]) & 0x3F, 3)
        }
        return (
            (b0 & 0x07) << 18 | (UInt32(produced[i + 1]) & 0x3F) << 12 | (UInt32(produced[i + 2]) & 0x3F) << 6
                | UInt32(produced[i + 3]) & 0x3F, 4
        )
    }
}
