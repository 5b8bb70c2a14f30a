// Pillow's Image.resize(size, BICUBIC), reproduced exactly for 8-bit images, because the
// reference (torchvision Resize on a PIL image) uses it and CLIP embeddings are sensitive to
// it: on RN50x4 even OpenCV's INTER_AREA gives cosine 0.998 and INTER_CUBIC 0.972.
//
// ref: Pillow src/libImaging/Resample.c (precompute_coeffs, normalize_coeffs_8bpc,
//      ImagingResampleHorizontal_8bpc / Vertical_8bpc, ImagingResampleInner),
//      src/libImaging/Geometry.c (ImagingScaleAffine: nearest neighbour),
//      src/PIL/Image.py (Image.resize: P and 1 use NEAREST; LA and RGBA are resized
//      premultiplied), src/libImaging/Convert.c (premultiply / unpremultiply).
// Thread-safety: pure functions.
#pragma once

#include "core/image/image.h"

namespace lingualens {

// Image.resize((width, height), BICUBIC) with all of Pillow's mode rules.
Image8 pillow_resize(const Image8& in, int width, int height);

// The building blocks, exposed for tests.
Image8 resample_bicubic(const Image8& in, int width, int height);  // every channel alike
Image8 resample_nearest(const Image8& in, int width, int height);

}  // namespace lingualens
