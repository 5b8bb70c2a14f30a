#include "core/image/pillow_resize.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "core/error.h"

namespace lingualens {
namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;  // Resample.c PRECISION_BITS

double bicubic(double x) {  // a = -0.5, support 2
  constexpr double a = -0.5;
  if (x < 0.0) x = -x;
  if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
  return 0.0;
}

// Fixed-point filter taps for one axis: for output i, taps k[i*ksize + t] apply to input
// pixels first[i] + t, t < count[i].
struct Taps {
  int ksize = 0;
  std::vector<int> first, count;
  std::vector<int32_t> k;
};

Taps precompute(int in_size, int out_size) {
  Taps taps;
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
      // normalize_coeffs_8bpc: round half away from zero into 22-bit fixed point
      taps.k[static_cast<size_t>(i) * taps.ksize + x] =
          v < 0 ? static_cast<int32_t>(-0.5 + v * (1 << kPrecisionBits))
                : static_cast<int32_t>(0.5 + v * (1 << kPrecisionBits));
    }
    taps.first[i] = xmin;
    taps.count[i] = xmax;
  }
  return taps;
}

inline uint8_t clip8(int32_t ss) {
  const int32_t v = ss >> kPrecisionBits;  // arithmetic shift, as the C code relies on
  return static_cast<uint8_t>(v < 0 ? 0 : v > 255 ? 255 : v);
}

// ref: Pillow src/libImaging/Resample.c:ImagingResampleHorizontal_8bpc. All channels of a
// pixel are summed in one pass over its taps (C known at compile time keeps the sums in
// registers): integer sums do not depend on their order, so the bytes are Pillow's, at about
// half the time of one pass per channel (12 MP photo: measured in BENCHMARKS.md).
template <int C>
void horizontal_pass(const Image8& in, Image8& out, int row_offset, const Taps& t) {
  for (int y = 0; y < out.height; ++y) {
    const uint8_t* src = in.row(y + row_offset);
    uint8_t* dst = out.row(y);
    for (int x = 0; x < out.width; ++x) {
      const int32_t* k = &t.k[static_cast<size_t>(x) * t.ksize];
      const uint8_t* s = src + static_cast<size_t>(t.first[x]) * C;
      int32_t ss[C];
      for (int ch = 0; ch < C; ++ch) ss[ch] = 1 << (kPrecisionBits - 1);
      const int n = t.count[x];
      for (int i = 0; i < n; ++i) {
        for (int ch = 0; ch < C; ++ch) ss[ch] += s[i * C + ch] * k[i];
      }
      for (int ch = 0; ch < C; ++ch) dst[x * C + ch] = clip8(ss[ch]);
    }
  }
}

void horizontal(const Image8& in, Image8& out, int row_offset, const Taps& t) {
  switch (in.channel_count()) {
    case 1:
      return horizontal_pass<1>(in, out, row_offset, t);
    case 2:
      return horizontal_pass<2>(in, out, row_offset, t);
    case 3:
      return horizontal_pass<3>(in, out, row_offset, t);
    case 4:
      return horizontal_pass<4>(in, out, row_offset, t);
    default:
      throw Error(ErrorKind::kUnsupported, "images with more than 4 channels");
  }
}

void vertical(const Image8& in, Image8& out, const Taps& t, int first_shift) {
  const int c = in.channel_count();
  const size_t row = in.row_bytes();
  std::vector<int32_t> acc(row);
  for (int y = 0; y < out.height; ++y) {
    const int32_t* k = &t.k[static_cast<size_t>(y) * t.ksize];
    std::fill(acc.begin(), acc.end(), 1 << (kPrecisionBits - 1));
    const int first = t.first[y] - first_shift;
    for (int i = 0; i < t.count[y]; ++i) {
      const uint8_t* src = in.row(first + i);
      const int32_t ki = k[i];
      for (size_t x = 0; x < row; ++x) acc[x] += src[x] * ki;
    }
    uint8_t* dst = out.row(y);
    for (size_t x = 0; x < row; ++x) dst[x] = clip8(acc[x]);
  }
  (void)c;
}

uint8_t muldiv255(unsigned a, unsigned b) {
  const unsigned tmp = a * b + 128;
  return static_cast<uint8_t>(((tmp >> 8) + tmp) >> 8);
}

// Convert.c rgbA2rgba / lA2la: colour channels multiplied by alpha (last channel).
Image8 premultiply(const Image8& in) {
  Image8 out = in;
  const int c = in.channel_count();
  for (size_t p = 0; p < out.pixels.size(); p += c) {
    const unsigned a = out.pixels[p + c - 1];
    for (int ch = 0; ch < c - 1; ++ch) out.pixels[p + ch] = muldiv255(out.pixels[p + ch], a);
  }
  return out;
}

// Convert.c rgba2rgbA / la2lA: back to straight alpha (alpha 0 and 255 left as they are).
void unpremultiply(Image8& img) {
  const int c = img.channel_count();
  for (size_t p = 0; p < img.pixels.size(); p += c) {
    const unsigned a = img.pixels[p + c - 1];
    if (a == 0 || a == 255) continue;
    for (int ch = 0; ch < c - 1; ++ch) {
      const unsigned v = (255u * img.pixels[p + ch]) / a;
      img.pixels[p + ch] = static_cast<uint8_t>(v > 255 ? 255 : v);
    }
  }
}

}  // namespace

Image8 resample_bicubic(const Image8& in, int width, int height) {
  if (width <= 0 || height <= 0 || in.width <= 0 || in.height <= 0) {
    throw Error(ErrorKind::kInvalidArgument, "resize to or from an empty image");
  }
  const bool need_h = width != in.width;
  const bool need_v = height != in.height;
  const Taps vt = precompute(in.height, height);
  const int first_row = vt.first.front();
  const int last_row = vt.first.back() + vt.count.back();
  Image8 tmp;
  const Image8* src = &in;
  int shift = 0;
  if (need_h) {
    const Taps ht = precompute(in.width, width);
    tmp.allocate(width, last_row - first_row, in.mode);
    tmp.palette = in.palette;
    horizontal(in, tmp, first_row, ht);
    src = &tmp;
    shift = first_row;  // only the rows the vertical pass uses were computed
  }
  if (!need_v) {
    if (need_h) return tmp;
    return in;
  }
  Image8 out;
  out.allocate(src->width, height, in.mode);
  out.palette = in.palette;
  vertical(*src, out, vt, shift);
  return out;
}

Image8 resample_nearest(const Image8& in, int width, int height) {
  // Geometry.c ImagingScaleAffine: source coordinate advanced by repeated addition.
  const double ax = static_cast<double>(static_cast<float>(in.width)) / width;
  const double ay = static_cast<double>(static_cast<float>(in.height)) / height;
  std::vector<int> xin(width);
  double xo = ax * 0.5;
  for (int x = 0; x < width; ++x, xo += ax) xin[x] = std::min(static_cast<int>(xo), in.width - 1);
  Image8 out;
  out.allocate(width, height, in.mode);
  out.palette = in.palette;
  const int c = in.channel_count();
  double yo = ay * 0.5;
  for (int y = 0; y < height; ++y, yo += ay) {
    const uint8_t* src = in.row(std::min(static_cast<int>(yo), in.height - 1));
    uint8_t* dst = out.row(y);
    for (int x = 0; x < width; ++x) std::memcpy(dst + x * c, src + xin[x] * c, c);
  }
  return out;
}

Image8 pillow_resize(const Image8& in, int width, int height) {
  if (width == in.width && height == in.height) return in;  // Image.resize returns a copy
  if (in.mode == PixelMode::kPalette) return resample_nearest(in, width, height);
  if (in.mode == PixelMode::kLA || in.mode == PixelMode::kRGBA) {
    Image8 out = resample_bicubic(premultiply(in), width, height);
    unpremultiply(out);
    return out;
  }
  return resample_bicubic(in, width, height);
}

}  // namespace lingualens
