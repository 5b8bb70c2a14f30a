// PNG through libpng, into the modes Pillow opens PNGs in (L, LA, RGB, RGBA, P).
#include <png.h>

#include <csetjmp>
#include <cstring>

#include "core/error.h"
#include "core/image/decoders.h"

// ref: Pillow src/PIL/PngImagePlugin.py (_MODES table). 16-bit RGB(A) and gray+alpha keep the
// most significant byte, as Pillow's "RGB;16B" / "LA;16B" unpackers do; 16-bit gray (which
// Pillow opens as 32-bit "I" and later clips to almost white) is reduced the same way: a
// deliberate deviation. 1-bit gray becomes a two-colour palette image: Pillow's mode "1" is
// resized with nearest neighbour and maps 0/1 to black/white, exactly like that palette.

namespace lingualens::decoders {
namespace {

struct Reader {
  const uint8_t* data;
  size_t size;
  size_t pos;
};

void read_callback(png_structp png, png_bytep out, png_size_t n) {
  auto* r = static_cast<Reader*>(png_get_io_ptr(png));
  if (n > r->size - r->pos) png_error(png, "truncated PNG (the file ends early)");
  std::memcpy(out, r->data + r->pos, n);
  r->pos += n;
}

struct PngJob {
  png_structp png = nullptr;
  png_infop info = nullptr;
  Reader reader{};
  const DecodeOptions* opt = nullptr;
  DecodedImage* out = nullptr;
  std::vector<png_bytep> rows;
  std::vector<uint8_t> palette;
  std::vector<uint8_t> exif;
  int64_t width = 0, height = 0;
  bool too_large = false;
  char message[256] = {0};
};

void on_error(png_structp png, png_const_charp msg) {
  auto* job = static_cast<PngJob*>(png_get_error_ptr(png));
  std::snprintf(job->message, sizeof job->message, "%s", msg);
  png_longjmp(png, 1);
}
void on_warning(png_structp, png_const_charp) {}

bool run(PngJob& job) {
  job.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &job, on_error, on_warning);
  if (!job.png) return false;
  job.info = png_create_info_struct(job.png);
  if (!job.info || setjmp(png_jmpbuf(job.png))) {
    png_destroy_read_struct(&job.png, &job.info, nullptr);
    return false;
  }
  png_set_read_fn(job.png, &job.reader, read_callback);
  // Ancillary-chunk CRC errors are tolerated (as Pillow does); image data errors are not.
  png_set_crc_action(job.png, PNG_CRC_QUIET_USE, PNG_CRC_DEFAULT);
  png_read_info(job.png, job.info);
  png_uint_32 w, h;
  int depth, color, interlace;
  png_get_IHDR(job.png, job.info, &w, &h, &depth, &color, &interlace, nullptr, nullptr);
  job.width = w;
  job.height = h;
  if (job.width * job.height > job.opt->max_pixels || w == 0 || h == 0) {
    job.too_large = true;
    png_destroy_read_struct(&job.png, &job.info, nullptr);
    return true;
  }
  DecodedImage& out = *job.out;
  out.source_bits = depth;
  if (depth == 16) png_set_strip_16(job.png);
  PixelMode mode = PixelMode::kRGB;
  switch (color) {
    case PNG_COLOR_TYPE_GRAY:
      if (depth == 1) {
        png_set_packing(job.png);
        mode = PixelMode::kPalette;
        job.palette = {0, 0, 0, 255, 255, 255};
      } else {
        if (depth < 8) png_set_expand_gray_1_2_4_to_8(job.png);
        mode = PixelMode::kL;
      }
      break;
    case PNG_COLOR_TYPE_GRAY_ALPHA:
      mode = PixelMode::kLA;
      break;
    case PNG_COLOR_TYPE_RGB:
      mode = PixelMode::kRGB;
      break;
    case PNG_COLOR_TYPE_RGB_ALPHA:
      mode = PixelMode::kRGBA;
      break;
    case PNG_COLOR_TYPE_PALETTE: {
      if (depth < 8) png_set_packing(job.png);
      mode = PixelMode::kPalette;
      png_colorp plte = nullptr;
      int n = 0;
      png_get_PLTE(job.png, job.info, &plte, &n);
      job.palette.assign(256 * 3, 0);
      for (int k = 0; k < n && k < 256; ++k) {
        job.palette[k * 3 + 0] = plte[k].red;
        job.palette[k * 3 + 1] = plte[k].green;
        job.palette[k * 3 + 2] = plte[k].blue;
      }
      break;
    }
    default:
      png_error(job.png, "unknown PNG colour type");
  }
  png_set_interlace_handling(job.png);
  png_read_update_info(job.png, job.info);
  out.image.allocate(static_cast<int>(w), static_cast<int>(h), mode);
  out.image.palette = job.palette;
  if (png_get_rowbytes(job.png, job.info) != out.image.row_bytes()) {
    png_error(job.png, "unexpected row size");
  }
  job.rows.resize(h);
  for (png_uint_32 y = 0; y < h; ++y) job.rows[y] = out.image.row(static_cast<int>(y));
  png_read_image(job.png, job.rows.data());
  png_read_end(job.png, job.info);
  png_uint_32 exif_size = 0;
  png_bytep exif = nullptr;
  if (png_get_eXIf_1(job.png, job.info, &exif_size, &exif) && exif && exif_size > 0) {
    job.exif.assign(exif, exif + exif_size);
  }
  png_destroy_read_struct(&job.png, &job.info, nullptr);
  return true;
}

}  // namespace

void decode_png(const uint8_t* data, size_t size, const std::filesystem::path& name,
                const DecodeOptions& opt, DecodedImage& out) {
  PngJob job;
  job.reader = {data, size, 0};
  job.opt = &opt;
  job.out = &out;
  if (!run(job)) {
    std::string msg = job.message;
    if (msg.find("truncated") != std::string::npos) {
      throw Error(ErrorKind::kBadFormat, name, "truncated PNG (the file ends early)");
    }
    throw Error(ErrorKind::kBadFormat, name, "corrupt PNG: " + msg);
  }
  if (job.too_large) check_dimensions(job.width, job.height, name, opt);
  out.format = "png";
  if (!job.exif.empty()) out.exif_orientation = exif_orientation(job.exif.data(), job.exif.size());
}

}  // namespace lingualens::decoders
