#include "core/text/bert_ops.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lingualens {
namespace {

// Eight independent partial sums: the compiler keeps them in vector registers, where one
// running sum would wait on each addition's latency.
float dot(const float* a, const float* b, int64_t n) {
  float part[8] = {};
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    for (int k = 0; k < 8; ++k) part[k] += a[i + k] * b[i + k];
  }
  float s = 0.f;
  for (; i < n; ++i) s += a[i] * b[i];
  for (float p : part) s += p;
  return s;
}

// y += w · x. `__restrict` lets the compiler use vector registers (it cannot otherwise rule out
// that y overlaps x, and fell back to one value at a time).
void axpy(float w, const float* __restrict x, float* __restrict y, int64_t n) {
  for (int64_t i = 0; i < n; ++i) y[i] += w * x[i];
}

// Four independent partial sums of doubles (LayerNorm statistics), for the same reason as dot.
template <typename F>
double sum_of(int64_t n, F term) {
  double part[4] = {};
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    for (int k = 0; k < 4; ++k) part[k] += term(i + k);
  }
  double s = 0.0;
  for (; i < n; ++i) s += term(i);
  return s + (part[0] + part[1]) + (part[2] + part[3]);
}

// One (sequence, head): every query row against the sequence's unpadded keys.
void attend(const float* qkv, const float* mask, int64_t len, int64_t hidden, int64_t head_dim,
            int64_t head, float sqrt_d, std::vector<float>& p, float* context) {
  const int64_t stride = 3 * hidden;
  const int64_t offset = head * head_dim;
  p.resize(static_cast<size_t>(len));
  for (int64_t i = 0; i < len; ++i) {
    const float* q = qkv + i * stride + offset;
    float max = -INFINITY;
    for (int64_t j = 0; j < len; ++j) {
      if (mask[j] == 0.f) continue;
      p[j] = dot(q, qkv + j * stride + hidden + offset, head_dim) / sqrt_d;  // as the reference
      max = std::max(max, p[j]);
    }
    float sum = 0.f;
    for (int64_t j = 0; j < len; ++j) {
      p[j] = mask[j] == 0.f ? 0.f : std::exp(p[j] - max);
      sum += p[j];
    }
    float* out = context + i * hidden + offset;
    std::fill(out, out + head_dim, 0.f);
    for (int64_t j = 0; j < len; ++j) {
      if (p[j] == 0.f) continue;
      axpy(p[j] / sum, qkv + j * stride + 2 * hidden + offset, out, head_dim);
    }
  }
}

// Statistics in double (PyTorch's own kernel keeps fp32 partial sums; both are well within the
// parity tests' bounds), the normalised values in fp32 as the reference.
void layer_norm_row(const float* x, const float* gamma, const float* beta, double eps,
                    int64_t width, float* out) {
  const double n = static_cast<double>(width);
  const double mean = sum_of(width, [&](int64_t i) { return double{x[i]}; }) / n;
  const double var = sum_of(width,
                            [&](int64_t i) {
                              const double d = x[i] - mean;
                              return d * d;
                            }) /
                     n;
  const float m = static_cast<float>(mean);
  const float rstd = static_cast<float>(1.0 / std::sqrt(var + eps));
  for (int64_t i = 0; i < width; ++i) out[i] = (x[i] - m) * rstd * gamma[i] + beta[i];
}

}  // namespace

void bert_self_attention(const float* qkv, const float* mask, int64_t batch, int64_t len,
                         int64_t hidden, int64_t heads, float* context) {
  const int64_t head_dim = hidden / heads;
  const float sqrt_d = static_cast<float>(std::sqrt(static_cast<double>(head_dim)));
  // Each (sequence, head) is independent; a query's dozen heads are too little work to split.
  const int64_t grain = std::max<int64_t>(1, 4096 / std::max<int64_t>(1, len * len));
  at::parallel_for(0, batch * heads, grain, [&](int64_t begin, int64_t end) {
    std::vector<float> p;
    for (int64_t t = begin; t < end; ++t) {
      const int64_t b = t / heads, h = t % heads;
      attend(qkv + b * len * 3 * hidden, mask + b * len, len, hidden, head_dim, h, sqrt_d, p,
             context + b * len * hidden);
    }
  });
}

void add_layer_norm(const float* a, const float* b, const float* gamma, const float* beta,
                    double eps, int64_t rows, int64_t width, float* out) {
  const int64_t grain = std::max<int64_t>(1, 65536 / std::max<int64_t>(1, width));
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    std::vector<float> sum(static_cast<size_t>(width));
    for (int64_t r = begin; r < end; ++r) {
      for (int64_t i = 0; i < width; ++i) sum[i] = a[r * width + i] + b[r * width + i];
      layer_norm_row(sum.data(), gamma, beta, eps, width, out + r * width);
    }
  });
}

}  // namespace lingualens
