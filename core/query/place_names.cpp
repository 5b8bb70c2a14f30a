#include "core/query/place_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace lingualens {
namespace {

constexpr uint32_t kAlwaysFrom = 100'000;
constexpr uint32_t kAfterTieFrom = 15'000;
// The query's first word is capitalised by habit, which proves nothing ("Reading glasses").
constexpr uint32_t kFirstWordFrom = 1'000'000;

// The first letter is upper case, or the script has no case ("Рим" yes, "рим" no, "ローマ" yes).
bool written_as_name(std::string_view text) {
  int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), k, static_cast<int32_t>(text.size()), c);
  if (c < 0) return false;
  return u_isupper(c) || u_istitle(c) || (!u_islower(c) && u_toupper(c) == c);
}

}  // namespace

PlaceNames::PlaceNames(std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)) {
  for (const auto& n : gazetteer_->names()) {
    const Place p = gazetteer_->place(n.place);
    if (p.population < kAfterTieFrom) continue;
    // GeoNames' lower-case alternates are transliterations ("roma", "rwm"), not names.
    if (!written_as_name(n.text)) continue;
    const auto tokens = tokenize_query(std::string(n.text));
    if (tokens.empty()) continue;
    const std::string key = join_keys(tokens, 0, tokens.size());
    const bool ideographic = tokens.front().kind == QueryTokenKind::kIdeograph;
    if (!ideographic && code_points(key) < 3) continue;
    auto keep = [&](std::unordered_map<std::string, Candidate>& table, const std::string& k) {
      auto [it, inserted] = table.emplace(k, Candidate{n.place, p.population});
      if (!inserted && p.population > it->second.population) it->second = {n.place, p.population};
    };
    keep(names_, key);
    if (tokens.size() == 1 && !ideographic && !starts_latin(key)) {
      keep(inflectable_, key);
      if (code_points(key) >= 5) keep(stems_, without_last_code_point(key));
    }
    max_tokens_ = std::max(max_tokens_, tokens.size());
  }
}

std::optional<Place> PlaceNames::place_at(const std::string& query,
                                          const std::vector<QueryToken>& tokens, size_t at,
                                          bool after_tie, size_t& consumed) const {
  if (at >= tokens.size() || tokens[at].quoted ||
      (tokens[at].kind != QueryTokenKind::kWord && tokens[at].kind != QueryTokenKind::kIdeograph))
    return std::nullopt;
  if (!written_as_name(std::string_view(query).substr(tokens[at].begin))) return std::nullopt;
  const size_t limit = std::min(tokens.size(), at + max_tokens_);
  for (size_t end = limit; end > at; --end) {
    if (tokens[end - 1].quoted) break;
    const auto it = names_.find(join_keys(tokens, at, end));
    if (it == names_.end()) continue;
    const uint32_t needed = after_tie ? kAfterTieFrom : at == 0 ? kFirstWordFrom : kAlwaysFrom;
    if (it->second.population < needed) return std::nullopt;
    consumed = end - at;
    return gazetteer_->place(it->second.place);
  }
  // An inflected one-word name: the name or its stem, and one or two letters more.
  const std::string& w = tokens[at].key;
  if (tokens[at].kind != QueryTokenKind::kWord || starts_latin(w)) return std::nullopt;
  std::string prefix = w;
  for (int cut = 1; cut <= 2 && code_points(prefix) > 3; ++cut) {
    prefix = without_last_code_point(prefix);
    for (const auto* table : {&inflectable_, &stems_}) {
      const auto it = table->find(prefix);
      if (it == table->end()) continue;
      if (it->second.population < (after_tie ? kAfterTieFrom : kAlwaysFrom)) return std::nullopt;
      consumed = 1;
      return gazetteer_->place(it->second.place);
    }
  }
  return std::nullopt;
}

}  // namespace lingualens
