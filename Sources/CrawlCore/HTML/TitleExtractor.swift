import CLibXML2

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
/// One instance serves many transfers: `begin` resets it, `close` frees the libxml2 context.
final class TitleExtractor {
    private var parser: htmlParserCtxtPtr?
    private var pending: [UInt8] = []
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

    init() {
        LibXML2.ensureInitialised()
    }

    deinit {
        assert(parser == nil, "TitleExtractor was not closed")
    }

    /// Starts a new document. `declaredCharset` is the HTTP Content-Type charset, if any.
    func begin(declaredCharset: Charset?) {
        close()
        pending.removeAll(keepingCapacity: true)
        titleBytes.removeAll(keepingCapacity: true)
        declared = declaredCharset
        inTitle = false
        foreignDepth = 0
        repair.reset()
        charset = nil
        isComplete = false
    }

    /// Feeds the next chunk of body; returns true when the title is complete (stop reading).
    func feed(_ chunk: UnsafeRawBufferPointer) -> Bool {
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
    func finish() {
        guard !isComplete else { return }
        parseHeldBack()
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
    var title: String? {
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

    func close() {
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

    /// Hands bytes to libxml2; UTF-8 input is repaired first (see `UTF8Repair`).
    private func parse(_ bytes: UnsafeRawBufferPointer, final: Bool = false) {
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

    // MARK: - SAX callbacks (called synchronously from htmlParseChunk)

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> TitleExtractor {
        Unmanaged<TitleExtractor>.fromOpaque(ctx!).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?) {
        guard !isComplete, let name else { return }
        if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
            foreignDepth += 1
        } else if foreignDepth == 0, !inTitle, LibXML2.equals(name, "title") {
            inTitle = true
        }
    }

    private func endElement(_ name: UnsafePointer<xmlChar>?) {
        guard !isComplete, let name else { return }
        if LibXML2.equals(name, "svg") || LibXML2.equals(name, "math") {
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
