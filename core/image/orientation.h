// EXIF orientation (1-8) applied to pixels, so portrait phone photos are encoded upright.
#pragma once

#include "core/image/image.h"

namespace lingualens {

// Returns the image as it should be displayed. ref: Pillow ImageOps.exif_transpose (the
// transposition each orientation value maps to).
Image8 apply_orientation(const Image8& image, int orientation);

}  // namespace lingualens
