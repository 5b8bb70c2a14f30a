// exiv2 0.27 (Debian 12) still hands out std::auto_ptr; its deprecation is not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include "core/image/embedded_thumbnail.h"

#include <exiv2/exiv2.hpp>

#include "core/image/decoders.h"

namespace lingualens {

std::optional<EmbeddedThumbnail> read_embedded_thumbnail(const std::filesystem::path& file) {
  decoders::init_exiv2();
  try {
    auto image = Exiv2::ImageFactory::open(file.string());
    if (!image.get()) return std::nullopt;
    image->readMetadata();  // the metadata segments only, not the image data
    const Exiv2::ExifData& exif = image->exifData();
    if (exif.empty()) return std::nullopt;
    const Exiv2::ExifThumbC thumb(exif);
    if (std::string(thumb.mimeType()) != "image/jpeg") return std::nullopt;
    const Exiv2::DataBuf data = thumb.copy();
    if (data.size_ == 0) return std::nullopt;
    EmbeddedThumbnail out;
    out.jpeg.assign(data.pData_, data.pData_ + data.size_);
    auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (it != exif.end() && it->count() > 0) {
      const long v = it->toLong();
      if (v >= 1 && v <= 8) out.orientation = static_cast<int>(v);
    }
    return out;
  } catch (const std::exception&) {
    return std::nullopt;  // unreadable metadata: decode the photo instead
  }
}

}  // namespace lingualens

#pragma GCC diagnostic pop
