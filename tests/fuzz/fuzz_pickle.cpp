// libFuzzer target: the strict pickle reader, with the torch and NumPy allow-lists.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "core/error.h"
#include "core/weights/pickle.h"
#include "core/weights/torch_pickle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lingualens;
  try {
    const auto root = pickle::load_bytes(data, size, torch_pickle::allow_global, "fuzz.pkl");
    // And what a checkpoint loader does next: collect the tensors (nested parameters and
    // shared sub-objects once crashed or hung here). Storages resolve to one empty block.
    const auto storage = std::make_shared<Storage>();
    StateDict out;
    torch_pickle::collect_tensors(
        *root, [&](const pickle::Value&) { return storage; }, "fuzz.pkl", out);
  } catch (const Error&) {
  }
  return 0;
}
