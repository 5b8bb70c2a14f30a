// libFuzzer target: the strict pickle reader, with the torch and NumPy allow-lists.
#include <cstddef>
#include <cstdint>

#include "core/error.h"
#include "core/weights/pickle.h"
#include "core/weights/torch_pickle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    lingualens::pickle::load_bytes(data, size, lingualens::torch_pickle::allow_global, "fuzz.pkl");
  } catch (const lingualens::Error&) {
  }
  return 0;
}
