// What a photo's metadata says about it: when it was taken, with which camera, where.
// Read with exiv2 from JPEG, PNG, TIFF, WebP and HEIF files. Missing or unreadable metadata
// is simply absent: it never makes a photo fail.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lingualens {

struct PhotoMetadata {
  // Exif DateTimeOriginal (else DateTime) as seconds since 1970 of that wall-clock time, taken
  // as UTC: cameras record local time without a zone, and sorting needs only consistency.
  std::optional<int64_t> taken_at;
  std::string camera;  // "Make Model", trimmed
  std::optional<double> latitude, longitude;
};

PhotoMetadata read_photo_metadata(const std::filesystem::path& file);

// "2024:06:12 18:30:05" (EXIF) → seconds; nullopt when malformed.
std::optional<int64_t> parse_exif_datetime(const std::string& text);

}  // namespace lingualens
