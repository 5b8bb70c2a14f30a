#!/usr/bin/env python3
"""Expected crops for LinguaLens's two deliberate deviations from the reference, and hostile
image files. Run by a developer with Debian's python3-pil, python3-torchvision, python3-numpy:
`/usr/bin/python3 make_images.py` (from this folder).

Deviations (the reference pipeline with the one step we change, using Pillow itself):
- exif_orientation6.crop.webp (lossless): ImageOps.exif_transpose first, then clip._transform's
  Resize(288, BICUBIC) + CenterCrop(288) + convert("RGB").
- gray16.crop.webp (lossless): 16-bit gray reduced to 8 bits by its high byte (v >> 8), then the same.
Hostile files: zero bytes, a truncated JPEG, text named .jpg, a PNG header claiming
50000x50000 pixels (a decompression bomb), a zero-width PNG.
"""
import struct
import zlib

import numpy as np
from PIL import Image, ImageOps
from torchvision import transforms

T = transforms.Compose([transforms.Resize(288, interpolation=transforms.InterpolationMode.BICUBIC),
                        transforms.CenterCrop(288)])
pub = "../images-public/"

img = ImageOps.exif_transpose(Image.open(pub + "exif_orientation6.jpg"))
T(img).convert("RGB").save("exif_orientation6.crop.webp", lossless=True, method=6, quality=100)

g16 = np.array(Image.open(pub + "gray16.png")).astype(np.uint32)
T(Image.fromarray((g16 >> 8).astype(np.uint8), "L")).convert("RGB").save("gray16.crop.webp", lossless=True, method=6, quality=100)

open("zero_bytes.jpg", "wb").close()
seed = open("../images-seed/red apple.jpg", "rb").read()
open("truncated.jpg", "wb").write(seed[: len(seed) // 2])
open("not_an_image.jpg", "w").write("this is a text file with a .jpg name\n")

def png(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
open("bomb_50000x50000.png", "wb").write(png(50000, 50000))
open("zero_width.png", "wb").write(png(0, 10))

# One small photo in every other format the decoder supports (from a seed photo, 96 px wide),
# plus the lossless PNG they should decode to. HEIC and AVIF are written by libheif's
# heif-enc (Debian's libheif-examples) when it is installed.
import os
import subprocess
src = Image.open("../images-seed/green apple.jpg").convert("RGB")
small = src.resize((96, 72), Image.BICUBIC)
small.save("formats_source.png")
small.save("formats.webp", lossless=True)
small.save("formats.bmp")
small.save("formats.tiff")
small.quantize(64).save("formats.gif")
small.save("formats_q95.jpg", quality=95)
rgba = small.convert("RGBA")
rgba.putalpha(Image.linear_gradient("L").resize((96, 72)))
rgba.save("formats_rgba.webp", lossless=True)
for ext, flags in (("heic", []), ("avif", ["-A"])):
    if subprocess.call(["which", "heif-enc"], stdout=subprocess.DEVNULL) == 0:
        subprocess.check_call(["heif-enc", *flags, "-q", "90", "-o", "formats." + ext, "formats_source.png"])
# What Pillow decodes the GIF and the JPEG to (our decoders must give the same pixels).
Image.open("formats.gif").convert("RGB").save("formats_gif_pillow.png")
Image.open("formats_q95.jpg").convert("RGB").save("formats_jpg_pillow.png")

# Photos with EXIF capture time, camera and GPS (for date filters and metadata), 64 px wide,
# tagged with Debian's exiv2 command-line tool.
def dated(name, when, lat, lon, offset=None):
    src.resize((64, 48)).save(name, quality=90)
    subprocess.check_call(["exiv2",
        "-M", "set Exif.Image.Make LinguaCam",
        "-M", "set Exif.Image.Model LinguaCam Z9",
        "-M", "set Exif.Photo.DateTimeOriginal " + when,
        *(["-M", "set Exif.Photo.0x9011 Ascii " + offset] if offset else []),  # OffsetTimeOriginal
        "-M", "set Exif.GPSInfo.GPSLatitudeRef " + ("N" if lat >= 0 else "S"),
        "-M", "set Exif.GPSInfo.GPSLatitude %d/1 0/1 0/1" % abs(lat),
        "-M", "set Exif.GPSInfo.GPSLongitudeRef " + ("E" if lon >= 0 else "W"),
        "-M", "set Exif.GPSInfo.GPSLongitude %d/1 0/1 0/1" % abs(lon),
        "mo", name])
dated("dated_2019.jpg", "2019:06:01 12:00:00", 59, 18)
dated("dated_2023.jpg", "2023:12:24 18:30:00", -33, -70)
# Taken late in the evening in Tokyo, with its UTC offset: shown at 22:02 on the 10th in any zone.
dated("dated_tokyo_offset.jpg", "2024:03:10 22:02:00", 35, 139, "+09:00")

# A TIFF whose header claims 60000 x 60000 pixels (a decompression bomb); pixel data absent.
import struct as _s
ifd = [(256, 4, 1, 60000), (257, 4, 1, 60000), (258, 3, 1, 8), (262, 3, 1, 1), (273, 4, 1, 8), (277, 3, 1, 1), (279, 4, 1, 1)]
body = _s.pack("<H", len(ifd)) + b"".join(_s.pack("<HHII", *e) for e in ifd) + _s.pack("<I", 0)
open("bomb_60000x60000.tiff", "wb").write(b"II*\0" + _s.pack("<I", 8) + body)
