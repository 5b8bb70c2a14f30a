// A perceptual hash of a photo: 64 bits that stay nearly the same when the photo is resized,
// recompressed, converted to another format or slightly cropped, so copies of one photo can
// be found among 100,000 without comparing pixels. DCT hash (pHash): the photo in gray at
// 32×32, its 2-D DCT, and one bit per low-frequency coefficient (8×8) saying whether it is above
// their median. Computed for the photo as shown and for its 7 other orientations (quarter
// turns and mirrors of the 32×32 thumbnail: cheap), so a rotated or mirrored copy matches too.
#pragma once

#include <array>
#include <cstdint>

#include "core/image/image.h"

namespace lingualens {

inline constexpr int kHashOrientations = 8;
// [0] as shown; [1] 90° clockwise, [2] 180°, [3] 270°; [4] mirrored left-right, [5..7] the
// mirror turned 90°, 180°, 270° clockwise.
using PerceptualHashes = std::array<uint64_t, kHashOrientations>;

// Of any pixel mode. An empty image gives zeros.
PerceptualHashes perceptual_hashes(const Image8& image);

// Bits that differ.
int hash_distance(uint64_t a, uint64_t b);

// The closest of `b`'s orientations to `a` as shown: how far two photos are, whichever way one
// of them was turned.
int oriented_distance(uint64_t a, const PerceptualHashes& b);

}  // namespace lingualens
