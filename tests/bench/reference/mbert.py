"""The Python reference for the text side, for benchmarks only: a BERT encoder written the way
Hugging Face's modeling_bert computes it (embeddings + LayerNorm, 12 × (self-attention,
residual + LayerNorm, GELU feed-forward, residual + LayerNorm)), Multilingual-CLIP's masked
mean pooling and its 768→640 linear head. Loads the same pytorch_model.bin and .pkl files.
Debian 12 has no python3-transformers package, hence the transcription."""
import json
import math
import os
import pickle

import torch
import torch.nn.functional as F


class MBert:
    def __init__(self, model_dir, head_file):
        cfg = json.load(open(os.path.join(model_dir, "config.json")))
        self.heads = cfg["num_attention_heads"]
        self.layers = cfg["num_hidden_layers"]
        self.eps = cfg.get("layer_norm_eps", 1e-12)
        sd = torch.load(os.path.join(model_dir, "pytorch_model.bin"), map_location="cpu")
        self.w = {k[5:] if k.startswith("bert.") else k: v.float() for k, v in sd.items()}
        head = pickle.load(open(head_file, "rb"))  # [weight (768, 640) numpy, bias]
        self.head_w = torch.tensor(head[0]).float()
        self.head_b = torch.tensor(head[1]).float()

    def ln(self, x, p):
        return F.layer_norm(x, x.shape[-1:], self.w[p + ".weight"], self.w[p + ".bias"], self.eps)

    def lin(self, x, p):
        return F.linear(x, self.w[p + ".weight"], self.w[p + ".bias"])

    @torch.inference_mode()
    def encode(self, ids, mask):
        w = self.w
        n, t = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t][None] \
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        x = self.ln(x, "embeddings.LayerNorm")
        bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        hd = x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            split = lambda y: y.view(n, t, self.heads, hd).transpose(1, 2)
            q, k, v = (split(self.lin(x, p + f"attention.self.{m}")) for m in ("query", "key", "value"))
            a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + bias, dim=-1) @ v
            a = a.transpose(1, 2).reshape(n, t, -1)
            x = self.ln(self.lin(a, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = F.gelu(self.lin(x, p + "intermediate.dense"))
            x = self.ln(self.lin(h, p + "output.dense") + x, p + "output.LayerNorm")
        m = mask[..., None].float()
        pooled = (x * m).sum(1) / m.sum(1)  # ref: multilingual_clip.py: mean over the attention mask
        return pooled @ self.head_w + self.head_b
