// GIF through giflib: the first frame, as a palette image (Pillow opens GIFs in mode P).
#include <gif_lib.h>

#include <cstring>
#include <memory>

#include "core/error.h"
#include "core/image/decoders.h"

namespace lingualens::decoders {
namespace {

struct MemoryReader {
  const uint8_t* data;
  size_t size;
  size_t pos;
};

int read_fn(GifFileType* gif, GifByteType* buf, int n) {
  auto* r = static_cast<MemoryReader*>(gif->UserData);
  const size_t take = std::min(static_cast<size_t>(n), r->size - r->pos);
  std::memcpy(buf, r->data + r->pos, take);
  r->pos += take;
  return static_cast<int>(take);
}

struct GifCloser {
  void operator()(GifFileType* g) const {
    int err = 0;
    DGifCloseFile(g, &err);
  }
};

}  // namespace

void decode_gif(const uint8_t* data, size_t size, const std::filesystem::path& name,
                const DecodeOptions& opt, DecodedImage& out) {
  MemoryReader reader{data, size, 0};
  int err = 0;
  std::unique_ptr<GifFileType, GifCloser> gif(DGifOpen(&reader, read_fn, &err));
  if (!gif)
    throw Error(ErrorKind::kBadFormat, name, std::string("corrupt GIF: ") + GifErrorString(err));
  check_dimensions(gif->SWidth, gif->SHeight, name, opt);
  // Read records up to the first image only: later frames of an animation are never decoded.
  GifRecordType type;
  do {
    if (DGifGetRecordType(gif.get(), &type) == GIF_ERROR) {
      throw Error(ErrorKind::kBadFormat, name, "truncated or corrupt GIF");
    }
    if (type == EXTENSION_RECORD_TYPE) {
      int code;
      GifByteType* ext;
      if (DGifGetExtension(gif.get(), &code, &ext) == GIF_ERROR) {
        throw Error(ErrorKind::kBadFormat, name, "corrupt GIF extension");
      }
      while (ext) {
        if (DGifGetExtensionNext(gif.get(), &ext) == GIF_ERROR) {
          throw Error(ErrorKind::kBadFormat, name, "corrupt GIF extension");
        }
      }
    }
  } while (type != IMAGE_DESC_RECORD_TYPE && type != TERMINATE_RECORD_TYPE);
  if (type != IMAGE_DESC_RECORD_TYPE || DGifGetImageDesc(gif.get()) == GIF_ERROR) {
    throw Error(ErrorKind::kBadFormat, name, "GIF without an image");
  }
  const GifImageDesc& d = gif->Image;
  const int W = gif->SWidth > 0 ? gif->SWidth : d.Width;
  const int H = gif->SHeight > 0 ? gif->SHeight : d.Height;
  check_dimensions(W, H, name, opt);
  if (d.Left < 0 || d.Top < 0 || d.Width <= 0 || d.Height <= 0 || d.Left + d.Width > W ||
      d.Top + d.Height > H) {
    throw Error(ErrorKind::kBadFormat, name, "GIF frame lies outside the image");
  }
  const ColorMapObject* cmap = d.ColorMap ? d.ColorMap : gif->SColorMap;
  if (!cmap) throw Error(ErrorKind::kBadFormat, name, "GIF without a colour table");
  out.image.allocate(W, H, PixelMode::kPalette);
  std::fill(out.image.pixels.begin(), out.image.pixels.end(),
            static_cast<uint8_t>(gif->SBackGroundColor));
  out.image.palette.assign(256 * 3, 0);
  for (int k = 0; k < cmap->ColorCount && k < 256; ++k) {
    out.image.palette[k * 3 + 0] = cmap->Colors[k].Red;
    out.image.palette[k * 3 + 1] = cmap->Colors[k].Green;
    out.image.palette[k * 3 + 2] = cmap->Colors[k].Blue;
  }
  std::vector<GifPixelType> line(static_cast<size_t>(d.Width));
  auto read_row = [&](int y) {
    if (DGifGetLine(gif.get(), line.data(), d.Width) == GIF_ERROR) {
      throw Error(ErrorKind::kBadFormat, name, "truncated GIF (the file ends early)");
    }
    std::memcpy(out.image.row(d.Top + y) + d.Left, line.data(), line.size());
  };
  if (d.Interlace) {
    static const int kStart[] = {0, 4, 2, 1}, kStep[] = {8, 8, 4, 2};
    for (int pass = 0; pass < 4; ++pass) {
      for (int y = kStart[pass]; y < d.Height; y += kStep[pass]) read_row(y);
    }
  } else {
    for (int y = 0; y < d.Height; ++y) read_row(y);
  }
  out.format = "gif";
}

}  // namespace lingualens::decoders
