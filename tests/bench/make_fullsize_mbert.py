#!/usr/bin/env python3
"""Writes a full-size M-BERT-Base-69 model folder with random weights, in the official file
formats, for benchmarks only (load time, peak memory). Needs Debian's python3-torch and
python3-numpy; the product never runs Python.

usage: make_fullsize_mbert.py OUT_DIR VOCAB_TXT
"""
import collections
import json
import os
import pickle
import shutil
import sys

import numpy as np
import torch

out, vocab = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
H, I, L, V, P = 768, 3072, 12, 119547, 512
cfg = {"architectures": ["BertModel"], "attention_probs_dropout_prob": 0.1,
       "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": H,
       "initializer_range": 0.02, "intermediate_size": I, "layer_norm_eps": 1e-12,
       "max_position_embeddings": P, "model_type": "bert", "num_attention_heads": 12,
       "num_hidden_layers": L, "pad_token_id": 0, "type_vocab_size": 2, "vocab_size": V}
json.dump(cfg, open(os.path.join(out, "config.json"), "w"), indent=1)
json.dump({"do_lower_case": False, "model_max_length": 512},
          open(os.path.join(out, "tokenizer_config.json"), "w"))
shutil.copy(vocab, os.path.join(out, "vocab.txt"))

g = torch.Generator().manual_seed(0)
r = lambda *s: torch.randn(*s, generator=g) * 0.02
sd = collections.OrderedDict()
sd["embeddings.position_ids"] = torch.arange(P).unsqueeze(0)
sd["embeddings.word_embeddings.weight"] = r(V, H)
sd["embeddings.position_embeddings.weight"] = r(P, H)
sd["embeddings.token_type_embeddings.weight"] = r(2, H)
sd["embeddings.LayerNorm.weight"] = torch.ones(H)
sd["embeddings.LayerNorm.bias"] = torch.zeros(H)
for l in range(L):
    p = f"encoder.layer.{l}."
    for m in ("attention.self.query", "attention.self.key", "attention.self.value",
              "attention.output.dense"):
        sd[p + m + ".weight"], sd[p + m + ".bias"] = r(H, H), torch.zeros(H)
    sd[p + "attention.output.LayerNorm.weight"], sd[p + "attention.output.LayerNorm.bias"] = torch.ones(H), torch.zeros(H)
    sd[p + "intermediate.dense.weight"], sd[p + "intermediate.dense.bias"] = r(I, H), torch.zeros(I)
    sd[p + "output.dense.weight"], sd[p + "output.dense.bias"] = r(H, I), torch.zeros(H)
    sd[p + "output.LayerNorm.weight"], sd[p + "output.LayerNorm.bias"] = torch.ones(H), torch.zeros(H)
sd["pooler.dense.weight"], sd["pooler.dense.bias"] = r(H, H), torch.zeros(H)
torch.save(sd, os.path.join(out, "pytorch_model.bin"))
with open(os.path.join(out, "M-BERT-Base-69 Linear Weights.pkl"), "wb") as f:
    pickle.dump([r(H, 640).numpy(), torch.zeros(640).numpy()], f, protocol=3)
