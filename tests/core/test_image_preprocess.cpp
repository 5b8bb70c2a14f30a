// Decoding + CLIP preprocessing against the reference crops (the uint8 image after
// Resize + CenterCrop + convert("RGB") made by the official Python pipeline), for the seed
// photos and every edge case in images-public/, plus the two deliberate deviations.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/orientation.h"
#include "core/image/pillow_resize.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

struct CropCase {
  std::string name;
  std::filesystem::path file, crop;
};

std::vector<CropCase> crop_cases() {
  std::vector<CropCase> out;
  for (const auto& j : test::read_jsonl(test::data("expected/clip-rn-tiny/cases.jsonl"))) {
    out.push_back({j["name"], test::data(j["root"].get<std::string>() + "/" + j["file"].get<std::string>()),
                   test::data("expected/clip-rn-tiny/" + test::stored_crop(j["crop_png"]))});
  }
  return out;
}

// At most one level off on at most 0.1% of the values (the fixtures' definition of equal).
void expect_same_crop(const Image8& got, const Image8& want, const std::string& what) {
  ASSERT_EQ(got.width, want.width) << what;
  ASSERT_EQ(got.height, want.height) << what;
  ASSERT_EQ(got.mode, PixelMode::kRGB) << what;
  ASSERT_EQ(want.mode, PixelMode::kRGB) << what;
  size_t off = 0, far = 0;
  for (size_t k = 0; k < got.pixels.size(); ++k) {
    const int d = std::abs(int(got.pixels[k]) - int(want.pixels[k]));
    off += d > 0;
    far += d > 1;
  }
  EXPECT_EQ(far, 0u) << what << ": values more than one level off";
  EXPECT_LE(off, got.pixels.size() / 1000) << what << ": " << off << " values differ";
}

TEST(ClipPreprocess, CropsMatchTheReference) {
  int checked = 0;
  for (const auto& c : crop_cases()) {
    // The two deliberate deviations are checked against what they should give, below.
    if (c.name.find("exif_orientation") != std::string::npos || c.name.find("gray16") != std::string::npos) continue;
    const auto decoded = decode_image_file(c.file);
    expect_same_crop(clip_crop(decoded.image, 288), decode_image_file(c.crop).image, c.name);
    ++checked;
  }
  EXPECT_EQ(checked, 17);
}

TEST(ClipPreprocess, ExifOrientationIgnoredMatchesTheReference) {
  DecodeOptions opt;
  opt.apply_exif_orientation = false;
  const auto d = decode_image_file(test::data("images-public/exif_orientation6.jpg"), opt);
  EXPECT_EQ(d.exif_orientation, 6);
  EXPECT_FALSE(d.orientation_applied);
  expect_same_crop(clip_crop(d.image, 288),
                   decode_image_file(test::data("expected/clip-rn-tiny/images/public_exif_orientation6.jpg.crop.webp")).image,
                   "exif ignored");
}

TEST(ClipPreprocess, ExifOrientationAppliedByDefault) {
  const auto d = decode_image_file(test::data("images-public/exif_orientation6.jpg"));
  EXPECT_TRUE(d.orientation_applied);
  EXPECT_EQ(d.source_width, 400);
  EXPECT_EQ(d.source_height, 320);
  EXPECT_EQ(d.image.width, 320);  // portrait after rotating 90° clockwise
  EXPECT_EQ(d.image.height, 400);
  // What Pillow gives after ImageOps.exif_transpose (tests/data/images-made/make_images.py).
  expect_same_crop(clip_crop(d.image, 288), decode_image_file(test::data("images-made/exif_orientation6.crop.webp")).image,
                   "exif applied");
}

TEST(ClipPreprocess, SixteenBitGrayIsScaledNotClipped) {
  const auto d = decode_image_file(test::data("images-public/gray16.png"));
  EXPECT_EQ(d.source_bits, 16);
  EXPECT_EQ(d.image.mode, PixelMode::kL);
  expect_same_crop(clip_crop(d.image, 288), decode_image_file(test::data("images-made/gray16.crop.webp")).image,
                   "gray16 scaled");
}

TEST(ClipPreprocess, ModesAreKeptForResizing) {
  EXPECT_EQ(decode_image_file(test::data("images-public/gray_L.jpg")).image.mode, PixelMode::kL);
  EXPECT_EQ(decode_image_file(test::data("images-public/palette_P.png")).image.mode, PixelMode::kPalette);
  EXPECT_EQ(decode_image_file(test::data("images-public/rgba_transparent.png")).image.mode, PixelMode::kRGBA);
  EXPECT_EQ(decode_image_file(test::data("images-public/cmyk.jpg")).image.mode, PixelMode::kCMYK);
}

TEST(ClipPreprocess, ResizeDimensionsFollowTorchvision) {
  int w, h;
  clip_resize_dims(3000, 400, 288, w, h);
  EXPECT_EQ(w, 2160);
  EXPECT_EQ(h, 288);
  clip_resize_dims(289, 1001, 288, w, h);  // int(288 * 1001 / 289) = 997
  EXPECT_EQ(w, 288);
  EXPECT_EQ(h, 997);
  clip_resize_dims(10, 7, 288, w, h);
  EXPECT_EQ(w, 411);
  EXPECT_EQ(h, 288);
}

TEST(ClipPreprocess, CenterCropRoundsHalfToEven) {
  // 289 x 1001 resizes to 288 x 997: (997 - 288) / 2 = 354.5 → 354 (Python's round).
  Image8 img;
  img.allocate(289, 1001, PixelMode::kL);
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) img.row(y)[x] = static_cast<uint8_t>((y * 7 + x) & 0xFF);
  }
  const Image8 resized = pillow_resize(img, 288, 997);
  const Image8 crop = clip_crop(img, 288);
  EXPECT_EQ(crop.row(0)[0], resized.row(354)[0]);
  EXPECT_EQ(crop.row(10)[3 * 5], resized.row(364)[5]);
}

TEST(ClipPreprocess, NormalizeIsChannelMajorFloat) {
  Image8 rgb;
  rgb.allocate(2, 1, PixelMode::kRGB);
  rgb.pixels = {255, 0, 128, 0, 255, 0};
  const auto v = clip_normalize(rgb);
  ASSERT_EQ(v.size(), 6u);
  EXPECT_FLOAT_EQ(v[0], (1.f - 0.48145466f) / 0.26862954f);  // R of pixel 0
  EXPECT_FLOAT_EQ(v[1], (0.f - 0.48145466f) / 0.26862954f);  // R of pixel 1
  EXPECT_FLOAT_EQ(v[2], (0.f - 0.4578275f) / 0.26130258f);   // G of pixel 0
}

TEST(Orientation, AllEightOrientationsMapCorners) {
  Image8 img;  // 3 x 2, pixel value = 10 * y + x
  img.allocate(3, 2, PixelMode::kL);
  for (int y = 0; y < 2; ++y) {
    for (int x = 0; x < 3; ++x) img.row(y)[x] = static_cast<uint8_t>(10 * y + x);
  }
  // Display top-left pixel for each orientation (ref: the EXIF specification's figures).
  const int top_left[9] = {0, 0, 2, 12, 10, 0, 10, 12, 2};
  for (int o = 1; o <= 8; ++o) {
    const Image8 r = apply_orientation(img, o);
    EXPECT_EQ(r.width, o >= 5 ? 2 : 3) << o;
    EXPECT_EQ(r.row(0)[0], top_left[o]) << "orientation " << o;
  }
}

class BadImage : public ::testing::TestWithParam<std::pair<std::string, ErrorKind>> {};

TEST_P(BadImage, TypedErrorNamingTheFile) {
  const auto file = test::data("images-made/" + GetParam().first);
  try {
    decode_image_file(file);
    FAIL() << "decoded " << file;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), GetParam().second) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().first), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Hostile, BadImage,
    ::testing::Values(std::make_pair("zero_bytes.jpg", ErrorKind::kBadFormat),
                      std::make_pair("truncated.jpg", ErrorKind::kBadFormat),
                      std::make_pair("not_an_image.jpg", ErrorKind::kBadFormat),
                      std::make_pair("bomb_50000x50000.png", ErrorKind::kTooLarge),
                      std::make_pair("bomb_60000x60000.tiff", ErrorKind::kTooLarge),
                      std::make_pair("zero_width.png", ErrorKind::kBadFormat),
                      std::make_pair("missing.jpg", ErrorKind::kNotFound)));

TEST(Decode, PixelLimitIsConfigurable) {
  DecodeOptions opt;
  opt.max_pixels = 100 * 100;
  try {
    decode_image_file(test::data("images-seed/red apple.jpg"), opt);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kTooLarge);
  }
}

TEST(Decode, FoldersAreNotImages) {
  EXPECT_THROW(decode_image_file(test::data("images-seed")), Error);
}

}  // namespace
}  // namespace lingualens
