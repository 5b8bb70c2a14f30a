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
#include "core/image/resample_passes.h"

namespace lingualens {

// A rectangle of an image, in pixels.
struct PixelBox {
  int left = 0, top = 0, width = 0, height = 0;
};

// Image.resize((width, height), BICUBIC) with all of Pillow's mode rules.
Image8 pillow_resize(const Image8& in, int width, int height);
// The same followed by .crop(box), computing only the pixels in `box` and the source rows they
// need: the same bytes as resizing the whole image, with less work (CLIP's centre crop drops a
// quarter of a 4:3 photo).
Image8 pillow_resize(const Image8& in, int width, int height, const PixelBox& box);

// The pixels of `box` (which must lie inside the image), in the image's mode.
Image8 crop_image(const Image8& in, const PixelBox& box);

// The building blocks, exposed for tests.
Image8 resample_bicubic(const Image8& in, int width, int height,  // every channel alike
                        ResampleKernels kernels = ResampleKernels::kBest);
Image8 resample_bicubic(const Image8& in, int width, int height, const PixelBox& box,
                        ResampleKernels kernels = ResampleKernels::kBest);
Image8 resample_nearest(const Image8& in, int width, int height);

}  // namespace lingualens
