// exiv2 0.27 (Debian 12) still hands out std::auto_ptr; its deprecation is not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include "tests/support/exif_thumbnail_writer.h"

#include <exiv2/exiv2.hpp>

#include <cmath>

namespace lingualens::test_support {

void embed_exif_thumbnail(const std::filesystem::path& file,
                          const std::vector<uint8_t>& thumbnail_jpeg, int orientation) {
  auto image = Exiv2::ImageFactory::open(file.string());
  image->readMetadata();
  Exiv2::ExifData exif = image->exifData();
  exif["Exif.Image.Orientation"] = static_cast<uint16_t>(orientation);
  Exiv2::ExifThumb(exif).setJpegThumbnail(thumbnail_jpeg.data(),
                                          static_cast<long>(thumbnail_jpeg.size()));
  image->setExifData(exif);
  image->writeMetadata();
}

void set_exif_date(const std::filesystem::path& file, const std::string& when) {
  auto image = Exiv2::ImageFactory::open(file.string());
  image->readMetadata();
  Exiv2::ExifData exif = image->exifData();
  exif["Exif.Photo.DateTimeOriginal"] = when;
  image->setExifData(exif);
  image->writeMetadata();
}

void set_exif_gps(const std::filesystem::path& file, double latitude, double longitude) {
  auto image = Exiv2::ImageFactory::open(file.string());
  image->readMetadata();
  Exiv2::ExifData exif = image->exifData();
  auto dms = [](double v) {
    v = std::abs(v);
    const int d = static_cast<int>(v);
    const int m = static_cast<int>((v - d) * 60);
    const double s = ((v - d) * 60 - m) * 60;
    return std::to_string(d) + "/1 " + std::to_string(m) + "/1 " +
           std::to_string(static_cast<long>(s * 1000)) + "/1000";
  };
  exif["Exif.GPSInfo.GPSLatitudeRef"] = latitude < 0 ? "S" : "N";
  exif["Exif.GPSInfo.GPSLatitude"] = dms(latitude);
  exif["Exif.GPSInfo.GPSLongitudeRef"] = longitude < 0 ? "W" : "E";
  exif["Exif.GPSInfo.GPSLongitude"] = dms(longitude);
  image->setExifData(exif);
  image->writeMetadata();
}

}  // namespace lingualens::test_support

#pragma GCC diagnostic pop
