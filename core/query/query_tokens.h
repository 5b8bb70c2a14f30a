// A query cut into the pieces date and place understanding matches on: words (case-folded),
// numbers (any script's digits read as ASCII: "٢٠١٩", "२०१९", "２０１９" are 2019),
// single ideographs (Han, kana, Thai: scripts written without spaces, so names are matched
// character by character), and punctuation. Every piece keeps its byte span in the query, so
// understood parts can be cut out of the original text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lingualens {

enum class QueryTokenKind { kWord, kNumber, kIdeograph, kPunct };

struct QueryToken {
  QueryTokenKind kind = QueryTokenKind::kWord;
  std::string key;            // folded word, ASCII digits, the ideograph or punctuation itself
  size_t begin = 0, end = 0;  // bytes in the query
  long value = -1;            // numbers (up to 9 digits), else -1
  bool space_before = false;  // whitespace between the previous piece and this one
  bool quoted = false;        // inside quotation marks: never understood
};

// Invalid UTF-8 bytes become punctuation pieces (never matched).
std::vector<QueryToken> tokenize_query(std::string_view utf8);

// The lookup key of tokens [from, to): keys joined by a space, except between ideographs
// written together. Names in the vocabularies are keyed the same way.
std::string join_keys(const std::vector<QueryToken>& tokens, size_t from, size_t to);

// Hebrew writes its prepositions and article onto the word ("באיטליה" = "in Italy"): the
// forms of a Hebrew name with them, for vocabularies to add beside the name itself.
std::vector<std::string> hebrew_prefixed(const std::string& name);

// Whether the text starts with a Latin letter.
bool starts_latin(std::string_view utf8);
// The text without its last code point ("италия" → "итали"): the stem inflections share.
std::string without_last_code_point(const std::string& utf8);

// Length in code points.
size_t code_points(std::string_view utf8);

}  // namespace lingualens
