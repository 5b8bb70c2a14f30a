#include "core/util/few_rows_gemm.h"

#include <ATen/Parallel.h>
#include <immintrin.h>

namespace lingualens {
namespace {

#define LINGUALENS_AVX2 __attribute__((target("avx2,fma,f16c")))

LINGUALENS_AVX2 inline float horizontal_sum(__m256 v) {
  const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
  return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}

// Eight weights as floats, and one, for float and IEEE-half storage.
LINGUALENS_AVX2 inline __m256 load8(const float* p) { return _mm256_loadu_ps(p); }
LINGUALENS_AVX2 inline __m256 load8(const uint16_t* p) {
  return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}
LINGUALENS_AVX2 inline float load1(const float* p) { return *p; }
LINGUALENS_AVX2 inline float load1(const uint16_t* p) { return _cvtsh_ss(*p); }

// An MB × NB block of outputs: MB rows of x against NB rows of w. MB·NB accumulators plus
// NB + 1 loaded vectors fit the 16 ymm registers for MB = 4, NB = 3; each 8-wide step issues
// MB + NB loads for MB·NB FMAs, so the FMA units, not the loads, set the pace.
template <int MB, int NB, typename W>
LINGUALENS_AVX2 void block(const float* x, int64_t ldx, const W* w, int64_t ldw, const float* b,
                           int64_t in, float* y, int64_t ldy, const W* next) {
  __m256 acc[MB][NB];
#pragma GCC unroll 4
  for (int i = 0; i < MB; ++i) {
#pragma GCC unroll 4
    for (int j = 0; j < NB; ++j) acc[i][j] = _mm256_setzero_ps();
  }
  // One prefetch per 64-byte line of the next weight rows.
  constexpr int64_t kLine = 64 / sizeof(W);
  const int64_t in8 = in & ~int64_t{7};
  for (int64_t k = 0; k < in8; k += 8) {
    // Asks for the next weight rows while these are being used, so reading memory overlaps
    // with the arithmetic instead of stalling the first block of every panel.
    if (next && k % kLine == 0) {
#pragma GCC unroll 4
      for (int j = 0; j < NB; ++j) {
        _mm_prefetch(reinterpret_cast<const char*>(next + j * ldw + k), _MM_HINT_T0);
      }
    }
    __m256 wv[NB];
#pragma GCC unroll 4
    for (int j = 0; j < NB; ++j) wv[j] = load8(w + j * ldw + k);
#pragma GCC unroll 4
    for (int i = 0; i < MB; ++i) {
      const __m256 xv = _mm256_loadu_ps(x + i * ldx + k);
#pragma GCC unroll 4
      for (int j = 0; j < NB; ++j) acc[i][j] = _mm256_fmadd_ps(xv, wv[j], acc[i][j]);
    }
  }
  for (int i = 0; i < MB; ++i) {
    for (int j = 0; j < NB; ++j) {
      float s = horizontal_sum(acc[i][j]);
      for (int64_t k = in8; k < in; ++k) s += x[i * ldx + k] * load1(w + j * ldw + k);
      y[i * ldy + j] = b ? s + b[j] : s;
    }
  }
}

// All rows against NB rows of w, in blocks of 4 rows (the remainder in a smaller block); only
// the first block prefetches `next` (the following weight rows, or null at the end): the
// others read these rows from L1.
template <int NB, typename W>
LINGUALENS_AVX2 void rows_against(const float* x, int64_t rows, const W* w, const float* b,
                                  int64_t in, int64_t out, float* y, const W* next) {
  int64_t r = 0;
  for (; r + 4 <= rows; r += 4, next = nullptr) {
    block<4, NB>(x + r * in, in, w, in, b, in, y + r * out, out, next);
  }
  if (rows - r == 3) block<3, NB>(x + r * in, in, w, in, b, in, y + r * out, out, next);
  if (rows - r == 2) block<2, NB>(x + r * in, in, w, in, b, in, y + r * out, out, next);
  if (rows - r == 1) block<1, NB>(x + r * in, in, w, in, b, in, y + r * out, out, next);
}

// Rows are taken in tiles small enough to stay in L2 while every weight row passes by, so a
// batch of many rows reads the weights once per tile, not once per 4 rows.
constexpr int64_t kRowTile = 48;

template <typename W>
void gemm(const float* x, int64_t rows, const W* w, const float* b, int64_t in, int64_t out,
          int64_t out_begin, int64_t out_end, float* y) {
  for (int64_t r0 = 0; r0 < rows; r0 += kRowTile) {
    const int64_t tile = rows - r0 < kRowTile ? rows - r0 : kRowTile;
    const float* xt = x + r0 * in;
    float* yt = y + r0 * out;
    int64_t n = out_begin;
    for (; n + 3 <= out_end; n += 3) {
      const W* next = n + 6 <= out_end ? w + (n + 3) * in : nullptr;
      rows_against<3>(xt, tile, w + n * in, b ? b + n : nullptr, in, out, yt + n, next);
    }
    for (; n < out_end; ++n) {
      rows_against<1>(xt, tile, w + n * in, b ? b + n : nullptr, in, out, yt + n,
                      static_cast<const W*>(nullptr));
    }
  }
}

// 48 outputs (~150 KB of fp32 BERT weights) per task at least: enough work to hide the
// scheduling. The core target is built with -fopenmp, without which at::parallel_for (an
// inline `#pragma omp parallel`) would run on one thread.
template <typename W>
void gemm_parallel(const float* x, int64_t rows, const W* w, const float* b, int64_t in,
                   int64_t out, float* y) {
  at::parallel_for(
      0, out, 48, [&](int64_t begin, int64_t end) { gemm(x, rows, w, b, in, out, begin, end, y); });
}

}  // namespace

bool few_rows_gemm_supported() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
         __builtin_cpu_supports("f16c");
}

void few_rows_gemm(const float* x, int64_t rows, const float* w, const float* b, int64_t in,
                   int64_t out, int64_t out_begin, int64_t out_end, float* y) {
  gemm(x, rows, w, b, in, out, out_begin, out_end, y);
}

void few_rows_gemm(const float* x, int64_t rows, const uint16_t* w, const float* b, int64_t in,
                   int64_t out, int64_t out_begin, int64_t out_end, float* y) {
  gemm(x, rows, w, b, in, out, out_begin, out_end, y);
}

void few_rows_gemm_parallel(const float* x, int64_t rows, const float* w, const float* b,
                            int64_t in, int64_t out, float* y) {
  gemm_parallel(x, rows, w, b, in, out, y);
}

void few_rows_gemm_parallel(const float* x, int64_t rows, const uint16_t* w, const float* b,
                            int64_t in, int64_t out, float* y) {
  gemm_parallel(x, rows, w, b, in, out, y);
}

}  // namespace lingualens
