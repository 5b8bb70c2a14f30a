// Decoded pixels, kept in the mode the file stores them in (as Pillow does), because the
// reference resizes before converting to RGB: grayscale stays one channel, CMYK stays CMYK,
// palette images keep their indexes (resized with nearest neighbour), alpha stays separate.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lingualens {

enum class PixelMode {
  kL,   // 8-bit gray
  kLA,  // gray + alpha
  kRGB,
  kRGBA,
  kCMYK,     // true CMYK (not inverted), as Pillow holds it
  kPalette,  // 8-bit indexes into `palette` (RGB triples)
};

int channels(PixelMode mode);
const char* mode_name(PixelMode mode);

struct Image8 {
  int width = 0;
  int height = 0;
  PixelMode mode = PixelMode::kRGB;
  std::vector<uint8_t> pixels;   // row-major, interleaved, width * channels(mode) per row
  std::vector<uint8_t> palette;  // kPalette only: RGB triples

  int channel_count() const { return channels(mode); }
  size_t row_bytes() const { return static_cast<size_t>(width) * channels(mode); }
  uint8_t* row(int y) { return pixels.data() + static_cast<size_t>(y) * row_bytes(); }
  const uint8_t* row(int y) const { return pixels.data() + static_cast<size_t>(y) * row_bytes(); }
  void allocate(int w, int h, PixelMode m);
};

}  // namespace lingualens
