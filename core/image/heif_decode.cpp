// HEIC / HEIF / AVIF through libheif (phone libraries are mostly HEIC).
#include <libheif/heif.h>

#include <cstring>
#include <memory>

#include "core/error.h"
#include "core/image/decoders.h"

namespace lingualens::decoders {
namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const {
    if (p) Free(p);
  }
};
using Context = std::unique_ptr<heif_context, Deleter<heif_context, heif_context_free>>;
using Handle =
    std::unique_ptr<heif_image_handle, Deleter<const heif_image_handle, heif_image_handle_release>>;
using Picture = std::unique_ptr<heif_image, Deleter<const heif_image, heif_image_release>>;

void check(heif_error err, const std::filesystem::path& name) {
  if (err.code == heif_error_Ok) return;
  const ErrorKind kind =
      err.code == heif_error_Unsupported_filetype || err.code == heif_error_Unsupported_feature
          ? ErrorKind::kUnsupported
          : ErrorKind::kBadFormat;
  throw Error(kind, name, std::string("cannot decode HEIF/AVIF: ") + err.message);
}

}  // namespace

void decode_heif(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out) {
  Context ctx(heif_context_alloc());
  check(heif_context_read_from_memory_without_copy(ctx.get(), data, size, nullptr), name);
  heif_image_handle* raw_handle = nullptr;
  check(heif_context_get_primary_image_handle(ctx.get(), &raw_handle), name);
  Handle handle(raw_handle);
  check_dimensions(heif_image_handle_get_width(handle.get()),
                   heif_image_handle_get_height(handle.get()), name, opt);
  const bool alpha = heif_image_handle_has_alpha_channel(handle.get());
  heif_image* raw_img = nullptr;
  // libheif applies the container's rotation and mirroring (irot/imir) itself; HEIF's EXIF
  // orientation duplicates it and must not be applied a second time.
  const heif_error decoded = heif_decode_image(
      handle.get(), &raw_img, heif_colorspace_RGB,
      alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, nullptr);
  Picture img(raw_img);  // owned before the error check, in case a failure still returned one
  check(decoded, name);
  const int w = heif_image_get_width(img.get(), heif_channel_interleaved);
  const int h = heif_image_get_height(img.get(), heif_channel_interleaved);
  int stride = 0;
  const uint8_t* p = heif_image_get_plane_readonly(img.get(), heif_channel_interleaved, &stride);
  if (!p || w <= 0 || h <= 0) throw Error(ErrorKind::kBadFormat, name, "HEIF image without pixels");
  out.image.allocate(w, h, alpha ? PixelMode::kRGBA : PixelMode::kRGB);
  for (int y = 0; y < h; ++y) {
    std::memcpy(out.image.row(y), p + static_cast<size_t>(y) * stride, out.image.row_bytes());
  }
  out.source_bits = heif_image_handle_get_luma_bits_per_pixel(handle.get());
  out.format = "heif";
}

}  // namespace lingualens::decoders
