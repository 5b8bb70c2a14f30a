// libFuzzer target: the model-file parsers that read whole files — vocab.txt, config.json,
// safetensors, legacy torch.save. The first byte picks the parser; the rest is the file.
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/text/bert_config.h"
#include "core/text/vocab.h"
#include "core/weights/formats.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace lingualens;
  const uint8_t which = data[0] % 4;
  try {
    switch (which) {
      case 0:
        Vocab::load(fuzz::write_input(data + 1, size - 1, "vocab.txt"));
        break;
      case 1:
        BertConfig::load(fuzz::write_input(data + 1, size - 1, "config.json"));
        break;
      case 2:
        formats::load_safetensors(fuzz::write_input(data + 1, size - 1, "model.safetensors"));
        break;
      case 3:
        formats::load_torch_legacy(fuzz::write_input(data + 1, size - 1, "legacy.pt"));
        break;
    }
  } catch (const Error&) {
  }
  return 0;
}
