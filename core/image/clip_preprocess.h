// CLIP's image preprocessing, identical to clip._transform(n_px):
//   Resize(n_px, BICUBIC) → CenterCrop(n_px) → convert("RGB") → ToTensor → Normalize(mean, std)
// ref: openai/CLIP clip/clip.py:_transform; torchvision transforms.functional (resize's
// output size, center_crop's rounding); Pillow Convert.c (L/LA/RGBA/CMYK/P → RGB).
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "core/image/image.h"

namespace lingualens {

// The uint8 RGB image after Resize + CenterCrop + convert("RGB"): size × size.
Image8 clip_crop(const Image8& image, int size);

// Resize target of torchvision's Resize(size) for an image of width × height:
// the short side becomes `size`, the long side int(size * long / short).
void clip_resize_dims(int width, int height, int size, int& out_width, int& out_height);

// ToTensor + Normalize of an RGB crop: float32, channel-major (3 × H × W), written to `out`.
void clip_normalize(const Image8& rgb, float* out);
std::vector<float> clip_normalize(const Image8& rgb);

// Pillow's convert("RGB") from any of our modes.
Image8 to_rgb(const Image8& image);

}  // namespace lingualens
