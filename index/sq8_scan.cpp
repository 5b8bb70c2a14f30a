#include "index/sq8_scan.h"

#include <immintrin.h>

namespace lingualens {
namespace {

#define LINGUALENS_AVX2 __attribute__((target("avx2,fma")))

LINGUALENS_AVX2 float horizontal_sum(__m256 a) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

LINGUALENS_AVX2 float dot_avx2(const float* w, const uint8_t* c, int dim) {
  __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
  int k = 0;
  for (; k + 16 <= dim; k += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(c + k));
    const __m256 lo = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(bytes));
    const __m256 hi = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_srli_si128(bytes, 8)));
    a0 = _mm256_fmadd_ps(lo, _mm256_loadu_ps(w + k), a0);
    a1 = _mm256_fmadd_ps(hi, _mm256_loadu_ps(w + k + 8), a1);
  }
  float total = horizontal_sum(_mm256_add_ps(a0, a1));
  for (; k < dim; ++k) total += w[k] * c[k];
  return total;
}

LINGUALENS_AVX2 void scores_avx2(const float* w, const uint8_t* codes, int64_t n, int dim,
                                 float* out) {
  for (int64_t i = 0; i < n; ++i) out[i] = dot_avx2(w, codes + i * dim, dim);
}

LINGUALENS_AVX2 void float_scores_avx2(const float* q, const float* rows, int64_t n, int dim,
                                       float* out) {
  for (int64_t i = 0; i < n; ++i) {
    const float* r = rows + i * dim;
    __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
    int k = 0;
    for (; k + 16 <= dim; k += 16) {
      a0 = _mm256_fmadd_ps(_mm256_loadu_ps(r + k), _mm256_loadu_ps(q + k), a0);
      a1 = _mm256_fmadd_ps(_mm256_loadu_ps(r + k + 8), _mm256_loadu_ps(q + k + 8), a1);
    }
    float total = horizontal_sum(_mm256_add_ps(a0, a1));
    for (; k < dim; ++k) total += q[k] * r[k];
    out[i] = total;
  }
}

}  // namespace

void float_scores(const float* q, const float* rows, int64_t n, int dim, float* out) {
  if (sq8_avx2_supported()) {
    float_scores_avx2(q, rows, n, dim, out);
    return;
  }
  for (int64_t i = 0; i < n; ++i) {
    const float* r = rows + i * dim;
    float s = 0;
    for (int k = 0; k < dim; ++k) s += q[k] * r[k];
    out[i] = s;
  }
}

bool sq8_avx2_supported() {
  static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return ok;
}

void sq8_scores_portable(const float* w, const uint8_t* codes, int64_t n, int dim, float* out) {
  for (int64_t i = 0; i < n; ++i) {
    const uint8_t* c = codes + i * dim;
    float s = 0;
    for (int k = 0; k < dim; ++k) s += w[k] * c[k];
    out[i] = s;
  }
}

void sq8_scores(const float* w, const uint8_t* codes, int64_t n, int dim, float* out) {
  if (sq8_avx2_supported()) {
    scores_avx2(w, codes, n, dim, out);
  } else {
    sq8_scores_portable(w, codes, n, dim, out);
  }
}

}  // namespace lingualens
