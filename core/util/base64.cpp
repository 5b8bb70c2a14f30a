#include "core/util/base64.h"

#include <cstdint>

namespace lingualens {

std::string base64(const std::string& bytes) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t k = 0;
  for (; k + 2 < bytes.size(); k += 3) {
    const uint32_t v = (uint32_t(uint8_t(bytes[k])) << 16) |
                       (uint32_t(uint8_t(bytes[k + 1])) << 8) | uint8_t(bytes[k + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(v >> s) & 63];
  }
  if (k < bytes.size()) {
    uint32_t v = uint32_t(uint8_t(bytes[k])) << 16;
    if (k + 1 < bytes.size()) v |= uint32_t(uint8_t(bytes[k + 1])) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += k + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace lingualens
