#!/usr/bin/env python3
"""Writes Fixtures/decoder/whatwg-decodings.tsv: byte strings in every encoding of the WHATWG
Encoding Standard with the standard's decoding of each, for CharsetDecoderTests.

The expected text comes from Firefox's encoding_rs (Debian's librust-encoding-rs-dev, built offline
by ./oracle), not from the decoder under test. Inputs: every byte value once (single-byte tables),
text encoded with glibc iconv and then damaged (bytes inserted, dropped, cut), and random bytes
drawn mostly from each encoding's lead/trail ranges. Seeded: the file is the same on every run.

Run:  apt-get install librust-encoding-rs-dev cargo; scripts/whatwg-decoders/make-cases.py
"""
import ctypes, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Fixtures", "decoder", "whatwg-decodings.tsv")

SINGLE = ["ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
          "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
          "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874", "windows-1250", "windows-1251",
          "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257",
          "windows-1258", "x-mac-cyrillic"]
# name: (iconv encoder for sample text, sample text, interesting bytes)
MULTI = {
    "utf-8": ("UTF-8", "Grüße, 日本語 😀 €", [0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF]),
    "utf-16le": ("UTF-16LE", "Sixteen ü 中 😀", [0x00, 0xD8, 0xDB, 0xDC, 0xDF, 0x3D]),
    "utf-16be": ("UTF-16BE", "Sixteen ü 中 😀", [0x00, 0xD8, 0xDB, 0xDC, 0xDF, 0x3D]),
    "shift_jis": ("CP932", "日本語のタイトル①～ｶﾀｶﾅ髙", [0x80, 0x81, 0x9F, 0xA0, 0xA1, 0xDF, 0xE0, 0xEF, 0xF0, 0xFC, 0xFD, 0x40, 0x7E, 0x7F]),
    "euc-jp": ("EUC-JP-MS", "日本語のタイトル①～ｶﾀｶﾅ", [0x80, 0x8D, 0x8E, 0x8F, 0xA0, 0xA1, 0xA2, 0xAD, 0xC3, 0xDF, 0xF3, 0xF4, 0xF5, 0xF9, 0xFC, 0xFE, 0xFF]),
    "iso-2022-jp": ("ISO-2022-JP", "日本語のタイトル", [0x1B, 0x24, 0x28, 0x40, 0x42, 0x4A, 0x49, 0x21, 0x2D, 0x7E, 0x0A, 0x80]),
    "gbk": ("GB18030", "中文标题：测试 €", [0x80, 0x81, 0xA3, 0xA0, 0xFE, 0xFF, 0x30, 0x39, 0x84, 0x90]),
    "gb18030": ("GB18030", "𠮷野家 中文 ḿ", [0x80, 0x81, 0xA3, 0xA0, 0xFE, 0xFF, 0x30, 0x39, 0x84, 0x90, 0xE3]),
    "big5": ("BIG5-HKSCS", "繁體中文標題•∼", [0x80, 0x81, 0x87, 0x88, 0x8E, 0xA1, 0xA3, 0xC6, 0xF9, 0xFE, 0xFF, 0x40, 0x7E, 0x62]),
    "euc-kr": ("CP949", "한국어 제목 똠방각하", [0x80, 0x81, 0xA1, 0xA2, 0xC6, 0xC7, 0xE8, 0xFE, 0xFF, 0x41, 0x5A, 0x61]),
}

libc = ctypes.CDLL("libc.so.6", use_errno=True)
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.iconv.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 4
libc.iconv.restype = ctypes.c_size_t


def encode(text, name):
    cd = libc.iconv_open(name.encode(), b"UTF-8")
    data = text.encode()
    inb = ctypes.create_string_buffer(data, len(data))
    outb = ctypes.create_string_buffer(len(data) * 4 + 16)
    ip, il = ctypes.c_void_p(ctypes.addressof(inb)), ctypes.c_size_t(len(data))
    op, ol = ctypes.c_void_p(ctypes.addressof(outb)), ctypes.c_size_t(len(outb))
    assert libc.iconv(cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol)) != ctypes.c_size_t(-1).value
    libc.iconv(cd, None, None, ctypes.byref(op), ctypes.byref(ol))
    return outb.raw[: len(outb) - ol.value]


def cases(rng):
    for name in SINGLE:
        yield name, bytes(range(256))
        for _ in range(4):
            yield name, bytes(rng.choice([rng.randrange(0x80, 0x100), rng.randrange(0x20, 0x7F)]) for _ in range(rng.randrange(1, 24)))
    for name, (encoder, text, special) in MULTI.items():
        sample = encode(text, encoder)
        alphabet = special + [0x41, 0x20, 0x3C]
        for i in range(320):
            kind = i % 4
            if kind == 0:  # damaged text
                b = bytearray(sample)
                for _ in range(rng.randrange(1, 4)):
                    op = rng.randrange(3)
                    at = rng.randrange(len(b) + 1)
                    if op == 0:
                        b[at:at] = bytes([rng.choice(alphabet + [rng.randrange(256)])])
                    elif op == 1 and at < len(b):
                        del b[at]
                    else:
                        b = b[: max(1, at)]
                yield name, bytes(b)
            elif kind == 1:  # random from the encoding's interesting bytes
                yield name, bytes(rng.choice(alphabet) if rng.random() < 0.8 else rng.randrange(256) for _ in range(rng.randrange(1, 20)))
            elif kind == 3:  # a few bytes, mostly interesting ones
                yield name, bytes(rng.choice(alphabet) if rng.random() < 0.85 else rng.randrange(256) for _ in range(rng.randrange(1, 9)))
            else:  # pieces of valid text mixed with single interesting bytes
                parts = []
                for _ in range(rng.randrange(1, 5)):
                    start = rng.randrange(len(sample))
                    parts.append(sample[start : start + rng.randrange(1, 8)])
                    parts.append(bytes([rng.choice(alphabet)]))
                yield name, b"".join(parts)


# gb18030 pointers where encoding_rs 0.8.31 (Debian 12) and glibc differ for a reason other than a
# bug: the 18 two-byte codes GB18030-2022 moved out of the PUA (glibc has the new mapping; the
# Encoding Standard adopted it after this encoding_rs), and the 6 that glibc maps to their
# supplementary-plane characters (a known residual of CharsetDecoder, see IconvProfile.swift).
GB18030_VERSIONED = [bytes.fromhex(h) for h in (
    "a6d9 a6da a6db a6dc a6dd a6de a6df a6ec a6ed a6f3 fe59 fe61 fe66 fe67 fe6d fe7e fe90 fea0 "
    "fe51 fe52 fe53 fe6c fe76 fe91").split()]


def keep(name, data):
    return not (name in ("gbk", "gb18030") and any(p in data for p in GB18030_VERSIONED))


def main():
    oracle_dir = os.path.join(HERE, "oracle")
    env = dict(os.environ, CARGO_HOME=os.path.join("/tmp", "whatwg-oracle-cargo"), CARGO_TARGET_DIR="/tmp/whatwg-oracle-target")
    os.makedirs(env["CARGO_HOME"], exist_ok=True)
    with open(os.path.join(env["CARGO_HOME"], "config.toml"), "w") as f:
        f.write('[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n[net]\noffline = true\n')
    subprocess.run(["cargo", "build", "--quiet", "--release"], cwd=oracle_dir, env=env, check=True)
    rng = random.Random(12)
    inputs = [(n, b) for n, b in cases(rng) if keep(n, b)]
    query = "".join(f"{n}\t{b.hex()}\n" for n, b in inputs)
    result = subprocess.run([os.path.join(env["CARGO_TARGET_DIR"], "release", "oracle")], input=query.encode(), capture_output=True, check=True)
    outputs = result.stdout.decode().splitlines()
    assert len(outputs) == len(inputs)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("# encoding\tinput (hex)\tWHATWG decoding, UTF-8 (hex): written by scripts/whatwg-decoders/make-cases.py\n")
        for (n, b), o in zip(inputs, outputs):
            f.write(f"{n}\t{b.hex()}\t{o}\n")
    print(f"{len(inputs)} cases -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
