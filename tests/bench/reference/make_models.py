#!/usr/bin/env python3
"""Benchmark set-up: full-size random-weight models in the official formats, made with
Debian's python3-torch (never by the product). RN50x4: CLIP's ModifiedResNet state dict under
'visual.' in a torch.save zip archive (LinguaLens loads it like OpenAI's RN50x4.pt). The text
model comes from tests/bench/make_fullsize_mbert.py.

usage: make_models.py OUT_DIR"""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from clip_resnet import rn50x4  # noqa: E402

out = sys.argv[1]
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
torch.save({"visual." + k: v for k, v in model.state_dict().items()}, os.path.join(out, "RN50x4.pt"))
