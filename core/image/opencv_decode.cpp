// BMP and TIFF through OpenCV's codecs (16-bit data reduced to its high byte).
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>

#include "core/error.h"
#include "core/image/decoders.h"

namespace lingualens::decoders {
namespace {

// Width and height from a BMP header, so a bomb is refused before OpenCV allocates. OS/2
// bitmaps (BITMAPCOREHEADER, 12 bytes) store them as two 16-bit values; every later header
// (40 bytes and up) as two signed 32-bit values (a negative height means top-down rows).
bool bmp_size(const uint8_t* d, size_t n, int64_t& w, int64_t& h) {
  if (n < 18 || d[0] != 'B' || d[1] != 'M') return false;
  const uint32_t header = d[14] | d[15] << 8 | d[16] << 16 | uint32_t(d[17]) << 24;
  if (header == 12) {
    if (n < 22) return false;
    w = d[18] | d[19] << 8;
    h = d[20] | d[21] << 8;
    return true;
  }
  if (n < 26) return false;
  int32_t wi, hi;
  std::memcpy(&wi, d + 18, 4);
  std::memcpy(&hi, d + 22, 4);
  w = wi;
  h = hi < 0 ? -int64_t(hi) : hi;
  return true;
}

// Width and height from the first IFD of a TIFF (tags 256/257), for the same reason. A tag
// that appears twice counts with its larger value: the guard must never see less than the
// decoder may use (libtiff keeps one of the duplicates).
bool tiff_size(const uint8_t* d, size_t n, int64_t& w, int64_t& h) {
  if (n < 8) return false;
  const bool le = d[0] == 'I';
  auto u16 = [&](size_t o) -> uint32_t { return le ? d[o] | d[o + 1] << 8 : d[o] << 8 | d[o + 1]; };
  auto u32 = [&](size_t o) -> uint32_t {
    return le ? u16(o) | u16(o + 2) << 16 : u16(o) << 16 | u16(o + 2);
  };
  const uint32_t ifd = u32(4);
  if (ifd > n - 2) return false;
  const uint32_t count = u16(ifd);
  w = h = 0;
  for (uint32_t i = 0; i < count && ifd + 2 + (i + 1) * 12 <= n; ++i) {
    const size_t e = ifd + 2 + i * 12;
    const uint32_t tag = u16(e), type = u16(e + 2);
    const uint32_t value = type == 3 ? u16(e + 8) : u32(e + 8);  // SHORT or LONG
    if (tag == 256) w = std::max<int64_t>(w, value);
    if (tag == 257) h = std::max<int64_t>(h, value);
  }
  return w > 0 && h > 0;
}

}  // namespace

void decode_with_opencv(const uint8_t* data, size_t size, const std::filesystem::path& name,
                        const DecodeOptions& opt, DecodedImage& out) {
  int64_t w = 0, h = 0;
  if (bmp_size(data, size, w, h) || tiff_size(data, size, w, h)) check_dimensions(w, h, name, opt);
  cv::Mat mat;
  try {
    const cv::Mat buf(1, static_cast<int>(size), CV_8UC1, const_cast<uint8_t*>(data));
    mat = cv::imdecode(buf, cv::IMREAD_UNCHANGED);
  } catch (const cv::Exception& e) {
    throw Error(ErrorKind::kBadFormat, name, std::string("cannot decode: ") + e.what());
  }
  if (mat.empty()) throw Error(ErrorKind::kBadFormat, name, "corrupt, truncated or not an image");
  check_dimensions(mat.cols, mat.rows, name, opt);
  if (mat.depth() == CV_16U) {
    out.source_bits = 16;
    cv::Mat high(mat.rows, mat.cols, CV_MAKETYPE(CV_8U, mat.channels()));
    for (int y = 0; y < mat.rows; ++y) {
      const uint16_t* src = mat.ptr<uint16_t>(y);
      uint8_t* dst = high.ptr<uint8_t>(y);
      for (int x = 0; x < mat.cols * mat.channels(); ++x)
        dst[x] = static_cast<uint8_t>(src[x] >> 8);
    }
    mat = high;
  } else if (mat.depth() != CV_8U) {
    throw Error(ErrorKind::kUnsupported, name, "unsupported sample format (not 8 or 16 bits)");
  }
  PixelMode mode;
  switch (mat.channels()) {
    case 1:
      mode = PixelMode::kL;
      break;
    case 3:
      cv::cvtColor(mat, mat, cv::COLOR_BGR2RGB);
      mode = PixelMode::kRGB;
      break;
    case 4:
      cv::cvtColor(mat, mat, cv::COLOR_BGRA2RGBA);
      mode = PixelMode::kRGBA;
      break;
    default:
      throw Error(ErrorKind::kUnsupported, name, "unsupported channel count");
  }
  out.image.allocate(mat.cols, mat.rows, mode);
  for (int y = 0; y < mat.rows; ++y)
    std::memcpy(out.image.row(y), mat.ptr(y), out.image.row_bytes());
  out.format = size >= 2 && data[0] == 'B' ? "bmp" : "tiff";
}

}  // namespace lingualens::decoders
