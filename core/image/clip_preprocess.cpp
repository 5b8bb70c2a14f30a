#include "core/image/clip_preprocess.h"

#include <cmath>
#include <cstring>

#include "core/error.h"
#include "core/image/pillow_resize.h"

namespace lingualens {
namespace {

constexpr float kMean[3] = {0.48145466f, 0.4578275f, 0.40821073f};
constexpr float kStd[3] = {0.26862954f, 0.26130258f, 0.27577711f};

uint8_t muldiv255(int a, int b) {
  const int tmp = a * b + 128;
  return static_cast<uint8_t>(((tmp >> 8) + tmp) >> 8);
}

}  // namespace

void clip_resize_dims(int width, int height, int size, int& out_width, int& out_height) {
  // ref: torchvision transforms/functional.py:_compute_resized_output_size
  const bool portrait = width <= height;
  const int shorter = portrait ? width : height, longer = portrait ? height : width;
  const int new_long = static_cast<int>(static_cast<double>(int64_t(size) * longer) / shorter);
  out_width = portrait ? size : new_long;
  out_height = portrait ? new_long : size;
}

Image8 to_rgb(const Image8& in) {
  if (in.mode == PixelMode::kRGB) return in;
  Image8 out;
  out.allocate(in.width, in.height, PixelMode::kRGB);
  const size_t n = static_cast<size_t>(in.width) * in.height;
  const uint8_t* s = in.pixels.data();
  uint8_t* d = out.pixels.data();
  switch (in.mode) {
    case PixelMode::kL:
    case PixelMode::kLA: {  // l2rgb / la2rgb: gray replicated, alpha dropped
      const int c = in.channel_count();
      for (size_t p = 0; p < n; ++p) d[3 * p] = d[3 * p + 1] = d[3 * p + 2] = s[p * c];
      break;
    }
    case PixelMode::kRGBA:  // rgba2rgb: alpha dropped, no compositing
      for (size_t p = 0; p < n; ++p) std::memcpy(d + 3 * p, s + 4 * p, 3);
      break;
    case PixelMode::kCMYK:  // cmyk2rgb: Pillow's naive conversion, no ICC profile
      for (size_t p = 0; p < n; ++p) {
        const int nk = 255 - s[4 * p + 3];
        for (int ch = 0; ch < 3; ++ch) {
          const int v = nk - muldiv255(s[4 * p + ch], nk);
          d[3 * p + ch] = static_cast<uint8_t>(v < 0 ? 0 : v);
        }
      }
      break;
    case PixelMode::kPalette: {
      if (in.palette.size() < 3)
        throw Error(ErrorKind::kBadFormat, "palette image without a palette");
      const size_t entries = in.palette.size() / 3;
      for (size_t p = 0; p < n; ++p) {
        const size_t i = s[p] < entries ? s[p] : 0;
        std::memcpy(d + 3 * p, in.palette.data() + 3 * i, 3);
      }
      break;
    }
    case PixelMode::kRGB:
      break;
  }
  return out;
}

Image8 clip_crop(const Image8& image, int size) {
  int w, h;
  clip_resize_dims(image.width, image.height, size, w, h);
  // ref: torchvision center_crop: int(round((dim - size) / 2.0)), Python rounds half to even
  const int top = static_cast<int>(std::nearbyint((h - size) / 2.0));
  const int left = static_cast<int>(std::nearbyint((w - size) / 2.0));
  // Resize and crop in one: only the kept pixels are resampled (same bytes).
  return to_rgb(pillow_resize(image, w, h, PixelBox{left, top, size, size}));
}

void clip_normalize(const Image8& rgb, float* out) {
  if (rgb.mode != PixelMode::kRGB)
    throw Error(ErrorKind::kInvalidArgument, "clip_normalize needs RGB");
  const size_t plane = static_cast<size_t>(rgb.width) * rgb.height;
  for (int ch = 0; ch < 3; ++ch) {
    float* dst = out + ch * plane;
    for (size_t p = 0; p < plane; ++p) {
      // float32 throughout, in the reference's order: x / 255, then (x - mean) / std
      dst[p] = (static_cast<float>(rgb.pixels[3 * p + ch]) / 255.f - kMean[ch]) / kStd[ch];
    }
  }
}

std::vector<float> clip_normalize(const Image8& rgb) {
  std::vector<float> out(static_cast<size_t>(rgb.width) * rgb.height * 3);
  clip_normalize(rgb, out.data());
  return out;
}

}  // namespace lingualens
