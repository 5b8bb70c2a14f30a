#include "index/query_parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/error.h"

namespace lingualens {
namespace {

bool is_number(const std::string& w) {
  return w.size() > 1 && std::all_of(w.begin() + 1, w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
         });
}

}  // namespace

std::vector<QueryTerm> parse_query(const std::string& query) {
  std::vector<QueryTerm> terms;
  size_t k = 0;
  auto add_word = [&](std::string word, float weight, bool starts_term) {
    if (word.empty()) return;
    // A trailing "^2" or "^0.5" scales the term it ends.
    float boost = 1;
    if (const auto caret = word.rfind('^'); caret != std::string::npos) {
      char* end = nullptr;
      const char* digits = word.c_str() + caret + 1;
      const float b = std::strtof(digits, &end);
      if (*digits == '\0' || !end || *end != '\0' || !(b > 0 && b < 100)) {
        throw Error(ErrorKind::kInvalidArgument,
                    "'" + word + "': the weight after ^ must be a number above 0 and below 100 " +
                        "(as in sunset^0.5)");
      }
      // A bare "^2" after a quoted phrase weights that phrase; one that would start a term of
      // its own ("^2", "-^5") has nothing to weight (found by fuzzing).
      const bool weights_something = caret > 0 || !(starts_term || terms.empty());
      if (!weights_something) {
        throw Error(ErrorKind::kInvalidArgument,
                    "'" + word + "': a weight needs a word or \"phrase\" before it to weigh");
      }
      boost = b;
      word.resize(caret);
    }
    if (starts_term || terms.empty()) {
      terms.push_back({word, weight * boost});
    } else {
      if (!word.empty()) terms.back().text += " " + word;
      // A later "^w" on the same term replaces the earlier one (keeping the sign): weights
      // never compound, so "^5 ^5 ^5 …" cannot overflow to infinity (found by fuzzing).
      if (boost != 1) terms.back().weight = std::copysign(boost, terms.back().weight);
    }
  };
  while (k < query.size()) {
    while (k < query.size() && std::isspace(static_cast<unsigned char>(query[k]))) ++k;
    if (k >= query.size()) break;
    float weight = 1;
    bool starts = false;
    if ((query[k] == '+' || query[k] == '-') && k + 1 < query.size() &&
        !std::isspace(static_cast<unsigned char>(query[k + 1]))) {
      size_t end = query.find_first_of(" \t\n", k);
      const std::string word =
          query.substr(k, end == std::string::npos ? std::string::npos : end - k);
      if (!is_number(word)) {
        weight = query[k] == '-' ? -1.f : 1.f;
        starts = true;
        ++k;
      }
    }
    std::string word;
    if (k < query.size() && query[k] == '"') {
      const size_t close = query.find('"', k + 1);
      word = query.substr(k + 1, close == std::string::npos ? std::string::npos : close - k - 1);
      k = close == std::string::npos ? query.size() : close + 1;
    } else {
      const size_t end = query.find_first_of(" \t\n", k);
      word = query.substr(k, end == std::string::npos ? std::string::npos : end - k);
      k = end == std::string::npos ? query.size() : end;
    }
    add_word(word, weight, starts);
  }
  for (const auto& t : terms) {
    // "+", "-", "+ -": operators with no word to add or take away.
    if (t.text.find_first_not_of("+- \t\n") == std::string::npos) {
      throw Error(ErrorKind::kInvalidArgument,
                  "'" + t.text + "': + and - need a word after them (as in beach +sunset -people)");
    }
  }
  return terms;
}

}  // namespace lingualens
