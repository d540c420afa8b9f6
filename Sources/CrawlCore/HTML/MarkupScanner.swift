#if canImport(Glibc)
import Glibc
#endif

/// Finds where UTF-8 HTML can be cut before it goes to libxml2: never inside a tag, a comment or a
/// `<!…>`/`<?…>` construct, so that libxml2 gets every piece of markup in one `htmlParseChunk`.
///
/// libxml2 2.9's push parser checks that a start tag is complete by looking for its `>` outside
/// quoted values (`htmlParseLookupSequence`), and when the look-up resumes in the next chunk it
/// forgets that it was inside quotes: `<html lang="e` | `n">` makes the `"` of `n"` open a value
/// that never ends, and libxml2 reports nothing more until the body ends — a 6 MB page whose title
/// is at byte 90 became `too_large`, a page that stalls after its title a `timeout`. Handing over
/// markup only whole (quotes counted the way libxml2 counts them: any `"` or `'` inside a tag opens
/// a value that the same character closes) makes the result independent of how the network split
/// the body.
///
/// It also reports two kinds of tags the title extractor acts on: the end of a `<script…>`,
/// `<style…>` or `<title…>` start tag (the slice ends there, so the element's text can be skipped
/// or taken as the title's, see `TitleExtractor`), and `</head…>`, `</body…>` and `</html…>` end
/// tags, which are dropped: libxml2 ignores everything after `</html>`, where a browser still puts
/// elements into the body (a `<title>` after `</body>` is still the document's title), and a
/// `</head>` before any element (`<!doctype html></head><title>X</title>`, an html5lib case)
/// makes it report nothing at all. libxml2 closes the head and the body itself when it must.
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

    private enum State: Equatable {
        case data
        /// Just after `<`.
        case open
        /// After `</`.
        case endOpen
        /// In a tag's name; `name` holds its first bytes, lower-cased.
        case name
        /// In a tag after its name, `quote` the open value's delimiter or 0.
        case tag(quote: UInt8)
        /// After `<!`, `<!-` (`dashes` 0 or 1).
        case bang(dashes: Int)
        /// In a comment, `dashes` the run of `-` just seen.
        case comment(dashes: Int)
        /// In `<!…>` or `<?…>` up to the next `>`.
        case bogus
    }

    private var state = State.data
    /// Where the markup being scanned started (its `<`), in the caller's offsets.
    private(set) var markupStart = 0
    private var isEndTag = false
    private var name: UInt64 = 0
    private var nameLength = 0

    /// Back to text (after bytes were skipped, or at a new document).
    mutating func reset() {
        state = .data
        nameLength = 0
    }

    /// Offsets shift when the caller drops consumed bytes from the front of its buffer.
    mutating func shift(by count: Int) {
        markupStart -= count
    }

    var inMarkup: Bool { state != .data }

    /// Scans `bytes[from..<to]`, continuing from the state the previous call ended in.
    mutating func scan(_ bytes: UnsafeRawBufferPointer, from: Int, to: Int) -> Stop {
        var safe: Int? = state == .data ? from : nil
        var i = from
        while i < to {
            let byte = bytes[i]
            switch state {
            case .data:
                // Text: every offset is a safe cut; jump to the next `<`.
                guard let base = bytes.baseAddress, let found = memchr(base + i, 0x3C, to - i) else {
                    return .limit(safe: to)
                }
                let at = base.distance(to: UnsafeRawPointer(found))
                safe = at
                markupStart = at
                state = .open
                i = at + 1
                continue
            case .open:
                if byte.isASCIILetter {
                    isEndTag = false
                    startName(byte)
                } else if byte == 0x2F {  // "/"
                    state = .endOpen
                } else if byte == 0x21 {  // "!"
                    state = .bang(dashes: 0)
                } else if byte == 0x3F {  // "?"
                    state = .bogus
                } else {
                    // A `<` that starts nothing is text.
                    state = .data
                    safe = i
                    continue
                }
            case .endOpen:
                if byte.isASCIILetter {
                    isEndTag = true
                    startName(byte)
                } else {
                    state = byte == 0x3E ? .data : .bogus
                    if state == .data { safe = i + 1 }
                }
            case .name:
                if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                    safe = i + 1
                } else if byte == 0x22 || byte == 0x27 {
                    state = .tag(quote: byte)
                } else if MarkupScanner.isNameByte(byte) {
                    if nameLength < 8 { name |= UInt64(byte.asciiLowercased) << (8 * UInt64(nameLength)) }
                    nameLength += 1
                } else {
                    // The name ends where libxml2's does (`htmlParseHTMLName`): `<title!x>` is a
                    // title to libxml2, so it is one here too (found by FuzzTitle: the scanner took
                    // `title!` for another element and the title's text depended on the chunking).
                    state = .tag(quote: 0)
                }
            case .tag(let quote):
                if quote != 0 {
                    if byte == quote { state = .tag(quote: 0) }
                } else if byte == 0x22 || byte == 0x27 {
                    state = .tag(quote: byte)
                } else if byte == 0x3E {
                    if let stop = tagEnded(at: i + 1) { return stop }
                    safe = i + 1
                }
            case .bang(let dashes):
                if byte == 0x2D {
                    state = dashes == 1 ? .comment(dashes: 0) : .bang(dashes: 1)
                } else {
                    state = byte == 0x3E ? .data : .bogus
                    if state == .data { safe = i + 1 }
                }
            case .comment(let dashes):
                if byte == 0x2D {
                    state = .comment(dashes: dashes + 1)
                } else if byte == 0x3E, dashes >= 2 {
                    state = .data
                    safe = i + 1
                } else {
                    state = .comment(dashes: 0)
                }
            case .bogus:
                if byte == 0x3E {
                    state = .data
                    safe = i + 1
                }
            }
            i += 1
        }
        return .limit(safe: safe)
    }

    /// What libxml2 2.9 lets continue a tag name: ASCII letters, digits, `:`, `-`, `_`, `.`.
    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    private mutating func startName(_ byte: UInt8) {
        state = .name
        name = UInt64(byte.asciiLowercased)
        nameLength = 1
    }

    /// A tag's `>` was seen; `end` is just past it.
    private mutating func tagEnded(at end: Int) -> Stop? {
        state = .data
        if isEndTag {
            if nameIs("body") || nameIs("html") || nameIs("head") { return .dropped(markupStart..<end) }
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
