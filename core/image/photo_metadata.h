// What a photo's metadata says about it: when it was taken, with which camera, where.
// Read with exiv2 from JPEG, PNG, TIFF, WebP and HEIF files. Missing or unreadable metadata
// is simply absent: it never makes a photo fail.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lingualens {

enum class CaptureSource { kNone = 0, kExif = 1, kFile = 2 };

// When a photo was taken, as the clock where it was taken showed it. `wall` counts the
// seconds of that wall-clock time since 1970 as if it were UTC, so it is shown, compared and
// filtered by calendar date without converting it to the viewer's time zone (a photo taken at
// 22:02 in Tokyo shows 22:02 in New York too). `offset_minutes` is the zone's offset from UTC
// when the file says (EXIF OffsetTimeOriginal) or for file times (the indexing machine's zone).
struct CaptureTime {
  int64_t wall = 0;
  std::optional<int> offset_minutes;
  CaptureSource source = CaptureSource::kNone;
};

// A file's modification time (nanoseconds since 1970, UTC) as the local wall-clock time of
// this machine's zone (TZ), for photos whose metadata has no date.
CaptureTime capture_time_from_file(int64_t mtime_ns);

// "+09:00", "-05:30" (EXIF OffsetTime*) → minutes east of UTC; nullopt when malformed.
std::optional<int> parse_exif_offset(const std::string& text);

struct PhotoMetadata {
  // Exif DateTimeOriginal (else DateTime) as seconds since 1970 of that wall-clock time, taken
  // as UTC (see CaptureTime); its OffsetTimeOriginal (else OffsetTime) when present.
  std::optional<int64_t> taken_at;
  std::optional<int> taken_offset;
  std::string camera;  // "Make Model", trimmed
  std::optional<double> latitude, longitude;
};

PhotoMetadata read_photo_metadata(const std::filesystem::path& file);

// "2024:06:12 18:30:05" (EXIF) → seconds; nullopt when malformed.
std::optional<int64_t> parse_exif_datetime(const std::string& text);

}  // namespace lingualens
