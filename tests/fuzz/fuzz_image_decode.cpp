// libFuzzer target: every image decoder behind decode_image_bytes (by content sniffing), then
// the Pillow-exact CLIP preprocessing of whatever decoded, and a differential check of the
// resize: the AVX2 passes must give the portable passes' bytes for every decoded image.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"
#include "core/image/pillow_resize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lingualens::DecodeOptions opt;
  opt.max_pixels = 4'000'000;  // keep each run small; the limit itself is tested elsewhere
  try {
    const auto d = lingualens::decode_image_bytes(data, size, "fuzz.img", opt);
    const auto& img = d.image;
    if (img.width * int64_t(img.height) > 1'000'000) return 0;
    lingualens::clip_crop(img, 64);
    if (img.mode == lingualens::PixelMode::kPalette) return 0;  // resized by nearest neighbour
    // A size derived from the input: shrinking and enlarging, either axis.
    const int w = 1 + (img.width * 5 + size % 7) / 9, h = 1 + (img.height * 11 + size % 5) / 7;
    using lingualens::ResampleKernels;
    if (lingualens::resample_bicubic(img, w, h, ResampleKernels::kBest).pixels !=
        lingualens::resample_bicubic(img, w, h, ResampleKernels::kPortable).pixels) {
      std::abort();
    }
  } catch (const lingualens::Error&) {
  }
  return 0;
}
