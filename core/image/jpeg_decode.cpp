// JPEG through libjpeg-turbo, configured as Pillow configures it (ISLOW IDCT, fancy
// upsampling, libjpeg's own YCbCr→RGB), so decoded pixels are identical to the reference.
#include <algorithm>
#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <cstring>

// clang-format off
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

#include "core/error.h"
#include "core/image/decoders.h"

// ref: Pillow src/libImaging/JpegDecode.c and JpegImagePlugin.py (Adobe CMYK JPEGs are
// stored inverted: rawmode "CMYK;I").

namespace lingualens::decoders {
namespace {

struct ErrorManager {
  jpeg_error_mgr pub;
  std::jmp_buf jump;
  bool truncated = false;
  char message[JMSG_LENGTH_MAX] = {0};
};

void on_error(j_common_ptr cinfo) {
  auto* err = reinterpret_cast<ErrorManager*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, err->message);
  std::longjmp(err->jump, 1);
}

void on_message(j_common_ptr cinfo, int level) {
  auto* err = reinterpret_cast<ErrorManager*>(cinfo->err);
  // Pillow fails on a file that ends early; libjpeg would only warn and pad with gray.
  if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF) err->truncated = true;
}

// Everything the decoder allocates lives here, outside the setjmp frame.
struct JpegJob {
  jpeg_decompress_struct cinfo;
  ErrorManager err;
  const uint8_t* data;
  size_t size;
  const DecodeOptions* opt;
  DecodedImage* out;
  std::vector<uint8_t> exif;
  int64_t width = 0, height = 0;
  bool too_large = false;
};

// Plain C-style function: no objects with destructors between setjmp and longjmp.
bool run(JpegJob& job) {
  jpeg_decompress_struct& cinfo = job.cinfo;
  cinfo.err = jpeg_std_error(&job.err.pub);
  job.err.pub.error_exit = on_error;
  job.err.pub.emit_message = on_message;
  if (setjmp(job.err.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, job.data, static_cast<unsigned long>(job.size));
  jpeg_save_markers(&cinfo, JPEG_APP0 + 1, 0xFFFF);
  jpeg_read_header(&cinfo, TRUE);
  job.width = cinfo.image_width;
  job.height = cinfo.image_height;
  if (job.width <= 0 || job.height <= 0 || job.width * job.height > job.opt->max_pixels) {
    job.too_large = true;
    jpeg_destroy_decompress(&cinfo);
    return true;
  }
  for (jpeg_saved_marker_ptr m = cinfo.marker_list; m; m = m->next) {
    if (m->marker == JPEG_APP0 + 1 && m->data_length > 6 &&
        std::memcmp(m->data, "Exif\0\0", 6) == 0) {
      job.exif.assign(m->data + 6, m->data + m->data_length);
      break;
    }
  }
  PixelMode mode;
  switch (cinfo.jpeg_color_space) {
    case JCS_GRAYSCALE:
      cinfo.out_color_space = JCS_GRAYSCALE;
      mode = PixelMode::kL;
      break;
    case JCS_CMYK:
    case JCS_YCCK:
      cinfo.out_color_space = JCS_CMYK;
      mode = PixelMode::kCMYK;
      break;
    default:
      cinfo.out_color_space = JCS_RGB;
      mode = PixelMode::kRGB;
      break;
  }
  cinfo.dct_method = JDCT_ISLOW;
  cinfo.do_fancy_upsampling = TRUE;
  if (job.opt->jpeg_reduce_to > 0) {
    // Fast indexing: let the IDCT produce a smaller image directly (libjpeg-turbo scales in the
    // DCT domain, skipping most of the decoding work), keeping the short side large enough.
    const int64_t short_side = std::min(job.width, job.height);
    for (int denom : {8, 4, 2}) {
      if (short_side / denom >= job.opt->jpeg_reduce_to) {
        cinfo.scale_num = 1;
        cinfo.scale_denom = static_cast<unsigned>(denom);
        job.out->scale_denom = denom;
        break;
      }
    }
  }
  jpeg_start_decompress(&cinfo);
  Image8& img = job.out->image;
  img.allocate(static_cast<int>(cinfo.output_width), static_cast<int>(cinfo.output_height), mode);
  while (cinfo.output_scanline < cinfo.output_height) {
    JSAMPROW row = img.row(static_cast<int>(cinfo.output_scanline));
    jpeg_read_scanlines(&cinfo, &row, 1);
  }
  if (mode == PixelMode::kCMYK && cinfo.saw_Adobe_marker) {
    for (auto& v : img.pixels) v = static_cast<uint8_t>(255 - v);
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return true;
}

}  // namespace

void decode_jpeg(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out) {
  JpegJob job{};
  job.data = data;
  job.size = size;
  job.opt = &opt;
  job.out = &out;
  if (!run(job)) {
    throw Error(ErrorKind::kBadFormat, name, std::string("corrupt JPEG: ") + job.err.message);
  }
  if (job.too_large) check_dimensions(job.width, job.height, name, opt);
  if (job.err.truncated)
    throw Error(ErrorKind::kBadFormat, name, "truncated JPEG (the file ends early)");
  out.format = "jpeg";
  out.source_width = static_cast<int>(job.width);
  out.source_height = static_cast<int>(job.height);
  if (!job.exif.empty()) out.exif_orientation = exif_orientation(job.exif.data(), job.exif.size());
}

}  // namespace lingualens::decoders
