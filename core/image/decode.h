// Image files → pixels, for every format people keep photos in: JPEG (baseline,
// progressive, grayscale, CMYK), PNG (gray, alpha, palette, 16-bit), WebP, BMP, TIFF, GIF
// (first frame), HEIC/HEIF/AVIF. Decoding follows what Pillow produces, because the
// reference pipeline (clip._transform) runs on Pillow images.
//
// Every failure is a lingualens::Error naming the file: kNotFound, kIo, kBadFormat (empty,
// truncated, corrupt, not an image), kUnsupported, kTooLarge (over max_pixels, checked from
// the header before the pixels are decoded). Thread-safety: safe to call concurrently.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/image/image.h"

namespace lingualens {

class PixelBudget;

struct DecodeOptions {
  int64_t max_pixels = 200'000'000;    // decompression-bomb guard (width * height)
  bool apply_exif_orientation = true;  // deliberate deviation from the reference, see README
  // Fast indexing (off by default; not the reference's pixels): a JPEG may be decoded at 1/2,
  // 1/4 or 1/8 scale in the DCT domain as long as its short side stays >= this many pixels.
  // The CLIP resize then starts from the smaller image. 0: always full resolution.
  int jpeg_reduce_to = 0;
  // Shared by parallel decoders (not owned): each decode takes its image's pixels from it
  // once the size is known; the caller releases them when done with the pixels.
  PixelBudget* budget = nullptr;
};

struct DecodedImage {
  Image8 image;
  std::string format;        // "jpeg", "png", "webp", "bmp", "tiff", "gif", "heif"
  int exif_orientation = 1;  // as found in the file (1 = upright / none)
  bool orientation_applied = false;
  int source_bits = 8;   // 16 for 16-bit files (reduced to 8 bits)
  int source_width = 0;  // full resolution, before orientation
  int source_height = 0;
  int scale_denom = 1;  // 2, 4, 8: decoded at that fraction (DecodeOptions::jpeg_reduce_to)
  // The photo's full-resolution size as it is meant to be seen (after orientation).
  int display_width() const {
    return orientation_applied && exif_orientation >= 5 ? source_height : source_width;
  }
  int display_height() const {
    return orientation_applied && exif_orientation >= 5 ? source_width : source_height;
  }
};

DecodedImage decode_image_file(const std::filesystem::path& file,
                               const DecodeOptions& options = {});
DecodedImage decode_image_bytes(const uint8_t* data, size_t size, const std::filesystem::path& name,
                                const DecodeOptions& options = {});

// File extensions (lower case, with the dot) that decode_image_file understands.
bool is_supported_image_extension(const std::string& extension);

}  // namespace lingualens
