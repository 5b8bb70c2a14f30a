// exiv2 0.27 (Debian 12) still hands out std::auto_ptr; its deprecation is not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include "tests/support/exif_thumbnail_writer.h"

#include <exiv2/exiv2.hpp>

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

}  // namespace lingualens::test_support

#pragma GCC diagnostic pop
