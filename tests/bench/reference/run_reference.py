#!/usr/bin/env python3
"""The Python reference pipeline, timed the way a user of it would see it (benchmarks only).

  run_reference.py index PHOTO_DIR RN50x4.pt [--batch 8] [--threads N]
      Pillow open + CLIP preprocess (torchvision) + RN50x4 encode in batches, serial like the
      reference scripts; prints {"images", "seconds", "images_per_second", "peak_rss_mb"}.
  run_reference.py text MODEL_DIR HEAD.pkl IDS_JSON [--repeat 100] [--threads N] [--vectors 100000]
      one query (token ids from `lingualens-cli tokenize --json`) through M-BERT, then a
      brute-force cosine search over N stored vectors (what rclip / clip-retrieval's numpy
      path do); prints cold start, encode and search p50/p99 in ms."""
import argparse
import glob
import json
import os
import resource
import sys
import time

import torch
from PIL import Image

sys.path.insert(0, os.path.dirname(__file__))


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index(args):
    from clip_resnet import preprocess, rn50x4
    model = rn50x4().eval()
    sd = torch.load(args.model, map_location="cpu")
    model.load_state_dict({k[len("visual."):]: v for k, v in sd.items()})
    tf = preprocess(288)
    files = sorted(glob.glob(os.path.join(args.folder, "*.jpg")))
    t0 = time.perf_counter()
    with torch.inference_mode():
        for s in range(0, len(files), args.batch):
            batch = torch.stack([tf(Image.open(f)) for f in files[s:s + args.batch]])
            model(batch)
    dt = time.perf_counter() - t0
    print(json.dumps({"images": len(files), "seconds": dt, "images_per_second": len(files) / dt,
                      "peak_rss_mb": peak_rss_mb(), "threads": torch.get_num_threads()}))


def text(args):
    from mbert import MBert
    t0 = time.perf_counter()
    model = MBert(args.model_dir, args.head)
    ids = torch.tensor([json.load(open(args.ids))["ids"][0]])
    mask = torch.ones_like(ids)
    model.encode(ids, mask)
    cold = (time.perf_counter() - t0) * 1000
    g = torch.Generator().manual_seed(1)
    lib = torch.nn.functional.normalize(torch.randn(args.vectors, 640, generator=g), dim=1)
    enc, tot = [], []
    for _ in range(args.repeat):
        a = time.perf_counter()
        q = model.encode(ids, mask)
        b = time.perf_counter()
        q = torch.nn.functional.normalize(q, dim=1)
        torch.topk(lib @ q[0], 20)
        c = time.perf_counter()
        enc.append((b - a) * 1000)
        tot.append((c - a) * 1000)
    pct = lambda x, p: sorted(x)[min(len(x) - 1, int(p * len(x)))]
    print(json.dumps({"tokens": ids.shape[1], "cold_start_ms": cold, "encode_p50_ms": pct(enc, .5),
                      "encode_p99_ms": pct(enc, .99), "search_p50_ms": pct(tot, .5), "search_p99_ms": pct(tot, .99),
                      "threads": torch.get_num_threads()}))


p = argparse.ArgumentParser()
sub = p.add_subparsers(dest="cmd", required=True)
pi = sub.add_parser("index")
pi.add_argument("folder")
pi.add_argument("model")
pi.add_argument("--batch", type=int, default=8)
pt = sub.add_parser("text")
pt.add_argument("model_dir")
pt.add_argument("head")
pt.add_argument("ids")
pt.add_argument("--repeat", type=int, default=100)
pt.add_argument("--vectors", type=int, default=100000)
for q in (pi, pt):
    q.add_argument("--threads", type=int, default=0)
args = p.parse_args()
if args.threads:
    torch.set_num_threads(args.threads)
index(args) if args.cmd == "index" else text(args)
