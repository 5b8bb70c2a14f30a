// BERT's small per-layer operations on float buffers (core/text/bert_ops.h) against the
// reference formulas in double precision: attention with padded keys (which must get exactly
// zero weight), several heads and batches; residual + LayerNorm, also written in place.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "core/text/bert_ops.h"

namespace lingualens {
namespace {

std::vector<float> normal(size_t n, uint32_t seed, float scale = 1.f) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> d(0.f, scale);
  std::vector<float> v(n);
  for (auto& x : v) x = d(rng);
  return v;
}

// softmax(q·kᵀ/√d + mask) · v per sequence and head, as modeling_bert.py writes it.
std::vector<double> attention_reference(const std::vector<float>& qkv,
                                        const std::vector<float>& mask, int64_t batch, int64_t len,
                                        int64_t hidden, int64_t heads) {
  const int64_t hd = hidden / heads;
  std::vector<double> out(static_cast<size_t>(batch * len * hidden));
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t h = 0; h < heads; ++h) {
      for (int64_t i = 0; i < len; ++i) {
        std::vector<double> s(static_cast<size_t>(len));
        double max = -INFINITY;
        for (int64_t j = 0; j < len; ++j) {
          double dot = 0;
          for (int64_t d = 0; d < hd; ++d) {
            dot += double(qkv[(b * len + i) * 3 * hidden + h * hd + d]) *
                   qkv[(b * len + j) * 3 * hidden + hidden + h * hd + d];
          }
          s[j] = dot / std::sqrt(double(hd)) + (mask[b * len + j] == 0 ? -3.4e38 : 0.0);
          max = std::max(max, s[j]);
        }
        double sum = 0;
        for (auto& x : s) sum += (x = std::exp(x - max));
        for (int64_t d = 0; d < hd; ++d) {
          double acc = 0;
          for (int64_t j = 0; j < len; ++j) {
            acc += s[j] / sum * qkv[(b * len + j) * 3 * hidden + 2 * hidden + h * hd + d];
          }
          out[(b * len + i) * hidden + h * hd + d] = acc;
        }
      }
    }
  }
  return out;
}

TEST(BertOps, AttentionMatchesTheFormulaAndIgnoresPadding) {
  const int64_t batch = 3, len = 7, hidden = 48, heads = 4;
  auto qkv = normal(batch * len * 3 * hidden, 1, 2.f);
  // Sequence lengths 7, 4 and 1: the last has a single token to attend to.
  std::vector<float> mask(batch * len, 0.f);
  const int lengths[] = {7, 4, 1};
  for (int64_t b = 0; b < batch; ++b) {
    for (int j = 0; j < lengths[b]; ++j) mask[b * len + j] = 1.f;
  }
  std::vector<float> got(batch * len * hidden);
  bert_self_attention(qkv.data(), mask.data(), batch, len, hidden, heads, got.data());
  const auto want = attention_reference(qkv, mask, batch, len, hidden, heads);
  for (size_t k = 0; k < got.size(); ++k) EXPECT_NEAR(got[k], want[k], 1e-5) << k;

  // Padded keys have no influence at all: changing them changes nothing.
  auto changed = qkv;
  for (int64_t j = lengths[1]; j < len; ++j) {
    for (int64_t c = hidden; c < 3 * hidden; ++c) changed[(1 * len + j) * 3 * hidden + c] += 100.f;
  }
  std::vector<float> again(got.size());
  bert_self_attention(changed.data(), mask.data(), batch, len, hidden, heads, again.data());
  for (int64_t i = 0; i < lengths[1]; ++i) {
    for (int64_t c = 0; c < hidden; ++c) {
      EXPECT_EQ(again[(1 * len + i) * hidden + c], got[(1 * len + i) * hidden + c]);
    }
  }
}

TEST(BertOps, AddLayerNormMatchesTheFormulaAlsoInPlace) {
  const int64_t rows = 5, width = 37;
  const auto a = normal(rows * width, 2, 3.f), b = normal(rows * width, 3);
  const auto gamma = normal(width, 4), beta = normal(width, 5);
  const double eps = 1e-12;
  std::vector<float> got(a.size());
  add_layer_norm(a.data(), b.data(), gamma.data(), beta.data(), eps, rows, width, got.data());
  for (int64_t r = 0; r < rows; ++r) {
    double mean = 0, var = 0;
    for (int64_t i = 0; i < width; ++i) mean += double(a[r * width + i]) + b[r * width + i];
    mean /= width;
    for (int64_t i = 0; i < width; ++i) {
      const double d = double(a[r * width + i]) + b[r * width + i] - mean;
      var += d * d;
    }
    var /= width;
    for (int64_t i = 0; i < width; ++i) {
      const double x = double(a[r * width + i]) + b[r * width + i];
      const double want = (x - mean) / std::sqrt(var + eps) * gamma[i] + beta[i];
      EXPECT_NEAR(got[r * width + i], want, 1e-5 * (1 + std::abs(want)));
    }
  }
  auto in_place = a;
  add_layer_norm(in_place.data(), b.data(), gamma.data(), beta.data(), eps, rows, width,
                 in_place.data());
  EXPECT_EQ(in_place, got);
}

}  // namespace
}  // namespace lingualens
