#include "core/image/resample_taps.h"

#include <algorithm>
#include <cmath>

namespace lingualens {
namespace {

double bicubic(double x) {  // a = -0.5, support 2
  constexpr double a = -0.5;
  if (x < 0.0) x = -x;
  if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
  return 0.0;
}

}  // namespace

// ref: Resample.c:precompute_coeffs + normalize_coeffs_8bpc
ResampleTaps bicubic_taps(int in_size, int out_size) {
  ResampleTaps taps;
  const double scale = static_cast<double>(static_cast<float>(in_size) - 0.f) / out_size;
  const double filterscale = std::max(scale, 1.0);
  const double support = 2.0 * filterscale;
  taps.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
  taps.first.resize(out_size);
  taps.count.resize(out_size);
  taps.k.assign(static_cast<size_t>(out_size) * taps.ksize, 0);
  std::vector<double> w(taps.ksize);
  for (int i = 0; i < out_size; ++i) {
    const double center = (i + 0.5) * scale;
    const double ss = 1.0 / filterscale;
    int xmin = static_cast<int>(center - support + 0.5);  // truncation, as in C
    if (xmin < 0) xmin = 0;
    int xmax = static_cast<int>(center + support + 0.5);
    if (xmax > in_size) xmax = in_size;
    xmax -= xmin;
    double sum = 0.0;
    for (int x = 0; x < xmax; ++x) {
      w[x] = bicubic((x + xmin - center + 0.5) * ss);
      sum += w[x];
    }
    for (int x = 0; x < xmax; ++x) {
      const double v = sum != 0.0 ? w[x] / sum : w[x];
      // round half away from zero into 22-bit fixed point
      taps.k[static_cast<size_t>(i) * taps.ksize + x] =
          v < 0 ? static_cast<int32_t>(-0.5 + v * (1 << kResamplePrecisionBits))
                : static_cast<int32_t>(0.5 + v * (1 << kResamplePrecisionBits));
    }
    taps.first[i] = xmin;
    taps.count[i] = xmax;
  }
  return taps;
}

}  // namespace lingualens
