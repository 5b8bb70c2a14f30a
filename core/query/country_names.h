// Country names in every language ICU can display them in ("Italien", "Italie", "Италия",
// "イタリア", "意大利", "إيطاليا" → IT), from CLDR through ICU. Built once, on first use.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/query/query_tokens.h"

namespace lingualens {

class CountryNames {
 public:
  static const CountryNames& get();

  // The ISO 3166-1 alpha-2 code of the name at tokens[at] (longest match), with the tokens it
  // takes; nullptr when none. A name two countries share is nobody's. In scripts other than
  // Latin, a name of 5+ letters with its last letter changed or one or two added also counts
  // (Russian "в Италии"); in Latin script that would read "Italian" as Italy, so it does not.
  const std::string* country_at(const std::vector<QueryToken>& tokens, size_t at,
                                size_t& consumed) const;
  // "Italy" for "IT" (ICU's English name), or the code.
  static std::string english_name(const std::string& code);
  size_t size() const { return names_.size(); }

 private:
  CountryNames();
  std::unordered_map<std::string, std::string> names_, stems_;
  size_t max_tokens_ = 1;
};

}  // namespace lingualens
