/// Where the encoding of a body came from, as the record's `charset_source` reports it.
public enum CharsetSource: String, Sendable, Codable, CaseIterable {
    /// A byte-order mark at the start of the body.
    case bom
    /// The `charset` parameter of the Content-Type header.
    case header
    /// An `<?xml … encoding="…"?>` declaration at the very start (feeds served as text/html).
    case xml
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">`: in the first 1024 bytes, or
    /// later in the document while the encoding was still a guess (the HTML standard's "change
    /// the encoding").
    case meta
    /// Nothing declared: the bytes are valid UTF-8 (with non-ASCII in them), or uchardet named it.
    case detected
    /// Nothing declared and nothing to go on: ASCII only (decoded as UTF-8), or bytes uchardet could
    /// not place (decoded as windows-1252, a browser's en-US default).
    case `default`

    /// A guess the document may still overrule (the standard's "tentative" confidence).
    var isTentative: Bool { self == .detected || self == .default }
}

/// Decides a body's encoding before it is parsed, as a browser does, from the first bytes only, so
/// that the answer never depends on how the network cut the body into chunks: each step waits for
/// a fixed number of bytes (or the end of the body), never for "whatever arrived".
///
/// Order: BOM, the HTTP charset, an XML declaration (Chromium honours it for text/html, and feeds
/// are served that way), the `<meta>` prescan of the first 1024 bytes; then, with nothing declared,
/// UTF-8 if the first 1024 bytes are valid UTF-8 (the browser would guess windows-1252 for en-US
/// and show mojibake: on the real-page corpus, 26 unlabeled UTF-8 pages), otherwise uchardet over
/// the first 4 KB, otherwise windows-1252.
enum EncodingSniffer {
    struct Decision: Equatable {
        let charset: Charset
        let source: CharsetSource
        /// Bytes of BOM to skip.
        let skip: Int
    }

    /// The HTML standard's prescan window.
    static let window = MetaPrescan.window
    /// What uchardet reads when the first 1024 bytes are not UTF-8: it names nine legacy encodings
    /// right from 300 bytes of text (CharsetDetectorTests), titles sit in the first KB, and it costs
    /// ~130 µs per KB of Cyrillic (2 ms for 16 KB).
    static let detectionWindow = 4096

    /// The decision, or nil to wait for more bytes. `complete`: the body has no more.
    static func decide(_ bytes: UnsafeRawBufferPointer, declared: Charset?, complete: Bool) -> Decision? {
        if let (charset, length) = Charset.sniffBOM(bytes) { return Decision(charset: charset, source: .bom, skip: length) }
        if !complete, Charset.mightBeBOMPrefix(bytes) { return nil }
        if let declared { return Decision(charset: declared, source: .header, skip: 0) }
        // The prescan's window: the first 1024 bytes, or fewer where the head ends in them
        // (`HeadEnd`, as Chromium stops looking there).
        let head: UnsafeRawBufferPointer
        let cut: Bool
        switch HeadEnd.find(in: UnsafeRawBufferPointer(rebasing: bytes.prefix(window))) {
        case .end(let end):
            head = UnsafeRawBufferPointer(rebasing: bytes.prefix(end))
            cut = false
        case .unknown:
            // "More than the window" tells a sequence cut by the window's end from one cut by the body's.
            guard complete || bytes.count > window else { return nil }
            head = UnsafeRawBufferPointer(rebasing: bytes.prefix(window))
            cut = bytes.count > window
        }
        if let xml = XMLDeclaration.encoding(in: head) { return Decision(charset: xml, source: .xml, skip: 0) }
        if let meta = MetaPrescan.charset(in: head) { return Decision(charset: meta, source: .meta, skip: 0) }
        switch utf8Validity(head, cut: cut) {
        case .ascii: return Decision(charset: .utf8, source: .default, skip: 0)
        case .valid: return Decision(charset: .utf8, source: .detected, skip: 0)
        case .invalid: break
        }
        guard complete || bytes.count >= detectionWindow else { return nil }
        return detect(UnsafeRawBufferPointer(rebasing: bytes.prefix(detectionWindow)))
    }

    /// uchardet's answer for bytes that declare nothing, or windows-1252.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> Decision {
        if let found = CharsetDetector.detect(bytes) {
            // A detector's UTF-16 without a BOM, or "ASCII" (windows-1252 by label): keep it simple.
            let charset = found == .utf16LE || found == .utf16BE ? Charset.windows1252 : found
            return Decision(charset: charset, source: .detected, skip: 0)
        }
        return Decision(charset: .windows1252, source: .default, skip: 0)
    }

    enum Validity { case ascii, valid, invalid }

    /// Whether `bytes` are UTF-8; `cut`: a sequence cut off by their end counts as valid.
    static func utf8Validity(_ bytes: UnsafeRawBufferPointer, cut: Bool) -> Validity {
        var ascii = true
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count > 1 { ascii = false }
                offset += scalar.count
            case .emptyInput:
                return ascii ? .ascii : .valid
            case .error(let length):
                if cut, length == bytes.count - offset, length < 4 { return .valid }
                return .invalid
            }
        }
    }
}
