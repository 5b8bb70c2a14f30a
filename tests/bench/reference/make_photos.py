#!/usr/bin/env python3
"""Benchmark set-up: N photo-like 12-megapixel JPEGs (4000×3000, quality 90) with varied
content — smooth gradients, shapes, texture and noise, different per image — so decoders see
realistic entropy. usage: make_photos.py N OUT_DIR"""
import os
import sys

import numpy as np
from PIL import Image, ImageDraw

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
for i in range(n):
    path = os.path.join(out, f"photo_{i:04d}.jpg")
    if os.path.exists(path):
        continue
    rng = np.random.default_rng(i)
    h, w = 3000, 4000
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    a, b, c = rng.uniform(100, 900, 3)
    img = np.stack([128 + 90 * np.sin(x / a + i), 128 + 90 * np.cos(y / b), 128 + 60 * np.sin((x + y) / c)], -1)
    img += rng.normal(0, 10, (h, w, 3)).astype(np.float32)
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(pil)
    for _ in range(40):
        x0, y0 = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        r = int(rng.uniform(40, 600))
        draw.ellipse([x0 - r, y0 - r, x0 + r, y0 + r], fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    pil.save(path, quality=90)
