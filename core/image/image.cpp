#include "core/image/image.h"

namespace lingualens {

int channels(PixelMode mode) {
  switch (mode) {
    case PixelMode::kL:
    case PixelMode::kPalette:
      return 1;
    case PixelMode::kLA:
      return 2;
    case PixelMode::kRGB:
      return 3;
    case PixelMode::kRGBA:
    case PixelMode::kCMYK:
      return 4;
  }
  return 3;
}

const char* mode_name(PixelMode mode) {
  switch (mode) {
    case PixelMode::kL:
      return "L";
    case PixelMode::kLA:
      return "LA";
    case PixelMode::kRGB:
      return "RGB";
    case PixelMode::kRGBA:
      return "RGBA";
    case PixelMode::kCMYK:
      return "CMYK";
    case PixelMode::kPalette:
      return "P";
  }
  return "?";
}

void Image8::allocate(int w, int h, PixelMode m) {
  width = w;
  height = h;
  mode = m;
  pixels.assign(static_cast<size_t>(w) * h * channels(m), 0);
}

}  // namespace lingualens
