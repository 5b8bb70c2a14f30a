// Test support: gives a JPEG file an embedded EXIF preview (IFD1) and an orientation, as
// cameras and phones write them, so the thumbnail path can be tested on real metadata; and a
// capture time, as a camera's clock records it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace lingualens::test_support {

void embed_exif_thumbnail(const std::filesystem::path& file,
                          const std::vector<uint8_t>& thumbnail_jpeg, int orientation);

// `when` as EXIF writes it: "YYYY:MM:DD HH:MM:SS".
void set_exif_date(const std::filesystem::path& file, const std::string& when);

// A GPS position as cameras write it (degrees/minutes/seconds rationals, N/S and E/W refs).
void set_exif_gps(const std::filesystem::path& file, double latitude, double longitude);

}  // namespace lingualens::test_support
