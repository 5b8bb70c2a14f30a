// The small JPEG preview cameras and phones embed in a photo's EXIF data (IFD1), found with
// exiv2 without decoding the photo: a thumbnail for free when it is large enough, where
// decoding a 12-megapixel JPEG costs ~60 ms even at 1/8 scale (the entropy decoding is whole).
// Missing or unreadable metadata is simply no thumbnail.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace lingualens {

struct EmbeddedThumbnail {
  std::vector<uint8_t> jpeg;  // the thumbnail's own JPEG file
  int orientation = 1;        // the photo's EXIF orientation (1..8); the thumbnail is stored
                              // unrotated and must be turned the same way
};

std::optional<EmbeddedThumbnail> read_embedded_thumbnail(const std::filesystem::path& file);

}  // namespace lingualens
