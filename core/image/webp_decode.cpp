// WebP through libwebp (dimensions are checked from the header before decoding).
#include <webp/decode.h>

#include <cstring>

#include "core/error.h"
#include "core/image/decoders.h"

namespace lingualens::decoders {

void decode_webp(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out) {
  WebPBitstreamFeatures features;
  if (WebPGetFeatures(data, size, &features) != VP8_STATUS_OK) {
    throw Error(ErrorKind::kBadFormat, name, "corrupt or truncated WebP");
  }
  check_dimensions(features.width, features.height, name, opt);
  const PixelMode mode = features.has_alpha ? PixelMode::kRGBA : PixelMode::kRGB;
  out.image.allocate(features.width, features.height, mode);
  const int stride = static_cast<int>(out.image.row_bytes());
  const uint8_t* ok =
      features.has_alpha
          ? WebPDecodeRGBAInto(data, size, out.image.pixels.data(), out.image.pixels.size(), stride)
          : WebPDecodeRGBInto(data, size, out.image.pixels.data(), out.image.pixels.size(), stride);
  if (!ok) throw Error(ErrorKind::kBadFormat, name, "corrupt or truncated WebP");
  out.format = "webp";
}

}  // namespace lingualens::decoders
