// The words dates are written with, in every language the app serves: month names from ICU's
// CLDR data (every locale, format and stand-alone forms, wide and abbreviated), and, written
// here for the most spoken of our languages, seasons, relative expressions ("last summer",
// "в прошлом году", "去年"), year words ("im Jahr", "году", "年") and the little words that
// only tie a date to the query ("in", "im", "в", "の"). Built once, on first use.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/query/query_tokens.h"

namespace lingualens {

enum class Season { kNone, kSpring, kSummer, kAutumn, kWinter };

enum class RelativeDate {
  kLastYear,
  kThisYear,
  kLastMonth,
  kThisMonth,
  kLastWeek,
  kThisWeek,
  kYesterday,
  kToday,
  kLastSeason,        // the latest that has ended ("last summer")
  kThisSeason,        // the one under way, else this year's ("this summer")
  kSeasonOfLastYear,  // last year's ("去年夏天", "πέρσι το καλοκαίρι")
};

struct RelativePhrase {
  RelativeDate kind = RelativeDate::kLastYear;
  Season season = Season::kNone;
};

class DateVocabulary {
 public:
  static const DateVocabulary& get();

  // The month (1–12) a name at tokens[at] spells, with the tokens it takes (a trailing "."
  // of an abbreviation included); 0 when none. Names shared by two months across languages
  // are left out. Inflected forms: a word starting with a name of 4+ letters (Finnish
  // "heinäkuussa"), or a name of 4+ letters with its last letter changed or followed by one
  // more (Russian "июле" from "июль").
  int month_at(const std::vector<QueryToken>& tokens, size_t at, size_t& consumed) const;
  Season season_at(const std::vector<QueryToken>& tokens, size_t at, size_t& consumed) const;
  const RelativePhrase* relative_at(const std::vector<QueryToken>& tokens, size_t at,
                                    size_t& consumed) const;
  bool is_year_word(const std::string& key) const { return year_words_.count(key) > 0; }
  bool is_tie_before(const std::string& key) const { return tie_before_.count(key) > 0; }
  bool is_tie_after(const std::string& key) const { return tie_after_.count(key) > 0; }
  bool is_range_word(const std::string& key) const { return range_words_.count(key) > 0; }
  bool is_unit(const std::string& key) const { return units_.count(key) > 0; }

 private:
  DateVocabulary();
  template <typename T>
  const T* longest(const std::unordered_map<std::string, T>& table, size_t max_tokens,
                   const std::vector<QueryToken>& tokens, size_t at, size_t& consumed) const;

  std::unordered_map<std::string, int> months_, month_stems_;
  std::unordered_map<std::string, Season> seasons_;
  std::unordered_map<std::string, RelativePhrase> relative_;
  size_t month_tokens_ = 1, season_tokens_ = 1, relative_tokens_ = 1;
  std::unordered_set<std::string> year_words_, tie_before_, tie_after_, range_words_, units_;
};

// The key a phrase gets in the tables (tokenized and folded like a query).
std::string phrase_key(const std::string& phrase);

}  // namespace lingualens
