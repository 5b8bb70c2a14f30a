#include "core/image/decode.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "core/error.h"
#include "core/image/decoders.h"
#include "core/image/orientation.h"
#include "core/image/pixel_budget.h"

namespace lingualens {
namespace {

enum class Format { kJpeg, kPng, kGif, kWebp, kBmp, kTiff, kHeif, kUnknown };

// By content, never by extension: a .jpg that is really a PNG still decodes, and a text
// file named .jpg gets "not an image".
Format sniff(const uint8_t* d, size_t n) {
  if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) return Format::kJpeg;
  if (n >= 8 && std::memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) return Format::kPng;
  if (n >= 6 && (std::memcmp(d, "GIF87a", 6) == 0 || std::memcmp(d, "GIF89a", 6) == 0))
    return Format::kGif;
  if (n >= 12 && std::memcmp(d, "RIFF", 4) == 0 && std::memcmp(d + 8, "WEBP", 4) == 0)
    return Format::kWebp;
  if (n >= 2 && d[0] == 'B' && d[1] == 'M') return Format::kBmp;
  if (n >= 4 && (std::memcmp(d, "II*\0", 4) == 0 || std::memcmp(d, "MM\0*", 4) == 0))
    return Format::kTiff;
  if (n >= 12 && std::memcmp(d + 4, "ftyp", 4) == 0) {
    static const char* kBrands[] = {"heic", "heix", "hevc", "hevx", "heim",
                                    "heis", "mif1", "msf1", "avif", "avis"};
    for (const char* b : kBrands) {
      if (std::memcmp(d + 8, b, 4) == 0) return Format::kHeif;
    }
  }
  return Format::kUnknown;
}

}  // namespace

namespace decoders {
void check_dimensions(int64_t width, int64_t height, const std::filesystem::path& name,
                      const DecodeOptions& opt) {
  if (width <= 0 || height <= 0) {
    throw Error(
        ErrorKind::kBadFormat, name,
        "the image has no pixels (" + std::to_string(width) + "x" + std::to_string(height) + ")");
  }
  if (width > opt.max_pixels / height) {
    throw Error(ErrorKind::kTooLarge, name,
                std::to_string(width) + "x" + std::to_string(height) +
                    " pixels is over the limit of " + std::to_string(opt.max_pixels / 1000000) +
                    " megapixels (not decoded)");
  }
  if (opt.budget) opt.budget->acquire(width * height);
}
}  // namespace decoders

bool is_supported_image_extension(const std::string& extension) {
  static const char* kExt[] = {".jpg", ".jpeg", ".jpe",  ".jfif", ".png",  ".gif", ".webp",
                               ".bmp", ".tif",  ".tiff", ".heic", ".heif", ".hif", ".avif"};
  std::string e = extension;
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(std::begin(kExt), std::end(kExt), e) != std::end(kExt);
}

DecodedImage decode_image_bytes(const uint8_t* data, size_t size, const std::filesystem::path& name,
                                const DecodeOptions& opt) {
  if (size == 0) throw Error(ErrorKind::kBadFormat, name, "the file is empty");
  DecodedImage out;
  switch (sniff(data, size)) {
    case Format::kJpeg:
      decoders::decode_jpeg(data, size, name, opt, out);
      break;
    case Format::kPng:
      decoders::decode_png(data, size, name, opt, out);
      break;
    case Format::kGif:
      decoders::decode_gif(data, size, name, opt, out);
      break;
    case Format::kWebp:
      decoders::decode_webp(data, size, name, opt, out);
      break;
    case Format::kHeif:
      decoders::decode_heif(data, size, name, opt, out);
      break;
    case Format::kBmp:
    case Format::kTiff:
      decoders::decode_with_opencv(data, size, name, opt, out);
      break;
    case Format::kUnknown:
      throw Error(ErrorKind::kBadFormat, name, "not an image file (unrecognised content)");
  }
  if (out.source_width == 0) {  // decoders that read at full size leave it to us
    out.source_width = out.image.width;
    out.source_height = out.image.height;
  }
  if (opt.apply_exif_orientation && out.exif_orientation != 1) {
    out.image = apply_orientation(out.image, out.exif_orientation);
    out.orientation_applied = true;
  }
  return out;
}

DecodedImage decode_image_file(const std::filesystem::path& file, const DecodeOptions& opt) {
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status))
    throw Error(ErrorKind::kNotFound, file, "file not found");
  if (!std::filesystem::is_regular_file(status)) {
    throw Error(ErrorKind::kBadFormat, file, "not a regular file");  // FIFOs, devices: never read
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, file, "cannot open for reading (permission denied?)");
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) throw Error(ErrorKind::kIo, file, "cannot read the file size");
  if (size > (4ull << 30)) throw Error(ErrorKind::kTooLarge, file, "file larger than 4 GiB");
  std::vector<uint8_t> bytes(size);
  if (size && !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
    throw Error(ErrorKind::kIo, file, "read error");
  }
  return decode_image_bytes(bytes.data(), bytes.size(), file, opt);
}

}  // namespace lingualens
