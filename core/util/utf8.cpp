#include "core/util/utf8.h"

#include <unicode/utf8.h>

#include "core/error.h"

namespace lingualens {

std::u32string utf8_decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  if (text.size() > static_cast<size_t>(INT32_MAX)) {
    throw Error(ErrorKind::kInvalidArgument, "text is too long");
  }
  int32_t i = 0;
  while (i < length) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);  // strict: overlongs, surrogates and truncation give c < 0
    if (c < 0) {
      throw Error(ErrorKind::kInvalidArgument,
                  "text is not valid UTF-8 (at byte " + std::to_string(at) + ")");
    }
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

void utf8_append(std::string& out, char32_t cp) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(cp), error);
  if (!error) out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::string utf8_encode(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) utf8_append(out, cp);
  return out;
}

}  // namespace lingualens
