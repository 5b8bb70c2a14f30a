// The resize behind CLIP's preprocessing (core/image/pillow_resize.h) has two implementations
// of each pass (portable Pillow loops, AVX2) and computes crops directly. Integer sums make both
// exact, so these tests ask for identical bytes: the AVX2 passes against the portable ones, and a
// windowed resize against cropping the whole resized image, for every channel count, shrinking
// and enlarging, windows at every edge, and images whose last window ends at the buffer's end.
// (The portable passes themselves are checked against Pillow in test_image_preprocess.cpp.)
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/image/pillow_resize.h"

namespace lingualens {
namespace {

Image8 noise(int width, int height, PixelMode mode, uint32_t seed) {
  Image8 img;
  img.allocate(width, height, mode);
  std::mt19937 rng(seed);
  for (auto& p : img.pixels) p = static_cast<uint8_t>(rng());
  if (mode == PixelMode::kPalette) {
    img.palette.resize(256 * 3);
    for (auto& p : img.palette) p = static_cast<uint8_t>(rng());
  }
  return img;
}

std::string describe(const Image8& in, int w, int h) {
  return std::string(mode_name(in.mode)) + " " + std::to_string(in.width) + "x" +
         std::to_string(in.height) + " -> " + std::to_string(w) + "x" + std::to_string(h);
}

struct Size {
  int in_w, in_h, out_w, out_h;
};

// Shrinking by large and small factors, enlarging, one axis only, 1-pixel images and outputs.
const Size kSizes[] = {{1200, 900, 384, 288}, {901, 1203, 288, 384}, {640, 480, 288, 216},
                       {97, 61, 288, 181},    {300, 300, 288, 288},  {288, 500, 288, 300},
                       {500, 288, 300, 288},  {1, 1, 5, 3},          {7, 3, 1, 1},
                       {33, 17, 8, 40},       {4000, 3, 288, 1}};

const PixelMode kModes[] = {PixelMode::kL, PixelMode::kLA, PixelMode::kRGB, PixelMode::kRGBA,
                            PixelMode::kCMYK};

TEST(ResamplePasses, Avx2GivesThePortableBytes) {
  uint32_t seed = 1;
  for (const PixelMode mode : kModes) {
    for (const Size& s : kSizes) {
      const Image8 in = noise(s.in_w, s.in_h, mode, seed++);
      const Image8 fast = resample_bicubic(in, s.out_w, s.out_h, ResampleKernels::kBest);
      const Image8 portable = resample_bicubic(in, s.out_w, s.out_h, ResampleKernels::kPortable);
      ASSERT_EQ(fast.width, s.out_w);
      ASSERT_EQ(fast.height, s.out_h);
      EXPECT_EQ(fast.pixels, portable.pixels) << describe(in, s.out_w, s.out_h);
    }
  }
}

TEST(ResamplePasses, ExtremePixelsSaturateAlike) {
  // All-white and checkerboard images push the sums to both ends of the clip (bicubic overshoots).
  for (const PixelMode mode : kModes) {
    Image8 in;
    in.allocate(211, 97, mode);
    for (int y = 0; y < in.height; ++y) {
      for (size_t x = 0; x < in.row_bytes(); ++x) in.row(y)[x] = ((x / 3 + y) % 2) ? 255 : 0;
    }
    for (const auto& [w, h] : {std::pair{50, 23}, std::pair{500, 300}}) {
      EXPECT_EQ(resample_bicubic(in, w, h, ResampleKernels::kBest).pixels,
                resample_bicubic(in, w, h, ResampleKernels::kPortable).pixels)
          << describe(in, w, h);
    }
  }
}

TEST(ResamplePasses, WindowIsTheCropOfTheWholeResize) {
  uint32_t seed = 100;
  for (const PixelMode mode :
       {PixelMode::kL, PixelMode::kRGB, PixelMode::kRGBA, PixelMode::kPalette}) {
    for (const Size& s : kSizes) {
      const Image8 in = noise(s.in_w, s.in_h, mode, seed++);
      const Image8 whole = pillow_resize(in, s.out_w, s.out_h);
      std::mt19937 rng(seed);
      // Centred square (CLIP), the full image, each corner, and random windows.
      const int side = std::min(s.out_w, s.out_h);
      std::vector<PixelBox> boxes = {{(s.out_w - side) / 2, (s.out_h - side) / 2, side, side},
                                     {0, 0, s.out_w, s.out_h},
                                     {0, 0, 1, 1},
                                     {s.out_w - 1, s.out_h - 1, 1, 1}};
      for (int r = 0; r < 6; ++r) {
        PixelBox b;
        b.left = static_cast<int>(rng() % s.out_w);
        b.top = static_cast<int>(rng() % s.out_h);
        b.width = 1 + static_cast<int>(rng() % (s.out_w - b.left));
        b.height = 1 + static_cast<int>(rng() % (s.out_h - b.top));
        boxes.push_back(b);
      }
      for (const PixelBox& b : boxes) {
        const Image8 direct = pillow_resize(in, s.out_w, s.out_h, b);
        const Image8 cropped = crop_image(whole, b);
        ASSERT_EQ(direct.width, b.width);
        ASSERT_EQ(direct.height, b.height);
        EXPECT_EQ(direct.pixels, cropped.pixels)
            << describe(in, s.out_w, s.out_h) << " box " << b.left << "," << b.top << " " << b.width
            << "x" << b.height;
      }
    }
  }
}

TEST(ResamplePasses, WindowsOutsideTheImageAreRefused) {
  const Image8 in = noise(40, 30, PixelMode::kRGB, 7);
  EXPECT_ANY_THROW(pillow_resize(in, 20, 15, PixelBox{15, 0, 6, 5}));
  EXPECT_ANY_THROW(pillow_resize(in, 20, 15, PixelBox{-1, 0, 5, 5}));
  EXPECT_ANY_THROW(pillow_resize(in, 20, 15, PixelBox{0, 0, 0, 5}));
  EXPECT_ANY_THROW(crop_image(in, PixelBox{0, 25, 40, 6}));
}

}  // namespace
}  // namespace lingualens
