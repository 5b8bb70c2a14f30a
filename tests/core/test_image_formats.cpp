// Every supported container decodes to the pixels Pillow (or the lossless source) gives.
// Files made by tests/data/images-made/make_images.py.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

Image8 rgb_of(const std::string& name) {
  return to_rgb(decode_image_file(test::data("images-made/" + name)).image);
}

double mean_abs_diff(const Image8& a, const Image8& b) {
  EXPECT_EQ(a.width, b.width);
  EXPECT_EQ(a.height, b.height);
  if (a.pixels.size() != b.pixels.size()) return 255;
  double sum = 0;
  for (size_t k = 0; k < a.pixels.size(); ++k) sum += std::abs(int(a.pixels[k]) - int(b.pixels[k]));
  return sum / a.pixels.size();
}

TEST(ImageFormats, LosslessFormatsGiveTheSourcePixels) {
  const Image8 source = rgb_of("formats_source.png");
  ASSERT_EQ(source.width, 96);
  for (const char* f : {"formats.webp", "formats.bmp", "formats.tiff"}) {
    const Image8 got = rgb_of(f);
    EXPECT_EQ(got.pixels, source.pixels) << f;
  }
}

TEST(ImageFormats, JpegDecodesExactlyLikePillow) {
  EXPECT_EQ(rgb_of("formats_q95.jpg").pixels, rgb_of("formats_jpg_pillow.png").pixels);
}

TEST(ImageFormats, GifIsAPaletteImageLikePillows) {
  const auto d = decode_image_file(test::data("images-made/formats.gif"));
  EXPECT_EQ(d.image.mode, PixelMode::kPalette);
  EXPECT_EQ(d.format, "gif");
  EXPECT_EQ(to_rgb(d.image).pixels, rgb_of("formats_gif_pillow.png").pixels);
}

TEST(ImageFormats, WebpWithAlpha) {
  const auto d = decode_image_file(test::data("images-made/formats_rgba.webp"));
  EXPECT_EQ(d.image.mode, PixelMode::kRGBA);
  EXPECT_EQ(d.format, "webp");
}

TEST(ImageFormats, HeicAndAvifDecode) {
  const Image8 source = rgb_of("formats_source.png");
  for (const char* f : {"formats.heic", "formats.avif"}) {
    const auto d = decode_image_file(test::data(std::string("images-made/") + f));
    EXPECT_EQ(d.format, "heif") << f;
    EXPECT_LT(mean_abs_diff(to_rgb(d.image), source), 8.0) << f;  // lossy at quality 90
  }
}

TEST(ImageFormats, SupportedExtensions) {
  for (const char* e : {".jpg", ".JPEG", ".png", ".webp", ".heic", ".HEIF", ".avif", ".gif", ".tif", ".bmp"}) {
    EXPECT_TRUE(is_supported_image_extension(e)) << e;
  }
  EXPECT_FALSE(is_supported_image_extension(".txt"));
  EXPECT_FALSE(is_supported_image_extension(".mp4"));
}

}  // namespace
}  // namespace lingualens

namespace lingualens {
namespace {

// Fast indexing's JPEG DCT-domain reduction: a smaller decode, the photo's true size still
// reported (after orientation). (How close the model input and embeddings stay on 12 MP
// photos is measured by tests/bench/bench_fast_mode, see BENCHMARKS.md.)
TEST(FastJpegDecode, ReducesInTheDctDomainAndKeepsTheTrueSize) {
  const auto file = test::data("images-public/panorama_3000x400.jpg");
  const DecodedImage exact = decode_image_file(file);
  DecodeOptions fast;
  fast.jpeg_reduce_to = 100;
  const DecodedImage reduced = decode_image_file(file, fast);
  EXPECT_EQ(reduced.scale_denom, 4);  // 400 / 4 = 100
  EXPECT_EQ(reduced.image.width, 750);
  EXPECT_EQ(reduced.display_width(), exact.display_width());
  EXPECT_EQ(reduced.display_height(), exact.display_height());
  // Orientation: the display size is the rotated full size.
  const auto rotated = test::data("images-public/exif_orientation6.jpg");
  const DecodedImage r_exact = decode_image_file(rotated);
  fast.jpeg_reduce_to = 50;
  const DecodedImage r_fast = decode_image_file(rotated, fast);
  EXPECT_GT(r_fast.scale_denom, 1);
  EXPECT_EQ(r_fast.display_width(), r_exact.image.width);
  EXPECT_EQ(r_fast.display_height(), r_exact.image.height);
  // Off by default: the exact path decodes at full size.
  EXPECT_EQ(exact.scale_denom, 1);
}

}  // namespace
}  // namespace lingualens
