// BERT's small per-layer operations (self-attention, residual + LayerNorm) on plain float
// buffers.
//
// Why not LibTorch ops: for a search query (about ten tokens) these are a few thousand
// multiply-adds each, and the tensor ops that express them (views, two batched matmuls, scale,
// mask, softmax, copies, add, layer_norm) cost more in dispatch and allocation than in
// arithmetic. Measured on a 9-token query with the matrix products switched off: everything
// else took ~3 ms with LibTorch ops, ~1.2 ms with these (the query: ~27 -> ~25 ms).
//
// ref: transformers/models/bert/modeling_bert.py (BertSelfAttention, BertSelfOutput,
// BertOutput; absolute positions, eval mode). Sums are fp32 in another order than PyTorch's
// (~1e-7 relative; the parity tests hold the whole encoder to the reference).
#pragma once

#include <cstdint>

namespace lingualens {

// ref: BertSelfAttention.forward. Padded keys get probability exactly 0, as the reference's
// additive finfo.min mask gives after exp.
// qkv: (batch·len) × 3·hidden rows, each [query | key | value] with heads of hidden / heads
// values side by side; mask: batch × len, 1 for tokens, 0 for padding (at least one 1 per
// sequence). context: (batch·len) × hidden, softmax(q·kᵀ / √d) · v per head.
void bert_self_attention(const float* qkv, const float* mask, int64_t batch, int64_t len,
                         int64_t hidden, int64_t heads, float* context);

// ref: BertSelfOutput / BertOutput: out = LayerNorm(a + b) over rows of `width` values
// (biased variance, eps inside the square root). `out` may be `a` or `b`.
void add_layer_norm(const float* a, const float* b, const float* gamma, const float* beta,
                    double eps, int64_t rows, int64_t width, float* out);

}  // namespace lingualens
