// The query syntax shared by the CLI and the app: words, +/- terms, quotes and weights.
// Pure string handling (no models, no library) so it can be tested and fuzzed on its own.
#pragma once

#include <string>
#include <vector>

namespace lingualens {

struct QueryTerm {
  std::string text;  // words of this term
  float weight = 1;  // +1, or -1 for a term written with a leading '-'
};

// Splits "red apple +table -people" into ("red apple", +1), ("table", +1), ("people", -1):
// a word starting with '+' or '-' opens a new term; following words extend it. Quoted
// phrases ("-\"fruit bowl\"") keep their spaces; a lone '+'/'-' or a number like "-5" is text.
// A trailing "^w" weights its term: "beach +sunset^0.5" = beach + 0.5 · sunset.
// Throws Error(kInvalidArgument) naming the part that is malformed: a weight that is not a
// number in (0, 100) ("apple^abc", "apple^"), a weight with nothing to weigh ("^2"), an
// operator with no word ("+", "-").
std::vector<QueryTerm> parse_query(const std::string& query);

}  // namespace lingualens
