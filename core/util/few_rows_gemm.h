// y = x · Wᵀ + b for a few rows of x (a short text query, one search vector), with W used in
// place in PyTorch's (out, in) row-major layout: every output is a dot product of two
// contiguous rows, so nothing is packed or copied per call.
//
// Why: with a handful of rows the work is reading W once. oneDNN's matmul re-packs W on every
// call when the row count is only known at run time (W in PyTorch's layout), which made an
// 11-token BERT query take ~35 ms on 2 AVX2 cores although reading its 340 MB of weights
// takes ~12 ms at this machine's bandwidth; this kernel streams W straight from memory
// (measured in tests/bench/bench_text_encoder and BENCHMARKS.md). Many rows (a batch of
// captions) stay with oneDNN, which blocks for the caches (see core/util/fast_linear.cpp).
//
// Results are fp32 dot products in a different summation order than oneDNN/PyTorch
// (~1e-7 relative). The same kernel reads IEEE-half weights (core/util/half_linear.h).
#pragma once

#include <cstdint>

namespace lingualens {

// True when this CPU runs the AVX2 + FMA + F16C kernel; otherwise callers use another path.
bool few_rows_gemm_supported();

// Computes outputs [out_begin, out_end) of every row: y[r][n] = b[n] + Σₖ x[r][k]·w[n][k].
// x: rows × in, w: out × in, y: rows × out, all row-major; b may be null.
// Splitting [0, out) into ranges across threads gives the same result as one call.
void few_rows_gemm(const float* x, int64_t rows, const float* w, const float* b, int64_t in,
                   int64_t out, int64_t out_begin, int64_t out_end, float* y);
// The same with w stored as IEEE half (binary16) bits.
void few_rows_gemm(const float* x, int64_t rows, const uint16_t* w, const float* b, int64_t in,
                   int64_t out, int64_t out_begin, int64_t out_end, float* y);

// All outputs, split across the compute threads (core/runtime.h): each thread streams its own
// share of the weight rows.
void few_rows_gemm_parallel(const float* x, int64_t rows, const float* w, const float* b,
                            int64_t in, int64_t out, float* y);
void few_rows_gemm_parallel(const float* x, int64_t rows, const uint16_t* w, const float* b,
                            int64_t in, int64_t out, float* y);

}  // namespace lingualens
