// The colour scale of every heatmap the evaluation shows (PNG, HTML, the app's widget): a
// perceptually ordered blue–green–yellow ramp, matplotlib's viridis, so one value has one
// colour everywhere and the order survives grey-scale printing and colour blindness.
#pragma once

#include <cstdint>
#include <string>

namespace lingualens {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
};

// t in [0, 1] (clamped): 0 is the low end (dark violet), 1 the high end (yellow).
Rgb heat_colour(double t);
// Whether text on this colour should be dark (light background) rather than white.
bool heat_wants_dark_text(double t);
// "rgb(r,g,b)" for CSS.
std::string css_colour(Rgb c);

}  // namespace lingualens
