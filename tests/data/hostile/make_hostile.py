#!/usr/bin/env python3
"""Writes the hostile files of issue "The library in everyday life" (findings from attacking
LinguaLens with crafted files). Each is a regression test input (tests/core/test_hostile_files.cpp)
and a fuzz seed (tests/fuzz/run.sh). Standard library only: python3 make_hostile.py"""
import struct
import zlib
from pathlib import Path

here = Path(__file__).resolve().parent

# ---- pickles (protocol 2) -------------------------------------------------------------
PROTO, STOP = b"\x80\x02", b"."
def glob(module, name): return b"c" + module.encode() + b"\n" + name.encode() + b"\n"
def binput(i): return b"q" + bytes([i])
def binget(i): return b"h" + bytes([i])
def ustr(s): b = s.encode(); return b"X" + struct.pack("<I", len(b)) + b
def int1(v): return b"K" + bytes([v])
TUPLE1, TUPLE3, EMPTY_TUPLE, MARK, TUPLE = b"\x85", b"\x87", b")", b"(", b"t"
EMPTY_DICT, SETITEM, REDUCE, BINPERSID, NEWFALSE = b"}", b"s", b"R", b"Q", b"\x89"

def tensor(numel, key="0"):
    """torch._utils._rebuild_tensor_v2(persistent storage, 0, (numel,), (1,), False, OrderedDict())."""
    pid = MARK + ustr("storage") + glob("torch", "FloatStorage") + ustr(key) + ustr("cpu") + \
        b"J" + struct.pack("<i", numel) + TUPLE + BINPERSID
    return glob("torch._utils", "_rebuild_tensor_v2") + MARK + pid + int1(0) + \
        MARK + b"J" + struct.pack("<i", numel) + TUPLE + MARK + int1(1) + TUPLE + NEWFALSE + \
        glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE + TUPLE + REDUCE

def parameter_chain(levels):
    # _rebuild_parameter(_rebuild_parameter(...(tensor)...)): the callee once in the memo, then
    # `levels` references to it, the tensor, and `levels` (TUPLE1, REDUCE) pairs.
    body = glob("torch._utils", "_rebuild_parameter") + binput(0)
    body += binget(0) * (levels - 1) + tensor(1) + (TUPLE1 + REDUCE) * levels
    return PROTO + EMPTY_DICT + ustr("w") + body + SETITEM + STOP

def shared_dict(levels):
    # d0 = {"t": tensor}; d(k+1) = {"a": dk, "b": dk}: one object under two keys at every level.
    out = PROTO + EMPTY_DICT + ustr("t") + tensor(1) + SETITEM + binput(0)
    for k in range(1, levels + 1):
        out += b"0"  # POP the previous level: only the memo refers to it now
        out += EMPTY_DICT + ustr("a") + binget((k - 1) % 256) + SETITEM + ustr("b") + \
            binget((k - 1) % 256) + SETITEM + binput(k % 256)
    return out + STOP

# ---- zip archives ---------------------------------------------------------------------
def zip_archive(entries, central_extra=b""):
    """entries: (name, data, method, declared_size). Stored (method 0) or claimed deflated."""
    local, central, offset = b"", b"", 0
    for name, data, method, size in entries:
        n = name.encode()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        head = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data), size, len(n), 0)
        extra = central_extra if name == entries[-1][0] else b""
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc,
                               len(data), size, len(n), len(extra), 0, 0, 0, 0, offset) + n + extra
        local += head + n + data
        offset += len(head) + len(n) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    return local + central + end

def torch_zip(pkl, data_entries=None):
    return zip_archive([("archive/data.pkl", pkl, 0, len(pkl))] +
                       (data_entries or [("archive/data/0", b"\0\0\0\0", 0, 4)]))

(here / "param_chain_100k.pt").write_bytes(torch_zip(parameter_chain(100000)))
(here / "shared_dict_60.pt").write_bytes(torch_zip(shared_dict(60)))
# Tensor data "deflated": 64 KiB that would inflate to the 2.3 GB the tensor declares.
big = 575_000_000
(here / "inflates_to_2g.pt").write_bytes(torch_zip(
    PROTO + EMPTY_DICT + ustr("w") + tensor(big) + SETITEM + STOP,
    [("archive/data/0", bytes(65536), 8, big * 4)]))
# A zip64 extra field (id 1) whose own length, 0xFFFF, runs past the extra field and the file.
(here / "zip64_extra_overrun.zip").write_bytes(
    zip_archive([("a.bin", b"abcd", 0, 4)], central_extra=struct.pack("<HH", 1, 0xFFFF) + b"\xff" * 8))

# ---- images ---------------------------------------------------------------------------
# A TIFF with two ImageWidth tags: 30000 first (what libtiff keeps), 16 second; 30000 rows.
ifd = [(256, 4, 1, 30000), (256, 4, 1, 16), (257, 4, 1, 30000), (258, 3, 1, 8), (262, 3, 1, 1),
       (273, 4, 1, 8), (277, 3, 1, 1), (279, 4, 1, 16)]
body = struct.pack("<H", len(ifd)) + b"".join(struct.pack("<HHII", *e) for e in ifd) + struct.pack("<I", 0)
(here / "tiff_duplicate_width.tiff").write_bytes(b"II*\0" + struct.pack("<I", 8 + 16) + bytes(16) + body)
# A valid 4x4 OS/2 bitmap (BITMAPCOREHEADER: 16-bit width and height), 24-bit, bottom-up rows:
# row y has blue = 10 * y, green = 100, red = 50 + 40 * x.
rows = b"".join(bytes(b for x in range(4) for b in (10 * y, 100, 50 + 40 * x)) for y in range(4))
core = struct.pack("<IHHHH", 12, 4, 4, 1, 24)
(here / "os2_4x4.bmp").write_bytes(b"BM" + struct.pack("<IHHI", 14 + 12 + len(rows), 0, 0, 26) + core + rows)

# ---- evaluation sets whose language codes would name files outside --out ------------
(here / "eval_lang_traversal.json").write_text(
    '{"items": [{"image": "a.jpg", "captions": {"en": "a cat", "../../X": "escape"}}]}\n')
(here / "eval_lang_absolute.tsv").write_text("image\ten\t/abs/X\na.jpg\ta cat\tescape\n")

# ---- fuzz seeds in the fuzz targets' own input formats (tests/fuzz/run.sh) ---------------
corpus = here.parent.parent / "fuzz" / "corpus"
(corpus / "pickle").mkdir(parents=True, exist_ok=True)
(corpus / "pickle" / "param_chain_2000").write_bytes(parameter_chain(2000))
(corpus / "pickle" / "shared_dict_60").write_bytes(shared_dict(60))
# fuzz_model_files: the first byte chooses the parser (2: safetensors); a 100 MB header length.
(corpus / "model_files" / "safetensors_huge_header").write_bytes(b"\2" + struct.pack("<Q", 100 << 20) + b"{}")
# fuzz_eval_set: the first byte chooses JSON (even) or TSV (odd).
(corpus / "eval" / "lang_traversal").write_bytes(b"\0" + (here / "eval_lang_traversal.json").read_bytes())
(corpus / "eval" / "lang_absolute").write_bytes(b"\1" + (here / "eval_lang_absolute.tsv").read_bytes())
