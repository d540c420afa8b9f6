import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// One page body as the crawler would receive it, with the title it must yield.
///
/// Built in memory, deterministically (a fixed-seed generator), so the benchmarks need neither the
/// network nor files, and every run measures the same bytes.
public struct PageShape: Sendable {
    /// Short name used in benchmark names ("typical", "midhead", …).
    public let name: String
    /// The HTTP Content-Type header value the page is served with (nil: no header).
    public let contentType: String?
    /// The body bytes, in the page's own encoding.
    public let body: [UInt8]
    /// `document.title` after whitespace normalisation; nil for a page without a title.
    public let expectedTitle: String?
    /// Bytes the extractor must read before the title is complete (the whole body if there is none).
    public let bytesUntilTitleEnd: Int
}

/// libcurl hands a body to its write callback in buffers of at most CURL_MAX_WRITE_SIZE = 16 KB.
public let chunkSize = 16_384

/// Extracts the title of `page` the way the crawler does: begin, feed 16 KB chunks until `feed`
/// returns true, finish, read `title`, close.
@inline(never)
public func extractTitle(_ extractor: TitleExtractor, _ page: PageShape) -> String? {
    extractor.begin(contentType: page.contentType)
    page.body.withUnsafeBytes { body in
        var offset = 0
        while offset < body.count {
            let end = min(offset + chunkSize, body.count)
            let done = extractor.feed(UnsafeRawBufferPointer(rebasing: body[offset..<end]))
            offset = end
            if done { break }
        }
    }
    extractor.finish()
    let title = extractor.title
    extractor.close()
    return title
}

/// Crashes (also in release builds) unless `extractor` yields the expected title for `page`:
/// a broken extractor must not produce fast numbers.
public func verify(_ extractor: TitleExtractor, _ page: PageShape) {
    let got = extractTitle(extractor, page)
    if got != page.expectedTitle {
        fatalError(
            "title extraction is wrong for page shape '\(page.name)' (\(page.body.count) bytes): "
                + "got \(String(reflecting: got)), expected \(String(reflecting: page.expectedTitle))")
    }
}

// MARK: - The page shapes

public enum Pages {
    /// All shapes, in report order.
    public static let all: [PageShape] = [typical, midhead, bighead, noTitle, windows1252, shiftJIS]

    /// (a) A typical 33 KB UTF-8 page: `<meta charset>` and the title in the first 1 KB, then body.
    public static let typical: PageShape = {
        let title = "Café Müller – Opening hours &amp; “menu” | Example News"
        var head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="description" content="Opening hours, menu and reviews of Café Müller in Zürich.">
            <link rel="canonical" href="https://www.example.com/places/cafe-muller">
            <link rel="icon" href="/favicon.ico">
            <link rel="stylesheet" href="/static/css/site.4f1c2a.css">
            <title>\(title)</title>
            <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>

            """
        head += smallScript(seed: 1)
        head += "</head>\n"
        return build(
            name: "typical", contentType: "text/html; charset=utf-8", head: head,
            total: 33 * 1024, expected: "Café Müller – Opening hours & “menu” | Example News", encoding: nil)
    }()

    /// (b) 8 KB of `<meta>`, `<link>` and small scripts (analytics, JSON-LD) before the title.
    public static let midhead: PageShape = {
        var rng = Generator(seed: 2)
        var head = """
            <!DOCTYPE html>
            <html lang="en" class="no-js">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="X-UA-Compatible" content="IE=edge">
            <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">

            """
        var i = 0
        while head.utf8.count < 8 * 1024 {
            switch rng.next(5) {
            case 0:
                head += "<meta property=\"og:\(word(&rng))\" content=\"\(sentence(&rng, words: 8))\">\n"
            case 1:
                head += "<link rel=\"preload\" href=\"/static/fonts/\(word(&rng))-\(i).woff2\" as=\"font\" type=\"font/woff2\" crossorigin>\n"
            case 2:
                head += "<link rel=\"alternate\" hreflang=\"\(word(&rng).prefix(2))\" href=\"https://www.example.com/\(word(&rng))/\(i)\">\n"
            case 3:
                head += smallScript(seed: UInt64(i))
            default:
                head += "<meta name=\"twitter:\(word(&rng))\" content=\"\(sentence(&rng, words: 5))\">\n"
            }
            i += 1
        }
        head += "<title>Midhead page — 8 KB of &lt;head&gt; before the title</title>\n</head>\n"
        return build(
            name: "midhead", contentType: "text/html; charset=UTF-8", head: head, total: 36 * 1024,
            expected: "Midhead page — 8 KB of <head> before the title", encoding: nil)
    }()

    /// (c) 100 KB of inline `<script>` and `<style>` blocks (1–4 KB each) before the title. One
    /// script holds a `<title>` inside a string literal, which must not count.
    public static let bighead: PageShape = {
        var rng = Generator(seed: 3)
        var head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">

            """
        var block = 0
        while head.utf8.count < 100 * 1024 {
            let size = 1024 + rng.next(3 * 1024)
            if rng.next(10) < 7 {
                head += inlineScript(&rng, id: block, size: size, trap: block == 5)
            } else {
                head += inlineStyle(&rng, id: block, size: size)
            }
            block += 1
        }
        head += "<title>Bighead page: the title after 100 KB of inline script &amp; style</title>\n</head>\n"
        return build(
            name: "bighead", contentType: "text/html; charset=utf-8", head: head, total: head.utf8.count + 20 * 1024,
            expected: "Bighead page: the title after 100 KB of inline script & style", encoding: nil)
    }()

    /// (d) 40 KB and no title element at all (an inline SVG icon has a `<title>`, which does not
    /// count): the extractor must read every byte.
    public static let noTitle: PageShape = {
        var head = """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width">
            <link rel="stylesheet" href="/app.css">

            """
        head += smallScript(seed: 4)
        head += "</head>\n<body>\n<svg class=\"icon\" viewBox=\"0 0 16 16\"><title>Search icon</title><path d=\"M0 0h16v16H0z\"/></svg>\n"
        return build(
            name: "notitle", contentType: "text/html", head: head, total: 40 * 1024, expected: nil, encoding: nil,
            bodyOpen: false)
    }()

    /// (e) windows-1252, declared only by `<meta charset=windows-1252>` (the header has no charset).
    public static let windows1252: PageShape = {
        let head = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset=windows-1252>
            <meta name="description" content="Le café de la gare, ses crêpes et son thé.">
            <link rel="stylesheet" href="/style.css">
            <title>Café “Le Procès” – 5 € le menu, naïve crème brûlée</title>
            </head>

            """
        return build(
            name: "windows-1252", contentType: "text/html", head: head, total: 30 * 1024,
            expected: "Café “Le Procès” – 5 € le menu, naïve crème brûlée", encoding: "CP1252")
    }()

    /// (f) Shift_JIS, declared by `<meta http-equiv=Content-Type content="…; charset=Shift_JIS">`.
    /// The title holds 表 and ソ, whose second byte is 0x5C (an ASCII backslash).
    public static let shiftJIS: PageShape = {
        let head = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
            <meta name="keywords" content="日本語,ニュース,天気">
            <title>日本語のページ：表示テスト｜ソフトウェア・ニュース</title>
            </head>

            """
        return build(
            name: "shift_jis", contentType: "text/html", head: head, total: 30 * 1024,
            expected: "日本語のページ：表示テスト｜ソフトウェア・ニュース", encoding: "CP932", japanese: true)
    }()

    // MARK: - Building blocks

    /// `head` (which must open `<html>`; it closes `</head>` unless `bodyOpen` is false), then
    /// `<body>` paragraphs up to about `total` bytes, all encoded with `encoding` (nil: UTF-8).
    private static func build(
        name: String, contentType: String?, head: String, total: Int, expected: String?, encoding: String?,
        japanese: Bool = false, bodyOpen: Bool = true
    ) -> PageShape {
        func encode(_ text: String) -> [UInt8] {
            encoding.map { Iconv.encode(text, to: $0) } ?? Array(text.utf8)
        }
        var rng = Generator(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        var body = encode(head)
        let titleEnd = expected == nil ? nil : findTitleEnd(body)
        body += encode(bodyOpen ? "<body>\n<div id=\"main\">\n" : "<div id=\"main\">\n")
        let tail = encode("</div>\n</body>\n</html>\n")
        var n = 0
        while body.count + tail.count < total {
            let paragraph: String
            if japanese {
                paragraph = "<p class=\"p\(n)\">" + japaneseSentence(&rng) + japaneseSentence(&rng) + "</p>\n"
            } else if n % 7 == 3 {
                paragraph = "<ul><li><a href=\"/a/\(n)\">\(sentence(&rng, words: 4))</a></li><li><a href=\"/b/\(n)\">\(sentence(&rng, words: 3))</a></li></ul>\n"
            } else {
                paragraph = "<p>\(sentence(&rng, words: 12 + rng.next(20))) <a href=\"/x/\(n)\">\(word(&rng))</a> \(sentence(&rng, words: 10)).</p>\n"
            }
            let encoded = encode(paragraph)
            if body.count + encoded.count + tail.count > total, n > 0 { break }
            body += encoded
            n += 1
        }
        body += tail
        return PageShape(
            name: name, contentType: contentType, body: body, expectedTitle: expected,
            bytesUntilTitleEnd: titleEnd ?? body.count)
    }

    private static func findTitleEnd(_ bytes: [UInt8]) -> Int? {
        let needle = Array("</title>".utf8)
        guard bytes.count >= needle.count else { return nil }
        // The last one in the head: a script in "bighead" holds a decoy `</title>` in a string.
        for i in (0...(bytes.count - needle.count)).reversed() where bytes[i..<(i + needle.count)].elementsEqual(needle) {
            return i + needle.count
        }
        return nil
    }

    /// A short analytics-style inline script (a few hundred bytes).
    static func smallScript(seed: UInt64) -> String {
        """
        <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date()); gtag('config', 'G-\(seed)XYZ', {anonymize_ip: true});
        if (window.innerWidth < 768 && !window.__m\(seed)) { document.documentElement.className += ' mobile'; }
        </script>

        """
    }

    /// An inline script of about `size` bytes: object literals, loops with `<` and `&&`, string
    /// templates holding markup (`'</div>'`), and the classic `'</scr' + 'ipt>'` split.
    private static func inlineScript(_ rng: inout Generator, id: Int, size: Int, trap: Bool) -> String {
        var s = "<script>\n(function () {\n"
        if trap {
            s += "  var tpl = '<title>Not this title</title>'; // a template string, not an element\n"
        }
        var line = 0
        while s.utf8.count < size {
            switch rng.next(6) {
            case 0:
                s += "  var v\(line) = {id: \(rng.next(10_000)), name: '\(word(&rng))', tags: ['\(word(&rng))', '\(word(&rng))'], ok: true};\n"
            case 1:
                s += "  for (var i = 0; i < v\(max(0, line - 1)).tags.length && i < 10; i++) { out.push(v\(max(0, line - 1)).tags[i] + '-\(id)'); }\n"
            case 2:
                s += "  html += '<div class=\"card-\(id)\"><span>' + esc(name) + '</span></div>';\n"
            case 3:
                s += "  if (a > b) { document.write('<script src=\"/js/\(word(&rng)).js\"></scr' + 'ipt>'); }\n"
            case 4:
                s += "  window.__cfg\(id)_\(line) = {\"endpoint\": \"https://api.example.com/v2/\(word(&rng))\", \"retries\": 3};\n"
            default:
                s += "  // \(sentence(&rng, words: 9))\n"
            }
            line += 1
        }
        return s + "})();\n</script>\n"
    }

    /// An inline stylesheet of about `size` bytes.
    private static func inlineStyle(_ rng: inout Generator, id: Int, size: Int) -> String {
        var s = "<style>\n"
        var rule = 0
        while s.utf8.count < size {
            s += ".c\(id)-\(rule) > .\(word(&rng)){color:#\(String(rng.next(0xFFFFFF), radix: 16));margin:0 \(rng.next(16))px;padding:\(rng.next(8))px}\n"
            if rule % 9 == 4 { s += "/* </div> is not an end tag here */\n" }
            rule += 1
        }
        return s + "</style>\n"
    }

    private static let words = [
        "the", "of", "and", "a", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on", "are", "as",
        "with", "his", "they", "at", "be", "this", "have", "from", "or", "one", "had", "by", "word", "but",
        "what", "some", "we", "can", "out", "other", "were", "all", "there", "when", "up", "use", "your", "how",
        "said", "an", "each", "she", "which", "do", "their", "time", "if", "will", "way", "about", "many",
        "then", "them", "write", "would", "like", "so", "these", "her", "long", "make", "thing", "see", "him",
        "two", "has", "look", "more", "day", "could", "go", "come", "did", "number", "sound", "café", "naïve",
        "Zürich", "crème", "façade", "résumé", "coöperate", "jalapeño", "déjà", "vu", "über",
    ]

    private static func word(_ rng: inout Generator) -> String {
        words[rng.next(words.count)]
    }

    private static func sentence(_ rng: inout Generator, words count: Int) -> String {
        (0..<count).map { _ in word(&rng) }.joined(separator: " ")
    }

    private static let japanese = [
        "今日の天気は晴れです。", "東京都の人口は約千四百万人です。", "ソフトウェアの表示に問題がありました。",
        "詳しくはこちらをご覧ください。", "新しい製品が発表されました。", "株価は前日比で上昇しました。",
        "駅から徒歩五分の場所にあります。", "会員登録は無料です。",
    ]

    private static func japaneseSentence(_ rng: inout Generator) -> String {
        japanese[rng.next(japanese.count)]
    }
}

// MARK: - Helpers

/// SplitMix64: a tiny deterministic generator, so every run builds the same pages.
struct Generator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}

/// Encodes text with glibc's iconv (the converter behind libxml2's encoding handlers).
enum Iconv {
    static func encode(_ text: String, to encoding: String) -> [UInt8] {
        let cd = iconv_open(encoding, "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1), "iconv cannot encode \(encoding)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let written: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                precondition(r != -1 && inLeft == 0, "iconv failed to encode to \(encoding)")
                return outBuf.count - outLeft
            }
        }
        return output[..<written].map { UInt8(bitPattern: $0) }
    }
}
