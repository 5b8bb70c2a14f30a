#include "app/cli/path_output.h"

#include <cstdio>

#include "core/util/base64.h"

namespace lingualens::cli {

bool is_valid_utf8(const std::string& s) {
  size_t k = 0;
  const size_t n = s.size();
  while (k < n) {
    const auto c = static_cast<unsigned char>(s[k]);
    int extra = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++k;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      extra = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3, cp = c & 0x07;
    } else {
      return false;
    }
    if (k + static_cast<size_t>(extra) >= n) return false;
    for (int i = 1; i <= extra; ++i) {
      const auto d = static_cast<unsigned char>(s[k + i]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    k += static_cast<size_t>(extra) + 1;
  }
  return true;
}

void put_path(nlohmann::json& j, const std::string& key, const std::string& path) {
  j[key] = path;
  if (!is_valid_utf8(path)) j[key + "_b64"] = base64(path);
}

std::string escape_for_line(const std::string& path) {
  std::string out;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out;
}

std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lingualens::cli
