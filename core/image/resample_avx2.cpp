#include "core/image/resample_avx2.h"

#include <immintrin.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace lingualens {
namespace {

#define LINGUALENS_AVX2 __attribute__((target("avx2")))

constexpr int32_t kHalf = 1 << (kResamplePrecisionBits - 1);

// Eight bytes widened to eight int32 lanes.
LINGUALENS_AVX2 inline __m256i load8_epi32(const uint8_t* p) {
  return _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p)));
}

// Channel sums → bytes as resample_clip8: rounding, arithmetic shift, saturation to 0..255
// (the int16 step cannot saturate: |sum| >> 22 < 2^10).
LINGUALENS_AVX2 inline __m128i clip8(__m128i sums) {
  const __m128i v =
      _mm_srai_epi32(_mm_add_epi32(sums, _mm_set1_epi32(kHalf)), kResamplePrecisionBits);
  const __m128i w = _mm_packs_epi32(v, v);
  return _mm_packus_epi16(w, w);
}

// The window of output x is read in groups of G bytes (G int32 lanes over V vectors): 8 for
// 1, 2 and 4 channels, 24 for RGB so that every group starts at the same channel. The
// accumulated lanes are folded into one sum per channel, in lanes 0..C-1.
template <int C>
struct Groups {
  static constexpr int kBytes = C == 3 ? 24 : 8;
  static constexpr int kVectors = kBytes / 8;
};

template <int C>
LINGUALENS_AVX2 inline __m128i fold(const __m256i* acc) {
  if constexpr (C == 3) {
    // Lanes hold channels 0 1 2 0 1 2 0 1 | 2 0 1 2 0 1 2 0 | 1 2 0 1 2 0 1 2. Adding halves
    // that share a pattern leaves twelve lanes X Y Z = four whole pixels (0 1 2 0|1 2 0 1|2 0 1 2),
    // then the four pixels are added with byte shifts.
    const __m128i x =
        _mm_add_epi32(_mm256_castsi256_si128(acc[0]), _mm256_extracti128_si256(acc[1], 1));
    const __m128i y =
        _mm_add_epi32(_mm256_extracti128_si256(acc[0], 1), _mm256_castsi256_si128(acc[2]));
    const __m128i z =
        _mm_add_epi32(_mm256_castsi256_si128(acc[1]), _mm256_extracti128_si256(acc[2], 1));
    const __m128i u = _mm_add_epi32(x, _mm_alignr_epi8(y, x, 12));  // X0+X3, X1+Y0, X2+Y1
    const __m128i v =
        _mm_add_epi32(_mm_alignr_epi8(z, y, 8), _mm_srli_si128(z, 4));  // Y2+Z1, Y3+Z2, Z0+Z3
    return _mm_add_epi32(u, v);
  } else {
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(acc[0]), _mm256_extracti128_si256(acc[0], 1));
    if constexpr (C <= 2) s = _mm_add_epi32(s, _mm_srli_si128(s, 8));
    if constexpr (C == 1) s = _mm_add_epi32(s, _mm_srli_si128(s, 4));
    return s;
  }
}

// ref: Resample.c:ImagingResampleHorizontal_8bpc, with each tap's coefficient repeated for the
// C bytes of its pixel and the window padded with zero coefficients to whole groups.
template <int C>
LINGUALENS_AVX2 void horizontal(const Image8& in, Image8& out, int row_offset, int x_begin,
                                const ResampleTaps& t) {
  constexpr int G = Groups<C>::kBytes, V = Groups<C>::kVectors;
  const int width = out.width;
  std::vector<int> groups(width);
  int stride = 0;
  for (int x = 0; x < width; ++x) {
    groups[x] = (t.count[x + x_begin] * C + G - 1) / G;
    stride = std::max(stride, groups[x] * G);
  }
  std::vector<int32_t> coeffs(static_cast<size_t>(width) * stride, 0);
  for (int x = 0; x < width; ++x) {
    const int32_t* k = &t.k[static_cast<size_t>(x + x_begin) * t.ksize];
    int32_t* e = &coeffs[static_cast<size_t>(x) * stride];
    for (int i = 0; i < t.count[x + x_begin]; ++i) {
      for (int ch = 0; ch < C; ++ch) e[i * C + ch] = k[i];
    }
  }
  // Groups may read up to G - 1 bytes past a window (weighed by zero); only the very end of the
  // image has nothing after it, and outputs reaching there take the scalar loop.
  const uint8_t* end = in.pixels.data() + in.pixels.size();
  for (int y = 0; y < out.height; ++y) {
    const uint8_t* src = in.row(y + row_offset);
    uint8_t* dst = out.row(y);
    for (int x = 0; x < width; ++x) {
      const int xx = x + x_begin;
      const uint8_t* s = src + static_cast<size_t>(t.first[xx]) * C;
      const int32_t* e = &coeffs[static_cast<size_t>(x) * stride];
      if (s + static_cast<size_t>(groups[x]) * G > end) {
        for (int ch = 0; ch < C; ++ch) {
          int32_t ss = kHalf;
          for (int i = 0; i < t.count[xx]; ++i) ss += s[i * C + ch] * e[i * C];
          dst[x * C + ch] = resample_clip8(ss);
        }
        continue;
      }
      __m256i acc[V];
      for (int v = 0; v < V; ++v) acc[v] = _mm256_setzero_si256();
      for (int g = 0; g < groups[x]; ++g) {
        for (int v = 0; v < V; ++v) {
          const __m256i k = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(e + g * G + 8 * v));
          acc[v] = _mm256_add_epi32(acc[v], _mm256_mullo_epi32(load8_epi32(s + g * G + 8 * v), k));
        }
      }
      const int bytes = _mm_cvtsi128_si32(clip8(fold<C>(acc)));
      std::memcpy(dst + x * C, &bytes, C);
    }
  }
}

// 32 sums → 32 bytes in order (the packs interleave 128-bit lanes; the permute undoes it).
LINGUALENS_AVX2 inline __m256i clip8x32(const __m256i* acc) {
  const __m256i half = _mm256_set1_epi32(kHalf);
  __m256i v[4];
  for (int j = 0; j < 4; ++j) {
    v[j] = _mm256_srai_epi32(_mm256_add_epi32(acc[j], half), kResamplePrecisionBits);
  }
  const __m256i packed =
      _mm256_packus_epi16(_mm256_packs_epi32(v[0], v[1]), _mm256_packs_epi32(v[2], v[3]));
  return _mm256_permutevar8x32_epi32(packed, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
}

}  // namespace

bool resample_avx2_supported() { return __builtin_cpu_supports("avx2"); }

void resample_horizontal_avx2(const Image8& in, Image8& out, int row_offset, int x_begin,
                              const ResampleTaps& taps) {
  with_channel_count(in.channel_count(), [&](auto c) {
    horizontal<decltype(c)::value>(in, out, row_offset, x_begin, taps);
  });
}

// ref: Resample.c:ImagingResampleVertical_8bpc, 32 bytes of a row at a time, then 8, then one.
LINGUALENS_AVX2 void resample_vertical_avx2(const Image8& in, Image8& out, int y_begin,
                                            int row_shift, const ResampleTaps& t) {
  const size_t row = out.row_bytes();
  for (int y = 0; y < out.height; ++y) {
    const int yy = y + y_begin;
    const int32_t* k = &t.k[static_cast<size_t>(yy) * t.ksize];
    const int first = t.first[yy] - row_shift;
    const int n = t.count[yy];
    uint8_t* dst = out.row(y);
    size_t x = 0;
    for (; x + 32 <= row; x += 32) {
      __m256i acc[4] = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(),
                        _mm256_setzero_si256()};
      for (int i = 0; i < n; ++i) {
        const uint8_t* src = in.row(first + i) + x;
        const __m256i ki = _mm256_set1_epi32(k[i]);
        for (int j = 0; j < 4; ++j) {
          acc[j] = _mm256_add_epi32(acc[j], _mm256_mullo_epi32(load8_epi32(src + 8 * j), ki));
        }
      }
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + x), clip8x32(acc));
    }
    for (; x < row; ++x) {
      int32_t ss = kHalf;
      for (int i = 0; i < n; ++i) ss += in.row(first + i)[x] * k[i];
      dst[x] = resample_clip8(ss);
    }
  }
}

}  // namespace lingualens
