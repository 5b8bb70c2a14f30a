#!/usr/bin/env python3
"""The tiny CLIP ResNet as the Hugging Face Hub serves OpenAI's RN50x4 today: OpenCLIP's copy
(timm/resnet50x4_clip.openai, open_clip_model.safetensors) is the state dict of OpenCLIP's model
built from OpenAI's weights: the same tensor names, without OpenAI's three integer
hyper-parameter entries (ref: open_clip src/open_clip/model.py:
build_model_from_openai_state_dict, which deletes input_resolution, context_length,
vocab_size). Each tensor keeps OpenAI's own precision (fp16 where the archive has fp16), to keep
the test data small; every value is exactly OpenAI's, and fp32 copies of the same weights are
covered by the in-memory ModelIdentity test. Run with Debian's python3-torch:  /usr/bin/python3 make_openclip_copy.py
The safetensors file is written by its specification (8-byte little-endian header length,
the JSON header, the raw tensors), so no safetensors package is needed."""
import json
import struct
from pathlib import Path

import torch

here = Path(__file__).resolve().parent
sd = torch.jit.load(str(here / "RN-tiny.pt"), map_location="cpu").state_dict()
for key in ("input_resolution", "context_length", "vocab_size"):
    sd.pop(key, None)
sd = {k: v.contiguous() for k, v in sd.items()}
names = {torch.float16: "F16", torch.float32: "F32", torch.int64: "I64"}

header, blobs, offset = {}, [], 0
for name in sorted(sd):
    data = sd[name].numpy().tobytes()
    header[name] = {"dtype": names[sd[name].dtype], "shape": list(sd[name].shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
header["__metadata__"] = {"format": "pt"}
text = json.dumps(header, separators=(",", ":")).encode()
text += b" " * (-len(text) % 8)
out = here / "openclip" / "open_clip_model.safetensors"
out.parent.mkdir(exist_ok=True)
out.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))
print(out, out.stat().st_size, "bytes,", len(sd), "tensors")
