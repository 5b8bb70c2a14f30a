// y = x · Wᵀ + b for float32 row-major matrices: up to 32 rows through our weight-streaming
// AVX2 kernel (core/util/few_rows_gemm.h), more rows — or a CPU without AVX2 — through oneDNN's
// matmul (Debian's libdnnl, the same library LibTorch uses for convolutions).
//
// Why not torch::linear (OpenBLAS): a short text query multiplies a handful of token rows by
// large weight matrices, and OpenBLAS handles so few rows poorly. On 2 AVX2 cores the 48 BERT
// linears of an 11-token query take ~50 ms through OpenBLAS (rows padded to 16) and ~33 ms
// through oneDNN with the weights in PyTorch's own layout (measured, tests/bench). Results are
// fp32 GEMMs either way (only the summation order differs: ~1e-7 relative).
//
// The weights are used in place (not copied); they must outlive the FastLinear.
// Thread-safety: run() may be called concurrently.
#pragma once

#include <cstdint>
#include <memory>

namespace lingualens {

class FastLinear {
 public:
  // weight: (out, in) row-major, as torch.nn.Linear stores it; bias: (out) or null.
  FastLinear(const float* weight, const float* bias, int64_t out, int64_t in);
  ~FastLinear();
  FastLinear(FastLinear&&) noexcept;
  FastLinear& operator=(FastLinear&&) noexcept;

  // x: (rows, in) row-major; y: (rows, out) row-major.
  void run(const float* x, int64_t rows, float* y) const;

  int64_t in_features() const;
  int64_t out_features() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lingualens
