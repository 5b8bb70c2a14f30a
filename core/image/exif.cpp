// EXIF orientation through exiv2, from the TIFF-structured payload each container carries.
// exiv2 0.27 (Debian 12) still hands out std::auto_ptr; its deprecation is not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#include <mutex>

#include "core/image/decoders.h"

namespace lingualens::decoders {

void init_exiv2() {
  static std::once_flag once;
  std::call_once(once, [] {
    Exiv2::XmpParser::initialize();
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
  });
}

int exif_orientation(const uint8_t* tiff, size_t size) {
  init_exiv2();
  try {
    Exiv2::ExifData exif;
    Exiv2::ExifParser::decode(exif, tiff, static_cast<uint32_t>(size));
    auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (it == exif.end() || it->count() == 0) return 1;
    const long v = it->toLong();
    return v >= 1 && v <= 8 ? static_cast<int>(v) : 1;
  } catch (const std::exception&) {
    return 1;  // unreadable metadata never makes a readable photo fail
  }
}

}  // namespace lingualens::decoders

#pragma GCC diagnostic pop
