#!/usr/bin/env python3
"""Compares glibc's iconv converters with the WHATWG Encoding Standard's indexes, as shipped by
Firefox's encoding_rs (Debian's librust-encoding-rs-dev: its src/data.rs for the single-byte
indexes, its test data, one line per pointer, for the CJK ones). Prints each difference; this is
where the corrections in CharsetDecoder.swift and IconvProfile.swift come from.

Run:  apt-get install librust-encoding-rs-dev; scripts/whatwg-decoders/compare-glibc.py
"""
import ctypes, errno, glob, re

ROOT = sorted(glob.glob("/usr/share/cargo/registry/encoding_rs-*"))[-1]
libc = ctypes.CDLL("libc.so.6", use_errno=True)
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.iconv.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 4
libc.iconv.restype = ctypes.c_size_t
libc.iconv_close.argtypes = [ctypes.c_void_p]
ERR = ctypes.c_size_t(-1).value


def alone(name, data):
    """glibc's UTF-8 for `data` alone, flushed; None if iconv reports any error."""
    cd = libc.iconv_open(b"UTF-8", name.encode())
    inb = ctypes.create_string_buffer(data, len(data))
    outb = ctypes.create_string_buffer(64)
    ip, il = ctypes.c_void_p(ctypes.addressof(inb)), ctypes.c_size_t(len(data))
    op, ol = ctypes.c_void_p(ctypes.addressof(outb)), ctypes.c_size_t(64)
    ok = libc.iconv(cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol)) != ERR and il.value == 0
    ok = ok and libc.iconv(cd, None, None, ctypes.byref(op), ctypes.byref(ol)) != ERR
    libc.iconv_close(cd)
    return outb.raw[: 64 - ol.value].decode() if ok else None


SINGLE = {"ibm866": "IBM866", "iso_8859_2": "ISO-8859-2", "iso_8859_3": "ISO-8859-3", "iso_8859_4": "ISO-8859-4",
          "iso_8859_5": "ISO-8859-5", "iso_8859_6": "ISO-8859-6", "iso_8859_7": "ISO-8859-7", "iso_8859_8": "ISO-8859-8",
          "iso_8859_10": "ISO-8859-10", "iso_8859_13": "ISO-8859-13", "iso_8859_14": "ISO-8859-14",
          "iso_8859_15": "ISO-8859-15", "iso_8859_16": "ISO-8859-16", "koi8_r": "KOI8-R", "koi8_u": "KOI8-U",
          "macintosh": "MACINTOSH", "windows_874": "CP874", "windows_1250": "CP1250", "windows_1251": "CP1251",
          "windows_1252": "CP1252", "windows_1253": "CP1253", "windows_1254": "CP1254", "windows_1255": "CP1255",
          "windows_1256": "CP1256", "windows_1257": "CP1257", "windows_1258": "CP1258", "x_mac_cyrillic": "MAC-CYRILLIC"}


def single_byte():
    src = open(ROOT + "/src/data.rs").read()
    body = src[src.index("pub static SINGLE_BYTE_DATA"):]
    body = body[: body.index("};")]
    for m in re.finditer(r"(\w+): \[\s*([0-9A-Fx,\s]+)\]", body):
        key, table = m.group(1), [int(x, 16) for x in m.group(2).replace(",", " ").split()]
        diffs = []
        for b in range(0x80, 0x100):
            got, want = alone(SINGLE[key], bytes([b])), (chr(table[b - 0x80]) if table[b - 0x80] else None)
            if got != want:
                diffs.append("%02X glibc %s index %s" % (b, got and "U+%04X" % ord(got), want and "U+%04X" % ord(want)))
        print(f"{key} ({SINGLE[key]}): {'agrees' if not diffs else '; '.join(diffs)}")


MULTI = [("shift_jis", "CP932"), ("jis0208", "EUC-JP"), ("jis0208", "EUC-JP-MS"), ("jis0212", "EUC-JP-MS"),
         ("iso_2022_jp", "ISO-2022-JP"), ("big5", "BIG5-HKSCS"), ("euc_kr", "CP949"), ("gb18030", "GB18030")]


def multi_byte():
    for f, name in MULTI:
        data = open(f"{ROOT}/src/test_data/{f}_in.txt", "rb").read().split(b"\n")
        ref = open(f"{ROOT}/src/test_data/{f}_in_ref.txt", "rb").read().split(b"\n")
        unmapped, other = [], []
        for seq, want in zip(data[5:], ref[5:]):
            want = want.decode()
            if not seq or "\ufffd" in want:
                continue  # an unmapped pointer: the index has none, any error is right
            got = alone(name, seq)
            if got is None:
                unmapped.append("%s→%s" % (seq.hex(), " ".join("U+%04X" % ord(c) for c in want)))
            elif got != want:
                other.append("%s glibc %s index %s" % (seq.hex(), " ".join("U+%04X" % ord(c) for c in got),
                                                      " ".join("U+%04X" % ord(c) for c in want)))
        print(f"{f} ({name}): glibc refuses {len(unmapped)} mapped pointers, maps {len(other)} otherwise")
        for line in unmapped[:200] + other[:200]:
            print("   ", line)


single_byte()
multi_byte()
