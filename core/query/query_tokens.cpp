#include "core/query/query_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace lingualens {
namespace {

bool is_ideograph(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_THAI || c == 0x30FC /* prolonged sound mark */;
}

bool is_word_char(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 || c == 0x200C || c == 0x200D;
}

bool is_quote(UChar32 c) {
  switch (c) {
    case '"':
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x300C:  // 「
    case 0x300D:  // 」
      return true;
    default:
      return false;
  }
}

std::string fold(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase();
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<QueryToken> tokenize_query(std::string_view text) {
  std::vector<QueryToken> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t k = 0;
  bool space = false, quoted = false;
  while (k < n) {
    const int32_t start = k;
    UChar32 c = 0;
    U8_NEXT(bytes, k, n, c);
    if (c < 0) {  // invalid UTF-8: a piece of its own, never matched
      out.push_back(
          {QueryTokenKind::kPunct, "\xEF\xBF\xBD", size_t(start), size_t(k), -1, space, quoted});
      space = false;
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    QueryToken t;
    t.begin = static_cast<size_t>(start);
    t.space_before = space;
    t.quoted = quoted;
    space = false;
    if (is_quote(c)) {
      quoted = !quoted;
      t.kind = QueryTokenKind::kPunct;
      t.quoted = true;
      t.end = static_cast<size_t>(k);
      t.key.assign(text.substr(t.begin, t.end - t.begin));
      out.push_back(std::move(t));
      continue;
    }
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      t.kind = QueryTokenKind::kNumber;
      t.key += static_cast<char>('0' + u_charDigitValue(c));
      int32_t next = k;
      while (next < n) {
        UChar32 d = 0;
        int32_t after = next;
        U8_NEXT(bytes, after, n, d);
        if (d < 0 || u_charType(d) != U_DECIMAL_DIGIT_NUMBER) break;
        t.key += static_cast<char>('0' + u_charDigitValue(d));
        next = after;
      }
      k = next;
      t.value = t.key.size() <= 9 ? std::stol(t.key) : -1;
    } else if (is_ideograph(c)) {
      t.kind = QueryTokenKind::kIdeograph;
      t.key = fold(text.substr(static_cast<size_t>(start), static_cast<size_t>(k - start)));
    } else if (is_word_char(c)) {
      t.kind = QueryTokenKind::kWord;
      int32_t next = k;
      while (next < n) {
        UChar32 d = 0;
        int32_t after = next;
        U8_NEXT(bytes, after, n, d);
        if (d < 0 || !is_word_char(d) || is_ideograph(d)) break;
        next = after;
      }
      k = next;
      t.key = fold(text.substr(static_cast<size_t>(start), static_cast<size_t>(k - start)));
    } else {
      t.kind = QueryTokenKind::kPunct;
      t.key.assign(text.substr(static_cast<size_t>(start), static_cast<size_t>(k - start)));
    }
    t.end = static_cast<size_t>(k);
    out.push_back(std::move(t));
  }
  return out;
}

std::string join_keys(const std::vector<QueryToken>& tokens, size_t from, size_t to) {
  std::string key;
  for (size_t i = from; i < to; ++i) {
    if (i > from) {
      const bool together = tokens[i].kind == QueryTokenKind::kIdeograph &&
                            tokens[i - 1].kind == QueryTokenKind::kIdeograph &&
                            !tokens[i].space_before;
      if (!together) key += ' ';
    }
    key += tokens[i].key;
  }
  return key;
}

std::vector<std::string> hebrew_prefixed(const std::string& name) {
  // U+05D0–U+05EA (alef–tav) is D7 90 – D7 AA in UTF-8.
  if (name.size() < 2 || static_cast<unsigned char>(name[0]) != 0xD7 ||
      static_cast<unsigned char>(name[1]) < 0x90 || static_cast<unsigned char>(name[1]) > 0xAA)
    return {};
  std::vector<std::string> out;
  for (const char* prefix : {"ב", "ה", "ל", "מ", "ו", "וב", "ומ", "מה", "כ"})
    out.push_back(prefix + name);
  return out;
}

bool starts_latin(std::string_view utf8) {
  int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), k, static_cast<int32_t>(utf8.size()), c);
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && uscript_getScript(c, &status) == USCRIPT_LATIN;
}

std::string without_last_code_point(const std::string& s) {
  if (s.empty()) return s;
  size_t cut = s.size();
  do --cut;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80);
  return s.substr(0, cut);
}

size_t code_points(std::string_view utf8) {
  size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace lingualens
