// libFuzzer target: every image decoder behind decode_image_bytes (by content sniffing), then
// the Pillow-exact CLIP preprocessing of whatever decoded.
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lingualens::DecodeOptions opt;
  opt.max_pixels = 4'000'000;  // keep each run small; the limit itself is tested elsewhere
  try {
    const auto d = lingualens::decode_image_bytes(data, size, "fuzz.img", opt);
    if (d.image.width * int64_t(d.image.height) <= 1'000'000) lingualens::clip_crop(d.image, 64);
  } catch (const lingualens::Error&) {
  }
  return 0;
}
