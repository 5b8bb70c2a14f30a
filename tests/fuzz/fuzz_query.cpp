// libFuzzer target: the search query syntax (+/- terms, quotes, ^weights).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "index/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  try {
    for (const auto& t : lingualens::parse_query(query)) {
      if (t.text.empty() || !std::isfinite(t.weight))
        std::abort();  // no empty terms, no inf/nan weights
    }
  } catch (const lingualens::Error& e) {
    // A malformed query is refused with a message naming what is wrong; nothing else may throw.
    if (e.kind() != lingualens::ErrorKind::kInvalidArgument || std::string(e.what()).empty())
      std::abort();
  }
  return 0;
}
