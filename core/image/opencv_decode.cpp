// BMP and TIFF through OpenCV's codecs (16-bit data reduced to its high byte).
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

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

// An OS/2 bitmap (BITMAPCOREHEADER) rewritten as a Windows one (BITMAPINFOHEADER), which
// OpenCV decodes correctly: it reads OS/2 headers but then returns 24-bit images as gray and
// misplaces rows. The pixel rows are the same in both (4-byte aligned); the header grows from
// 12 to 40 bytes and palette entries from 3 bytes (RGBTRIPLE) to 4 (RGBQUAD).
std::vector<uint8_t> os2_as_windows_bmp(const uint8_t* d, size_t n) {
  if (n < 26) return {};
  const uint32_t offset = d[10] | d[11] << 8 | d[12] << 16 | uint32_t(d[13]) << 24;
  const uint16_t w = d[18] | d[19] << 8, h = d[20] | d[21] << 8, bpp = d[24] | d[25] << 8;
  const size_t colors = bpp <= 8 ? (size_t(1) << bpp) : 0;
  const size_t palette_end = 26 + 3 * colors;
  if (palette_end > n || offset < palette_end || offset > n) return {};
  std::vector<uint8_t> out(14 + 40 + 4 * colors);
  auto put16 = [&](size_t at, uint32_t v) { out[at] = v & 0xff, out[at + 1] = (v >> 8) & 0xff; };
  auto put32 = [&](size_t at, uint32_t v) { put16(at, v & 0xffff), put16(at + 2, v >> 16); };
  out[0] = 'B', out[1] = 'M';
  put32(2, static_cast<uint32_t>(out.size() + (n - offset)));
  put32(10, static_cast<uint32_t>(out.size()));
  put32(14, 40);
  put32(18, w);
  put32(22, h);
  put16(26, 1);
  put16(28, bpp);  // compression 0 (BI_RGB), sizes and colour counts 0: all derived
  for (size_t k = 0; k < colors; ++k) {
    std::memcpy(&out[54 + 4 * k], d + 26 + 3 * k, 3);
  }
  out.insert(out.end(), d + offset, d + n);
  return out;
}

}  // namespace

void decode_with_opencv(const uint8_t* data, size_t size, const std::filesystem::path& name,
                        const DecodeOptions& opt, DecodedImage& out) {
  int64_t w = 0, h = 0;
  if (bmp_size(data, size, w, h) || tiff_size(data, size, w, h)) check_dimensions(w, h, name, opt);
  std::vector<uint8_t> converted;
  if (size >= 18 && data[0] == 'B' && data[14] == 12 && data[15] == 0 && data[16] == 0 &&
      data[17] == 0) {
    converted = os2_as_windows_bmp(data, size);
    if (converted.empty()) throw Error(ErrorKind::kBadFormat, name, "truncated OS/2 bitmap");
    data = converted.data();
    size = converted.size();
  }
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
