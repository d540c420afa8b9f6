import Testing

@testable import CrawlCore

/// `CharacterReferences.decodeRCDATA` against the rules of the HTML standard's character reference
/// state (outside an attribute), one case per rule, then against 6,636 vectors computed by Python's
/// `html.unescape` (`scripts/gen-charref-vectors`). Outputs are compared as bytes: `String`'s `==`
/// ignores differences of Unicode normalization, and a decoder must not.
@Suite struct CharacterReferencesTests {
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        bytes.withUnsafeBytes { CharacterReferences.decodeRCDATA($0, into: &out) }
        return out
    }

    static func scalar(_ value: UInt32) -> String {
        String(Character(Unicode.Scalar(value)!))
    }

    static func check(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (input, expected) in cases {
            let decoded = decode(Array(input.utf8))
            #expect(
                decoded == Array(expected.utf8),
                "\(input.debugDescription) gave \(String(decoding: decoded, as: UTF8.self).debugDescription)",
                sourceLocation: sourceLocation
            )
        }
    }

    @Test func textWithoutReferencesIsCopied() {
        Self.check([("", ""), ("Plain title", "Plain title"), ("日本語のタイトル 😀", "日本語のタイトル 😀"), ("a;b#c", "a;b#c")])
        // Invalid UTF-8 and NUL are not the decoder's business: copied as they are.
        let bytes: [UInt8] = [0x41, 0xFF, 0x00, 0xC3, 0x26, 0x61, 0x6D, 0x70, 0x3B, 0xE2, 0x82]
        #expect(Self.decode(bytes) == [0x41, 0xFF, 0x00, 0xC3, 0x26, 0xE2, 0x82])
    }

    @Test func appendsToWhatIsThere() {
        var out = Array("<".utf8)
        Array("a&amp;b".utf8).withUnsafeBytes { CharacterReferences.decodeRCDATA($0, into: &out) }
        Array("plain".utf8).withUnsafeBytes { CharacterReferences.decodeRCDATA($0, into: &out) }
        #expect(out == Array("<a&bplain".utf8))
    }

    @Test func namedReferences() {
        Self.check([
            ("&amp;", "&"), ("&lt;&gt;", "<>"), ("&copy; 2024", "© 2024"), ("&AElig;", "Æ"), ("&quot;x&quot;", "\"x\""),
            ("Tom &amp; Jerry &ndash; &ldquo;Pilot&rdquo;&hellip;", "Tom & Jerry – “Pilot”…"),
            ("&CounterClockwiseContourIntegral;", "∳"), ("&ClockwiseContourIntegral;", "∲"), ("&NewLine;&Tab;", "\n\t"),
            ("&nbsp;", "\u{A0}"),
            ("&zwnj;", "\u{200C}"), ("&Afr;", "𝔄"), ("&amp;amp;", "&amp;"),
            // Names are case-sensitive: `&AMP;` is in the table, `&Amp;` is not.
            ("&AMP;", "&"), ("&Amp;", "&Amp;"), ("&COPY;", "©"), ("&Copy;", "&Copy;"),
        ])
    }

    /// 93 names stand for two code points (a character and a combining mark or variation selector).
    @Test func namesOfTwoCodePoints() {
        Self.check([
            ("&nvlt;", "<\u{20D2}"), ("&NotEqualTilde;", "\u{2242}\u{338}"), ("&fjlig;", "fj"), ("&bne;", "=\u{20E5}"),
            ("&ThickSpace;", "\u{205F}\u{200A}"), ("&nvltrie;x", "\u{22B4}\u{20D2}x"),
        ])
    }

    /// The 106 legacy names also match without `;`, and outside an attribute whatever follows them
    /// (`=` or an alphanumeric included) does not matter.
    @Test func legacyNamesWithoutSemicolon() {
        Self.check([
            ("&copy", "©"), ("&amp", "&"), ("&ampx", "&x"), ("&amp=", "&="), ("&amp;x", "&x"), ("&copy2024", "©2024"),
            ("&lt", "<"), ("&ltx", "<x"), ("&LT", "<"), ("&nbspx", "\u{A0}x"), ("&Eacuteb", "Éb"), ("&eacute=1", "é=1"),
            ("AT&T&ampT", "AT&T&T"), ("&notit;", "¬it;"), ("&notin", "¬in"), ("&notin;", "∉"),
            ("&frac12;&frac34", "½¾"), ("&yuml", "ÿ"), ("&amp&lt&gt", "&<>"),
        ])
    }

    @Test func otherNamesNeedTheirSemicolon() {
        Self.check([("&hellip", "&hellip"), ("&mdash x", "&mdash x"), ("&rarr;&rarr", "→&rarr"), ("&apos", "&apos")])
    }

    /// The longest name that the text starts with, not the first or the shortest.
    @Test func longestMatchWins() {
        Self.check([
            ("&notinva;", "∉"), ("&notinvaz", "¬invaz"), ("&notinv;", "¬inv;"), ("&leftrightarrows;", "⇆"),
            ("&leftrightarrow;", "↔"), ("&leftarrow;", "←"), ("&left;", "&left;"), ("&LeftArrowBar;", "⇤"),
            ("&CounterClockwiseContourIntegralx", "&CounterClockwiseContourIntegralx"),
            ("&CounterClockwiseContourIntegral;;", "∳;"),
        ])
    }

    @Test func unknownNamesStayAsText() {
        Self.check([
            ("&foo;", "&foo;"), ("&", "&"), ("a&", "a&"), ("& ", "& "), ("& amp;", "& amp;"), ("&;", "&;"), ("&&amp;", "&&"),
            ("&&&", "&&&"), ("AT&T", "AT&T"), ("Q&A", "Q&A"), ("&1;", "&1;"), ("&é;", "&é;"), ("&xyzzy;&lt;", "&xyzzy;<"),
            ("&" + String(repeating: "a", count: 40), "&" + String(repeating: "a", count: 40)),
        ])
    }

    @Test func numericReferences() {
        Self.check([
            ("&#65;", "A"), ("&#x41;", "A"), ("&#X41;", "A"), ("&#x4a;&#x4A;", "JJ"), ("&#0065;", "A"),
            ("&#x00000000000041;", "A"), ("&#39;s", "'s"), ("&#8217;", "’"), ("&#128512;", "😀"), ("&#x1F600;", "😀"),
            ("&#x10FFFF;", "\u{10FFFF}"), ("&#38;amp;", "&amp;"),
        ])
    }

    @Test func numericWithoutSemicolon() {
        Self.check([("&#65", "A"), ("&#65x", "Ax"), ("&#65;;", "A;"), ("&#x41g", "Ag"), ("&#x41 ", "A "), ("&#65&#66", "AB")])
    }

    @Test func numericWithoutDigitsIsText() {
        Self.check([
            ("&#", "&#"), ("&#;", "&#;"), ("&#x", "&#x"), ("&#X", "&#X"), ("&#x;", "&#x;"), ("&#xg;", "&#xg;"), ("&#a", "&#a"),
            ("&#-1;", "&#-1;"), ("&#+1;", "&#+1;"), ("&# 65;", "&# 65;"), ("&#&#65;", "&#A"), ("&#x&#x41;", "&#xA"),
            ("&#١٢;", "&#١٢;"), ("&#xＡ;", "&#xＡ;"),
        ])
    }

    @Test func numericOutOfRangeIsReplacement() {
        Self.check([
            ("&#0;", "\u{FFFD}"), ("&#x0", "\u{FFFD}"), ("&#00000;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"),
            ("&#xDBFF;&#xDC00;", "\u{FFFD}\u{FFFD}"), ("&#57343;", "\u{FFFD}"), ("&#x110000;", "\u{FFFD}"),
            ("&#1114112;", "\u{FFFD}"), ("&#1114111;", "\u{10FFFF}"), ("&#xFFFFFFFF;", "\u{FFFD}"),
            ("&#x100000041;", "\u{FFFD}"), ("&#99999999999999999999;x", "\u{FFFD}x"),
            // Python 3.11's int() refuses more than 4,300 decimal digits; the standard does not care.
            ("&#" + String(repeating: "9", count: 5000) + ";", "\u{FFFD}"),
            ("&#x" + String(repeating: "f", count: 100), "\u{FFFD}"),
            ("&#" + String(repeating: "0", count: 100) + "65;", "A"),
        ])
    }

    /// 0x80–0x9F are read as windows-1252, except the five bytes it leaves undefined.
    @Test func c1ControlsAsWindows1252() {
        Self.check([
            ("&#150;", "–"), ("&#128;", "€"), ("&#x80;", "€"), ("&#x82;", "‚"), ("&#x83;", "ƒ"), ("&#x8C;", "Œ"), ("&#x8E;", "Ž"),
            ("&#x91;&#x92;", "‘’"), ("&#147;&#148;", "“”"), ("&#x99;", "™"), ("&#x9C;", "œ"), ("&#x9E;", "ž"), ("&#x9F;", "Ÿ"),
            ("&#x81;", "\u{81}"), ("&#x8D;", "\u{8D}"), ("&#x8F;", "\u{8F}"), ("&#x90;", "\u{90}"), ("&#x9D;", "\u{9D}"),
            ("&#xA0;", "\u{A0}"), ("&#x7F;", "\u{7F}"),
        ])
        let mapped = (0x80...0x9F).filter { Self.decode(Array("&#\($0);".utf8)) != Array(Self.scalar(UInt32($0)).utf8) }
        #expect(mapped.count == 27)
    }

    /// Noncharacters and controls are parse errors but keep their code point (`html.unescape` drops them).
    @Test func noncharactersAndControlsAreKept() {
        Self.check([
            ("&#1;", "\u{1}"), ("&#x8;", "\u{8}"), ("&#x0B;", "\u{B}"), ("&#13;", "\r"), ("&#x1F;", "\u{1F}"), ("&#x7F;", "\u{7F}"),
            // Swift rejects noncharacters in `\u{…}` escapes: built from their values.
            ("&#xFDD0;", Self.scalar(0xFDD0)), ("&#xFDEF;", Self.scalar(0xFDEF)), ("&#xFFFE;", Self.scalar(0xFFFE)),
            ("&#xFFFF;", Self.scalar(0xFFFF)), ("&#x1FFFF;", Self.scalar(0x1FFFF)), ("&#x10FFFE;", Self.scalar(0x10FFFE)),
        ])
    }

    /// The input ends where the buffer ends, though the bytes after it (in memory) would complete
    /// the reference.
    @Test func stopsAtTheEndOfTheBuffer() {
        for (whole, count, expected) in [("&amp;", 3, "&am"), ("&amp;", 4, "&"), ("&#65;", 3, "\u{6}"), ("&#x41;", 3, "&#x"),
                                         ("&notin;", 6, "¬in"), ("x&", 1, "x")] {
            var out: [UInt8] = []
            Array(whole.utf8).withUnsafeBytes {
                CharacterReferences.decodeRCDATA(UnsafeRawBufferPointer(rebasing: $0.prefix(count)), into: &out)
            }
            #expect(out == Array(expected.utf8), "\(whole) cut at \(count)")
        }
    }

    /// The generated table: 2,231 names, strictly sorted (binary search depends on it), 106 of
    /// them without `;`, none longer than 32 bytes.
    @Test func tableIsSortedAndComplete() {
        let index = CharacterReferences.index
        let records = HTMLEntities.records.utf8Start
        func name(_ entry: Int) -> [UInt8] {
            let start = Int(index.starts[entry])
            return Array(UnsafeBufferPointer(start: records + start + 1, count: Int(records[start])))
        }
        #expect(index.starts.count == 2231)
        #expect(index.firstByte[128] == 2231)
        let names = (0..<index.starts.count).map(name)
        #expect(zip(names, names.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        #expect(names.filter { $0.last != UInt8(ascii: ";") }.count == 106)
        #expect(names.map(\.count).max() == HTMLEntities.maxNameLength)
        // Each name alone is a reference (the vectors check what it decodes to).
        for entry in names {
            #expect(Self.decode([UInt8(ascii: "&")] + entry) != [UInt8(ascii: "&")] + entry)
        }
    }

    // MARK: Differential test

    /// Undoes the `\u{X}` escapes of `CharacterReferenceVectors`.
    static func unescape(_ field: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        var scalars = field.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                UTF8.encode(scalar) { bytes.append($0) }
                continue
            }
            var hex = ""
            _ = scalars.next()  // "u"
            _ = scalars.next()  // "{"
            while let digit = scalars.next(), digit != "}" { hex.unicodeScalars.append(digit) }
            UTF8.encode(Unicode.Scalar(UInt32(hex, radix: 16)!)!) { bytes.append($0) }
        }
        return bytes
    }

    @Test func matchesPythonVectors() {
        let lines = CharacterReferenceVectors.text.split(separator: "\n")
        #expect(lines.count == CharacterReferenceVectors.count)
        var failures: [String] = []
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let input = Self.unescape(fields[0])
            let expected = Self.unescape(fields.count > 1 ? fields[1] : "")
            let decoded = Self.decode(input)
            if decoded != expected {
                failures.append("\(line) gave \(String(decoding: decoded, as: UTF8.self).debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(lines.count) vectors differ, first: \(failures.prefix(10))")
    }
}
