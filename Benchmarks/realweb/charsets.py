"""What the bytes of a document declare about their encoding (python3 standard library only).

Used by parity.py to explain the browser's and crawl's choice of encoding for each document:
WHATWG labels, the byte-order mark, the meta prescan (WHATWG "prescan a byte stream to determine its
encoding", over the first 1,024 bytes and, as Blink does while still in <head>, beyond), an XML
declaration's encoding, and whether the bytes are valid UTF-8.
"""

import re

# WHATWG Encoding Standard: name -> labels (the same table as Sources/CrawlCore/HTML/Charset.swift,
# plus "replacement" and "x-user-defined", which crawl does not decode).
_LABELS = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "ibm866": "866 cp866 csibm866 ibm866",
    "iso-8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso-8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso-8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso-8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso-8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                  "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso-8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                  "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso-8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                  "iso_8859-8 iso_8859-8:1988 visual",
    "iso-8859-8-i": "csiso88598i iso-8859-8-i logical",
    "iso-8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso-8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso-8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso-8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso-8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "macintosh": "csmacintosh mac macintosh x-mac-roman",
    "windows-874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "windows-1250": "cp1250 windows-1250 x-cp1250",
    "windows-1251": "cp1251 windows-1251 x-cp1251",
    "windows-1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                    "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "windows-1253": "cp1253 windows-1253 x-cp1253",
    "windows-1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 "
                    "l5 latin5 windows-1254 x-cp1254",
    "windows-1255": "cp1255 windows-1255 x-cp1255",
    "windows-1256": "cp1256 windows-1256 x-cp1256",
    "windows-1257": "cp1257 windows-1257 x-cp1257",
    "windows-1258": "cp1258 windows-1258 x-cp1258",
    "x-mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gbk": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "big5": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc-jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso-2022-jp": "csiso2022jp iso-2022-jp",
    "shift_jis": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "euc-kr": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
              "ksc_5601 windows-949",
    "utf-16be": "unicodefffe utf-16be",
    "utf-16le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "replacement": "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
    "x-user-defined": "x-user-defined",
}
BY_LABEL = {label: name for name, labels in _LABELS.items() for label in labels.split()}

_WS = b"\t\n\x0c\r "


def encoding_for_label(label):
    """WHATWG "get an encoding": the encoding's name (lower case) or None."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("latin-1")
    return BY_LABEL.get(label.strip("\t\n\x0c\r ").lower())


def canonical(name):
    """A name as document.characterSet or crawl gives it -> the WHATWG name in lower case."""
    if not name:
        return None
    return encoding_for_label(name) or name.lower()


def bom(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data.startswith(b"\xfe\xff"):
        return "utf-16be"
    if data.startswith(b"\xff\xfe"):
        return "utf-16le"
    return None


def valid_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _charset_from_content(value):
    """WHATWG "extract a character encoding from a meta element" (value: bytes, any case)."""
    low = value.lower()
    pos = 0
    for _ in range(len(low) + 1):
        i = low.find(b"charset", pos)
        if i < 0:
            return None
        j = i + 7
        while j < len(low) and low[j] in _WS:
            j += 1
        if j >= len(low) or low[j] != 0x3D:  # '='
            pos = j
            continue
        j += 1
        while j < len(low) and low[j] in _WS:
            j += 1
        if j >= len(low):
            return None
        if low[j] in b"\"'":
            q = low[j]
            k = low.find(bytes([q]), j + 1)
            if k < 0:
                return None
            return encoding_for_label(value[j + 1:k])
        k = j
        while k < len(low) and low[k] not in _WS and low[k] != 0x3B:  # ';'
            k += 1
        return encoding_for_label(value[j:k])
    return None


def _get_attribute(data, pos, end):
    """WHATWG "get an attribute" -> (name, value, new pos) or (None, None, pos)."""
    while pos < end and (data[pos] in _WS or data[pos] == 0x2F):
        pos += 1
    if pos >= end or data[pos] == 0x3E:
        return None, None, pos
    name = bytearray()
    while pos < end:
        c = data[pos]
        if c == 0x3D and name:
            pos += 1
            break
        if c in _WS:
            while pos < end and data[pos] in _WS:
                pos += 1
            if pos < end and data[pos] == 0x3D:
                pos += 1
                break
            return bytes(name), b"", pos
        if c in b"/>":
            return bytes(name), b"", pos
        name.append(c + 0x20 if 0x41 <= c <= 0x5A else c)
        pos += 1
    else:
        return bytes(name), b"", pos
    while pos < end and data[pos] in _WS:
        pos += 1
    if pos >= end:
        return bytes(name), b"", pos
    c = data[pos]
    if c in b"\"'":
        k = data.find(bytes([c]), pos + 1, end)
        if k < 0:
            return bytes(name), data[pos + 1:end], end
        return bytes(name), data[pos + 1:k], k + 1
    if c == 0x3E:
        return bytes(name), b"", pos
    k = pos
    while k < end and data[k] not in _WS and data[k] != 0x3E:
        k += 1
    return bytes(name), data[pos:k], k


# Blink's HTMLMetaCharsetParser checks the first 1,024 bytes unconditionally and then goes on while
# it is still in the head: until a start tag other than these (its tokenizer skips raw text).
_HEAD_TAGS = {b"html", b"head", b"title", b"script", b"noscript", b"style", b"link", b"meta", b"object", b"base"}
_RAW_TEXT = {b"script", b"style", b"title", b"textarea", b"xmp", b"iframe", b"noembed", b"noframes"}


def prescan(data, limit=1024, blink_head=False):
    """WHATWG "prescan a byte stream to determine its encoding" over data[:limit].

    Returns (encoding name, byte offset of the <meta>) or (None, None). With blink_head the scan goes
    on past 1,024 bytes as Blink's does: while no start tag outside the head set has been seen (the
    content of script, style, title … skipped)."""
    end = min(len(data), limit)
    pos = 0
    in_head = True
    for _ in range(end + 1):  # every step advances pos
        lt = data.find(b"<", pos, end)
        if lt < 0:
            return None, None
        pos = lt
        if blink_head and not in_head and pos >= 1024:
            return None, None
        head = data[pos:pos + 6].lower()
        if head.startswith(b"<!--"):
            k = data.find(b"-->", pos + 2, end)
            if k < 0:
                return None, None
            pos = k + 3
            continue
        if head.startswith(b"<meta") and len(head) == 6 and (head[5] in _WS or head[5] == 0x2F):
            start = pos
            pos += 6
            seen = set()
            got_pragma = False
            need_pragma = None
            charset = None
            for _ in range(end - pos + 1):
                name, value, pos = _get_attribute(data, pos, end)
                if name is None:
                    break
                if name in seen:
                    continue
                seen.add(name)
                if name == b"http-equiv":
                    if value.lower() == b"content-type":
                        got_pragma = True
                elif name == b"content":
                    if charset is None:
                        found = _charset_from_content(value)
                        if found:
                            charset, need_pragma = found, True
                elif name == b"charset":
                    charset, need_pragma = encoding_for_label(value), False
            if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
                continue
            if charset in ("utf-16le", "utf-16be"):
                charset = "utf-8"
            if charset == "x-user-defined":
                charset = "windows-1252"
            return charset, start
        if len(head) >= 2 and (chr(head[1]).isalpha() and head[1] < 0x80
                               or head[1] == 0x2F and len(head) >= 3 and chr(head[2]).isalpha() and head[2] < 0x80):
            closing = head[1] == 0x2F
            name_start = pos + (2 if closing else 1)
            while pos < end and data[pos] not in _WS and data[pos] != 0x3E:
                pos += 1
            tag = data[name_start:pos].rstrip(b"/").lower()
            for _ in range(end - pos + 1):
                name, _value, pos = _get_attribute(data, pos, end)
                if name is None:
                    break
            pos += 1
            if blink_head and not closing:
                if tag not in _HEAD_TAGS:
                    in_head = False
                if tag in _RAW_TEXT:
                    m = re.compile(b"</" + re.escape(tag), re.I).search(data, pos, end)
                    pos = end if m is None else m.start()
            continue
        if head.startswith((b"<!", b"</", b"<?")):
            k = data.find(b">", pos + 1, end)
            if k < 0:
                return None, None
            pos = k + 1
            continue
        pos += 1
    return None, None


_XML_DECL = re.compile(rb"""\A<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")


def xml_declaration(data):
    """The encoding label of an XML declaration at the very start (after a BOM), as its WHATWG name."""
    b = bom(data)
    if b == "utf-8":
        data = data[3:]
    elif b:
        return None
    m = _XML_DECL.match(data[:512])
    if not m:
        return None
    return encoding_for_label(m.group(1)) or "?" + m.group(1).decode("latin-1")


def declarations(data):
    """Everything the bytes say about their encoding, for the explanation columns."""
    meta, meta_at = prescan(data, 1024)
    late, late_at = (None, None)
    if meta is None:
        late, late_at = prescan(data, 512 * 1024, blink_head=True)
    return {
        "bom": bom(data),
        "meta": meta,
        "meta_late": late,
        "meta_late_at": late_at,
        "xml": xml_declaration(data),
        "valid_utf8": valid_utf8(data),
        "ascii": max(data, default=0) < 0x80,
    }


def explain(charset, decl, header=None):
    """Which source of truth the encoding `charset` (any case) came from, given declarations().

    "bom", "header", "meta" (in the first 1,024 bytes), "meta-late" (a <meta> after 1,024 bytes, still
    in the head as Blink's scan sees it), "xml-decl"; with nothing that names it: "default" (windows-1252), "utf8-fallback"
    (UTF-8: crawl's default for valid UTF-8), "detected" (anything else: Chromium's detector), each
    followed by " (<source> ignored)" when the bytes do declare something else."""
    cs = canonical(charset)
    if cs is None:
        return None
    declared = []
    if decl["bom"]:
        declared.append(("bom", decl["bom"]))
    if header:
        declared.append(("header", header))
    for key, label in (("meta", "meta"), ("meta_late", "meta-late"), ("xml", "xml-decl")):
        if decl[key] and not decl[key].startswith("?"):
            declared.append((label, decl[key]))
    for label, value in declared:
        if cs == value:
            return label
    base = "default" if cs == "windows-1252" else ("utf8-fallback" if cs == "utf-8" else "detected")
    if declared:
        return "%s (%s ignored)" % (base, "+".join(label for label, _ in declared))
    return base
