// Test support: gives a JPEG file an embedded EXIF preview (IFD1) and an orientation, as
// cameras and phones write them, so the thumbnail path can be tested on real metadata.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace lingualens::test_support {

void embed_exif_thumbnail(const std::filesystem::path& file,
                          const std::vector<uint8_t>& thumbnail_jpeg, int orientation);

}  // namespace lingualens::test_support
