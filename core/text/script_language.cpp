#include "core/text/script_language.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <map>

namespace lingualens {
namespace {

// Scripts written for one language of the model's 69 (Bengali script also writes Assamese,
// Ethiopic both Amharic and Tigrinya, Cyrillic, Arabic and Devanagari many: left out).
const char* single_language(UScriptCode script) {
  switch (script) {
    case USCRIPT_KANNADA:
      return "kn";
    case USCRIPT_GREEK:
      return "el";
    case USCRIPT_HANGUL:
      return "ko";
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return "ja";
    case USCRIPT_THAI:
      return "th";
    case USCRIPT_HEBREW:
      return "he";
    case USCRIPT_ARMENIAN:
      return "hy";
    case USCRIPT_GEORGIAN:
      return "ka";
    case USCRIPT_TAMIL:
      return "ta";
    case USCRIPT_TELUGU:
      return "te";
    case USCRIPT_GUJARATI:
      return "gu";
    case USCRIPT_GURMUKHI:
      return "pa";
    case USCRIPT_MALAYALAM:
      return "ml";
    case USCRIPT_SINHALA:
      return "si";
    case USCRIPT_MYANMAR:
      return "my";
    case USCRIPT_KHMER:
      return "km";
    case USCRIPT_LAO:
      return "lo";
    case USCRIPT_ORIYA:
      return "or";
    default:
      return nullptr;
  }
}

}  // namespace

std::optional<std::string> language_by_script(std::string_view utf8) {
  std::map<UScriptCode, int> letters;
  int total = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;  // not UTF-8
    UErrorCode error = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &error);
    if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
        script == USCRIPT_UNKNOWN)
      continue;
    ++letters[script];
    ++total;
  }
  if (total == 0) return std::nullopt;
  // Japanese mixes kana with Han (kanji): kana anywhere among Han and kana is Japanese.
  const int kana = letters[USCRIPT_HIRAGANA] + letters[USCRIPT_KATAKANA];
  if (kana > 0 && (kana + letters[USCRIPT_HAN]) * 10 >= total * 9) return "ja";
  for (const auto& [script, count] : letters)
    if (count * 10 >= total * 9)
      if (const char* code = single_language(script)) return std::string(code);
  return std::nullopt;
}

}  // namespace lingualens
