#!/usr/bin/env python3
"""Writes the checkpoint-format fixtures with the official writer (Debian's python3-torch).

Run once by a developer: `/usr/bin/python3 make_formats.py` (needs python3-torch).
The product never runs Python; these files only prove our readers on real torch output.

- small_zip.pt       torch.save (zip, the default since PyTorch 1.6)
- small_legacy.pt    torch.save(..., _use_new_zipfile_serialization=False)
- small.safetensors  written per the safetensors spec (no safetensors package in Debian 12):
                     u64 header length, JSON header, raw little-endian bytes
- expected.json      name -> dtype, shape, values (float list in C order) from torch itself
"""
import collections
import json
import struct

import torch

torch.manual_seed(7)
x = torch.arange(10, dtype=torch.float32) * 0.25 - 1.0
sd = collections.OrderedDict()
sd["embeddings.position_ids"] = torch.arange(6).unsqueeze(0)           # int64 (1, 6)
sd["layer.weight"] = torch.randn(3, 4)                                   # float32
sd["layer.bias"] = torch.randn(4).half()                                 # float16
sd["layer.gamma_bf16"] = torch.randn(5).to(torch.bfloat16)               # bfloat16
sd["double"] = torch.randn(2, 2, dtype=torch.float64)
sd["transposed"] = torch.randn(4, 3).t()                                 # non-contiguous
sd["full"] = x
sd["slice"] = x[3:7]                                                     # shares storage, offset 3
sd["scalar"] = torch.tensor(3.5)

torch.save(sd, "small_zip.pt")
torch.save(sd, "small_legacy.pt", _use_new_zipfile_serialization=False)

dtypes = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
          torch.float64: "F64", torch.int64: "I64"}
header, blobs, offset = {}, [], 0
for name, t in sd.items():
    data = t.contiguous().view(torch.uint8).numpy().tobytes() if t.dim() else \
        t.reshape(1).view(torch.uint8).numpy().tobytes()
    header[name] = {"dtype": dtypes[t.dtype], "shape": list(t.shape),
                    "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
header["__metadata__"] = {"format": "pt"}
h = json.dumps(header, separators=(",", ":")).encode()
h += b" " * ((8 - len(h) % 8) % 8)
with open("small.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))

expected = {name: {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
                   "values": t.double().flatten().tolist()} for name, t in sd.items()}
with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1)

# Hostile / wrong archives, built with Python's zipfile in the torch archive layout.
import zipfile
with zipfile.ZipFile("evil_zip.pt", "w", zipfile.ZIP_STORED) as z:
    z.writestr("evil/data.pkl", b"cos\nsystem\n(S'echo pwned'\ntR.")
    z.writestr("evil/version", b"3\n")
with zipfile.ZipFile("not_a_checkpoint.zip", "w", zipfile.ZIP_STORED) as z:
    z.writestr("photos/readme.txt", b"just a zip file\n")
    z.writestr("photos/version", b"3\n")

# Heads that must be refused: wrong input size for a 16-d model, and a malicious pickle.
import pickle
import numpy as np
with open("head_in32.pkl", "wb") as f:
    pickle.dump([np.zeros((32, 8), np.float32), np.zeros(8, np.float32)], f, protocol=3)
with open("head_evil.pkl", "wb") as f:
    f.write(b"\x80\x02cposix\nsystem\nq\x00X\n\x00\x00\x00echo pwnedq\x01\x85q\x02Rq\x03.")

# The zip archive re-compressed with deflate (as a user's zip tool might): same tensors.
with zipfile.ZipFile("small_zip.pt") as src, zipfile.ZipFile("small_zip_deflated.pt", "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        dst.writestr(info.filename, src.read(info.filename))

# A 16 -> 16 head, so the tiny text model shares the tiny CLIP's 16-d space (end-to-end tests
# of search and evaluation; the values are random, the format is the official one).
rng = np.random.default_rng(16)
with open("head_16x16.pkl", "wb") as f:
    pickle.dump([rng.standard_normal((16, 16)).astype(np.float32), np.zeros(16, np.float32)], f, protocol=3)
