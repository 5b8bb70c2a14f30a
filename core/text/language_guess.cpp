#include "core/text/language_guess.h"

#include <cstdio>  // before CLD2's header, which uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/text/script_language.h"

namespace lingualens {
namespace {

// CLD2 is trained on web pages; on a query of a few words its "reliable" flag is often wrong.
// Measured on Debian's CLD2 (2015 tables): "red apple on a table" → en, "zwei Hunde spielen im
// Park" → de, but "röd äpple på ett bord" → Norwegian, "белая кошка на диване" → Bulgarian,
// "білий кіт на дивані" → Serbian, each flagged reliable at 96–97 %. So: at least 10 letters,
// and 30 when the guess has close relatives it is confused with (tests/core/test_language_guess).
constexpr int kMinLetters = 10;
constexpr int kMinLettersAmongRelatives = 30;
constexpr int kMinPercent = 90;

bool has_close_relatives(const std::string& code) {
  static const char* const kConfusable[] = {
      "no", "nn", "nb", "da", "sv",                    // Scandinavian
      "ru", "uk", "be", "bg", "sr", "mk", "hr", "bs",  // Slavic (Cyrillic and Latin)
      "cs", "sk", "sl", "id", "ms", "es", "gl", "ca", "pt"};
  for (const char* c : kConfusable)
    if (code == c) return true;
  return false;
}

int count_letters(std::string_view utf8) {
  int letters = 0;
  int32_t k = 0;
  const auto n = static_cast<int32_t>(utf8.size());
  while (k < n) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), k, n, c);
    if (c >= 0 && u_isalpha(c)) ++letters;
  }
  return letters;
}

// CLD2 still speaks ISO 639 codes withdrawn decades ago.
std::string modern_code(std::string code) {
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  return code;
}

}  // namespace

std::optional<std::string> guess_language(std::string_view utf8) {
  if (auto by_script = language_by_script(utf8)) return by_script;
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;  // CLD2's count of letter bytes (unused: letters are counted below)
  bool reliable = false;
  // The "CheckUTF8" entry point: queries are user input, never trusted to be valid UTF-8.
  double scores[3];
  int valid_prefix = 0;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true, nullptr,
      /*flags=*/0, top3, percent3, scores, nullptr, &text_bytes, &reliable, &valid_prefix);
  if (valid_prefix != static_cast<int>(utf8.size())) return std::nullopt;
  if (!reliable || percent3[0] < kMinPercent) return std::nullopt;
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return std::nullopt;
  std::string code = modern_code(CLD2::LanguageCode(lang));
  const int letters = count_letters(utf8);
  if (letters < (has_close_relatives(code) ? kMinLettersAmongRelatives : kMinLetters))
    return std::nullopt;
  return code;
}

}  // namespace lingualens
