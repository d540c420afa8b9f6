import Testing

@testable import CrawlCore

/// Where UTF-8 HTML may be cut before libxml2 sees it: never inside markup.
@Suite struct MarkupScannerTests {
    /// Scans `html` in pieces of `step` bytes, as the extractor does across chunks; returns the
    /// last safe cut and every special stop.
    static func scan(_ html: String, step: Int) -> (safe: Int?, stops: [MarkupScanner.Stop]) {
        let bytes = Array(html.utf8)
        var scanner = MarkupScanner()
        var stops: [MarkupScanner.Stop] = []
        var safe: Int?
        var at = 0
        bytes.withUnsafeBytes { buffer in
            while at < buffer.count {
                let to = min(buffer.count, at + step)
                switch scanner.scan(buffer, from: at, to: to) {
                case .limit(let s):
                    if let s { safe = s }
                    at = to
                case .rawTextStart(let end):
                    stops.append(.rawTextStart(at: end))
                    safe = end
                    at = end
                case .dropped(let range):
                    stops.append(.dropped(range))
                    safe = range.upperBound
                    at = range.upperBound
                }
            }
        }
        return (safe, stops)
    }

    @Test(arguments: [1, 2, 3, 5, 64])
    func aQuotedGreaterThanDoesNotEndATag(step: Int) {
        // The safe cut stays before `<a` until the tag's real `>`.
        #expect(Self.scan(#"<p>x</p><a title="1 > 0" href='y'"#, step: step).safe == 8)
        #expect(Self.scan(#"<p>x</p><a title="1 > 0" href='y'>"#, step: step).safe == 34)
    }

    @Test(arguments: [1, 4, 64])
    func commentsEndOnlyAtTheirEnd(step: Int) {
        #expect(Self.scan("a<!-- <b> -- > -->", step: step).safe == 18)
        #expect(Self.scan("a<!-- <b> ->", step: step).safe == 1)
        #expect(Self.scan("a<!DOCTYPE html>b", step: step).safe == 17)
        #expect(Self.scan("a<?xml x?>b", step: step).safe == 11)
    }

    @Test func aLessThanThatStartsNothingIsText() {
        #expect(Self.scan("1 < 2 and 3 <= 4", step: 3).safe == 16)
    }

    @Test(arguments: [1, 7, 64])
    func scriptAndStyleStartTagsStopTheScan(step: Int) {
        let result = Self.scan("<head><SCRIPT src=x></script><style>", step: step)
        #expect(result.stops == [.rawTextStart(at: 20), .rawTextStart(at: 36)])
        #expect(Self.scan("<scripts><styles></script>", step: step).stops.isEmpty)
    }

    @Test(arguments: [1, 5, 64])
    func bodyAndHTMLEndTagsAreDropped(step: Int) {
        let result = Self.scan("<p>a</p></body ></HTML><title>x", step: step)
        #expect(result.stops == [.dropped(8..<16), .dropped(16..<23), .rawTextStart(at: 30)])
        #expect(Self.scan("</bodyx>", step: step).stops.isEmpty)
    }

    /// libxml2's parser ends `<l">` at its first `>`, but its look-ahead, counting the `"`, reads on
    /// to the `>` of `<m">`, and `<m`'s look-ahead (started inside it) to the `>` of `<title>`: no
    /// cut before that (the fuzz-found `quote-desync`).
    @Test(arguments: [1, 2, 3, 64])
    func noCutWhileALookAheadIsPending(step: Int) {
        #expect(Self.scan(#"<l"><m">"""<t"#, step: step).safe == 0)
        let result = Self.scan(#"<l"><m">"""<title></head>"#, step: step)
        #expect(result.stops == [.rawTextStart(at: 18), .dropped(18..<25)])
        #expect(Self.scan("<a b'c>d", step: step).safe == 0)
        #expect(Self.scan("<a b'c>d'>e", step: step).safe == 11)
    }

    /// A quote opens a value only after `name=`: `<p x">` is a whole tag to libxml2's parser, so
    /// its `<title>` would be text only to the look-ahead, which is still in the value; the title's
    /// stop is not reported while that look-up is pending.
    @Test(arguments: [1, 5, 64])
    func aTagIsReportedOnlyWhereTheCutIsSafe(step: Int) {
        #expect(Self.scan(#"<p x"><title>T</title>"#, step: step).stops.isEmpty)
        #expect(Self.scan(#"<p x=""><title>T"#, step: step).stops == [.rawTextStart(at: 15)])
        #expect(Self.scan("<a b'></body>'>", step: step).stops.isEmpty)
        #expect(Self.scan("<a b='>'></body>", step: step).stops == [.dropped(9..<16)])
    }

    /// End tags, `<?…>` and the constructs libxml2 takes for text count no quotes; a doctype's
    /// look-up does.
    @Test(arguments: [1, 3, 64])
    func whereQuotesDoNotCount(step: Int) {
        #expect(Self.scan(#"</p x"><b>"#, step: step).safe == 10)
        #expect(Self.scan(#"<?x "?><b>"#, step: step).safe == 10)
        #expect(Self.scan(#"<!x "><b>"#, step: step).safe == 9)
        #expect(Self.scan(#"<? "><b>"#, step: step).safe == 8)
        #expect(Self.scan(#"<!DOCTYPE a "x>"#, step: step).safe == 0)
        #expect(Self.scan(#"<!DOCTYPE a "x>y"><b>"#, step: step).safe == 21)
        // `</1`: libxml2 waits for a `>` before it drops the `</`.
        #expect(Self.scan("</1 x", step: step).safe == 0)
        #expect(Self.scan("</1 x>b", step: step).safe == 7)
    }
}
