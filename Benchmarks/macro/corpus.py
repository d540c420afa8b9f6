#!/usr/bin/env python3
"""Deterministic HTML corpus for crawl's macro benchmark (python3 standard library only).

    python3 Benchmarks/macro/corpus.py [--seed S] [--count N] [--out DIR] [--force]

Writes, under OUT (default <repo>/.build/bench-corpus, which git ignores):

    pages/NN/NNNNNN.html   COUNT pages; NN = index // 1000, NNNNNN = index
    expected.jsonl         one line per page, in index order:
                           {"path": "/pages/NN/NNNNNN.html", "title": str|null, "kinds": [...], "bytes": N}
    manifest.json          version, seed, count, sizes, kind counts, sha256 of pages and expected.jsonl

Same seed and count => byte-identical output (every page has its own random.Random seeded from
(seed, index); the shared text pools come from random.Random(seed)). The manifest is written last,
so an interrupted generation is redone; an existing corpus is reused when its manifest has the same
version, seed and count.

Expected title (the definition the benchmark scores against): the text of the first <title> element
outside <svg>, with entities decoded by html.unescape and runs of ASCII whitespace (space, TAB, LF,
CR, FF) collapsed to one space and stripped at both ends; U+00A0 (&nbsp;) is not ASCII whitespace
and stays. A page without a <title> expects null. Titles never contain markup or malformed
references (libxml2 2.9 differs from browsers there; that is covered by Fixtures/cases.json).

Page kinds (a page can have several; "plain" when none applies):
    midhead    1-10 KB of meta / link / small scripts before the title
    bighead    20-150 KB of inline <script> and <style> blocks before the title
    nohead     no <head> tags (title straight after <html>, or no <html> either)
    entity     &amp; &#38; &#8212; &#x2014; &eacute; &lt; &quot; &gt; &nbsp; in the title
    ws         newlines, tabs, CRLF and runs of spaces in the title (leading/trailing too)
    upper      <TITLE>...</TITLE> (or <Title>)
    attr       <title lang=en> and other attributes on the title tag
    long       a 150-800 character title
    cjk-zh / cjk-ja / cjk-ko   UTF-8 page in Chinese / Japanese / Korean
    legacy-gbk / legacy-shift_jis / legacy-windows-1252 / legacy-iso-8859-1
               page encoded in that charset (only characters the codec round-trips, and that
               decode the same under the WHATWG mapping: gbk=gb18030, shift_jis=cp932,
               iso-8859-1=windows-1252), declared by <meta charset> or, with kind
               "meta-http-equiv", by <meta http-equiv="Content-Type" content="text/html; charset=...">
    nometa     ASCII only, no charset declaration at all
    notitle    no <title> element: expected title null
    trap-script   "<title>...</title>" inside a <script> string before the real title
    trap-comment  <!-- <title>...</title> --> before the real title
    svg-title  an <svg><title>...</title></svg> in the body (not the page title)
    multi-title   two <title> elements; the first one wins
"""
import argparse
import hashlib
import html
import json
import math
import os
import random
import re
import shutil
import sys
import time

VERSION = 1
DEFAULT_SEED = 424242
DEFAULT_COUNT = 20000
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_OUT = os.path.join(REPO_ROOT, ".build", "bench-corpus")

# Size mix: log-normal, clipped to 1.5-200 KB. The parameters of the draw are set so that the pages
# as written (whole blocks, bighead pages at least 24 KB) come out at median ~33 KB, mean ~47 KB
# (the default corpus: see manifest.json "sizes").
SIZE_MEDIAN = 30_500
SIZE_SIGMA = 0.96
SIZE_MIN = 1_500
SIZE_MAX = 200_000

# Kind probabilities (independent draws, with the exclusions noted in make_page).
P_NOTITLE = 0.027
P_MIDHEAD = 0.163         # drawn only when not bighead: 0.92 * 0.163 = 15 %
P_BIGHEAD = 0.08
P_NOHEAD = 0.05
P_ENTITY = 0.12
P_WS = 0.08
P_UPPER = 0.05
P_ATTR = 0.05
P_LONG = 0.03
P_CJK = 0.08
P_LEGACY = 0.005
P_NOMETA = 0.05
P_TRAP_SCRIPT = 0.03
P_TRAP_COMMENT = 0.03
P_SVG_TITLE = 0.035
P_MULTI = 0.02
P_HTTP_EQUIV = 0.10

ASCII_WS_RUN = re.compile(r"[ \t\n\r\f]+")


def expected_title(raw):
    """The benchmark's definition of a title from the raw (already character-decoded) source text."""
    if raw is None:
        return None
    return ASCII_WS_RUN.sub(" ", html.unescape(raw)).strip(" ")


# --------------------------------------------------------------------------------------------
# Vocabulary (own lists; titles use only letters, digits, spaces and - | : , . ! ? ' ( ) /)

WORDS = """
alpine amber anchor annual apricot archive arctic atlas autumn avenue badge bakery balance
ballad bamboo banner barley basin beacon bicycle birch blanket blossom boulder bracket breeze
brick bronze bucket budget cabin cactus canal candle canyon carbon cargo castle cedar cellar
chapter charter cider circuit citrus civic clover cobalt comet compass copper coral cotton
council crater crystal current cypress dawn delta desert digest dynamo echo eclipse ember
engine estate falcon fennel ferry festival fiber field figure fjord flint forest fossil
fountain garden garnet gazette glacier granite harbor harvest hazel helix heron highland
horizon island ivory jasmine journal juniper kernel kettle lagoon lantern ledger lemon
library lighthouse linen lotus lumber magnet maple marble market meadow meridian mineral
mirror monsoon mosaic motor nectar network nickel oasis orbit orchard outpost paddle palace
paper pasture pebble pepper pilot pioneer planet plaza pocket prairie prism quarry quartz
radar radio rapids raven recipe reef relay ribbon ridge river rocket saddle saffron salmon
satellite schooner season signal silver sketch summit sunrise tablet tavern terrace thistle
timber torch tower trail transit tulip tundra turbine valley velvet vessel village vintage
violet voyage walnut willow window winter yarrow zenith
""".split()

TOPICS = """
news weather sports travel recipes reviews guide report update tutorial forum blog podcast
schedule results tickets events careers pricing support download docs release notes
""".split()

SITES = ["Northwind Post", "Copper Valley Times", "Lantern Labs", "Meadowbrook Council",
         "Orbit Outfitters", "Quarry Road Review", "Harbor Light Weekly", "Signal Street",
         "Juniper Journal", "Pioneer Data Hub", "Velvet Kettle Kitchen", "Summit Sports Wire",
         "Tidewater Museum", "Granite Dev Notes", "Cobalt Cloud Docs", "Prairie Radio"]

SEPARATORS = [" - ", " | ", ": ", " / ", " -- "]

# (source, decoded) pairs for entity titles
ENTITIES = [("&amp;", "&"), ("&#38;", "&"), ("&#8212;", "\u2014"), ("&#x2014;", "\u2014"),
            ("&eacute;", "\u00e9"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'),
            ("&nbsp;", "\u00a0")]

ZH_WORDS = ["新闻", "天气", "体育", "旅游", "美食", "科技", "财经", "教育", "健康", "文化", "生活",
            "城市", "汽车", "房产", "音乐", "电影", "图书", "公司", "市场", "政策", "报告", "指南",
            "北京", "上海", "广州", "今天", "明天", "最新", "发布", "服务", "中心", "平台", "社区",
            "工作", "学习", "研究", "数据", "网络", "手机", "中国", "国际", "地方", "经济", "历史"]
JA_WORDS = ["ニュース", "天気", "東京", "大阪", "旅行", "料理", "経済", "技術", "科学", "教育",
            "健康", "生活", "音楽", "映画", "写真", "情報", "会社", "新着", "記事", "案内", "予報",
            "こんにちは", "ありがとう", "はじめに", "お知らせ", "まとめ", "について", "ブログ",
            "サービス", "ランキング", "レシピ", "スポーツ", "地域", "日本", "世界", "今日"]
KO_WORDS = ["뉴스", "날씨", "서울", "부산", "여행", "요리", "경제", "기술", "과학", "교육", "건강",
            "생활", "음악", "영화", "사진", "정보", "회사", "최신", "기사", "안내", "한국", "세계",
            "오늘", "내일", "커뮤니티", "서비스", "스포츠", "지역", "문화", "시장"]
W1252_WORDS = ["café", "crème", "brûlée", "über", "Straße", "mañana", "façade", "rôle", "déjà",
               "Zürich", "Málaga", "Ørsted", "Ålesund", "Göteborg", "Besançon", "naïve", "Señora",
               "\u20ac12", "\u201cquoted\u201d", "it\u2019s", "\u2014", "\u2026", "Trade\u2122", "\u2022"]
LATIN1_WORDS = ["café", "crème", "brûlée", "über", "Straße", "mañana", "façade", "rôle", "déjà",
                "Zürich", "Málaga", "Ørsted", "Ålesund", "Göteborg", "naïve", "Señora", "«Titre»",
                "©", "½", "§3", "£5", "¿Qué?", "¡Olé!"]

LEGACY = [  # (codec, declared label variants, language, whatwg decoder used to double-check)
    ("gbk", ["gbk", "GBK"], "zh", "gb18030"),
    ("shift_jis", ["shift_jis", "Shift_JIS"], "ja", "cp932"),
    ("windows-1252", ["windows-1252", "Windows-1252"], "w1252", "cp1252"),
    ("iso-8859-1", ["iso-8859-1", "ISO-8859-1"], "latin1", "cp1252"),
]


def check_codec_text(text, codec, whatwg):
    """True when text survives codec and decodes identically under the WHATWG decoder."""
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return False
    if data.decode(codec) != text:
        return False
    try:
        return data.decode(whatwg) == text
    except UnicodeDecodeError:
        return False


# --------------------------------------------------------------------------------------------
# Text pools, built once per seed from random.Random(seed)

class Pools:
    def __init__(self, seed):
        r = random.Random(seed)
        self._lengths = {}
        self.en = [self._en_block(r, i) for i in range(700)]
        self.zh = [self._cjk_block(r, ZH_WORDS, "，", "。") for _ in range(250)]
        self.ja = [self._cjk_block(r, JA_WORDS, "、", "。") for _ in range(250)]
        self.ko = [self._cjk_block(r, KO_WORDS, " ", ". ") for _ in range(250)]
        self.w1252 = [self._latin_block(r, W1252_WORDS) for _ in range(150)]
        self.latin1 = [self._latin_block(r, LATIN1_WORDS) for _ in range(150)]
        self.scripts = [self._script_block(r, i) for i in range(400)]
        self.styles = [self._style_block(r, i) for i in range(300)]
        for name, pool, codec, whatwg in (("zh/gbk", self.zh, "gbk", "gb18030"),
                                          ("ja/shift_jis", self.ja, "shift_jis", "cp932"),
                                          ("w1252", self.w1252, "windows-1252", "cp1252"),
                                          ("latin1", self.latin1, "iso-8859-1", "cp1252")):
            for block in pool:
                if not check_codec_text(block, codec, whatwg):
                    raise SystemExit(f"corpus.py bug: {name} pool text does not round-trip")

    def encoded_lengths(self, lang, codec):
        key = (lang, codec)
        if key not in self._lengths:
            pool = {"en": self.en, "zh": self.zh, "ja": self.ja, "ko": self.ko,
                    "w1252": self.w1252, "latin1": self.latin1}[lang]
            self._lengths[key] = [len(b.encode(codec)) for b in pool]
        return self._lengths[key]

    @staticmethod
    def _sentence(r, lo, hi):
        words = [r.choice(WORDS) for _ in range(r.randint(lo, hi))]
        words[0] = words[0].capitalize()
        return " ".join(words) + r.choice([".", ".", ".", "!", "?"])

    def _paragraph(self, r):
        return " ".join(self._sentence(r, 6, 18) for _ in range(r.randint(2, 7)))

    def _en_block(self, r, i):
        kind = r.randrange(6)
        if kind == 0:
            return f"<p>{self._paragraph(r)}</p>\n"
        if kind == 1:
            return (f'<section class="s{i}">\n<h2>{self._sentence(r, 2, 6)[:-1]}</h2>\n'
                    f"<p>{self._paragraph(r)}</p>\n<p>{self._paragraph(r)}</p>\n</section>\n")
        if kind == 2:
            items = "".join(f'<li><a href="/{r.choice(WORDS)}/{r.randrange(10**6)}">'
                            f"{self._sentence(r, 2, 5)[:-1]}</a></li>\n" for _ in range(r.randint(3, 12)))
            return f'<ul class="links">\n{items}</ul>\n'
        if kind == 3:
            rows = "".join(f"<tr><td>{r.choice(WORDS)}</td><td>{r.randrange(10000)}</td>"
                           f"<td>{r.random():.3f}</td></tr>\n" for _ in range(r.randint(3, 15)))
            return f'<table class="data">\n<tr><th>name</th><th>n</th><th>x</th></tr>\n{rows}</table>\n'
        if kind == 4:
            return (f'<figure><img src="/img/{r.randrange(10**6)}.jpg" alt="{r.choice(WORDS)}" '
                    f'width="{r.randint(100, 900)}" height="{r.randint(100, 600)}">'
                    f"<figcaption>{self._sentence(r, 4, 10)}</figcaption></figure>\n")
        return (f'<div class="card" data-id="{r.randrange(10**6)}"><h3>{self._sentence(r, 2, 5)[:-1]}</h3>'
                f"<blockquote>{self._paragraph(r)}</blockquote></div>\n")

    @staticmethod
    def _cjk_block(r, words, comma, stop):
        sentences = []
        for _ in range(r.randint(3, 10)):
            parts = ["".join(r.choice(words) for _ in range(r.randint(2, 5)))
                     for _ in range(r.randint(1, 3))]
            sentences.append(comma.join(parts) + stop)
        return "<p>" + "".join(sentences) + "</p>\n"

    @staticmethod
    def _latin_block(r, words):
        sent = []
        for _ in range(r.randint(3, 8)):
            ws = [r.choice(words if r.random() < 0.4 else WORDS) for _ in range(r.randint(5, 14))]
            sent.append(" ".join(ws) + ".")
        return "<p>" + " ".join(sent) + "</p>\n"

    @staticmethod
    def _script_block(r, i):
        # JavaScript-looking code; never contains "</" or "<!--"
        lines = [f"(function(w, d) {{ // module {i}"]
        for k in range(r.randint(10, 90)):
            ident = f"{r.choice(WORDS)}_{r.randrange(1000)}"
            choice = r.randrange(4)
            if choice == 0:
                lines.append(f'  var {ident} = "{r.choice(WORDS)}-{r.randrange(10**6)}";')
            elif choice == 1:
                lines.append(f"  function {ident}(a, b) {{ return a * {r.randint(2, 99)} + (b || 0) > "
                             f"{r.randrange(1000)} ? a : b; }}")
            elif choice == 2:
                lines.append(f'  w.{ident} = {{ id: {r.randrange(10**5)}, tag: "<div class=\\"x{k}\\">", '
                             f"on: {str(r.random() < 0.5).lower()} }};")
            else:
                lines.append(f'  d.addEventListener("{r.choice(["load", "click", "scroll"])}", '
                             f"function() {{ if (w.{ident}) {{ w.{ident}.n = (w.{ident}.n || 0) + 1; }} }});")
        lines.append("})(window, document);")
        return "<script>\n" + "\n".join(lines) + "\n</script>\n"

    @staticmethod
    def _style_block(r, i):
        rules = []
        for k in range(r.randint(10, 80)):
            rules.append(f".{r.choice(WORDS)}-{i}-{k} {{ margin: {r.randint(0, 40)}px {r.randint(0, 40)}px; "
                         f"color: #{r.randrange(16**6):06x}; font-size: {r.randint(10, 32)}px; "
                         f"display: {r.choice(['block', 'flex', 'grid', 'inline-block'])}; }}")
        return "<style>\n" + "\n".join(rules) + "\n</style>\n"


# --------------------------------------------------------------------------------------------
# One page

def title_words(r, n):
    return [r.choice(WORDS).capitalize() if k == 0 or r.random() < 0.5 else r.choice(WORDS)
            for k in range(n)]


def make_title_text(r, lang, kinds):
    """Returns the raw title source (may hold entities and whitespace) as a Unicode string."""
    if lang == "zh":
        parts = ["".join(r.choice(ZH_WORDS) for _ in range(r.randint(2, 5))) for _ in range(r.randint(1, 3))]
    elif lang == "ja":
        parts = ["".join(r.choice(JA_WORDS) for _ in range(r.randint(2, 4))) for _ in range(r.randint(1, 3))]
    elif lang == "ko":
        parts = [" ".join(r.choice(KO_WORDS) for _ in range(r.randint(1, 3))) for _ in range(r.randint(1, 3))]
    elif lang in ("w1252", "latin1"):
        vocab = W1252_WORDS if lang == "w1252" else LATIN1_WORDS
        parts = [" ".join(r.choice(vocab) if r.random() < 0.5 else r.choice(WORDS) for _ in range(r.randint(2, 5)))
                 for _ in range(r.randint(1, 2))]
    else:
        n = r.randint(25, 120) if "long" in kinds else r.randint(2, 7)
        parts = [" ".join(title_words(r, n))]
        if r.random() < 0.6:
            parts.append(r.choice(TOPICS).capitalize())
    if "long" in kinds and lang != "en":
        # long titles in other scripts: many parts
        while sum(len(p) for p in parts) < 150:
            parts.append(parts[r.randrange(len(parts))])
    if r.random() < 0.7:
        parts.append(r.choice(SITES))
    words = []
    for k, p in enumerate(parts):
        if k:
            words.append(r.choice(SEPARATORS))
        words.append(p)
    text = "".join(words)

    if "entity" in kinds:
        tokens = text.split(" ")
        for _ in range(r.randint(1, 4)):
            src, _dec = r.choice(ENTITIES)
            pos = r.randint(0, len(tokens))
            if src == "&nbsp;" and r.random() < 0.3:
                pos = r.choice([0, len(tokens)])           # U+00A0 at an edge: must not be stripped
                tokens.insert(pos, src)
            else:
                tokens.insert(pos, src if r.random() < 0.5 else f"x{src}y")
        text = " ".join(tokens)
    if "ws" in kinds:
        pieces = text.split(" ")
        seps = [" \n", "\n", "\t", "  ", "   \t ", "\r\n", " \r\n    ", "\n\n\t"]
        out = [r.choice(["", "\n", "\n    ", "  \t"])]
        for k, p in enumerate(pieces):
            if k:
                out.append(r.choice(seps) if r.random() < 0.5 else " ")
            out.append(p)
        out.append(r.choice(["", "\n", "\n  ", " \t "]))
        text = "".join(out)
    return text


def title_tag(r, raw, kinds):
    if "upper" in kinds:
        open_tag, close_tag = r.choice([("<TITLE>", "</TITLE>"), ("<Title>", "</Title>"), ("<TITLE>", "</title>")])
    else:
        open_tag, close_tag = "<title>", "</title>"
    if "attr" in kinds:
        attrs = r.choice(['lang=en', 'lang="en"', 'id="page-title" lang=en', "data-rh=\"true\"",
                          'class="t" dir=ltr'])
        open_tag = open_tag[:-1] + " " + attrs + ">"
    return f"{open_tag}{raw}{close_tag}"


def midhead_block(r, target):
    out, size = [], 0
    while size < target:
        c = r.randrange(7)
        w = r.choice(WORDS)
        if c == 0:
            s = f'<meta name="description" content="{" ".join(title_words(r, r.randint(8, 30)))}">\n'
        elif c == 1:
            s = (f'<meta property="og:{r.choice(["title", "site_name", "type", "url", "image"])}" '
                 f'content="{w} {r.randrange(10**6)}">\n')
        elif c == 2:
            s = f'<link rel="{r.choice(["preload", "stylesheet", "icon", "alternate", "dns-prefetch"])}" href="/{w}/{r.randrange(10**6)}.css">\n'
        elif c == 3:
            s = f'<script async src="https://cdn.example.net/{w}-{r.randrange(10**4)}.js"></script>\n'
        elif c == 4:
            s = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", '
                 f'"name": "{w}", "id": {r.randrange(10**6)}}}</script>\n')
        elif c == 5:
            s = (f"<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{page: '{w}', "
                 f"n: {r.randrange(10**5)}}});</script>\n")
        else:
            s = f'<meta name="{w}-{r.randrange(100)}" content="{r.randrange(10**9)}">\n'
        out.append(s)
        size += len(s)
    return "".join(out)


def bighead_block(r, pools, target):
    out, size = [], 0
    while size < target:
        s = r.choice(pools.scripts) if r.random() < 0.6 else r.choice(pools.styles)
        out.append(s)
        size += len(s)
    return "".join(out)


def svg_block(r):
    label = " ".join(title_words(r, r.randint(1, 3)))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="icon" viewBox="0 0 24 24" width="24" height="24">'
            f"<title>{label}</title><path d=\"M{r.randint(0, 12)} {r.randint(0, 12)}h{r.randint(1, 12)}v{r.randint(1, 12)}z\"/></svg>\n")


def draw_size(r):
    x = math.exp(r.gauss(math.log(SIZE_MEDIAN), SIZE_SIGMA))
    return int(min(SIZE_MAX, max(SIZE_MIN, x)))


def make_page(seed, index, pools):
    r = random.Random(f"crawl-bench:{seed}:{index}")
    kinds = []
    notitle = r.random() < P_NOTITLE
    # language / charset
    lang, legacy = "en", None
    if r.random() < P_LEGACY:
        legacy = r.choice(LEGACY)
        lang = legacy[2]
        kinds.append("legacy-" + legacy[0])
    elif r.random() < P_CJK:
        lang = r.choice(["zh", "ja", "ko"])
        kinds.append("cjk-" + lang)
    nometa = legacy is None and lang == "en" and r.random() < P_NOMETA
    http_equiv = not nometa and r.random() < P_HTTP_EQUIV
    if nometa:
        kinds.append("nometa")
    if http_equiv:
        kinds.append("meta-http-equiv")
    # head shape
    head_extra = ""
    if r.random() < P_BIGHEAD:
        kinds.append("bighead")
    elif r.random() < P_MIDHEAD:
        kinds.append("midhead")
    nohead = r.random() < P_NOHEAD
    if nohead:
        kinds.append("nohead")
    # title kinds
    if notitle:
        kinds.append("notitle")
    else:
        for name, p in (("entity", P_ENTITY), ("ws", P_WS), ("upper", P_UPPER), ("attr", P_ATTR),
                        ("long", P_LONG), ("multi-title", P_MULTI)):
            if r.random() < p:
                kinds.append(name)
    # traps are more frequent on pages without a title, where they are the only <title> tags
    if r.random() < (0.2 if notitle else P_TRAP_SCRIPT):
        kinds.append("trap-script")
    if r.random() < (0.2 if notitle else P_TRAP_COMMENT):
        kinds.append("trap-comment")
    if r.random() < (0.3 if notitle else P_SVG_TITLE):
        kinds.append("svg-title")

    size = draw_size(r)
    if "bighead" in kinds:
        for _ in range(100):                     # big heads make big pages: at least 24 KB
            if size >= 24_000:
                break
            size = draw_size(r)
        size = max(size, 24_000)
        head_extra = bighead_block(r, pools, r.randint(20_000, max(20_000, min(150_000, int(size * 0.85)))))
    elif "midhead" in kinds:
        head_extra = midhead_block(r, r.randint(1_000, 10_000))

    raw_title = None if notitle else make_title_text(r, lang, kinds)
    expected = expected_title(raw_title)

    codec = legacy[0] if legacy else "utf-8"
    label = r.choice(legacy[1]) if legacy else r.choice(["utf-8", "utf-8", "UTF-8"])
    html_lang = {"en": "en", "zh": "zh-CN", "ja": "ja", "ko": "ko", "w1252": "fr", "latin1": "de"}[lang]

    parts = []
    if r.random() < 0.9:
        parts.append("<!DOCTYPE html>\n")
    if nohead and r.random() < 0.5:
        pass                                      # no <html> either
    else:
        parts.append(f'<html lang="{html_lang}">\n')
    if not nohead:
        parts.append("<head>\n")
    if not nometa:
        if http_equiv:
            parts.append(f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n')
        else:
            parts.append(f'<meta charset="{label}">\n')
    if r.random() < 0.5:
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    parts.append(head_extra)
    if "trap-comment" in kinds:
        fake = " ".join(title_words(r, r.randint(2, 4)))
        parts.append(f"<!-- old template: <title>{fake} (old)</title> -->\n")
    if "trap-script" in kinds:
        fake = " ".join(title_words(r, r.randint(2, 4)))
        parts.append(r.choice([
            f'<script>var fakeTitle = "<title>{fake}</title>"; document.documentElement.dataset.t = fakeTitle;</script>\n',
            f"<script>var t = '<title>' + '{fake}' + '<\\/title>'; window.__t = t;</script>\n",
            f'<script type="text/javascript">\n  var tpl = "<head><title>{fake}</title></head>";\n</script>\n',
        ]))
    second_in_body = False
    if raw_title is not None:
        parts.append(title_tag(r, raw_title, kinds) + "\n")
        if "multi-title" in kinds:
            if r.random() < 0.5:
                parts.append(f"<title>{' '.join(title_words(r, 3))} (second)</title>\n")
            else:
                second_in_body = True
    if r.random() < 0.5:
        parts.append(f'<link rel="stylesheet" href="/static/{r.choice(WORDS)}.css">\n')
    if not nohead:
        parts.append("</head>\n")
    parts.append(f'<body class="{r.choice(WORDS)}">\n<header><nav><a href="/">{r.choice(SITES)}</a></nav></header>\n')
    if "svg-title" in kinds:
        parts.append(svg_block(r))
    if second_in_body:
        parts.append(f"<title>{' '.join(title_words(r, 3))} (second)</title>\n")

    pool = {"en": pools.en, "zh": pools.zh, "ja": pools.ja, "ko": pools.ko,
            "w1252": pools.w1252, "latin1": pools.latin1}[lang]
    head_text = "".join(parts)
    tail = "<footer><p>generated page</p></footer>\n</body>\n</html>\n"
    have = len(head_text.encode(codec)) + len(tail)
    body = []
    lengths = pools.encoded_lengths(lang, codec)
    for _ in range(100_000):
        if have >= size:
            break
        if lang in ("zh", "ja", "ko") and r.random() < 0.3:
            b = r.choice(pools.en)                  # CJK pages carry some ASCII markup blocks too
            n = len(b)
        else:
            k = r.randrange(len(pool))
            b, n = pool[k], lengths[k]
        if have + n > size and have >= SIZE_MIN:
            # the last block overshoots: take it half of the time (keeps the mix centred on the
            # drawn size), never past SIZE_MAX
            if have + n <= SIZE_MAX and r.random() < 0.5:
                body.append(b)
                have += n
            break
        body.append(b)
        have += n
        if "svg-title" in kinds and r.random() < 0.05:
            svg = svg_block(r)
            body.append(svg)
            have += len(svg)
    text = head_text + "".join(body) + tail
    if nometa:
        assert text.isascii(), "nometa page must be ASCII"
    if legacy:
        if not check_codec_text(text, legacy[0], legacy[3]):
            raise SystemExit(f"corpus.py bug: page {index} does not round-trip in {legacy[0]}")
    data = text.encode(codec)
    if not kinds:
        kinds.append("plain")
    return data, expected, kinds


# --------------------------------------------------------------------------------------------

def page_rel(index):
    return f"pages/{index // 1000:02d}/{index:06d}.html"


def manifest_ok(out, seed, count):
    try:
        with open(os.path.join(out, "manifest.json")) as f:
            m = json.load(f)
    except (OSError, ValueError):
        return False
    return m.get("version") == VERSION and m.get("seed") == seed and m.get("count") == count


def percentile(sorted_vals, q):
    if not sorted_vals:
        return None
    k = min(len(sorted_vals) - 1, max(0, int(round(q * (len(sorted_vals) - 1)))))
    return sorted_vals[k]


def generate(out, seed=DEFAULT_SEED, count=DEFAULT_COUNT, force=False, quiet=False):
    """Make sure OUT holds the corpus for (seed, count); returns the manifest dict."""
    out = os.path.abspath(out)
    if not force and manifest_ok(out, seed, count):
        with open(os.path.join(out, "manifest.json")) as f:
            return json.load(f)
    t0 = time.monotonic()
    if not quiet:
        print(f"corpus: generating {count} pages (seed {seed}) into {out} ...", file=sys.stderr, flush=True)
    os.makedirs(out, exist_ok=True)
    for name in ("manifest.json", "expected.jsonl"):
        try:
            os.unlink(os.path.join(out, name))
        except FileNotFoundError:
            pass
    pages_dir = os.path.join(out, "pages")
    if os.path.isdir(pages_dir):
        shutil.rmtree(pages_dir)
    pools = Pools(seed)
    pages_hash = hashlib.sha256()
    sizes, kind_counts, notitle = [], {}, 0
    exp_path = os.path.join(out, "expected.jsonl")
    with open(exp_path + ".tmp", "w", encoding="utf-8") as exp:
        for i in range(count):
            data, title, kinds = make_page(seed, i, pools)
            rel = page_rel(i)
            path = os.path.join(out, rel)
            if i % 1000 == 0:
                os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            pages_hash.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
            sizes.append(len(data))
            for k in kinds:
                kind_counts[k] = kind_counts.get(k, 0) + 1
            exp.write(json.dumps({"path": "/" + rel, "title": title, "kinds": kinds, "bytes": len(data)},
                                 ensure_ascii=False) + "\n")
    os.replace(exp_path + ".tmp", exp_path)
    with open(exp_path, "rb") as f:
        exp_sha = hashlib.sha256(f.read()).hexdigest()
    s = sorted(sizes)
    manifest = {
        "version": VERSION, "seed": seed, "count": count, "generator": "Benchmarks/macro/corpus.py",
        "sizes": {"total": sum(s), "min": s[0], "p10": percentile(s, 0.10), "median": percentile(s, 0.5),
                  "mean": round(sum(s) / len(s)), "p90": percentile(s, 0.90), "p99": percentile(s, 0.99),
                  "max": s[-1]},
        "kind_counts": dict(sorted(kind_counts.items())),
        "kind_percent": {k: round(100.0 * v / count, 2) for k, v in sorted(kind_counts.items())},
        "sha256": {"expected.jsonl": exp_sha, "pages": pages_hash.hexdigest()},
        "generation_s": round(time.monotonic() - t0, 1),
    }
    with open(os.path.join(out, "manifest.json.tmp"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(os.path.join(out, "manifest.json.tmp"), os.path.join(out, "manifest.json"))
    if not quiet:
        sz = manifest["sizes"]
        print(f"corpus: done in {manifest['generation_s']} s: {sz['total'] / 1e6:.0f} MB, median "
              f"{sz['median']} B, mean {sz['mean']} B", file=sys.stderr, flush=True)
    return manifest


def load_expected(out):
    exp = {}
    with open(os.path.join(out, "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            exp[rec["path"]] = rec
    return exp


def main():
    ap = argparse.ArgumentParser(description="Generate the macro benchmark's HTML corpus (deterministic).")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--count", type=int, default=DEFAULT_COUNT)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--force", action="store_true", help="regenerate even if the manifest matches")
    a = ap.parse_args()
    if a.count < 1 or a.count > 1_000_000:
        ap.error("--count must be 1..1000000")
    m = generate(a.out, a.seed, a.count, a.force)
    print(json.dumps({k: m[k] for k in ("version", "seed", "count", "sizes", "kind_percent", "sha256")}, indent=1))


if __name__ == "__main__":
    main()
