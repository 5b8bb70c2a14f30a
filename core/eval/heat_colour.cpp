#include "core/eval/heat_colour.h"

#include <algorithm>
#include <cmath>

namespace lingualens {

Rgb heat_colour(double t) {
  // matplotlib's viridis sampled at 0, 1/8, ..., 1; linear in between.
  static constexpr uint8_t kStops[9][3] = {{68, 1, 84},    {71, 44, 122},  {59, 81, 139},
                                           {44, 113, 142}, {33, 144, 141}, {39, 173, 129},
                                           {92, 200, 99},  {170, 220, 50}, {253, 231, 37}};
  t = std::isfinite(t) ? std::clamp(t, 0.0, 1.0) * 8 : 0;
  const int i = std::min(7, static_cast<int>(t));
  const double f = t - i;
  auto mix = [&](int c) {
    return static_cast<uint8_t>(std::lround(kStops[i][c] + f * (kStops[i + 1][c] - kStops[i][c])));
  };
  return {mix(0), mix(1), mix(2)};
}

bool heat_wants_dark_text(double t) {
  const Rgb c = heat_colour(t);
  // Relative luminance (sRGB weights, no gamma: good enough to pick black or white).
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 128;
}

std::string css_colour(Rgb c) {
  return "rgb(" + std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + ")";
}

}  // namespace lingualens
