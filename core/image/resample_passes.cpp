#include "core/image/resample_passes.h"

#include <algorithm>
#include <vector>

#include "core/image/resample_avx2.h"

namespace lingualens {
namespace {

constexpr int32_t kHalf = 1 << (kResamplePrecisionBits - 1);

// ref: Resample.c:ImagingResampleHorizontal_8bpc. All channels of a pixel are summed in one pass
// over its taps (C known at compile time keeps the sums in registers).
template <int C>
void horizontal_portable(const Image8& in, Image8& out, int row_offset, int x_begin,
                         const ResampleTaps& t) {
  for (int y = 0; y < out.height; ++y) {
    const uint8_t* src = in.row(y + row_offset);
    uint8_t* dst = out.row(y);
    for (int x = 0; x < out.width; ++x) {
      const int xx = x + x_begin;
      const int32_t* k = &t.k[static_cast<size_t>(xx) * t.ksize];
      const uint8_t* s = src + static_cast<size_t>(t.first[xx]) * C;
      int32_t ss[C];
      for (int ch = 0; ch < C; ++ch) ss[ch] = kHalf;
      const int n = t.count[xx];
      for (int i = 0; i < n; ++i) {
        for (int ch = 0; ch < C; ++ch) ss[ch] += s[i * C + ch] * k[i];
      }
      for (int ch = 0; ch < C; ++ch) dst[x * C + ch] = resample_clip8(ss[ch]);
    }
  }
}

// ref: Resample.c:ImagingResampleVertical_8bpc
void vertical_portable(const Image8& in, Image8& out, int y_begin, int row_shift,
                       const ResampleTaps& t) {
  const size_t row = out.row_bytes();
  std::vector<int32_t> acc(row);
  for (int y = 0; y < out.height; ++y) {
    const int yy = y + y_begin;
    const int32_t* k = &t.k[static_cast<size_t>(yy) * t.ksize];
    std::fill(acc.begin(), acc.end(), kHalf);
    const int first = t.first[yy] - row_shift;
    for (int i = 0; i < t.count[yy]; ++i) {
      const uint8_t* src = in.row(first + i);
      const int32_t ki = k[i];
      for (size_t x = 0; x < row; ++x) acc[x] += src[x] * ki;
    }
    uint8_t* dst = out.row(y);
    for (size_t x = 0; x < row; ++x) dst[x] = resample_clip8(acc[x]);
  }
}

bool use_avx2(ResampleKernels kernels) {
  static const bool supported = resample_avx2_supported();
  return kernels == ResampleKernels::kBest && supported;
}

}  // namespace

void resample_horizontal(const Image8& in, Image8& out, int row_offset, int x_begin,
                         const ResampleTaps& taps, ResampleKernels kernels) {
  if (use_avx2(kernels)) return resample_horizontal_avx2(in, out, row_offset, x_begin, taps);
  with_channel_count(in.channel_count(), [&](auto c) {
    horizontal_portable<decltype(c)::value>(in, out, row_offset, x_begin, taps);
  });
}

void resample_vertical(const Image8& in, Image8& out, int y_begin, int row_shift,
                       const ResampleTaps& taps, ResampleKernels kernels) {
  if (use_avx2(kernels)) return resample_vertical_avx2(in, out, y_begin, row_shift, taps);
  vertical_portable(in, out, y_begin, row_shift, taps);
}

}  // namespace lingualens
