#include "core/image/perceptual_hash.h"

#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "core/image/clip_preprocess.h"

namespace lingualens {
namespace {

constexpr int kSide = 32;  // thumbnail the DCT is taken of
constexpr int kBand = 8;   // low-frequency coefficients kept per axis

// The photo in gray at 32×32, each cell the mean of its area. The area is sampled on a grid
// of at least 16×16 points per cell (every pixel for small photos): a 12-megapixel photo costs
// ~1 ms instead of the ~50 ms a full area resize takes, and the means barely move.
cv::Mat gray_thumbnail(const Image8& image) {
  const bool direct = image.mode == PixelMode::kRGB || image.mode == PixelMode::kRGBA ||
                      image.mode == PixelMode::kL || image.mode == PixelMode::kLA;
  const Image8 rgb = direct ? Image8() : to_rgb(image);
  const Image8& src = direct ? image : rgb;
  const int channels = src.channel_count();
  const int step = std::max(1, std::min(src.width, src.height) / (kSide * 16));
  std::vector<double> sum(kSide * kSide, 0.0);
  std::vector<int> count(kSide * kSide, 0);
  std::vector<int> cell_x(static_cast<size_t>(src.width));
  for (int x = 0; x < src.width; ++x)
    cell_x[static_cast<size_t>(x)] = static_cast<int>(int64_t(x) * kSide / src.width);
  for (int y = 0; y < src.height; y += step) {
    const uint8_t* row = src.row(y);
    const int cy = static_cast<int>(int64_t(y) * kSide / src.height) * kSide;
    for (int x = 0; x < src.width; x += step) {
      const uint8_t* px = row + static_cast<size_t>(x) * channels;
      // ITU-R BT.601 luma, as OpenCV's RGB2GRAY.
      const double gray = channels >= 3 ? 0.299 * px[0] + 0.587 * px[1] + 0.114 * px[2] : px[0];
      const int cell = cy + cell_x[static_cast<size_t>(x)];
      sum[static_cast<size_t>(cell)] += gray;
      ++count[static_cast<size_t>(cell)];
    }
  }
  cv::Mat out(kSide, kSide, CV_32F);
  for (int k = 0; k < kSide * kSide; ++k) {
    const auto n = static_cast<size_t>(k);
    out.at<float>(k / kSide, k % kSide) = count[n] ? static_cast<float>(sum[n] / count[n]) : 0.f;
  }
  return out;
}

uint64_t dct_hash(const cv::Mat& gray32) {
  cv::Mat coefficients;
  cv::dct(gray32, coefficients);
  float band[kBand * kBand];
  for (int y = 0; y < kBand; ++y)
    for (int x = 0; x < kBand; ++x) band[y * kBand + x] = coefficients.at<float>(y, x);
  // The median of the 63 AC coefficients (the DC term only says how bright the photo is).
  float ac[kBand * kBand - 1];
  std::copy(band + 1, band + kBand * kBand, ac);
  std::nth_element(ac, ac + 31, ac + 63);
  const float median = ac[31];
  uint64_t bits = 0;
  for (int i = 1; i < kBand * kBand; ++i)
    if (band[i] > median) bits |= uint64_t{1} << i;
  return bits;
}

}  // namespace

PerceptualHashes perceptual_hashes(const Image8& image) {
  PerceptualHashes out{};
  if (image.width <= 0 || image.height <= 0 || image.pixels.empty()) return out;
  const cv::Mat shown = gray_thumbnail(image);
  cv::Mat mirrored;
  cv::flip(shown, mirrored, 1);
  const cv::Mat* bases[2] = {&shown, &mirrored};
  for (int m = 0; m < 2; ++m) {
    const cv::Mat& base = *bases[m];
    cv::Mat turned;
    out[m * 4 + 0] = dct_hash(base);
    cv::rotate(base, turned, cv::ROTATE_90_CLOCKWISE);
    out[m * 4 + 1] = dct_hash(turned);
    cv::rotate(base, turned, cv::ROTATE_180);
    out[m * 4 + 2] = dct_hash(turned);
    cv::rotate(base, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
    out[m * 4 + 3] = dct_hash(turned);
  }
  return out;
}

int hash_distance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

int oriented_distance(uint64_t a, const PerceptualHashes& b) {
  int best = 64;
  for (uint64_t h : b) best = std::min(best, hash_distance(a, h));
  return best;
}

}  // namespace lingualens
