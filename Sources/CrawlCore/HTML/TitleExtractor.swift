import CLibXML2

#if canImport(Glibc)
import Glibc
#endif

/// Finds `document.title` in a body that arrives chunk by chunk, with libxml2's HTML push parser.
///
/// The encoding is decided before the parser sees a byte, in the WHATWG order: BOM, the HTTP
/// charset, a `<meta>` prescan of the first 1024 bytes, then a default (see `Charset.fallback`).
/// Until then (at most 1024 bytes) the body is held back. libxml2 is then told the encoding and
/// told to ignore any `<meta>` it meets, so it never switches mid-stream; its SAX output is UTF-8.
///
/// The first `<title>` outside `<svg>`/`<math>` wins; comments, `<script>` and `<style>` never
/// produce elements in libxml2, so titles there are ignored for free. When that title's end tag is
/// parsed the parser is stopped and `feed` returns true, so the caller can stop the download.
///
/// The body is handed to libxml2 in slices of at most `sliceSize` bytes, so that the parse, and the
/// UTF-8 check before it, stop within a slice of the title's end rather than at the end of
/// libcurl's 16 KB buffer. Inside `<script>` and `<style>`, whose text cannot hold the title, the
/// bytes before the closing tag are not given to libxml2 at all (see `parseSlices`): libxml2 2.9
/// reads that text one character at a time (about 5 ns a byte), and pages with 100 KB of inline
/// script before their title are common.
///
/// One instance serves many transfers: `begin` resets it, `close` frees the libxml2 context.
/// Public so that programs (and the micro-benchmarks in `Benchmarks/`) can extract titles from
/// bodies they fetched themselves.
public final class TitleExtractor {
    static let sliceSize = 4096
    private var parser: htmlParserCtxtPtr?
    private var pending: [UInt8] = []
    /// The open `<script>` or `<style>` element, while libxml2 is inside its text.
    private var rawText: StaticString?
    /// False once the bytes up to a candidate end tag were skipped: libxml2 now decides where the
    /// element ends, and nothing more is skipped until the next raw-text element.
    private var mayskip = false
    /// The last bytes of a chunk skipped inside raw text, kept in case an end tag straddles chunks.
    private var held: [UInt8] = []
    private var declared: Charset?
    private var titleBytes: [UInt8] = []
    private var inTitle = false
    private var foreignDepth = 0
    private var repair = UTF8Repair()
    /// The encoding the body is being decoded with; nil until decided (or when there was no body).
    private(set) var charset: Charset?
    /// True once the first title element has ended.
    private(set) var isComplete = false

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    public init() {
        LibXML2.ensureInitialised()
    }

    deinit {
        assert(parser == nil, "TitleExtractor was not closed")
    }

    /// Starts a new document served with this Content-Type header value (nil when there was none).
    public func begin(contentType: String?) {
        begin(declaredCharset: contentType.flatMap(Charset.fromContentType))
    }

    /// Starts a new document. `declaredCharset` is the HTTP Content-Type charset, if any.
    func begin(declaredCharset: Charset?) {
        close()
        pending.removeAll(keepingCapacity: true)
        titleBytes.removeAll(keepingCapacity: true)
        declared = declaredCharset
        inTitle = false
        foreignDepth = 0
        rawText = nil
        mayskip = false
        held.removeAll(keepingCapacity: true)
        repair.reset()
        charset = nil
        isComplete = false
    }

    /// Feeds the next chunk of body; returns true when the title is complete (stop reading).
    public func feed(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard !isComplete, chunk.count > 0 else { return isComplete }
        if parser != nil {
            parse(chunk)
            return isComplete
        }
        if pending.isEmpty, let (charset, skip) = decide(chunk, complete: false) {
            start(charset, UnsafeRawBufferPointer(rebasing: chunk[skip...]))
            return isComplete
        }
        pending.append(contentsOf: chunk)
        pending.withUnsafeBytes { held in
            if let (charset, skip) = decide(held, complete: false) {
                start(charset, UnsafeRawBufferPointer(rebasing: held[skip...]))
            }
        }
        if parser != nil { pending.removeAll(keepingCapacity: true) }
        return isComplete
    }

    /// The body ended: parses what was held back and lets libxml2 close open elements, so an
    /// unterminated `<title>` at the very end still counts.
    public func finish() {
        guard !isComplete else { return }
        parseHeldBack()
        parseHeldTail()
        if let parser, !isComplete {
            parse(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
            _ = htmlParseChunk(parser, nil, 0, 1)
        }
        if inTitle { isComplete = true }
    }

    /// The body was cut short (timeout, reset, truncation): parses what was held back, so a title
    /// whose end tag did arrive still counts, but closes nothing, so a cut-off title does not.
    func abandon() {
        guard !isComplete else { return }
        parseHeldBack()
        parseHeldTail()
    }

    /// The body ended: bytes kept back at the end of the last chunk are all there will be.
    private func parseHeldTail() {
        mayskip = false
        guard !held.isEmpty else { return }
        let tail = held
        held.removeAll(keepingCapacity: true)
        tail.withUnsafeBytes { parseSlice($0, final: false) }
    }

    /// Bytes held for the `<meta>` prescan are all there will be: decide the encoding and parse them.
    private func parseHeldBack() {
        guard parser == nil, !pending.isEmpty else { return }
        pending.withUnsafeBytes { held in
            let (charset, skip) = decide(held, complete: true)!
            start(charset, UnsafeRawBufferPointer(rebasing: held[skip...]))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// `document.title`: ASCII whitespace stripped and collapsed; nil when no title element was seen.
    public var title: String? {
        guard isComplete else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(titleBytes.count)
        var pendingSpace = false
        for byte in titleBytes {
            if byte.isASCIIWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func close() {
        guard let parser else { return }
        htmlFreeParserCtxt(parser)
        self.parser = nil
    }

    // MARK: - Encoding decision

    /// Returns the encoding and how many leading bytes (a BOM) to skip, or nil to wait for more.
    private func decide(_ bytes: UnsafeRawBufferPointer, complete: Bool) -> (Charset, Int)? {
        if let (charset, length) = Charset.sniffBOM(bytes) { return (charset, length) }
        if !complete, Charset.mightBeBOMPrefix(bytes) { return nil }
        if let declared { return (declared, 0) }
        guard complete || bytes.count >= MetaPrescan.window else { return nil }
        let window = UnsafeRawBufferPointer(rebasing: bytes.prefix(MetaPrescan.window))
        if let meta = MetaPrescan.charset(in: window) { return (meta, 0) }
        return (Charset.fallback(for: window, complete: complete || bytes.count <= MetaPrescan.window), 0)
    }

    private func start(_ charset: Charset, _ first: UnsafeRawBufferPointer) {
        self.charset = charset
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, _ in TitleExtractor.from(ctx).startElement(name) }
        sax.endElement = { ctx, name in TitleExtractor.from(ctx).endElement(name) }
        sax.characters = { ctx, text, length in TitleExtractor.from(ctx).characters(text, length) }
        sax.ignorableWhitespace = sax.characters
        let me = Unmanaged.passUnretained(self).toOpaque()
        // Declaring UTF-8 up front matters: with "none", libxml2 2.9 decodes a small document
        // handed over in one piece as Latin-1.
        let initial = charset == .utf8 ? XML_CHAR_ENCODING_UTF8 : XML_CHAR_ENCODING_NONE
        guard let parser = htmlCreatePushParserCtxt(&sax, me, nil, 0, nil, initial) else {
            // Out of memory: report no title rather than crash the whole crawl.
            isComplete = false
            return
        }
        self.parser = parser
        _ = htmlCtxtUseOptions(parser, TitleExtractor.options)
        if charset != .utf8, let handler = xmlFindCharEncodingHandler(charset.decoderName) {
            _ = xmlSwitchToEncoding(parser, handler)
        }
        parse(first)
    }

    /// Hands bytes to libxml2 slice by slice, skipping raw text; UTF-8 is repaired first.
    private func parse(_ bytes: UnsafeRawBufferPointer, final: Bool = false) {
        guard parser != nil else { return }
        if held.isEmpty {
            parseSlices(bytes, final: final)
        } else {
            var joined = held
            joined.append(contentsOf: bytes)
            held.removeAll(keepingCapacity: true)
            joined.withUnsafeBytes { parseSlices($0, final: final) }
        }
    }

    private func parseSlices(_ bytes: UnsafeRawBufferPointer, final: Bool) {
        var rest = bytes[...]
        while !isComplete {
            if let name = rawText, mayskip {
                guard let end = TitleExtractor.endTag(name, in: UnsafeRawBufferPointer(rebasing: rest)) else {
                    // No end tag yet: drop the text, but keep what could be the start of one.
                    held.append(contentsOf: rest.suffix(name.utf8CodeUnitCount + 1))
                    return
                }
                rest = rest[(rest.startIndex + end)...]
                mayskip = false
            }
            var cut = min(TitleExtractor.sliceSize, rest.count)
            if let opened = TitleExtractor.rawTextStart(in: UnsafeRawBufferPointer(rebasing: rest.prefix(cut))) {
                cut = opened
            }
            if let tag = TitleExtractor.unfinishedTag(UnsafeRawBufferPointer(rebasing: rest.prefix(cut))),
               cut < rest.count || !final {
                // libxml2 2.9 ends a script at a `</` cut short by the end of its input (`</scr`),
                // so a tag is never split by a slice, nor at the end of a chunk: its start waits.
                if cut == rest.count { held.append(contentsOf: rest[(rest.startIndex + tag)...]) }
                cut = tag
            }
            let slice = rest.prefix(cut)
            rest = rest.dropFirst(cut)
            parseSlice(UnsafeRawBufferPointer(rebasing: slice), final: final && rest.isEmpty)
            if rest.isEmpty || !held.isEmpty { return }
        }
    }

    /// Offset just past the first `<script …>` or `<style …>` start tag, if any: the slice ends
    /// there, so libxml2 has none of the element's text when it reports the element, and the text
    /// can be skipped. Only a guess at where to cut; libxml2's own `startElement` decides whether a
    /// raw-text element really opened, so a wrong guess costs time, never a title.
    static func rawTextStart(in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset + 7 < bytes.count {
            guard let found = memchr(base + offset, 0x3C, bytes.count - offset - 7) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(found))
            let length = bytes[at + 2].asciiLowercased == 0x63 ? 6 : 5  // "script" or "style"
            if TitleExtractor.hasName(length == 6 ? "script" : "style", bytes, at: at + 1),
               at + 1 + length < bytes.count, isNameEnd(bytes[at + 1 + length]),
               let close = memchr(base + at + 1 + length, 0x3E, bytes.count - at - 1 - length) {
                return base.distance(to: UnsafeRawPointer(close)) + 1
            }
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

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x3E || byte == 0x2F || byte.isASCIIWhitespace
    }

    /// Offset of a `<` in the last few bytes with no `>` after it, if any: a tag that may continue
    /// in the bytes that follow. Only short tags (a `</script` or `</style`) matter.
    static func unfinishedTag(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = bytes.count - 1
        while i >= 0, i >= bytes.count - 10 {
            if bytes[i] == 0x3E { return nil }
            if bytes[i] == 0x3C { return i }
            i -= 1
        }
        return nil
    }

    private func parseSlice(_ bytes: UnsafeRawBufferPointer, final: Bool) {
        guard let parser else { return }
        if charset == .utf8 {
            repair.repair(bytes, final: final) { repaired in
                guard repaired.count > 0, !isComplete else { return }
                _ = htmlParseChunk(parser, repaired.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(repaired.count), 0)
            }
        } else if bytes.count > 0 {
            _ = htmlParseChunk(parser, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        }
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

    // MARK: - SAX callbacks (called synchronously from htmlParseChunk)

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> TitleExtractor {
        Unmanaged<TitleExtractor>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?) {
        guard !isComplete, let name else { return }
        if LibXML2.equals(name, "script") || LibXML2.equals(name, "style") {
            rawText = LibXML2.equals(name, "script") ? "script" : "style"
            mayskip = charset?.asciiBytesAreASCII ?? false
        } else if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
            foreignDepth += 1
        } else if foreignDepth == 0, !inTitle, LibXML2.equals(name, "title") {
            inTitle = true
        }
    }

    private func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard !isComplete, let name else { return }
        if let raw = rawText, LibXML2.equals(name, raw) {
            rawText = nil
            mayskip = false
        } else if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
            foreignDepth = max(0, foreignDepth - 1)
        } else if inTitle, LibXML2.equals(name, "title") {
            inTitle = false
            isComplete = true
            if let parser { xmlStopParser(parser) }
        }
    }

    private func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard inTitle, let text, length > 0 else { return }
        titleBytes.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(length)))
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
