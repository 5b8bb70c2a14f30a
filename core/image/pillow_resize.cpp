#include "core/image/pillow_resize.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "core/error.h"
#include "core/image/resample_passes.h"

namespace lingualens {
namespace {

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

Image8 resample_bicubic(const Image8& in, int width, int height, ResampleKernels kernels) {
  return resample_bicubic(in, width, height, PixelBox{0, 0, width, height}, kernels);
}

// ref: Resample.c:ImagingResampleInner — the horizontal pass only on the source rows the
// vertical pass reads, here further limited to the rows and columns of `box`.
Image8 resample_bicubic(const Image8& in, int width, int height, const PixelBox& box,
                        ResampleKernels kernels) {
  if (width <= 0 || height <= 0 || in.width <= 0 || in.height <= 0) {
    throw Error(ErrorKind::kInvalidArgument, "resize to or from an empty image");
  }
  if (box.left < 0 || box.top < 0 || box.width <= 0 || box.height <= 0 ||
      box.left + box.width > width || box.top + box.height > height) {
    throw Error(ErrorKind::kInvalidArgument, "resize window outside the resized image");
  }
  const bool need_h = width != in.width;
  const bool need_v = height != in.height;
  // Without a vertical pass the rows are the source's own, shifted by the window's top.
  int first_row = box.top, last_row = box.top + box.height;
  ResampleTaps vt;
  if (need_v) {
    vt = bicubic_taps(in.height, height);
    first_row = vt.first[box.top];
    last_row = first_row;
    for (int y = box.top; y < box.top + box.height; ++y) {
      first_row = std::min(first_row, vt.first[y]);
      last_row = std::max(last_row, vt.first[y] + vt.count[y]);
    }
  }
  Image8 tmp;  // the window's columns on the source rows it needs
  tmp.allocate(box.width, last_row - first_row, in.mode);
  tmp.palette = in.palette;
  if (need_h) {
    resample_horizontal(in, tmp, first_row, box.left, bicubic_taps(in.width, width), kernels);
  } else {
    const size_t c = in.channel_count();
    for (int y = 0; y < tmp.height; ++y) {
      std::memcpy(tmp.row(y), in.row(first_row + y) + box.left * c, tmp.row_bytes());
    }
  }
  if (!need_v) return tmp;
  Image8 out;
  out.allocate(box.width, box.height, in.mode);
  out.palette = in.palette;
  resample_vertical(tmp, out, box.top, first_row, vt, kernels);
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
  return pillow_resize(in, width, height, PixelBox{0, 0, width, height});
}

Image8 pillow_resize(const Image8& in, int width, int height, const PixelBox& box) {
  if (width == in.width && height == in.height) return crop_image(in, box);  // a copy
  if (in.mode == PixelMode::kPalette) return crop_image(resample_nearest(in, width, height), box);
  if (in.mode == PixelMode::kLA || in.mode == PixelMode::kRGBA) {
    Image8 out = resample_bicubic(premultiply(in), width, height, box);
    unpremultiply(out);
    return out;
  }
  return resample_bicubic(in, width, height, box);
}

Image8 crop_image(const Image8& in, const PixelBox& box) {
  if (box.left < 0 || box.top < 0 || box.width <= 0 || box.height <= 0 ||
      box.left + box.width > in.width || box.top + box.height > in.height) {
    throw Error(ErrorKind::kInvalidArgument, "crop window outside the image");
  }
  if (box.left == 0 && box.top == 0 && box.width == in.width && box.height == in.height) return in;
  Image8 out;
  out.allocate(box.width, box.height, in.mode);
  out.palette = in.palette;
  const size_t c = in.channel_count();
  for (int y = 0; y < box.height; ++y) {
    std::memcpy(out.row(y), in.row(box.top + y) + box.left * c, out.row_bytes());
  }
  return out;
}

}  // namespace lingualens
