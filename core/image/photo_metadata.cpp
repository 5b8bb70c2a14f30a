#include "core/image/photo_metadata.h"

// exiv2 0.27 (Debian 12) still hands out std::auto_ptr; its deprecation is not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

#include "core/image/decoders.h"

#include <cstdio>
#include <ctime>
#include <mutex>

namespace lingualens {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::optional<double> gps_degrees(const Exiv2::ExifData& exif, const char* key,
                                  const char* ref_key) {
  auto it = exif.findKey(Exiv2::ExifKey(key));
  if (it == exif.end() || it->count() < 3) return std::nullopt;
  double v = 0, scale = 1;
  for (long k = 0; k < 3; ++k) {
    const auto r = it->toRational(k);
    if (r.second == 0) return std::nullopt;
    v += static_cast<double>(r.first) / r.second / scale;
    scale *= 60;
  }
  auto ref = exif.findKey(Exiv2::ExifKey(ref_key));
  if (ref != exif.end()) {
    const std::string s = ref->toString();
    if (s == "S" || s == "W") v = -v;
  }
  return v;
}

}  // namespace

std::optional<int64_t> parse_exif_datetime(const std::string& text) {
  int y, mo, d, h, mi, s;
  if (std::sscanf(text.c_str(), "%4d:%2d:%2d %2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6)
    return std::nullopt;
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 ||
      h < 0 || mi < 0 || s < 0) {
    return std::nullopt;
  }
  return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
         h * 3600 + mi * 60 + s;
}

std::optional<int> parse_exif_offset(const std::string& text) {
  int h = 0, m = 0;
  char sign = 0;
  if (std::sscanf(text.c_str(), "%c%2d:%2d", &sign, &h, &m) != 3) return std::nullopt;
  if ((sign != '+' && sign != '-') || h < 0 || h > 14 || m < 0 || m > 59) return std::nullopt;
  const int minutes = h * 60 + m;
  return sign == '-' ? -minutes : minutes;
}

CaptureTime capture_time_from_file(int64_t mtime_ns) {
  // Floor division: a time before 1970 still lands in the right second.
  const int64_t seconds = mtime_ns / 1000000000 - (mtime_ns % 1000000000 < 0 ? 1 : 0);
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm local{};
  CaptureTime c;
  c.source = CaptureSource::kFile;
  if (!localtime_r(&t, &local)) {
    c.wall = seconds;
    return c;
  }
  c.offset_minutes = static_cast<int>(local.tm_gmtoff / 60);
  c.wall = seconds + local.tm_gmtoff;
  return c;
}

PhotoMetadata read_photo_metadata(const std::filesystem::path& file) {
  decoders::init_exiv2();
  PhotoMetadata m;
  try {
    auto image = Exiv2::ImageFactory::open(file.string());
    if (image.get() == nullptr) return m;
    image->readMetadata();
    const Exiv2::ExifData& exif = image->exifData();
    for (const char* key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}) {
      auto it = exif.findKey(Exiv2::ExifKey(key));
      if (it != exif.end()) {
        m.taken_at = parse_exif_datetime(it->toString());
        if (m.taken_at) break;
      }
    }
    // OffsetTimeOriginal (0x9011) and OffsetTime (0x9010) are EXIF 2.31 tags that exiv2 0.27
    // has no names for: found by number.
    if (m.taken_at) {
      for (uint16_t tag : {uint16_t{0x9011}, uint16_t{0x9010}}) {
        for (const auto& d : exif) {
          if (d.tag() == tag && d.groupName() == "Photo")
            m.taken_offset = parse_exif_offset(d.toString());
        }
        if (m.taken_offset) break;
      }
    }
    std::string make, model;
    if (auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Make")); it != exif.end())
      make = trim(it->toString());
    if (auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Model")); it != exif.end())
      model = trim(it->toString());
    // Many cameras repeat the make in the model ("Canon" + "Canon EOS 80D").
    m.camera = model.rfind(make, 0) == 0 ? model : trim(make + " " + model);
    m.latitude = gps_degrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
    m.longitude = gps_degrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
  } catch (const std::exception&) {
    // exiv2 throws on formats it cannot parse; the photo is still indexed, without metadata.
  }
  return m;
}

}  // namespace lingualens

#pragma GCC diagnostic pop
