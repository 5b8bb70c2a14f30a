#include "core/query/country_names.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstring>

namespace lingualens {
namespace {

void add(std::unordered_map<std::string, std::string>& table, const std::string& key,
         const char* code) {
  auto [it, inserted] = table.emplace(key, code);
  if (!inserted && it->second != code) it->second.clear();  // shared by two: nobody's
}

}  // namespace

CountryNames::CountryNames() {
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
    const icu::Locale region("", *code);
    for (int32_t i = 0; i < count; ++i) {
      if (std::strlen(locales[i].getCountry()) != 0) continue;
      icu::UnicodeString name;
      region.getDisplayCountry(locales[i], name);
      std::string utf8;
      name.toUTF8String(utf8);
      if (utf8.empty() || utf8 == *code) continue;  // no name in this language
      const auto tokens = tokenize_query(utf8);
      if (tokens.empty()) continue;
      const std::string key = join_keys(tokens, 0, tokens.size());
      const bool ideographic = tokens.front().kind == QueryTokenKind::kIdeograph;
      if (!ideographic && code_points(key) < 3) continue;
      add(names_, key, *code);
      for (const auto& prefixed : hebrew_prefixed(key)) add(names_, prefixed, *code);
      max_tokens_ = std::max(max_tokens_, tokens.size());
      if (!ideographic && tokens.size() == 1 && code_points(key) >= 5 && !starts_latin(key))
        add(stems_, without_last_code_point(key), *code);
    }
  }
}

const CountryNames& CountryNames::get() {
  static const CountryNames names;
  return names;
}

const std::string* CountryNames::country_at(const std::vector<QueryToken>& tokens, size_t at,
                                            size_t& consumed) const {
  if (at >= tokens.size() || tokens[at].quoted ||
      (tokens[at].kind != QueryTokenKind::kWord && tokens[at].kind != QueryTokenKind::kIdeograph))
    return nullptr;
  const size_t limit = std::min(tokens.size(), at + max_tokens_);
  for (size_t end = limit; end > at; --end) {
    if (tokens[end - 1].quoted) break;
    // A name ends where a word ends: "意大利" inside a longer run of ideographs still counts
    // (they are written together), a Latin name inside a longer word does not (tokens are words).
    if (auto it = names_.find(join_keys(tokens, at, end)); it != names_.end()) {
      if (it->second.empty()) return nullptr;
      consumed = end - at;
      return &it->second;
    }
  }
  const std::string& w = tokens[at].key;
  if (tokens[at].kind == QueryTokenKind::kWord && !starts_latin(w)) {
    const size_t letters = code_points(w);
    std::string prefix = w;
    for (size_t cut = 1; cut <= 2 && letters > cut; ++cut) {
      prefix = without_last_code_point(prefix);
      if (auto it = stems_.find(prefix); it != stems_.end() && !it->second.empty()) {
        consumed = 1;
        return &it->second;
      }
    }
    if (auto it = stems_.find(w); it != stems_.end() && !it->second.empty()) {
      consumed = 1;  // the stem plus one letter replaced is the same length: "италии"
      return &it->second;
    }
  }
  return nullptr;
}

std::string CountryNames::english_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

}  // namespace lingualens
