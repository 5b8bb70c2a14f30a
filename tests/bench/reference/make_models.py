#!/usr/bin/env python3
"""Benchmark set-up: full-size random-weight models in the official formats, made with
Debian's python3-torch (never by the product). RN50x4: CLIP's ModifiedResNet state dict under
'visual.' in a torch.save zip archive (LinguaLens loads it like OpenAI's RN50x4.pt). The text
model comes from tests/bench/make_fullsize_mbert.py.

With --calibrate PHOTO_DIR it writes RN50x4-calibrated.pt instead: the same random weights, but
every batch norm's running statistics measured on the last 16 photos (one forward pass in
training mode). Plain random statistics let activations drift until every photo maps to nearly
the same embedding (cosine 0.999998 between different photos), which hides any deviation; with
measured statistics the embeddings differ from photo to photo as a trained network's do, so the
fast mode's embedding deviation can be measured on it (tests/bench/bench_fast_mode).

usage: make_models.py OUT_DIR [--calibrate PHOTO_DIR]"""
import os
import sys

import torch
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))
from clip_resnet import preprocess, rn50x4  # noqa: E402

out = sys.argv[1]
calibrate = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--calibrate" else None
os.makedirs(out, exist_ok=True)
torch.manual_seed(0)
model = rn50x4().eval()
with torch.no_grad():  # BatchNorm statistics that are not the identity, like a trained net
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.uniform_(-0.1, 0.1)
            m.running_var.uniform_(0.5, 1.5)
            m.weight.uniform_(0.5, 1.5)
            m.bias.uniform_(-0.1, 0.1)
name = "RN50x4.pt"
if calibrate:
    name = "RN50x4-calibrated.pt"
    files = sorted(os.listdir(calibrate))[-16:]  # not the first 16, which bench_fast_mode uses
    t = preprocess()
    batch = torch.stack([t(Image.open(os.path.join(calibrate, f))) for f in files])
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None  # cumulative average: exactly this batch's statistics
    model.train()
    with torch.no_grad():
        model(batch)
    model.eval()
torch.save({"visual." + k: v for k, v in model.state_dict().items()}, os.path.join(out, name))
