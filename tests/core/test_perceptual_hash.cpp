// The perceptual hash on real photos: the seed photos and copies of them made the ways copies
// are made (resized to 50 % and 25 %, re-encoded as JPEG q60, converted to PNG, turned by a
// quarter, a half and three quarters, mirrored) stay within kSureDistance of their original;
// 5 % crops within kMaxDistance (where the duplicate finder asks the embeddings too); different
// photos stay farther than kSureDistance.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/perceptual_hash.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

// DuplicateParams' defaults (index/duplicates.h), measured here.
constexpr int kSureDistance = 3;
constexpr int kMaxDistance = 10;

cv::Mat as_mat(const Image8& rgb) {
  return cv::Mat(rgb.height, rgb.width, CV_8UC3, const_cast<uint8_t*>(rgb.pixels.data()),
                 rgb.row_bytes())
      .clone();
}

Image8 as_image(const cv::Mat& m) {
  Image8 out;
  out.allocate(m.cols, m.rows, PixelMode::kRGB);
  for (int y = 0; y < m.rows; ++y) std::memcpy(out.row(y), m.ptr(y), out.row_bytes());
  return out;
}

Image8 reencoded(const cv::Mat& m, const std::string& ext, std::vector<int> params) {
  std::vector<uint8_t> bytes;
  cv::Mat bgr;
  cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);
  cv::imencode(ext, bgr, bytes, params);
  return decode_image_bytes(bytes.data(), bytes.size(), "copy" + ext).image;
}

std::vector<std::pair<std::string, Image8>> copies_of(const Image8& photo) {
  const cv::Mat m = as_mat(photo);
  std::vector<std::pair<std::string, Image8>> out;
  cv::Mat t;
  cv::resize(m, t, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
  out.emplace_back("50 %", as_image(t));
  cv::resize(m, t, cv::Size(), 0.25, 0.25, cv::INTER_AREA);
  out.emplace_back("25 %", as_image(t));
  out.emplace_back("JPEG q60", reencoded(m, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 60}));
  out.emplace_back("PNG", reencoded(m, ".png", {}));
  const int dx = m.cols * 5 / 200, dy = m.rows * 5 / 200;  // 5 % of the area, evenly
  out.emplace_back("5 % crop", as_image(m(cv::Rect(dx, dy, m.cols - 2 * dx, m.rows - 2 * dy))));
  cv::rotate(m, t, cv::ROTATE_90_CLOCKWISE);
  out.emplace_back("90°", as_image(t));
  cv::rotate(m, t, cv::ROTATE_180);
  out.emplace_back("180°", as_image(t));
  cv::rotate(m, t, cv::ROTATE_90_COUNTERCLOCKWISE);
  out.emplace_back("270°", as_image(t));
  cv::flip(m, t, 1);
  out.emplace_back("mirrored", as_image(t));
  cv::flip(m, t, 0);
  out.emplace_back("upside-down mirror", as_image(t));
  return out;
}

std::vector<std::pair<std::string, Image8>> seed_photos() {
  std::vector<std::pair<std::string, Image8>> out;
  for (const auto& e : std::filesystem::directory_iterator(test::data("images-seed"))) {
    const auto ext = e.path().extension();
    if (ext != ".jpg" && ext != ".png") continue;
    Image8 rgb = to_rgb(decode_image_file(e.path()).image);
    out.emplace_back(e.path().filename().string(), std::move(rgb));
  }
  return out;
}

TEST(PerceptualHash, CopiesOfAPhotoStayCloseWhicheverWayTheyWereMade) {
  int worst = 0;
  for (const auto& [name, photo] : seed_photos()) {
    const uint64_t original = perceptual_hashes(photo)[0];
    for (const auto& [how, copy] : copies_of(photo)) {
      const int d = oriented_distance(original, perceptual_hashes(copy));
      worst = std::max(worst, d);
      if (std::getenv("LINGUALENS_PRINT_DISTANCES"))
        std::printf("%s, %s: %d\n", name.c_str(), how.c_str(), d);
      EXPECT_LE(d, how == "5 % crop" ? kMaxDistance : kSureDistance) << name << ", " << how;
    }
  }
  std::printf("farthest copy: %d bits\n", worst);
}

TEST(PerceptualHash, DifferentPhotosStayFarApart) {
  const auto photos = seed_photos();
  int closest = 64;
  for (size_t i = 0; i < photos.size(); ++i) {
    const uint64_t a = perceptual_hashes(photos[i].second)[0];
    for (size_t j = 0; j < photos.size(); ++j) {
      if (i == j) continue;
      const int d = oriented_distance(a, perceptual_hashes(photos[j].second));
      closest = std::min(closest, d);
      EXPECT_GT(d, kSureDistance) << photos[i].first << " vs " << photos[j].first;
    }
  }
  std::printf("closest different photos: %d bits\n", closest);
}

TEST(PerceptualHash, OrientationsAreTheTurnedPhotosOwnHashes) {
  const auto photos = seed_photos();
  const Image8& photo = photos.front().second;
  const auto hashes = perceptual_hashes(photo);
  cv::Mat turned;
  cv::rotate(as_mat(photo), turned, cv::ROTATE_90_CLOCKWISE);
  // The photo turned by 90° hashes (as shown) close to the original's 90° orientation.
  EXPECT_LE(hash_distance(perceptual_hashes(as_image(turned))[0], hashes[1]), 4);
  EXPECT_EQ(perceptual_hashes(Image8{}), PerceptualHashes{});
}

}  // namespace
}  // namespace lingualens
