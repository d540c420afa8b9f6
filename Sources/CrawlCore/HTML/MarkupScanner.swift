#if canImport(Glibc)
import Glibc
#endif

/// Finds where UTF-8 HTML can be cut before it goes to libxml2: only where libxml2 2.9's push
/// parser, given everything up to the cut, has parsed all of it and waits for nothing, so that what
/// it reports is the same whatever the chunking.
///
/// Two views of the markup are followed, because libxml2 has two:
/// - **The parser's** (`htmlParseStartTag`, `htmlParseEndTag`, …): where a tag really ends. In a
///   start tag a quote opens a value only after `name=`; elsewhere it is part of a bogus attribute
///   that ends at a blank or `>` (`<l">` ends at its first `>`). End tags, `<?…>` and `<!doctype…>`
///   end at the first `>`; `</1`, `<!x` and `<? ` are text after libxml2 consumed `</`, `<`, `<?`.
/// - **The look-ahead's** (`htmlParseLookupSequence`): before libxml2 parses a start tag or a
///   doctype it looks for a `>` outside quotes counted from the `<`, where any `"` or `'` opens a
///   value the same character closes; before an end tag or `<?` it looks for any `>`. When the
///   look-up resumes in the next chunk it has forgotten which quote opened the value, so
///   `<html lang="e` | `n">` made the `"` of `n"` open a value that never ends: libxml2 reported
///   nothing more until the body ended — a 6 MB page whose title is at byte 90 became `too_large`,
///   a page that stalls after its title a `timeout`. A tag's look-ahead can reach past the tag
///   (`<l"><m">` is one look-up, two tags), and the next tag's look-up starts inside it, so several
///   are pending at once; they differ only in their quote state, so a 4-bit set holds them all.
///
/// A cut is safe where the parser's view is in text and no look-up is pending. (FuzzTitle found
/// both views needed: `<l"><m">"""<title></head>` gave the title `</head>` whole and `""` in 1-byte
/// chunks while the scanner followed only the look-ahead.)
///
/// It also reports two kinds of tags the title extractor acts on, where the cut before or after
/// them is safe: the end of a `<script…>`, `<style…>` or `<title…>` start tag (the slice ends
/// there, so the element's text can be skipped or taken as the title's, see `TitleExtractor`), and
/// `</head…>`, `</body…>` and `</html…>` end tags, which are dropped: libxml2 ignores everything
/// after `</html>`, where a browser still puts elements into the body (a `<title>` after `</body>`
/// is still the document's title), and a `</head>` before any element
/// (`<!doctype html></head><title>X</title>`, an html5lib case) makes it report nothing at all.
/// libxml2 closes the head and the body itself when it must.
struct MarkupScanner {
    enum Stop: Equatable {
        /// Scanned to the limit; the last safe cut is `safe` (nil: none since `from`).
        case limit(safe: Int?)
        /// A `<script…>`, `<style…>` or `<title…>` start tag ends just before `at`: what follows
        /// may not be markup (raw text, or the title's RCDATA), so nothing after it is scanned
        /// before libxml2 has said what it opened.
        case rawTextStart(at: Int)
        /// A `</head…>`, `</body…>` or `</html…>` end tag occupies `range`.
        case dropped(Range<Int>)
    }

    /// The parser's view.
    private enum State: Equatable {
        case data
        /// Just after `<`.
        case open
        /// After `</`.
        case endOpen
        /// After `<?`.
        case question
        /// In a tag's name; `name` holds its first bytes, lower-cased.
        case name
        /// In a start tag, where an attribute may begin.
        case between
        case attributeName
        /// Blanks after an attribute's name: an `=` may still follow.
        case afterAttributeName
        /// After `=`, blanks and then the value.
        case afterEquals
        case unquoted
        case quoted(UInt8)
        /// A bogus attribute (`"x`, `/y`, `1z`): skipped to a blank or `>`.
        case bogusAttribute
        /// An end tag after its name, a `<?…>`, a doctype: up to the next `>`.
        case toGreaterThan
        /// After `<!`: `matched` bytes of `--` (negative) or of `doctype`.
        case bang(matched: Int)
        /// In a comment, `dashes` the run of `-` just seen.
        case comment(dashes: Int)
    }

    /// The pending look-ups, by the quote state they are in.
    private struct LookAhead: OptionSet {
        let rawValue: UInt8
        /// Outside quotes: ends at the next `>`.
        static let unquoted = LookAhead(rawValue: 1)
        static let inDouble = LookAhead(rawValue: 2)
        static let inSingle = LookAhead(rawValue: 4)
        /// An end tag's or `<?`'s: ends at the next `>`, quotes or not.
        static let plain = LookAhead(rawValue: 8)

        mutating func read(_ byte: UInt8) {
            switch byte {
            case 0x22: swap(.unquoted, .inDouble)
            case 0x27: swap(.unquoted, .inSingle)
            case 0x3E: subtract([.unquoted, .plain])
            default: break
            }
        }

        private mutating func swap(_ a: LookAhead, _ b: LookAhead) {
            let hadA = contains(a)
            let hadB = contains(b)
            subtract([a, b])
            if hadA { insert(b) }
            if hadB { insert(a) }
        }
    }

    private var state = State.data
    private var pending: LookAhead = []
    /// Where the markup being scanned started (its `<`), in the caller's offsets.
    private(set) var markupStart = 0
    private var isEndTag = false
    /// Nothing was pending when the current end tag began: the cut before it is safe.
    private var cleanStart = false
    private var name: UInt64 = 0
    private var nameLength = 0

    /// Back to text (after bytes were skipped, or at a new document).
    mutating func reset() {
        state = .data
        pending = []
        nameLength = 0
    }

    /// Offsets shift when the caller drops consumed bytes from the front of its buffer.
    mutating func shift(by count: Int) {
        markupStart -= count
    }

    /// Scans `bytes[from..<to]`, continuing from the state the previous call ended in.
    mutating func scan(_ bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Stop {
        var safe: Int? = state == .data && pending.isEmpty ? from : nil
        var i = from
        /// A byte handed on to the next state (`continue` without `i += 1`) is read by the
        /// look-ups once.
        var read = from - 1
        while i < to {
            let byte = bytes[i]
            if state == .data, pending.isEmpty {
                // Text with nothing pending: every offset is a safe cut; jump to the next `<`.
                guard let base = bytes.baseAddress, let found = memchr(base + i, 0x3C, to - i) else {
                    return .limit(safe: to)
                }
                let at = base.distance(to: UnsafeRawPointer(found))
                safe = at
                markupStart = at
                cleanStart = true
                state = .open
                i = at + 1
                continue
            }
            if !pending.isEmpty, i > read { pending.read(byte) }
            read = i
            switch state {
            case .data:
                if byte == 0x3C {
                    markupStart = i
                    cleanStart = false
                    state = .open
                }
            case .open:
                if byte.isASCIILetter {
                    isEndTag = false
                    pending.insert(.unquoted)
                    startName(byte)
                } else if byte == 0x2F {  // "/"
                    pending.insert(.plain)
                    state = .endOpen
                } else if byte == 0x21 {  // "!"
                    state = .bang(matched: 0)
                } else if byte == 0x3F {  // "?"
                    pending.insert(.plain)
                    isEndTag = false
                    nameLength = 0
                    state = .question
                } else {
                    // A `<` that starts nothing is text.
                    state = .data
                    continue
                }
            case .endOpen:
                if byte.isASCIILetter {
                    isEndTag = true
                    startName(byte)
                } else {
                    // `</1`: libxml2 drops the `</`, the rest is text (once a `>` came).
                    state = .data
                    continue
                }
            case .question:
                if byte.isASCIILetter || byte == 0x5F || byte == 0x3A || byte >= 0x80 {
                    state = .toGreaterThan
                } else {
                    // `<? `: libxml2 drops the `<?`, the rest is text (once a `>` came).
                    state = .data
                    continue
                }
            case .name:
                if MarkupScanner.isNameByte(byte) {
                    if nameLength < 8 { name |= UInt64(byte.asciiLowercased) << (8 * UInt64(nameLength)) }
                    nameLength += 1
                } else if isEndTag {
                    // libxml2 skips whatever follows an end tag's name up to `>`, quotes included.
                    state = .toGreaterThan
                    continue
                } else {
                    // The name ends where libxml2's does (`htmlParseHTMLName`): `<title!x>` is a
                    // title to libxml2, so it is one here too (found by FuzzTitle).
                    state = .between
                    continue
                }
            case .between:
                if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                } else if !MarkupScanner.isBlank(byte) {
                    state = MarkupScanner.isAttributeNameStart(byte) ? .attributeName : .bogusAttribute
                }
            case .attributeName:
                if MarkupScanner.isNameByte(byte) {
                    break
                } else if byte == 0x3D {  // "="
                    state = .afterEquals
                } else if MarkupScanner.isBlank(byte) {
                    state = .afterAttributeName
                } else {
                    state = .between
                    continue
                }
            case .afterAttributeName:
                if byte == 0x3D {
                    state = .afterEquals
                } else if !MarkupScanner.isBlank(byte) {
                    state = .between
                    continue
                }
            case .afterEquals:
                if byte == 0x22 || byte == 0x27 {
                    state = .quoted(byte)
                } else if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                } else if !MarkupScanner.isBlank(byte) {
                    state = .unquoted
                }
            case .unquoted, .bogusAttribute:
                if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                } else if MarkupScanner.isBlank(byte) {
                    state = .between
                }
            case .quoted(let quote):
                if byte == quote { state = .between }
            case .toGreaterThan:
                if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                }
            case .bang(let matched):
                if matched <= 0, byte == 0x2D {  // "-"
                    state = matched == -1 ? .comment(dashes: 0) : .bang(matched: -1)
                } else if matched >= 0, matched < 7, byte.asciiLowercased == MarkupScanner.doctype[matched] {
                    if matched == 6 {
                        // The doctype's look-up counts quotes; libxml2's parser ends it at the first `>`.
                        pending.insert(.unquoted)
                        isEndTag = false
                        nameLength = 0
                        state = .toGreaterThan
                    } else {
                        state = .bang(matched: matched + 1)
                    }
                } else {
                    // `<!x`, `<!-x`, `<!docx`: libxml2 takes the `<` for text.
                    state = .data
                    continue
                }
            case .comment(let dashes):
                if byte == 0x2D {
                    state = .comment(dashes: dashes + 1)
                } else if byte == 0x3E, dashes >= 2 {
                    state = .data
                } else {
                    state = .comment(dashes: 0)
                }
            }
            i += 1
            if state == .data, pending.isEmpty { safe = i }
        }
        return .limit(safe: safe)
    }

    private static let doctype: [UInt8] = Array("doctype".utf8)

    /// What libxml2 2.9 lets continue a tag name: ASCII letters, digits, `:`, `-`, `_`, `.`.
    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// What may start an attribute's name (`htmlParseHTMLName`): an ASCII letter, `_`, `:`, `.`.
    @inline(__always)
    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

    /// libxml2's `IS_BLANK_CH`: space, tab, LF, CR (not form feed).
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func startName(_ byte: UInt8) {
        state = .name
        name = UInt64(byte.asciiLowercased)
        nameLength = 1
    }

    /// A tag's `>` was seen; `end` is just past it. Its stop is reported only where the cut it
    /// makes is safe; elsewhere the tag is left to libxml2 like any other. (The safe cut after it
    /// is the loop's, as after any byte that leaves the scan in text with nothing pending.)
    private mutating func tagEnded(at end: Int) -> Stop? {
        state = .data
        guard pending.isEmpty else { return nil }
        if isEndTag {
            if cleanStart, nameIs("body") || nameIs("html") || nameIs("head") { return .dropped(markupStart..<end) }
        } else if nameIs("script") || nameIs("style") || nameIs("title") {
            return .rawTextStart(at: end)
        }
        return nil
    }

    private func nameIs(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard nameLength == count else { return false }
        var packed: UInt64 = 0
        for i in 0..<count { packed |= UInt64(literal.utf8Start[i]) << (8 * UInt64(i)) }
        return packed == name
    }
}
