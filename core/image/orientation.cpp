#include "core/image/orientation.h"

#include <cstring>

namespace lingualens {

Image8 apply_orientation(const Image8& in, int orientation) {
  if (orientation < 2 || orientation > 8) return in;
  // Orientations 5-8 swap width and height.
  const bool swap = orientation >= 5;
  Image8 out;
  out.allocate(swap ? in.height : in.width, swap ? in.width : in.height, in.mode);
  out.palette = in.palette;
  const int c = in.channel_count();
  for (int y = 0; y < out.height; ++y) {
    uint8_t* dst = out.row(y);
    for (int x = 0; x < out.width; ++x) {
      int sx = x, sy = y;  // source pixel for display pixel (x, y)
      switch (orientation) {
        case 2:
          sx = in.width - 1 - x;
          break;  // mirror
        case 3:
          sx = in.width - 1 - x;
          sy = in.height - 1 - y;
          break;  // rotate 180
        case 4:
          sy = in.height - 1 - y;
          break;  // flip
        case 5:
          sx = y;
          sy = x;
          break;  // transpose
        case 6:
          sx = y;
          sy = in.height - 1 - x;
          break;  // rotate 90 CW
        case 7:
          sx = in.width - 1 - y;
          sy = in.height - 1 - x;
          break;  // transverse
        case 8:
          sx = in.width - 1 - y;
          sy = x;
          break;  // rotate 90 CCW
      }
      std::memcpy(dst + x * c, in.row(sy) + sx * c, c);
    }
  }
  return out;
}

}  // namespace lingualens
