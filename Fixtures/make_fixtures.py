#!/usr/bin/env python3
"""Generate the crawl test corpus: Fixtures/pages/* and Fixtures/cases.json.

This script is the single source of truth for every expected title. Pages are
written as raw bytes in their real encodings (str.encode with a Python codec),
so the committed files are exactly what the fixture server sends.

Expected values follow browser semantics:
  * title   = document.title: the first HTML <title> element in tree order
              (not one inside <svg>/<math>, a comment, <script> or <style>),
              character references decoded, ASCII whitespace (TAB LF FF CR SP)
              stripped at both ends and collapsed inside; null when absent.
  * charset = WHATWG canonical name, lowercased, chosen in this order: BOM,
              Content-Type charset, <meta> in the first 1024 bytes, then utf-8
              if the bytes are valid UTF-8, else windows-1252.

Run:  python3 Fixtures/make_fixtures.py      (Python 3 stdlib only; idempotent)
Before writing anything it re-derives each page title with a small independent
extractor under the expected charset and aborts if it disagrees.
"""

import html
import json
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES_DIR = os.path.join(HERE, "pages")

CRAWL_ARGS = ["--timeout", "3", "--connect-timeout", "2",
              "--max-bytes", "1048576", "--max-redirects", "5"]

PAGES = {}   # file name -> bytes
CASES = []   # in output order

# WHATWG encoding name -> Python codec whose decoding matches WHATWG for the
# characters used here (WHATWG gbk decodes as gb18030, euc-kr is cp949, ...).
PY_CODEC = {
    "utf-8": "utf-8", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be",
    "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs",
    "shift_jis": "cp932", "euc-jp": "euc_jp", "euc-kr": "cp949",
    "windows-1251": "cp1251", "windows-1252": "cp1252",
    "iso-8859-2": "iso8859_2", "iso-8859-7": "iso8859_7", "koi8-r": "koi8_r",
}
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16le": b"\xff\xfe", "utf-16be": b"\xfe\xff"}


def page(title_markup, meta="", head="", body="<p>Fixture body.</p>", lang="en"):
    """A small, ordinary HTML document (str); encode it with the page's codec."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{meta}{head}'
            f"<title>{title_markup}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def add_page(name, data):
    assert isinstance(data, bytes) and name not in PAGES, name
    PAGES[name] = data
    return "/pages/" + name


def case(path, title, note, status=200, error=None, charset=None, redirects=None,
         check=None):
    """Record one expectation: the browser's title. check=(page name, charset) verifies it."""
    c = {"path": path, "title": title, "status": status}
    if charset is not None:
        c["charset"] = charset
    c["error"] = error
    if redirects is not None:
        c["redirects"] = redirects
    c["note"] = note
    CASES.append(c)
    if check:
        verify_title(*check, title)


# ---------------------------------------------------------------- checking

ASCII_WS = "\t\n\f\r "


def normalise(s):
    return re.sub(r"[\t\n\f\r ]+", " ", s).strip(ASCII_WS)


def whatwg_decode(data, charset):
    """Decode like the WHATWG decoder (replacement on errors, BOM sniffed)."""
    for name, bom in BOMS.items():
        if data.startswith(bom):
            return data[len(bom):].decode(PY_CODEC[name], "replace")
    if charset == "windows-1252":
        # WHATWG windows-1252 maps the five bytes cp1252 leaves undefined to C1 controls.
        return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)
    return data.decode(PY_CODEC[charset], "replace")


def verify_title(name, charset, expected):
    """Independent, regex-based re-derivation of the title of PAGES[name]."""
    text = whatwg_decode(PAGES[name], charset)
    for pattern in (r"<!--.*?-->", r"<script\b.*?</script\s*>", r"<style\b.*?</style\s*>",
                    r"<svg\b.*?</svg\s*>", r"<math\b.*?</math\s*>"):
        text = re.sub(pattern, "", text, flags=re.S | re.I)
    m = re.search(r"<title\b[^>]*>(.*?)</title\s*>", text, flags=re.S | re.I)
    got = normalise(html.unescape(m.group(1))) if m else None
    if got != expected:
        sys.exit(f"make_fixtures: {name}: expected {expected!r} under {charset}, got {got!r}")


# ---------------------------------------------------------------- HTML semantics

U8 = '<meta charset="utf-8">\n'


def utf8_case(name, doc, title, note, **kw):
    path = add_page(name, doc.encode("utf-8"))
    case(path, title, note, charset="utf-8", check=(name, "utf-8"), **kw)


utf8_case("basic.html", page("Basic page", meta=U8), "Basic page",
          "plain UTF-8 page", redirects=0)
utf8_case("entities.html",
          page("Fish &amp; Chips &mdash; &#8220;Best&#x201D; &lt;3", meta=U8),
          "Fish & Chips \u2014 \u201cBest\u201d <3", "named, numeric and hex entities",
          redirects=0)
utf8_case("entities-edge.html",
          page("&copy 2024 &notit; &bogus; &#x80;&#0;&AMP;", meta=U8),
          "\u00a9 2024 \u00acit; &bogus; \u20ac\ufffd&",
          "legacy no-semicolon refs (&copy, &not+it), unknown entity kept, "
          "&#x80; -> euro (C1 remap), &#0; -> U+FFFD, &AMP;")
utf8_case("nbsp.html", page("&nbsp;Hello&nbsp;World\u00a0 ", meta=U8),
          "\u00a0Hello\u00a0World\u00a0",
          "&nbsp; and raw U+00A0 are not ASCII whitespace: kept at the ends")
utf8_case("whitespace.html",
          page("\n\t  Lots \t of\n\n   white\fspace \r\n  ", meta=U8),
          "Lots of white space", "tabs/newlines/FF/CR stripped at ends, runs collapsed")
utf8_case("no-title.html", page("", meta=U8).replace("<title></title>\n", ""), None,
          "no <title> at all -> null")
utf8_case("empty-title.html", page("", meta=U8), "", "<title></title> -> empty string")
utf8_case("whitespace-title.html", page(" \n\t \r\n ", meta=U8), "",
          "whitespace-only title -> empty string")
utf8_case("duplicate-titles.html",
          page("First title", meta=U8).replace(
              "</title>\n", "</title>\n<title>Second title</title>\n", 1),
          "First title", "two titles: the first wins")
utf8_case("uppercase.html",
          '<!DOCTYPE html>\n<HTML>\n<HEAD>\n<META CHARSET="UTF-8">\n'
          '<TITLE lang="en" class="main" data-x=\'1\'>Upper Case Title</TITLE >\n'
          "</HEAD>\n<BODY><P>Shouting.</P></BODY>\n</HTML>\n",
          "Upper Case Title", "<TITLE> upper case, with attributes, '</TITLE >'")
utf8_case("title-in-body.html",
          "<!DOCTYPE html>\n<html>\n<head>\n" + U8 + "</head>\n<body>\n<p>Intro</p>\n"
          "<title>Body title</title>\n<p>More</p>\n</body>\n</html>\n",
          "Body title", "the only <title> is in <body>: still document.title")
utf8_case("svg-title-only.html",
          "<!DOCTYPE html>\n<html>\n<head>\n" + U8 + "</head>\n<body>\n"
          '<svg width="10" height="10"><title>SVG tooltip</title><rect width="10" height="10"/></svg>\n'
          "</body>\n</html>\n",
          None, "a <title> inside <svg> is an SVG element, not the page title")
utf8_case("svg-then-title.html",
          "<!DOCTYPE html>\n<html>\n<head>\n" + U8 + "</head>\n<body>\n"
          "<svg><title>SVG tooltip</title><circle r=\"4\"/></svg>\n"
          "<title>Real title after SVG</title>\n</body>\n</html>\n",
          "Real title after SVG", "svg title first in tree order, then the real HTML title")
utf8_case("math-then-title.html",
          "<!DOCTYPE html>\n<html>\n<head>\n" + U8 + "</head>\n<body>\n"
          "<math><title>MathML title</title><mi>x</mi></math>\n"
          "<title>Real title after MathML</title>\n</body>\n</html>\n",
          "Real title after MathML", "a <title> inside <math> is not the page title")
utf8_case("comment-title.html",
          page("Real title", meta=U8, head="<!-- <title>Commented out</title> -->\n"),
          "Real title", "title in a comment first, then the real one")
utf8_case("script-title.html",
          page("Real title after script", meta=U8,
               head='<script>document.write("<title>Scripted</title>");</script>\n'),
          "Real title after script", "<script> text containing <title> is not markup")
utf8_case("style-title.html",
          page("Real title after style", meta=U8,
               head="<style>/* <title>Styled</title> */ body { color: red }</style>\n"),
          "Real title after style", "<style> text containing <title> is not markup")
utf8_case("title-with-markup.html",
          page("A <b>bold</b> move &amp; <i>more</i>", meta=U8),
          "A <b>bold</b> move & <i>more</i>",
          "title is RCDATA: tags inside are literal text")

LONG_WORDS = [f"word{i:04d}" for i in range(1100)]
LONG_MARKUP = "Long title: " + "".join(
    w + ("\n    " if i % 10 == 9 else " ") for i, w in enumerate(LONG_WORDS))
utf8_case("long-title.html", page(LONG_MARKUP, meta=U8),
          normalise("Long title: " + " ".join(LONG_WORDS)),
          "~10 KB title with line breaks every 10 words (collapsed)")
utf8_case("emoji.html", page("Party \U0001F389\U0001F680 \U0001D4B3 \U0001D11E ok", meta=U8),
          "Party \U0001F389\U0001F680 \U0001D4B3 \U0001D11E ok",
          "astral characters (emoji, math script, musical symbol)")
utf8_case("unicode-mixed.html",
          page("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u2022 \u0420\u0443\u0441"
               "\u0441\u043a\u0438\u0439 \u2022 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
               "\u2022 cafe\u0301", meta=U8),
          "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac \u2022 \u0420\u0443\u0441"
          "\u0441\u043a\u0438\u0439 \u2022 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
          "\u2022 cafe\u0301",
          "Greek, Cyrillic, Arabic (RTL) and a combining accent: no normalisation")

# ~300 KB of head content before the title (inline CSS, metas, links, comments).
css = "".join(f".c{i:05d}{{color:#{(i * 2654435761) & 0xFFFFFF:06x};margin:{i % 17}px}}\n"
              for i in range(4000))
metas = "".join(f'<meta name="m{i}" content="filler value {i} for the long head">\n'
                f'<link rel="prefetch" href="/asset/{i}.js">\n<!-- comment {i} -->\n'
                for i in range(1300))
DEEP = page("Title after 300 KB of head", meta=U8,
            head=f"<style>\n{css}</style>\n{metas}")
assert 300_000 < len(DEEP) < 340_000, len(DEEP)
utf8_case("deep-head.html", DEEP, "Title after 300 KB of head",
          "title ~300 KB into the document (under the 1 MiB cap)")

BAD = (b"Bad \xff byte, cut \xe2\x82 seq, overlong \xc0\x80, surrogate \xed\xa0\x80, "
       b"short \xf0\x9f\x98 end")
name = "invalid-utf8.html"
add_page(name, page("@T@", meta=U8).encode().replace(b"@T@", BAD))
case("/pages/" + name, normalise(BAD.decode("utf-8", "replace")),
     "invalid UTF-8 in a UTF-8 title: one U+FFFD per maximal bad subsequence (WHATWG)",
     charset="utf-8", check=(name, "utf-8"))
utf8_case("control-char.html", page("Bell\x01Char\x7f here", meta=U8),
          "Bell\x01Char\x7f here", "control characters U+0001/U+007F are kept as is")

# ---------------------------------------------------------------- charsets


def cs_page(name, codec, title, meta, charset, note, doc=None, bom=b"", **kw):
    doc = doc if doc is not None else page(title, meta=meta)
    path = add_page(name, bom + doc.encode(codec))
    case(kw.pop("path", path), title, note, charset=charset, check=(name, charset), **kw)


cs_page("gbk.html", "gbk", "北京欢迎你 - 中文测试页", '<meta charset="gbk">\n', "gbk",
        "GBK via meta charset")
cs_page("gb18030.html", "gb18030", "𠮷野家 GB18030 四字节字符",
        '<meta charset="gb18030">\n', "gb18030",
        "GB18030 with a 4-byte sequence (U+20BB7)")
cs_page("gb2312.html", "gb2312", "简体中文页面标题",
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n', "gbk",
        "label gb2312 maps to gbk")
cs_page("big5.html", "big5", "繁體中文網頁標題", '<meta charset="big5">\n', "big5",
        "Big5 via meta")
cs_page("shift_jis.html", "cp932", "日本語のページタイトル", '<meta charset="shift_jis">\n',
        "shift_jis", "Shift_JIS via meta")
cs_page("shift_jis-nometa.html", "cp932", "こんにちは世界", "", "shift_jis",
        "Shift_JIS declared only in the HTTP header",
        path="/pages/shift_jis-nometa.html?ct=text/html;%20charset=shift_jis")
case("/pages/shift_jis-nometa.html?ct=text/html;%20Charset=%22Shift_JIS%22", "こんにちは世界",
     "quoted, mixed-case charset parameter in the header", charset="shift_jis",
     check=("shift_jis-nometa.html", "shift_jis"))
cs_page("euc-jp.html", "euc_jp", "東京の天気予報", "<meta charset='euc-jp'>\n", "euc-jp",
        "EUC-JP via meta (single-quoted)")
cs_page("euc-kr.html", "cp949", "한국어 웹 페이지 제목", "<META CHARSET=EUC-KR>\n", "euc-kr",
        "EUC-KR via unquoted upper-case meta")
cs_page("windows-1251.html", "cp1251", "Привет, мир! Заголовок страницы",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n',
        "windows-1251", "windows-1251 via http-equiv")
case("/pages/windows-1251.html?ct=text/html;%20charset=x-bogus-label",
     "Привет, мир! Заголовок страницы", "unknown header label is ignored: meta applies",
     charset="windows-1251", check=("windows-1251.html", "windows-1251"))
cs_page("windows-1252-as-latin1.html", "cp1252", "“Smart” quotes — café",
        '<meta charset="iso-8859-1">\n', "windows-1252",
        "iso-8859-1 label means windows-1252: 0x93/0x94/0x97 are curly quotes and em dash")
cs_page("iso-8859-2.html", "iso8859_2", "Zażółć gęślą jaźń", '<meta charset="iso-8859-2">\n',
        "iso-8859-2", "ISO-8859-2 (Polish)")
cs_page("iso-8859-7.html", "iso8859_7", "Καλημέρα κόσμε", '<meta charset="iso-8859-7">\n',
        "iso-8859-7", "ISO-8859-7 (Greek)")
cs_page("koi8-r.html", "koi8_r", "Добро пожаловать", '<meta charset="koi8-r">\n', "koi8-r",
        "KOI8-R")
U16META = '<meta charset="utf-16">\n'
cs_page("utf16le-bom.html", "utf-16-le", "UTF-16LE: Grüße ✓ 𝄞", U16META, "utf-16le",
        "UTF-16LE with BOM", bom=BOMS["utf-16le"])
cs_page("utf16be-bom.html", "utf-16-be", "UTF-16BE: Grüße ✓ 𝄞", U16META, "utf-16be",
        "UTF-16BE with BOM", bom=BOMS["utf-16be"])
cs_page("utf8-bom.html", "utf-8", "UTF-8 BOM: Größe ☃", '<meta charset="windows-1252">\n',
        "utf-8", "UTF-8 BOM beats a windows-1252 meta", bom=BOMS["utf-8"])
case("/pages/utf8-bom.html?ct=text/html;%20charset=iso-8859-1", "UTF-8 BOM: Größe ☃",
     "BOM beats the HTTP header charset", charset="utf-8", check=("utf8-bom.html", "utf-8"))
cs_page("utf8-nodecl.html", "utf-8", "Ünïcödé without declaration ✓", "", "utf-8",
        "no declaration, valid UTF-8 -> utf-8")
cs_page("latin1-nodecl.html", "latin-1", "Café crème brûlée", "", "windows-1252",
        "no declaration, Latin-1 bytes (invalid UTF-8) -> windows-1252")
cs_page("header-vs-meta.html", "utf-8", "Header wins: naïve café ✓",
        '<meta charset="windows-1252">\n', "utf-8", "header charset beats meta",
        path="/pages/header-vs-meta.html?ct=text/html;%20charset=utf-8")
case("/pages/header-vs-meta.html", "Header wins: naÃ¯ve cafÃ© âœ“",
     "same bytes, no header charset: the windows-1252 meta applies (mojibake is right)",
     charset="windows-1252", check=("header-vs-meta.html", "windows-1252"))
cs_page("meta-utf16.html", "utf-8", "Meta says UTF-16: Ärger ✓", U16META, "utf-8",
        "a meta claiming utf-16 without a BOM means utf-8")
cs_page("us-ascii-label.html", "cp1252", "Résumé", '<meta charset="us-ascii">\n',
        "windows-1252", "us-ascii label means windows-1252")
cs_page("late-meta.html", "koi8_r", "Поздний meta", "", "koi8-r",
        "meta koi8-r only after the first 1024 bytes, still in <head>: the parser changes the encoding",
        doc=page("Поздний meta",
                 head="<!-- " + "padding " * 140 + "-->\n<meta charset=\"koi8-r\">\n"))
assert PAGES["late-meta.html"].index(b"koi8-r") > 1100
cs_page("late-meta-in-body.html", "ascii", "Body meta is ignored", "", "utf-8",
        "meta koi8-r after the first 1024 bytes and after body content: not used (as in Chromium); ASCII -> utf-8",
        doc=page("Body meta is ignored",
                 head="<!-- " + "padding " * 140 + "-->\n",
                 body="<div>x</div><meta charset=\"koi8-r\">"))

# ---------------------------------------------------------------- content types

utf8_case("xhtml.xhtml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
          '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
          "<title>XHTML &#8212; served as application/xhtml+xml</title>\n</head>\n"
          "<body><p>XML syntax.</p></body>\n</html>\n",
          "XHTML \u2014 served as application/xhtml+xml",
          ".xhtml page served as application/xhtml+xml")
add_page("not-html.txt", b"Plain text.\n<title>Not a title</title>\n")
case("/pages/not-html.txt", None, "text/plain body containing <title>: not HTML, no title")
case("/pages/basic.html?ct=text/plain", None, "HTML bytes served as text/plain: no title")


def png_1x1():
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00", 9)) + chunk(b"IEND", b""))


add_page("pixel.png", png_1x1())
case("/pages/pixel.png", None, "image/png: not HTML, no title")
case("/no-content-type/basic.html", "Basic page",
     "no Content-Type header: sniffed as HTML", charset="utf-8")
case("/empty", None, "200 text/html with Content-Length 0")
case("/binary", None, "256 KiB application/octet-stream")
case("/pages/does-not-exist.html", "Not Found", "unknown path: 404 page with a title",
     status=404)

# ---------------------------------------------------------------- statuses, redirects

case("/status/404", "Status 404", "4xx page with a title is not an error", status=404)
case("/status/500", "Status 500", "5xx page with a title", status=500)
case("/status/204", None, "204 No Content: no body", status=204)
case("/redirect/3", "Redirect target", "three relative 302 hops", redirects=3)
case("/redirect/5", "Redirect target", "exactly --max-redirects hops is allowed",
     redirects=5)
case("/redirect/6", None, "one hop over --max-redirects (status = last response)",
     status=302, error="too_many_redirects")
case("/redirect/7", None, "redirect chain longer than --max-redirects",
     status=302, error="too_many_redirects")
case("/redirect-abs/2", "Redirect target", "absolute http:// Location headers",
     redirects=2)
case("/redirect-to?url=/pages/basic.html&code=301", "Basic page", "301 redirect",
     redirects=1, charset="utf-8")
case("/redirect-to?url=/pages/entities.html&code=308", "Fish & Chips — “Best” <3",
     "308 redirect", redirects=1, charset="utf-8")
for target in ("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/1"):
    case("/redirect-to?url=" + target, None,
         "redirect to a non-HTTP scheme must be refused", status=302,
         error="unsupported_scheme")

# ---------------------------------------------------------------- transport behaviour

case("/delay/200", "Delayed 200", "response after 200 ms (within --timeout)")
case("/drip/entities.html?chunk=3", "Fish & Chips — “Best” <3",
     "3-byte network reads split tags and entities", charset="utf-8")
case("/drip/shift_jis.html?chunk=1&interval_ms=1", "日本語のページタイトル",
     "1-byte reads split Shift_JIS double-byte characters", charset="shift_jis")
case("/drip/utf16le-bom.html?chunk=1&interval_ms=1", "UTF-16LE: Grüße ✓ 𝄞",
     "1-byte reads split the BOM and UTF-16 surrogate pairs", charset="utf-16le")
case("/drip/emoji.html?chunk=1&interval_ms=1",
     "Party \U0001F389\U0001F680 \U0001D4B3 \U0001D11E ok",
     "1-byte reads split 4-byte UTF-8 sequences", charset="utf-8")
case("/close-mid-body?title=1", "Cut short",
     "connection closed mid-body after a complete title: title wins, no error")
case("/close-mid-body?title=0", None,
     "connection closed mid-body inside an unfinished title", error="truncated")
case("/never", None, "server never answers", status=None, error="timeout")
case("/hang-body", None, "headers then a stalled body", error="timeout")
case("/gzip/entities.html", "Fish & Chips — “Best” <3", "Content-Encoding: gzip",
     charset="utf-8")
case("/gzip/gbk.html", "北京欢迎你 - 中文测试页", "gzip plus a GBK meta", charset="gbk")
case("/deflate/basic.html", "Basic page", "Content-Encoding: deflate (zlib)",
     charset="utf-8")
case("/chunked/long-title.html", normalise("Long title: " + " ".join(LONG_WORDS)),
     "chunked transfer in 1 KiB chunks; the 10 KB title spans many chunks",
     charset="utf-8")
case("/bad-gzip", None, "Content-Encoding: gzip but plain bytes", error="protocol")
case("/bomb", None, "gzip bomb: tiny on the wire, endless when decoded",
     error="too_large")
case("/endless", None, "endless chunked HTML without a title", error="too_large")


def main():
    os.makedirs(PAGES_DIR, exist_ok=True)
    for old in os.listdir(PAGES_DIR):
        if old not in PAGES:
            os.remove(os.path.join(PAGES_DIR, old))
    for name, data in PAGES.items():
        with open(os.path.join(PAGES_DIR, name), "wb") as f:
            f.write(data)
    paths = [c["path"] for c in CASES]
    assert len(paths) == len(set(paths)), "duplicate case paths"
    # One case per line: easy to read, easy to diff, still plain JSON.
    dump = lambda v: json.dumps(v, ensure_ascii=False)
    lines = ",\n  ".join(dump(c) for c in CASES)
    with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8") as f:
        f.write(f'{{"crawl_args": {dump(CRAWL_ARGS)},\n "cases": [\n  {lines}\n ]}}\n')
    with open(os.path.join(HERE, "cases.json"), encoding="utf-8") as f:
        assert json.load(f) == {"crawl_args": CRAWL_ARGS, "cases": CASES}
    total = sum(len(d) for d in PAGES.values())
    print(f"make_fixtures: {len(PAGES)} pages ({total} bytes), {len(CASES)} cases")


if __name__ == "__main__":
    main()
