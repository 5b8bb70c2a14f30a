// Pillow's fixed-point bicubic filter taps for one axis, shared by the portable and the SIMD
// resampling passes (core/image/resample_passes.h).
//
// ref: Pillow src/libImaging/Resample.c (precompute_coeffs, normalize_coeffs_8bpc, clip8)
#pragma once

#include <cstdint>
#include <type_traits>
#include <vector>

#include "core/error.h"

namespace lingualens {

constexpr int kResamplePrecisionBits = 32 - 8 - 2;  // Resample.c PRECISION_BITS

// For output i, taps k[i * ksize + t] weigh input pixels first[i] + t, t < count[i].
struct ResampleTaps {
  int ksize = 0;
  std::vector<int> first, count;
  std::vector<int32_t> k;
};

ResampleTaps bicubic_taps(int in_size, int out_size);

// A fixed-point sum (rounding already added) back to a byte, as Resample.c clip8.
inline uint8_t resample_clip8(int32_t ss) {
  const int32_t v = ss >> kResamplePrecisionBits;  // arithmetic shift, as the C code relies on
  return static_cast<uint8_t>(v < 0 ? 0 : v > 255 ? 255 : v);
}

// Calls f(std::integral_constant<int, C>{}) for an 8-bit image's channel count C (1 to 4), so
// that the passes are compiled for each count.
template <typename F>
void with_channel_count(int channels, F&& f) {
  switch (channels) {
    case 1:
      return f(std::integral_constant<int, 1>{});
    case 2:
      return f(std::integral_constant<int, 2>{});
    case 3:
      return f(std::integral_constant<int, 3>{});
    case 4:
      return f(std::integral_constant<int, 4>{});
    default:
      throw Error(ErrorKind::kUnsupported, "images with more than 4 channels");
  }
}

}  // namespace lingualens
