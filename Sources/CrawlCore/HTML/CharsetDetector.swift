import CUchardet

/// Guesses the encoding of bytes that declare none, with uchardet (the descendant of Mozilla's
/// universal charset detector): what a browser does, in its own way, for an undeclared page that
/// is not UTF-8.
///
/// uchardet 0.0.7 (Debian 12) answers with one of these names (from the library's strings), or
/// nothing: ASCII, UTF-8, UTF-16, UTF-32, BIG5, EUC-JP, EUC-KR, UHC, EUC-TW, GB18030, HZ-GB-2312,
/// ISO-2022-CN, ISO-2022-JP, ISO-2022-KR, SHIFT_JIS, IBM852, IBM855, IBM866, ISO-8859-1 … -11 (not
/// -12, -14), -13, -15, -16, KOI8-R, MAC-CENTRALEUROPE, MAC-CYRILLIC, TIS-620, VISCII,
/// WINDOWS-1250 … -1258 (not -1254). 0.0.8 adds a few (UTF-16BE/LE, WINDOWS-1254, …). Each is a
/// label of the Encoding Standard's table except those in `extraNames` and the single-byte code
/// pages a browser cannot decode but glibc can (`Charset.detectedOnly`: IBM852, IBM855,
/// MAC-CENTRALEUROPE, VISCII); the rest the standard decodes as "replacement" (HZ-GB-2312,
/// ISO-2022-CN/KR) or not at all (EUC-TW, UTF-32), and give nil.
enum CharsetDetector {
    /// uchardet's names that mean an encoding of the standard without being one of its labels.
    /// GB18030 is uchardet's name for all GB2312/GBK/GB18030 text; it is mapped to gbk, which
    /// decodes the same (one decoder in the standard) and is what browsers report for such pages.
    static let extraNames: [String: String] = [
        "mac-cyrillic": "x-mac-cyrillic",
        "uhc": "euc-kr",  // what it says of Korean text (windows-949, the standard's euc-kr)
        "gb18030": "gbk",
    ]

    /// The encoding uchardet finds in `bytes`, nil when it has no answer (or one a browser cannot
    /// decode). Runs a fresh detector over `bytes` (creating one costs 0.3 µs): about 130 µs for
    /// 1 KB of non-ASCII text (55 µs of Latin), 70–95 µs for 16 KB of CJK (it stops once sure), but
    /// 0.8–2 ms for 16 KB of Latin or Cyrillic, where every single-byte prober reads to the end.
    ///
    /// `bytes` should start where the body starts: uchardet 0.0.7 given CJK text that begins inside
    /// a character often answers nothing, or UTF-8 for bytes that are not UTF-8. It says ASCII
    /// (so windows-1252) of bytes it cannot place at all, random ones included.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> Charset? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        let name: String? = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            guard CUchardet_detect(base, bytes.count, buffer.baseAddress!, buffer.count) > 0 else { return nil }
            return String(cString: buffer.baseAddress!)
        }
        guard let name else { return nil }
        return charset(forDetectorName: name, bytes)
    }

    /// Maps a name uchardet gives to the standard's encoding (`bytes` tell UTF-16's byte order).
    static func charset(forDetectorName name: String, _ bytes: UnsafeRawBufferPointer) -> Charset? {
        let key = name.asciiLowercased()
        if key == "utf-16" {
            // uchardet 0.0.7 says UTF-16 for either byte-order mark.
            return bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? .utf16BE : .utf16LE
        }
        if let extra = extraNames[key] { return Charset(label: extra) }
        return Charset(label: key) ?? Charset.detectedOnly(key)
    }
}
