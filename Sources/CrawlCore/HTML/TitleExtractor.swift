import CLibXML2

#if canImport(Glibc)
import Glibc
#endif

/// Finds `document.title` in a body that arrives chunk by chunk: libxml2's HTML push parser finds
/// the title element, and its text is taken as the HTML standard's tokenizer reads it.
///
/// The pipeline, per document:
/// 1. **Encoding** (`EncodingSniffer`): BOM, HTTP charset, XML declaration, `<meta>` prescan of
///    the first 1024 bytes, else UTF-8 validity or uchardet. Until decided the body is held back.
/// 2. **Decoding** to UTF-8 (`CharsetDecoder`), with the Encoding Standard's replacement mode:
///    a bad byte is U+FFFD and decoding goes on, so no title is lost to a decoder error. libxml2
///    only ever sees UTF-8.
/// 3. **Parsing**: the UTF-8 goes to libxml2 in slices cut only between pieces of markup
///    (`MarkupScanner`), so libxml2 2.9's push parser sees the same thing whatever the chunking;
///    inside `<script>` and `<style>` the text is not handed over at all (see `pump`).
/// 4. **The title**: when libxml2 reports the first `<title>` outside `<svg>`/`<math>`, libxml2 is
///    stopped and the bytes up to `</title` are the title's RCDATA, as a browser reads them: tags
///    and comments inside are text (`<title><p></title>` is `<p>`), character references decoded
///    by `CharacterReferences` with the standard's full table. libxml2 2.9 treats the title as
///    ordinary content instead (it parsed `<title>AB<script>…</title>` into `AB/title>`).
///
/// While the encoding is a guess (`CharsetSource.isTentative`) the raw bytes are kept (at most
/// `keepLimit`), and the document is decoded again from the start when it turns out otherwise: a
/// `<meta charset>` after the first 1024 bytes that names another encoding (as the standard's
/// parser does; 4 real pages put it there before their title, 3 after it, still in the head: so a
/// guess is complete only at the end of the head, `scanningHead`), or, for a UTF-8 guess, a byte
/// that is not UTF-8 (uchardet then reads the bytes up to 4 KB past it). Every such decision
/// depends on byte offsets only, never on chunk boundaries.
///
/// One instance serves many transfers: `begin` resets it, `close` frees the libxml2 context.
/// Public so that programs (and the micro-benchmarks in `Benchmarks/`) can extract titles from
/// bodies they fetched themselves.
public final class TitleExtractor {
    /// Bytes decoded, scanned and handed to libxml2 at a time, at most (unless one piece of markup
    /// is longer): work stops within a slice of the title's end, not at the end of libcurl's 16 KB
    /// chunk. Instructions per typical page (title ends at byte 477, ProfileTitles under callgrind):
    /// 174,000 with 4,096-byte slices, 144,600 with 1,024, 139,700 with 512 (the old path, which
    /// handed libcurl's bytes to libxml2 undecoded: 117,200); 121,200 with 1,024 once the first
    /// chunk was no longer copied and UTF-8 validated a word at a time.
    static let sliceSize = 1024
    /// A piece of markup longer than this (an unclosed quote, a huge comment) is handed over
    /// unfinished rather than held for ever.
    static let markupLimit = 256 * 1024
    /// Raw bytes kept for decoding again while the encoding is a guess: 256 KB covers the head of
    /// nearly every page and bounds memory per transfer.
    static let keepLimit = 256 * 1024
    /// uchardet reads up to this far past the first byte that is not UTF-8.
    static let redetectSpan = 4096

    private var parser: htmlParserCtxtPtr?
    private var declared: Charset?
    /// The body as received: before the encoding is decided, and while it is a guess.
    private var raw: [UInt8] = []
    private var keepingRaw = true
    private var received = 0
    private var decoder: CharsetDecoder?
    private var restart: EncodingSniffer.Decision?
    /// Stream offset up to which uchardet reads, once a UTF-8 guess met a byte that is not UTF-8.
    private var redetectAt: Int?
    private var redetected = false

    /// Decoded text not yet handed to libxml2, and how far `scanner` has read it.
    private var text: [UInt8] = []
    private var scanner = MarkupScanner()
    private var scanned = 0
    private var safeCut = 0
    /// The open `<script>` or `<style>` element, while libxml2 is inside its text.
    private var rawText: StaticString?
    /// False once the bytes up to a candidate end tag were skipped: libxml2 now decides where the
    /// element ends, and nothing more is skipped until the next raw-text element.
    private var mayskip = false
    private var foreignDepth = 0
    /// An element that does not belong in `<head>` was seen: a later `<meta>` no longer changes
    /// the encoding. The HTML standard would still change it; Chromium's parser stops looking there
    /// (`HTMLMetaCharsetParser`), and on the real pages 13 late declarations it ignored were all
    /// after such an element.
    private var pastHead = false

    private enum TitleState { case none, open, closed }
    private var titleState = TitleState.none
    /// The title has ended while the encoding is a guess and the head may still go on: a second
    /// libxml2 parser reads what follows `</title`, only for a `<meta>` that changes the encoding,
    /// until an element that does not belong in `<head>` (`pastHead`). Chromium applies such a
    /// declaration to the title before it (3 of the 1,707 real pages declare their encoding after
    /// the title, in the head).
    private var scanningHead = false
    /// The title element's content (UTF-8, references not yet decoded), then where `</title` is.
    private var titleRaw: [UInt8] = []
    private var titleSearched = 0
    private var titleEnd = 0
    /// Offsets in the decoded stream: of `text[0]`, of the end of the slice libxml2 is parsing, of
    /// `titleRaw[0]`. Before its first error a UTF-8 decoding is the identity, so these are raw
    /// offsets too when it matters: whether a bad byte came before the title's end.
    private var textBase = 0
    private var sliceEnd = 0
    private var titleBase = 0

    /// The encoding the body is being decoded with; nil until decided (or when there was no body).
    private(set) var charset: Charset?
    /// Where `charset` came from.
    private(set) var charsetSource: CharsetSource?
    /// True once the first title element has ended and the encoding will not change.
    private(set) var isComplete = false

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    public init() {
        LibXML2.ensureInitialised()
    }

    deinit {
        assert(parser == nil && decoder == nil, "TitleExtractor was not closed")
    }

    /// Starts a new document served with this Content-Type header value (nil when there was none).
    public func begin(contentType: String?) {
        begin(declaredCharset: contentType.flatMap(Charset.fromContentType))
    }

    /// Starts a new document. `declaredCharset` is the HTTP Content-Type charset, if any.
    func begin(declaredCharset: Charset?) {
        close()
        declared = declaredCharset
        raw.removeAll(keepingCapacity: true)
        keepingRaw = true
        received = 0
        restart = nil
        redetectAt = nil
        redetected = false
        resetParsing()
        charset = nil
        charsetSource = nil
        isComplete = false
    }

    /// Everything after the encoding decision, for a fresh start or a decoding again.
    private func resetParsing() {
        if let parser { htmlFreeParserCtxt(parser) }
        parser = nil
        text.removeAll(keepingCapacity: true)
        resetMarkupState()
        pastHead = false
        titleState = .none
        scanningHead = false
        titleRaw.removeAll(keepingCapacity: true)
        titleSearched = 0
        titleEnd = 0
        textBase = 0
        sliceEnd = 0
        titleBase = 0
    }

    /// Where the scan of `text` stands, for text that starts at a fresh piece of markup.
    private func resetMarkupState() {
        scanner.reset()
        scanner.shift(by: scanner.markupStart)
        scanned = 0
        safeCut = 0
        rawText = nil
        mayskip = false
        foreignDepth = 0
    }

    /// Feeds the next chunk of body; returns true when the title is complete (stop reading).
    public func feed(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard !isComplete, chunk.count > 0 else { return isComplete }
        // Cut at `keepLimit` exactly, so that whether a decision can still decode again depends on
        // the byte offset, not on where the chunk ended.
        if keepingRaw, received < TitleExtractor.keepLimit, received + chunk.count > TitleExtractor.keepLimit {
            let first = TitleExtractor.keepLimit - received
            if feedPart(UnsafeRawBufferPointer(rebasing: chunk.prefix(first))) { return true }
            return feedPart(UnsafeRawBufferPointer(rebasing: chunk.dropFirst(first)))
        }
        return feedPart(chunk)
    }

    private func feedPart(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard !isComplete else { return true }
        received += chunk.count
        if charset == nil, raw.isEmpty, let decision = EncodingSniffer.decide(chunk, declared: declared, complete: false) {
            // Decided by the first chunk (a BOM, the header): decoded from where it is, not copied
            // first (16 KB copied per page was an eighth of the typical page's instructions).
            start(decision, final: false, bytes: chunk)
        } else if charset == nil {
            raw.append(contentsOf: chunk)
            let decision = raw.withUnsafeBytes { EncodingSniffer.decide($0, declared: declared, complete: false) }
            guard let decision else { return false }
            start(decision, final: false)
        } else {
            if keepingRaw { raw.append(contentsOf: chunk) }
            process(chunk, final: false)
        }
        settle(final: false)
        if keepingRaw, received >= TitleExtractor.keepLimit {
            stopKeeping()
            updateCompletion()
        }
        return isComplete
    }

    /// The body ended: decides with what there is, parses it all and closes open elements, so an
    /// unterminated `<title>` at the very end still counts (as the text up to the end).
    public func finish() {
        end(closing: true)
    }

    /// The body was cut short (timeout, reset, truncation): parses what was held back, so a title
    /// whose end tag did arrive still counts, but closes nothing, so a cut-off title does not.
    func abandon() {
        end(closing: false)
    }

    private func end(closing: Bool) {
        guard !isComplete else { return }
        if charset == nil {
            guard !raw.isEmpty else { return }
            let decision = raw.withUnsafeBytes { EncodingSniffer.decide($0, declared: declared, complete: true) }!
            start(decision, final: closing)
        } else {
            process(UnsafeRawBufferPointer(start: nil, count: 0), final: closing)
        }
        settle(final: true, closing: closing)
        if closing, titleState == .open {
            titleEnd = titleRaw.count
            titleState = .closed
        }
        isComplete = titleState == .closed
    }

    /// `document.title`: references decoded, ASCII whitespace stripped and collapsed; nil when no
    /// title element was seen.
    public var title: String? {
        guard isComplete else { return nil }
        var decoded: [UInt8] = []
        titleRaw.withUnsafeBytes { CharacterReferences.decodeRCDATA(UnsafeRawBufferPointer(rebasing: $0.prefix(titleEnd)), into: &decoded) }
        var out: [UInt8] = []
        out.reserveCapacity(decoded.count)
        var pendingSpace = false
        for byte in decoded {
            if byte.isASCIIWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if byte == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+0000 in RCDATA is U+FFFD
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func close() {
        if let parser { htmlFreeParserCtxt(parser) }
        parser = nil
        decoder?.close()
        decoder = nil
    }

    // MARK: - Encoding decisions

    /// Decodes from the start of the kept bytes (or of `bytes`, the body's first chunk, not kept
    /// yet) with `decision`.
    private func start(_ decision: EncodingSniffer.Decision, final: Bool, bytes first: UnsafeRawBufferPointer? = nil) {
        resetParsing()
        decoder?.close()
        decoder = nil
        charset = decision.charset
        charsetSource = decision.source
        do {
            decoder = try CharsetDecoder(decision.charset)
        } catch {
            // iconv cannot open a converter glibc ships (out of memory): no title rather than a crash.
            decoder = nil
        }
        startParser()
        if let first {
            if decision.source.isTentative {
                raw.append(contentsOf: first)
            } else {
                stopKeeping()
            }
            process(UnsafeRawBufferPointer(rebasing: first.dropFirst(decision.skip)), final: final)
            return
        }
        let bytes = raw
        if !decision.source.isTentative { stopKeeping() }
        bytes.withUnsafeBytes { process(UnsafeRawBufferPointer(rebasing: $0.dropFirst(decision.skip)), final: final) }
    }

    private func stopKeeping() {
        keepingRaw = false
        scanningHead = false
        raw = []
        redetectAt = nil
        restart = nil
    }

    /// Carries out what the bytes so far asked for: decoding again with a `<meta>` encoding, or
    /// asking uchardet once a UTF-8 guess met a byte that is not UTF-8.
    private func settle(final: Bool, closing: Bool = false) {
        var rounds = 0
        while keepingRaw, rounds < 4 {
            rounds += 1
            if let decision = restart {
                restart = nil
                start(decision, final: closing)
                continue
            }
            if let at = redetectAt, final || received >= at {
                redetectAt = nil
                redetected = true
                let found = raw.withUnsafeBytes { TitleExtractor.redetect($0, upTo: at) }
                if found.source == .detected, found.charset != charset {
                    start(found, final: closing)
                    continue
                }
            }
            break
        }
        updateCompletion()
    }

    /// Complete once the title has ended and nothing can change its encoding any more.
    private func updateCompletion() {
        isComplete = titleState == .closed && restart == nil && redetectAt == nil && !scanningHead
    }

    /// uchardet over the 8 KB before `end` (`redetectSpan` past the first bad byte), starting after
    /// a `>`: in every legacy encoding crawl knows, a byte below 0x40 is never the second byte of a
    /// character, and uchardet reads a body cut inside a character badly.
    static func redetect(_ raw: UnsafeRawBufferPointer, upTo end: Int) -> EncodingSniffer.Decision {
        let end = min(raw.count, end)
        var start = max(0, end - 2 * redetectSpan)
        if start > 0, let gt = raw[start..<end].firstIndex(of: 0x3E) { start = gt + 1 }
        return EncodingSniffer.detect(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
    }

    /// A `<meta>` the parser met while the encoding is a guess: "change the encoding".
    private func metaElement(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard keepingRaw, !pastHead, charsetSource?.isTentative == true, let attributes else { return }
        var found: Charset?
        var pragma = false
        var content: Charset?
        var i = 0
        while let name = attributes[i] {
            let value = attributes[i + 1].map { String(cString: $0) } ?? ""
            if LibXML2.equals(name, "charset"), found == nil {
                found = Charset(label: value)
            } else if LibXML2.equals(name, "http-equiv") {
                pragma = pragma || value.asciiLowercased().trimmingASCIIWhitespace() == "content-type"
            } else if LibXML2.equals(name, "content"), content == nil {
                content = MetaPrescan.charsetFromMetaContent(value)
            }
            i += 2
        }
        guard var charset = found ?? (pragma ? content : nil) else { return }
        if charset == .utf16LE || charset == .utf16BE { charset = .utf8 }
        if charset == self.charset {
            charsetSource = .meta
            stopKeeping()
            return
        }
        restart = EncodingSniffer.Decision(charset: charset, source: .meta, skip: 0)
        if let parser { xmlStopParser(parser) }
    }

    // MARK: - Decoding and parsing

    private func startParser() {
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, attributes in TitleExtractor.from(ctx).startElement(name, attributes) }
        sax.endElement = { ctx, name in TitleExtractor.from(ctx).endElement(name) }
        let me = Unmanaged.passUnretained(self).toOpaque()
        // UTF-8 declared up front: with "none", libxml2 2.9 decodes a small document handed over
        // in one piece as Latin-1.
        parser = htmlCreatePushParserCtxt(&sax, me, nil, 0, nil, XML_CHAR_ENCODING_UTF8)
        if let parser { _ = htmlCtxtUseOptions(parser, TitleExtractor.options) }
    }

    private func process(_ bytes: UnsafeRawBufferPointer, final: Bool) {
        guard let decoder else { return }
        // Decoded a slice at a time, and no further once the title has ended: libcurl hands over
        // 16 KB at once, and decoding all of it (even validating UTF-8) cost the typical page 40 %
        // more than parsing to its title at byte 477 (ProfileTitles).
        var offset = 0
        repeat {
            let skipped = skippableRawText(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if skipped > 0 {
                offset += skipped
                continue
            }
            let end = min(bytes.count, offset + TitleExtractor.sliceSize)
            let last = final && end == bytes.count
            decoder.decode(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), final: last) { push($0) }
            offset = end
        } while offset < bytes.count && (titleState != .closed || scanningHead) && restart == nil
        if final { pump(final: true) }
        // Decided again after every call, not once: a bad byte asks for uchardet only if it comes
        // before the title's end, and a title still open may turn out to end before it — libxml2
        // opens the title only once a pending look-up ends, later in some chunkings than in
        // others (found by FuzzTitle: `<!DOCTYPE"html>` kept libxml2 waiting to the body's end).
        if !redetected, keepingRaw, charset == .utf8, charsetSource?.isTentative == true, let bad = decoder.firstErrorOffset {
            redetectAt = titleState != .closed || bad < titleBase + titleEnd ? bad + TitleExtractor.redetectSpan : nil
        }
    }

    /// Inside `<script>`/`<style>` text of a page whose encoding is certain to be UTF-8, the raw
    /// bytes before the element's end tag are dropped undecoded: validating them as UTF-8 first
    /// cost a page with 100 KB of inline script before its title 2.4 × the instructions of the
    /// old path (ProfileTitles under callgrind). Only when certain: a guess must see every bad
    /// byte, wherever the chunks end, to decide the same way. Returns how many bytes to drop.
    private func skippableRawText(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard charset == .utf8, charsetSource?.isTentative == false, titleState == .none, restart == nil,
            let name = rawText, mayskip, let decoder, !decoder.holdsPartialSequence
        else { return 0 }
        let length = name.utf8CodeUnitCount
        guard text.count <= length + 1, bytes.count > 4 * (length + 2) else { return 0 }
        if !text.isEmpty {
            // The end tag may have begun in the bytes held back: leave that to `pump`.
            var joined = text
            joined.append(contentsOf: bytes.prefix(length + 2))
            if joined.withUnsafeBytes({ TitleExtractor.endTag(name, in: $0) }) != nil { return 0 }
        }
        var drop: Int
        if let at = TitleExtractor.endTag(name, in: bytes) {
            drop = at
        } else {
            // Keep what could be the start of an end tag, from the start of a character.
            drop = bytes.count - length - 1
            while drop > 0, bytes[drop] & 0xC0 == 0x80 { drop -= 1 }
        }
        guard drop > 0 else { return 0 }
        textBase += text.count + drop
        text.removeAll(keepingCapacity: true)
        scanned = 0
        safeCut = 0
        scanner.shift(by: scanner.markupStart)
        return drop
    }

    private func push(_ utf8: UnsafeRawBufferPointer) {
        guard utf8.count > 0 else { return }
        switch titleState {
        case .open: appendTitle(utf8)
        case .closed:
            guard scanningHead, parser != nil, restart == nil else { return }
            text.append(contentsOf: utf8)
            pump(final: false)
        case .none:
            guard parser != nil, restart == nil else { return }
            text.append(contentsOf: utf8)
            pump(final: false)
        }
    }

    /// Hands `text` to libxml2 slice by slice, each cut between pieces of markup, skipping the text
    /// of `<script>`/`<style>` and dropping `</head>`, `</body>`, `</html>`; keeps what must wait for more.
    private func pump(final: Bool) {
        var start = 0
        text.withUnsafeBytes { buffer in
            let count = buffer.count
            while parser != nil, titleState == .none || scanningHead, restart == nil {
                if let name = rawText, mayskip {
                    guard let end = TitleExtractor.endTag(name, in: UnsafeRawBufferPointer(rebasing: buffer[start...])) else {
                        // No end tag yet: drop the text, but keep what could be the start of one.
                        start = max(start, count - name.utf8CodeUnitCount - 1)
                        scanned = start
                        safeCut = start
                        return
                    }
                    start += end
                    mayskip = false
                    scanner.reset()
                    scanned = start
                    safeCut = start
                }
                guard start < count else { return }
                var cut: Int?
                var resume: Int?
                var endsHead = false
                var limit = min(count, start + TitleExtractor.sliceSize)
                safeCut = max(safeCut, start)
                while cut == nil {
                    if scanned >= limit {
                        if safeCut > start {
                            cut = safeCut
                        } else if limit < count {
                            limit = count  // one piece of markup longer than a slice
                            continue
                        }
                        break
                    }
                    switch scanner.scan(buffer, from: scanned, to: limit) {
                    case .limit(let safe):
                        if let safe { safeCut = max(safeCut, safe) }
                        scanned = limit
                    case .rawTextStart(let at):
                        safeCut = at
                        scanned = at
                        cut = at
                    case .dropped(let range):
                        endsHead = true
                        cut = range.lowerBound
                        resume = range.upperBound
                        scanned = range.upperBound
                        safeCut = range.upperBound
                    }
                }
                if cut == nil {
                    if final {
                        cut = count
                    } else if count - start > TitleExtractor.markupLimit {
                        cut = start + TitleExtractor.markupLimit
                    } else {
                        return
                    }
                }
                let end = cut!
                sliceEnd = textBase + end
                if end > start { parseSlice(UnsafeRawBufferPointer(rebasing: buffer[start..<end])) }
                if titleState == .open {
                    // The title opened in this slice, where the scanner saw no title start tag
                    // (libxml2 ends a tag at a `<` inside it: `<x <title>`): an end tag it meant to
                    // drop after it is the title's text (found by FuzzTitle).
                    endsHead = false
                    resume = nil
                }
                if endsHead {
                    // `</head>`, `</body>`, `</html>`: Chromium stops looking for a `<meta>` at any of them.
                    pastHead = true
                    scanningHead = false
                }
                start = resume ?? end
                scanned = max(scanned, start)
                if titleState == .open {
                    // libxml2 is stopped at the title's start tag: the rest is the title's text.
                    if titleRaw.isEmpty { titleBase = textBase + start }
                    appendTitle(UnsafeRawBufferPointer(rebasing: buffer[start...]))
                    start = count
                }
            }
        }
        if start > 0 {
            textBase += start
            text.removeFirst(min(start, text.count))
            scanned = max(0, scanned - start)
            safeCut = max(0, safeCut - start)
            scanner.shift(by: start)
        }
        if final, let parser, titleState == .none || scanningHead, restart == nil {
            _ = htmlParseChunk(parser, nil, 0, 1)
        }
        if titleState == .closed, !scanningHead, parser != nil, keepingRaw, restart == nil,
            charsetSource?.isTentative == true, !pastHead
        {
            startHeadScan(final: final)
        }
    }

    /// The title ended while the encoding is a guess: a fresh parser reads on from `</title`,
    /// after a `<head>` of its own (libxml2 2.9 ends a document that starts with an end tag, and
    /// within the head it ignores the stray `</title>` and reports the elements as it would).
    private func startHeadScan(final: Bool) {
        if let parser { htmlFreeParserCtxt(parser) }
        parser = nil
        let head: [UInt8] = Array("<head>".utf8)
        var rest = head
        rest.append(contentsOf: titleRaw[titleEnd...])
        rest.append(contentsOf: text)
        text = rest
        textBase = titleBase + titleEnd - head.count
        resetMarkupState()
        scanningHead = true
        startParser()
        pump(final: final)
    }

    private func parseSlice(_ bytes: UnsafeRawBufferPointer) {
        guard let parser, bytes.count > 0 else { return }
        _ = htmlParseChunk(parser, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
    }

    /// Adds title text and looks for the end tag: `</title` then whitespace, `/` or `>`.
    private func appendTitle(_ bytes: UnsafeRawBufferPointer) {
        guard titleState == .open, bytes.count > 0 else { return }
        titleRaw.append(contentsOf: bytes)
        titleRaw.withUnsafeBytes { buffer in
            let from = max(0, titleSearched - 7)
            if let at = TitleExtractor.titleEndTag(in: UnsafeRawBufferPointer(rebasing: buffer[from...])) {
                titleEnd = from + at
                titleState = .closed
            }
        }
        titleSearched = titleRaw.count
    }

    static func titleEndTag(in bytes: UnsafeRawBufferPointer) -> Int? {
        var offset = 0
        while let at = endTag("title", in: UnsafeRawBufferPointer(rebasing: bytes[offset...])) {
            let next = offset + at + 7
            guard next < bytes.count else { return nil }  // the delimiter has not arrived yet
            let byte = bytes[next]
            if byte.isASCIIWhitespace || byte == 0x2F || byte == 0x3E { return offset + at }
            offset += at + 1
        }
        return nil
    }

    /// Offset of the first `</name` (ASCII case ignored) in `bytes`: where libxml2 2.9 itself ends
    /// a script or style element in recovery mode (`htmlParseScript`), so skipping the bytes before
    /// it changes no title.
    static func endTag(_ name: StaticString, in bytes: UnsafeRawBufferPointer) -> Int? {
        let count = name.utf8CodeUnitCount
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset + 2 + count <= bytes.count {
            guard let found = memchr(base + offset, 0x3C, bytes.count - offset - 1 - count) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(found))
            if bytes[at + 1] == 0x2F, hasName(name, bytes, at: at + 2) { return at }
            offset = at + 1
        }
        return nil
    }

    private static func hasName(_ name: StaticString, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        let count = name.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for i in 0..<count where bytes[offset + i].asciiLowercased != name.utf8Start[i] { return false }
        return true
    }

    // MARK: - SAX callbacks (called synchronously from htmlParseChunk)

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> TitleExtractor {
        Unmanaged<TitleExtractor>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard titleState == .none || scanningHead, restart == nil, let name else { return }
        if LibXML2.equals(name, "script") || LibXML2.equals(name, "style") {
            rawText = LibXML2.equals(name, "script") ? "script" : "style"
            mayskip = true
        } else if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
            foreignDepth += 1
        } else if LibXML2.equals(name, "meta") {
            metaElement(attributes)
        } else if foreignDepth == 0, !scanningHead, LibXML2.equals(name, "title") {
            openTitle()
            return
        }
        if !pastHead, !TitleExtractor.belongsInHead(name) {
            pastHead = true
            if scanningHead {
                scanningHead = false
                if let parser { xmlStopParser(parser) }
            }
        }
    }

    /// The elements Chromium's meta-charset parser lets pass before it stops looking (`HeadEnd`'s list).
    private static func belongsInHead(_ name: UnsafePointer<xmlChar>) -> Bool {
        var count = 0
        while name[count] != 0 { count += 1 }
        return HeadEnd.belongsInHead(UnsafeBufferPointer(start: name, count: count))
    }

    /// libxml2 stands at the `>` (or `/>`) of the title's start tag: what follows in its input is
    /// the title's text, and libxml2 is done.
    private func openTitle() {
        guard let parser, let input = parser.pointee.input, let cur = input.pointee.cur, let end = input.pointee.end else { return }
        titleState = .open
        // Copied first: stopping the parser frees its input.
        let rest = UnsafeRawBufferPointer(start: cur, count: cur.distance(to: end))
        if let close = rest.firstIndex(of: 0x3E) {
            titleBase = sliceEnd - (rest.count - close - 1)
            appendTitle(UnsafeRawBufferPointer(rebasing: rest[(close + 1)...]))
        }
        xmlStopParser(parser)
    }

    private func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard titleState == .none || scanningHead, let name else { return }
        if let raw = rawText, LibXML2.equals(name, raw) {
            rawText = nil
            mayskip = false
        } else if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
            foreignDepth = max(0, foreignDepth - 1)
        }
    }
}

/// libxml2's process-wide set-up.
enum LibXML2 {
    private static let initialised: Void = {
        xmlInitParser()
    }()

    static func ensureInitialised() {
        _ = initialised
        // Errors in real-world HTML are the norm; libxml2 must never print them. The handler is
        // per thread in libxml2, so it is installed on each thread that parses.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Element names from the HTML parser are lower case already.
    @inline(__always)
    static func equals(_ name: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        for i in 0..<count where name[i] != literal.utf8Start[i] { return false }
        return name[count] == 0
    }
}
