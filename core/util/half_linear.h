// y = x · Wᵀ + b with W kept as IEEE half (binary16) and every product and sum in fp32.
//
// Why: a short text query is bound by streaming the weights of 72 BERT matrices from memory.
// Half storage halves those bytes (and the text model's resident memory: 340 → 170 MB for
// M-BERT-Base's encoder) and made an 11-token query ~20 % faster on 2 AVX2 cores (27 → 22 ms).
// The cost is rounding each weight to 11 significant bits (relative error ≤ 2⁻¹¹): embeddings
// keep cosine ≥ 0.99999 to the fp32 reference but drift up to 1.4e-3 in relative L2, ten
// times the parity threshold, so it is opt-in (TextEncoderParams::half_weights; measured in
// tests/core/test_text_encoder.cpp and BENCHMARKS.md).
//
// Needs AVX2 + FMA + F16C (supported()); elsewhere the text encoder keeps fp32 (FastLinear).
// Thread-safety: run() may be called concurrently.
#pragma once

#include <cstdint>
#include <vector>

namespace lingualens {

class HalfLinear {
 public:
  static bool supported();

  // weight: (out, in) row-major fp32 as torch.nn.Linear stores it, copied and rounded to
  // nearest half; bias: (out) or null, copied.
  HalfLinear(const float* weight, const float* bias, int64_t out, int64_t in);

  // x: (rows, in) row-major; y: (rows, out) row-major. Uses the compute threads.
  void run(const float* x, int64_t rows, float* y) const;

  int64_t in_features() const { return in_; }
  int64_t out_features() const { return out_; }

 private:
  std::vector<uint16_t> weight_;
  std::vector<float> bias_;
  int64_t out_ = 0, in_ = 0;
};

}  // namespace lingualens
