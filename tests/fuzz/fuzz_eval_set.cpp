// libFuzzer target: evaluation-set files, JSON (first byte even) or TSV (odd).
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace lingualens;
  try {
    const auto file = fuzz::write_input(data + 1, size - 1, data[0] % 2 ? "set.tsv" : "set.json");
    load_eval_set(file, "/nonexistent-images");
  } catch (const Error&) {
  }
  return 0;
}
