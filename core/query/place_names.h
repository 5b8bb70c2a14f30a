// City names in a query ("Paris", "Roma", "Рим", "ローマ"), by the names the gazetteer has.
// Many town names are ordinary words ("Nice", "Bath", "Reading", "Of"), so a name counts only
// when written as a name — capitalised in scripts that have capitals — and only for a place of
// 100,000 people or more, or of 15,000 or more right after a little tie word ("in Bath"), or
// of a million or more as the query's first word (capitalised by habit: "Reading glasses").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/places/gazetteer.h"
#include "core/query/query_tokens.h"

namespace lingualens {

class PlaceNames {
 public:
  explicit PlaceNames(std::shared_ptr<const Gazetteer> gazetteer);

  // The place a name at tokens[at] spells (the most populous of that name), with the tokens it
  // takes. `query`: the original text (for capitals); `after_tie`: a tie word precedes it.
  std::optional<Place> place_at(const std::string& query, const std::vector<QueryToken>& tokens,
                                size_t at, bool after_tie, size_t& consumed) const;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  struct Candidate {
    uint32_t place = 0;
    uint32_t population = 0;
  };
  std::unordered_map<std::string, Candidate> names_;
  // Outside Latin script, case endings are written onto names ("в Риме", "в Москве"): the
  // names of one word, and their stems (the last letter off, names of 5+ letters).
  std::unordered_map<std::string, Candidate> inflectable_, stems_;
  size_t max_tokens_ = 1;
};

}  // namespace lingualens
