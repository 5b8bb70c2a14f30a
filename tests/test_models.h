// The fixture models, loaded once per test process.
#pragma once

#include "core/image/image_encoder.h"
#include "tests/test_util.h"

namespace lingualens::test {

// The tiny CLIP ResNet (288 px, 16-d) in OpenAI's archive format.
inline const ImageEncoder& tiny_image_encoder() {
  static const ImageEncoder enc(ImageEncoderParams{data("clip-rn-tiny/RN-tiny.pt"), 8});
  return enc;
}

}  // namespace lingualens::test
