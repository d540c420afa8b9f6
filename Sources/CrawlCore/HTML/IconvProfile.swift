/// What `CharsetDecoder` needs to know about one of glibc's multi-byte converters to give the
/// output of the WHATWG Encoding Standard's decoder: how much an invalid sequence consumes, and
/// where glibc's table differs from the standard's index.
///
/// The differences were found by decoding every pointer of each index (the test data of Firefox's
/// encoding_rs, Debian's librust-encoding-rs-dev) with glibc 2.36:
/// `scripts/whatwg-decoders/compare-glibc.py`.
/// - Shift_JIS (CP932), EUC-KR (CP949): every pointer agrees. CP932 refuses 0x80, which the
///   standard decodes as U+0080.
/// - EUC-JP: glibc's "EUC-JP" lacks the NEC and IBM rows and maps 6 cells to other code points
///   (0xA1C1 is U+301C, the index says U+FF5E); "EUC-JP-MS" agrees except in rows 85–94, which it
///   sends to the Private Use Area. Those rows are decoded here through CP932 at the same jis0208
///   pointer (the index is shared with Shift_JIS): 374 IBM kanji in rows 89–92, U+FFFD elsewhere.
///   EUC-JP-MS also passes the lone bytes 0x80–0x8D and 0x90–0xA0 through as C1 controls, and
///   decodes rows 83–94 of JIS X 0212 (0x8F 0xF3… to 0x8F 0xFE…: IBM extensions, user-defined),
///   all of which the standard rejects; iconv is stopped in front of them. 0x8FA2C3 is U+FFE4 in
///   glibc and U+00A6 in the index.
/// - EUC-KR (CP949): glibc consumes the unassigned 0xA2E8 silently (EILSEQ after it).
/// - ISO-2022-JP: glibc's JIS X 0208 without the NEC and IBM rows (decoded through CP932 as for
///   EUC-JP) and the same 6 cells (substituted). Residual: the katakana escape `ESC ( I` is an
///   error in glibc (U+FFFD, then `(I`), and the standard's output-flag rules are not followed.
/// - Big5 (BIG5-HKSCS): 131 pointers glibc does not map (`big5Corrections`) and 11 it maps to
///   other punctuation (`big5Substitutions`, 0xA145 is U+2022 for the index's U+2027); 0x80 alone.
/// - gb18030 and GBK (GB18030): 0x80 is U+20AC in the standard; 0xA3A0 is U+3000 (glibc U+E5E5).
///   The 18 two-byte codes GB18030-2022 took out of the PUA (0xA6D9, …, 0xFEA0) glibc decodes to the
///   new code points, as the standard has since 2024 (encoding_rs 0.8.31 still has the PUA); the
///   18 four-byte codes those characters had before, glibc refuses and the standard decodes
///   (`gb18030Corrections`). Every four-byte code of the BMP checked (0x81308130–0x8439FE39).
///   Residual: 6 two-byte pointers (0xFE51, 0xFE52, 0xFE53, 0xFE6C, 0xFE76, 0xFE91) that glibc maps
///   to their supplementary-plane characters and the index to the PUA; the same code points come
///   from four-byte sequences too, so they cannot be told apart in the output.
struct IconvProfile {
    /// How the standard's decoder frames a sequence, which decides what an error consumes.
    enum Structure {
        /// Lead 0x81–0x9F or 0xE0–0xFC, one trail byte.
        case shiftJIS
        /// Lead 0x81–0xFE, one trail byte (EUC-KR, Big5).
        case doubleByte
        /// Lead 0x8E or 0xA1–0xFE with one trail byte; 0x8F with two (JIS X 0212).
        case eucJP
        /// Lead 0x81–0xFE, then a trail byte, or 0x30–0x39, 0x81–0xFE, 0x30–0x39.
        case gb18030
        /// ISO-2022-JP: an error in two-byte mode consumes both bytes, any other one byte.
        case iso2022JP
    }

    let iconvName: String
    let structure: Structure
    /// Bytes glibc decodes on their own that the standard rejects; nil when there are none.
    let rejects: [Bool]?
    /// Sequences glibc rejects and the index maps, as `pack`ed bytes → UTF-8.
    let corrections: [UInt64: [UInt8]]
    /// Code points glibc gives for a sequence the index maps to another one.
    let substitutions: [UInt32: [UInt8]]
    /// True for EUC-JP: the Private Use Area output of rows 85–94 is decoded again through CP932.
    let eucJPRows85to94: Bool
    /// True for ISO-2022-JP: a two-byte sequence glibc rejects is decoded through CP932.
    let jis0208ViaCP932: Bool
    /// True for CP949, which swallows 0xA2E8 (see `CharsetDecoder.convert`).
    let swallowsA2E8: Bool
    /// For each byte value, whether a UTF-8 sequence starting with it can need a substitution;
    /// nil when no output is ever inspected.
    let inspect: [Bool]?

    static let none = IconvProfile(iconvName: "", structure: .iso2022JP)

    private init(
        iconvName: String, structure: Structure, rejects: ClosedRange<UInt8>...,
        corrections: [UInt64: UInt32] = [:], substitutions: [UInt32: UInt32] = [:],
        eucJPRows85to94: Bool = false, jis0208ViaCP932: Bool = false, swallowsA2E8: Bool = false
    ) {
        self.swallowsA2E8 = swallowsA2E8
        self.iconvName = iconvName
        self.structure = structure
        if rejects.isEmpty {
            self.rejects = nil
        } else {
            var table = [Bool](repeating: false, count: 256)
            for range in rejects { for b in range { table[Int(b)] = true } }
            self.rejects = table
        }
        self.corrections = corrections.mapValues(IconvProfile.utf8)
        self.substitutions = substitutions.mapValues(IconvProfile.utf8)
        self.eucJPRows85to94 = eucJPRows85to94
        self.jis0208ViaCP932 = jis0208ViaCP932
        var leads = Set(substitutions.keys.map { IconvProfile.utf8($0)[0] })
        if eucJPRows85to94 { leads.insert(0xEE) }  // U+E000…U+E757
        if leads.isEmpty {
            inspect = nil
        } else {
            var table = [Bool](repeating: false, count: 256)
            for b in leads { table[Int(b)] = true }
            inspect = table
        }
    }

    static func `for`(_ charset: Charset) -> IconvProfile {
        switch charset.name {
        case "shift_jis":
            return IconvProfile(iconvName: "CP932", structure: .shiftJIS, corrections: [pack([0x80]): 0x80])
        case "euc-kr":
            return IconvProfile(iconvName: "CP949", structure: .doubleByte, swallowsA2E8: true)
        case "euc-jp":
            return IconvProfile(
                iconvName: "EUC-JP-MS", structure: .eucJP, rejects: 0x80...0x8D, 0x90...0xA0,
                substitutions: [0xFFE4: 0x00A6], eucJPRows85to94: true)
        case "iso-2022-jp":
            return IconvProfile(
                iconvName: "ISO-2022-JP", structure: .iso2022JP, substitutions: jisX0208Substitutions,
                jis0208ViaCP932: true)
        case "big5":
            return IconvProfile(
                iconvName: "BIG5-HKSCS", structure: .doubleByte, rejects: 0x80...0x80, corrections: big5Corrections,
                substitutions: big5Substitutions)
        case "gbk", "gb18030":
            return IconvProfile(
                iconvName: "GB18030", structure: .gb18030, corrections: gb18030Corrections,
                substitutions: [0xE5E5: 0x3000])
        default:
            // Not reached for the standard's encodings (single-byte ones use tables); an encoding
            // added to `Charset` later decodes through iconv with one-byte error recovery.
            return IconvProfile(iconvName: charset.decoderName, structure: .iso2022JP)
        }
    }

    /// Up to four bytes as one dictionary key (the length above them).
    static func pack(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for b in bytes.prefix(4) { value = value << 8 | UInt64(b) }
        return UInt64(bytes.count) << 32 | value
    }

    private static func utf8(_ scalar: UInt32) -> [UInt8] {
        Array(String(Unicode.Scalar(scalar)!).utf8)
    }

    /// The first byte at or after `from` that glibc would pass and the standard rejects (`count`
    /// when there is none).
    func firstRejected(_ input: UnsafeRawBufferPointer, from: Int) -> Int {
        guard let rejects else { return input.count }
        let n = input.count
        return rejects.withUnsafeBufferPointer { table in
            var i = from
            while i < n {
                let byte = input[i]
                if table[Int(byte)] { return i }
                // EUC-JP: 0x8F (never a trail byte) before rows 83–94 of JIS X 0212, which the
                // index leaves empty and EUC-JP-MS fills (IBM extensions, user-defined rows).
                if byte == 0x8F, eucJPRows85to94, i + 1 < n, input[i + 1] >= 0xF3, input[i + 1] <= 0xFE { return i }
                i += 1
            }
            return n
        }
    }

    /// How many bytes the standard's decoder consumes for the invalid sequence at `input[p]` (and
    /// turns into one U+FFFD): the lead byte alone if the byte after it is ASCII, which is then
    /// decoded again. nil when the bytes that decide it have not arrived yet (never when `final`:
    /// at the end, everything left is one U+FFFD, the standard's end-of-queue error).
    func errorLength(_ input: UnsafeRawBufferPointer, at p: Int, final: Bool) -> Int? {
        let n = input.count
        let wait: Int? = final ? n - p : nil
        let lead = input[p]
        func twoByte(_ isLead: Bool) -> Int? {
            guard isLead else { return 1 }
            guard p + 1 < n else { return wait }
            return input[p + 1] < 0x80 ? 1 : 2
        }
        switch structure {
        case .shiftJIS:
            return twoByte((0x81...0x9F).contains(lead) || (0xE0...0xFC).contains(lead))
        case .doubleByte:
            return twoByte((0x81...0xFE).contains(lead))
        case .eucJP:
            guard lead == 0x8F else { return twoByte(lead == 0x8E || (0xA1...0xFE).contains(lead)) }
            guard p + 1 < n else { return wait }
            let second = input[p + 1]
            guard (0xA1...0xFE).contains(second) else { return second < 0x80 ? 1 : 2 }
            guard p + 2 < n else { return wait }
            return input[p + 2] < 0x80 ? 2 : 3
        case .gb18030:
            guard (0x81...0xFE).contains(lead) else { return 1 }
            guard p + 1 < n else { return wait }
            let second = input[p + 1]
            guard (0x30...0x39).contains(second) else { return second < 0x80 ? 1 : 2 }
            // A four-byte sequence: if the third or fourth byte is out of range, only the first
            // is consumed and the others are decoded again.
            guard p + 2 < n else { return wait }
            guard (0x81...0xFE).contains(input[p + 2]) else { return 1 }
            guard p + 3 < n else { return wait }
            return (0x30...0x39).contains(input[p + 3]) ? 4 : 1
        case .iso2022JP:
            guard jis0208ViaCP932, (0x21...0x7E).contains(lead) else { return 1 }
            // glibc refuses a printable ASCII byte only as the first of a JIS X 0208 pair.
            guard p + 1 < n else { return wait }
            return (0x21...0x7E).contains(input[p + 1]) ? 2 : 1
        }
    }

    /// 0x80, and the four-byte codes of the 18 characters GB18030-2022 gave two-byte codes: glibc
    /// has the 2022 table and refuses them; the standard decodes both forms to the character.
    static let gb18030Corrections: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [pack([0x80]): 0x20AC]
        let fourByte: [([UInt8], UInt32)] = [
            ([0x82, 0x35, 0x90, 0x37], 0x9FB4), ([0x82, 0x35, 0x90, 0x38], 0x9FB5), ([0x82, 0x35, 0x90, 0x39], 0x9FB6),
            ([0x82, 0x35, 0x91, 0x30], 0x9FB7), ([0x82, 0x35, 0x91, 0x31], 0x9FB8), ([0x82, 0x35, 0x91, 0x32], 0x9FB9),
            ([0x82, 0x35, 0x91, 0x33], 0x9FBA), ([0x82, 0x35, 0x91, 0x34], 0x9FBB),
        ]
        for (bytes, scalar) in fourByte { table[pack(bytes)] = scalar }
        // 0x84318236 … 0x84318335: U+FE10 … U+FE19, the vertical forms.
        for k in 0..<10 {
            let last = 0x36 + k
            table[pack([0x84, 0x31, UInt8(last > 0x39 ? 0x83 : 0x82), UInt8(last > 0x39 ? last - 10 : last)])] = 0xFE10 + UInt32(k)
        }
        return table
    }()

    /// The six JIS X 0208 cells where glibc follows JIS and the index Microsoft (0x2141 〜/～, …).
    static let jisX0208Substitutions: [UInt32: UInt32] = [
        0x301C: 0xFF5E, 0x2016: 0x2225, 0x2212: 0xFF0D, 0x00A2: 0xFFE0, 0x00A3: 0xFFE1, 0x00AC: 0xFFE2,
    ]

    /// Big5 punctuation glibc's BIG5-HKSCS maps elsewhere (each code point comes from one pointer).
    static let big5Substitutions: [UInt32: UInt32] = [
        0x2022: 0x2027, 0xFF64: 0xFE51, 0x203E: 0x00AF, 0x223C: 0xFF5E, 0x2641: 0x2295, 0x2609: 0x2299,
        0xFF0F: 0x2215, 0xFF3C: 0xFE68, 0x00A5: 0xFFE5, 0x00A2: 0xFFE0, 0x00A3: 0xFFE1,
    ]

    /// Big5 pointers the index maps and glibc's BIG5-HKSCS does not.
    static let big5Corrections: [UInt64: UInt32] = Dictionary(
        uniqueKeysWithValues: big5CorrectionPairs.map { (pack([UInt8($0.0 >> 8), UInt8($0.0 & 0xFF)]), $0.1) })

    private static let big5CorrectionPairs: [(UInt16, UInt32)] = [
        (0x8E69, 0x7BB8), (0x8E6F, 0x7C06), (0x8E7E, 0x7CCE), (0x8EAB, 0x7DD2), (0x8EB4, 0x7E1D), (0x8ECD, 0x8005),
        (0x8ED0, 0x8028), (0x8F57, 0x83C1), (0x8F69, 0x84A8), (0x8F6E, 0x840F), (0x8FCB, 0x89A6), (0x8FCC, 0x89A9),
        (0x8FFE, 0x8D77), (0x906D, 0x90FD), (0x907A, 0x92B9), (0x90DC, 0x975C), (0x90F1, 0x97FF), (0x91BF, 0x9F16),
        (0x9244, 0x8503), (0x92AF, 0x5159), (0x92B0, 0x515B), (0x92B1, 0x515D), (0x92B2, 0x515E), (0x92C8, 0x936E),
        (0x92D1, 0x7479), (0x9447, 0x6D67), (0x94CA, 0x799B), (0x95D9, 0x9097), (0x9644, 0x975D), (0x96ED, 0x701E),
        (0x96FC, 0x5B28), (0x9B76, 0x7201), (0x9B78, 0x77D7), (0x9B7B, 0x7E87), (0x9BC6, 0x99D6), (0x9BDE, 0x91D4),
        (0x9BEC, 0x60DE), (0x9BF6, 0x6FB6), (0x9C42, 0x8F36), (0x9C53, 0x4FBB), (0x9C62, 0x71DF), (0x9C68, 0x9104),
        (0x9C6B, 0x9DF0), (0x9C77, 0x83CF), (0x9CBC, 0x5C10), (0x9CBD, 0x79E3), (0x9CD0, 0x5A67), (0x9D57, 0x8F0B),
        (0x9D5A, 0x7B51), (0x9DC4, 0x62D0), (0x9EA9, 0x6062), (0x9EEF, 0x75F9), (0x9EFD, 0x6C4A), (0x9F60, 0x9B2E),
        (0x9F66, 0x9F17), (0x9FCB, 0x50ED), (0x9FD8, 0x5F0C), (0xA063, 0x880F), (0xA077, 0x62CE), (0xA0D5, 0x7468),
        (0xA0DF, 0x7162), (0xA0E4, 0x7250), (0xA15A, 0x2574), (0xA1C3, 0xFFE3), (0xA1C5, 0x02CD), (0xA1FE, 0xFF0F),
        (0xA240, 0xFF3C), (0xA2CC, 0x5341), (0xA2CE, 0x5345), (0xA3C0, 0x2400), (0xA3C1, 0x2401), (0xA3C2, 0x2402),
        (0xA3C3, 0x2403), (0xA3C4, 0x2404), (0xA3C5, 0x2405), (0xA3C6, 0x2406), (0xA3C7, 0x2407), (0xA3C8, 0x2408),
        (0xA3C9, 0x2409), (0xA3CA, 0x240A), (0xA3CB, 0x240B), (0xA3CC, 0x240C), (0xA3CD, 0x240D), (0xA3CE, 0x240E),
        (0xA3CF, 0x240F), (0xA3D0, 0x2410), (0xA3D1, 0x2411), (0xA3D2, 0x2412), (0xA3D3, 0x2413), (0xA3D4, 0x2414),
        (0xA3D5, 0x2415), (0xA3D6, 0x2416), (0xA3D7, 0x2417), (0xA3D8, 0x2418), (0xA3D9, 0x2419), (0xA3DA, 0x241A),
        (0xA3DB, 0x241B), (0xA3DC, 0x241C), (0xA3DD, 0x241D), (0xA3DE, 0x241E), (0xA3DF, 0x241F), (0xA3E0, 0x2421),
        (0xA3E1, 0x20AC), (0xC6CF, 0x5EF4), (0xC6D3, 0x65E0), (0xC6D5, 0x7676), (0xC6D7, 0x96B6), (0xC6DE, 0x3003),
        (0xC6DF, 0x4EDD), (0xFA5F, 0x5029), (0xFA66, 0x507D), (0xFABD, 0x5305), (0xFAC5, 0x5344), (0xFAD5, 0x537F),
        (0xFB48, 0x5605), (0xFBB8, 0x5A77), (0xFBF3, 0x5E75), (0xFBF9, 0x5ED0), (0xFC4F, 0x5F58), (0xFC6C, 0x60A4),
        (0xFCB9, 0x6490), (0xFCE2, 0x6674), (0xFCF1, 0x675E), (0xFDB7, 0x6C9C), (0xFDB8, 0x6E1D), (0xFDBB, 0x6E2F),
        (0xFDF1, 0x716E), (0xFE52, 0x732A), (0xFE6F, 0x745C), (0xFEAA, 0x74E9), (0xFEDD, 0x7809),
    ]
}
