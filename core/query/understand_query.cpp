#include "core/query/understand_query.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/query/country_names.h"
#include "core/query/place_names.h"

namespace lingualens {
namespace {

using Kind = QueryTokenKind;

struct DateRange {
  CivilDate after, before;
  Season season = Season::kNone;
  // A season's dates south of the equator, where summer is December to February.
  std::optional<CivilDate> south_after = std::nullopt, south_before = std::nullopt;
};

DateRange whole_year(int y) { return {{y, 1, 1}, {y, 12, 31}}; }
DateRange whole_month(int y, int m) { return {{y, m, 1}, {y, m, days_in_month(y, m)}}; }

Season opposite(Season s) {
  switch (s) {
    case Season::kSpring:
      return Season::kAutumn;
    case Season::kSummer:
      return Season::kWinter;
    case Season::kAutumn:
      return Season::kSpring;
    case Season::kWinter:
      return Season::kSummer;
    default:
      return Season::kNone;
  }
}

// Meteorological seasons by the northern calendar; winter Y is December Y to February Y+1 (the
// winter that begins in Y).
DateRange northern_season(Season s, int y) {
  switch (s) {
    case Season::kSpring:
      return {{y, 3, 1}, {y, 5, 31}, s};
    case Season::kSummer:
      return {{y, 6, 1}, {y, 8, 31}, s};
    case Season::kAutumn:
      return {{y, 9, 1}, {y, 11, 30}, s};
    default:
      return {{y, 12, 1}, {y + 1, 2, days_in_month(y + 1, 2)}, Season::kWinter};
  }
}

// `north` with the same season's dates in the south (there it is the opposite northern one).
DateRange with_south(DateRange north, const DateRange& south) {
  north.south_after = south.after;
  north.south_before = south.before;
  return north;
}

// Season s of year y in both hemispheres: the southern summer of 2019 begins in December 2019
// as the northern winter of 2019 does.
DateRange season_of_year(Season s, int y) {
  return with_south(northern_season(s, y), northern_season(opposite(s), y));
}

// The latest season s (by the northern calendar) that has ended before today.
DateRange last_ended(Season s, const CivilDate& today) {
  for (int y = today.year;; --y) {
    const DateRange r = northern_season(s, y);
    if (r.before < today) return r;
  }
}

// The season s under way today, else this year's.
DateRange under_way(Season s, const CivilDate& today) {
  for (int y : {today.year - 1, today.year}) {
    const DateRange r = northern_season(s, y);
    if (r.after <= today && today <= r.before) return r;
  }
  return northern_season(s, today.year);
}

DateRange relative_range(const RelativePhrase& r, const CivilDate& today) {
  switch (r.kind) {
    case RelativeDate::kLastYear:
      return whole_year(today.year - 1);
    case RelativeDate::kThisYear:
      return whole_year(today.year);
    case RelativeDate::kLastMonth:
      return today.month == 1 ? whole_month(today.year - 1, 12)
                              : whole_month(today.year, today.month - 1);
    case RelativeDate::kThisMonth:
      return whole_month(today.year, today.month);
    case RelativeDate::kLastWeek:
    case RelativeDate::kThisWeek: {
      const CivilDate monday = add_days(today, 1 - iso_weekday(today));
      const CivilDate start = r.kind == RelativeDate::kLastWeek ? add_days(monday, -7) : monday;
      return {start, add_days(start, 6)};
    }
    case RelativeDate::kYesterday: {
      const CivilDate d = add_days(today, -1);
      return {d, d};
    }
    case RelativeDate::kToday:
      return {today, today};
    case RelativeDate::kLastSeason:
      // Each hemisphere's own latest: in late November "last summer" is June–August up north
      // and the December–February that ended this year down south.
      return with_south(last_ended(r.season, today), last_ended(opposite(r.season), today));
    case RelativeDate::kSeasonOfLastYear:
      return season_of_year(r.season, today.year - 1);
    case RelativeDate::kThisSeason:
      return with_south(under_way(r.season, today), under_way(opposite(r.season), today));
  }
  return whole_year(today.year);
}

// How far a city reaches around its centre: 5 km for 100,000 people, 12 km for a million,
// 16 km for Rome's 2.3 million, at most 30 (a city's area grows about as its population; the
// cube root keeps megacities' sprawl from taking in neighbouring towns).
double city_radius_km(uint32_t population) {
  return std::clamp(2.5 * std::cbrt(population / 1e4), 3.0, 30.0);
}

bool is_one_of(const std::string& key, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (key == w) return true;
  return false;
}

class Matcher {
 public:
  Matcher(const std::vector<QueryToken>& tokens, const CivilDate& today, bool thai)
      : t_(tokens), today_(today), thai_(thai), words_(DateVocabulary::get()) {}

  // A date starting at token i: its range and the tokens it takes.
  std::optional<DateRange> date_at(size_t i, size_t& consumed) const {
    size_t n = 0;
    if (const RelativePhrase* r = words_.relative_at(t_, i, n)) {
      consumed = n;
      return relative_range(*r, today_);
    }
    for (auto rule : {&Matcher::numeric_date, &Matcher::cjk_date, &Matcher::named_month_date,
                      &Matcher::season_date, &Matcher::year_range, &Matcher::year_alone}) {
      if (auto d = (this->*rule)(i, consumed)) return d;
    }
    return std::nullopt;
  }

 private:
  bool ok(size_t j) const { return j < t_.size() && !t_[j].quoted; }
  bool glued(size_t j) const { return j < t_.size() && !t_[j].space_before; }
  bool key_is(size_t j, const char* key) const { return ok(j) && t_[j].key == key; }

  // The four-digit year at token j (Thai Buddhist-era years too, in Thai queries), or 0.
  // `joined`: the caller has read what comes before it (a date's or a range's separator).
  int year_at(size_t j, bool joined = false) const {
    if (!ok(j) || t_[j].kind != Kind::kNumber || t_[j].key.size() != 4) return 0;
    int y = static_cast<int>(t_[j].value);
    if (thai_ && y > today_.year + 1) y -= 543;
    if (y < 1900 || y > today_.year + 1) return 0;
    // Glued to a word or sign before it: "iPhone2019", "$2019", "#2019", "No.2019".
    if (j > 0 && glued(j) && !joined) {
      const QueryToken& prev = t_[j - 1];
      if (prev.kind == Kind::kWord || prev.kind == Kind::kNumber) return 0;
      if (prev.kind == Kind::kPunct && !is_one_of(prev.key, {"(", "'", "’", "\"", "“", "«"}))
        return 0;  // "07/05/2023" left unread stays whole; "No.2019", "#2019"
    }
    if (j + 1 < t_.size()) {
      const QueryToken& next = t_[j + 1];
      if (words_.is_unit(next.key) && (glued(j + 1) || next.kind == Kind::kWord)) return 0;
      if (glued(j + 1) && next.kind == Kind::kWord && !words_.is_year_word(next.key) &&
          !starts_with_year_word(next.key))
        return 0;  // "2019abc", "1920x1080"
      if (glued(j + 1) && next.kind == Kind::kNumber) return 0;
      if (glued(j + 1) && is_one_of(next.key, {".", ":", ","}) && j + 2 < t_.size() &&
          t_[j + 2].kind == Kind::kNumber && glued(j + 2))
        return 0;  // "2019.5", "2019:10"
    }
    return y;
  }

  // Korean writes particles onto 년: "2019년에".
  bool starts_with_year_word(const std::string& key) const {
    return key.rfind("년", 0) == 0 || key.rfind("yılı", 0) == 0;
  }

  // Tokens after a year that belong to it ("году", "年", "년에"), counted from j.
  size_t year_word_after(size_t j) const {
    return ok(j) && (words_.is_year_word(t_[j].key) || starts_with_year_word(t_[j].key)) ? 1 : 0;
  }

  // Connector words inside a date ("5 de julio de 2023", "July 5, 2023", "summer of 2019").
  size_t inner(size_t j) const {
    size_t k = j;
    while (ok(k) && k < j + 2 &&
           is_one_of(t_[k].key, {",", "de", "del", "of", "the", "του", "の", "di", "dell", "d", "'",
                                 "’", "năm", "tháng", "in", "im", "के", "का"}))
      ++k;
    return k - j;
  }

  int number_at(size_t j, long lo, long hi) const {
    if (!ok(j) || t_[j].kind != Kind::kNumber || t_[j].key.size() > 2) return 0;
    return t_[j].value >= lo && t_[j].value <= hi ? static_cast<int>(t_[j].value) : 0;
  }

  std::optional<DateRange> day_range(int y, int m, int d) const {
    if (d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return DateRange{{y, m, d}, {y, m, d}};
  }

  // 2023-07-05, 2023/07/05, 2023.07.05, 2023-07; 05.07.2023 (day first: the dotted form is
  // day.month.year wherever it is written); 5/7/2023 only when one part is over 12.
  std::optional<DateRange> numeric_date(size_t i, size_t& consumed) const {
    auto sep = [&](size_t j, const char* s) { return key_is(j, s) && glued(j) && glued(j + 1); };
    if (const int y = year_at(i)) {
      for (const char* s : {"-", "/", "."}) {
        if (!sep(i + 1, s)) continue;
        const int m = number_at(i + 2, 1, 12);
        if (!m) continue;
        if (sep(i + 3, s)) {
          if (const int d = number_at(i + 4, 1, 31)) {
            if (auto r = day_range(y, m, d)) {
              consumed = 5;
              return r;
            }
          }
          continue;
        }
        if (std::strcmp(s, "-") == 0 && t_[i + 2].key.size() == 2) {
          consumed = 3;
          return whole_month(y, m);
        }
      }
      return std::nullopt;
    }
    for (const char* s : {".", "/", "-"}) {
      const int a = number_at(i, 1, 31);
      if (!a || !sep(i + 1, s)) continue;
      const int b = number_at(i + 2, 1, 31);
      if (!b || !sep(i + 3, s)) continue;
      const int y = year_at(i + 4, true);
      if (!y) continue;
      int d = a, m = b;
      if (std::strcmp(s, ".") != 0) {
        if (a > 12 && b <= 12) {
        } else if (b > 12 && a <= 12) {
          std::swap(d, m);
        } else {
          return std::nullopt;  // 07/05/2023: May or July? Not guessed.
        }
      }
      if (m > 12) return std::nullopt;
      if (auto r = day_range(y, m, d)) {
        consumed = 5;
        return r;
      }
    }
    return std::nullopt;
  }

  // 2021年8月15日, 2021년 8월 15일, 2021年8月, 8月 (no: needs the year).
  std::optional<DateRange> cjk_date(size_t i, size_t& consumed) const {
    const int y = year_at(i);
    if (!y || !ok(i + 1) || !(t_[i + 1].key == "年" || starts_with_year_word(t_[i + 1].key)))
      return std::nullopt;
    const int m = number_at(i + 2, 1, 12);
    if (!m || !ok(i + 3) || (t_[i + 3].key != "月" && t_[i + 3].key.rfind("월", 0) != 0))
      return std::nullopt;
    if (const int d = number_at(i + 4, 1, 31)) {
      if (ok(i + 5) && (t_[i + 5].key == "日" || t_[i + 5].key.rfind("일", 0) == 0)) {
        if (auto r = day_range(y, m, d)) {
          consumed = 6;
          return r;
        }
      }
    }
    consumed = 4;
    return whole_month(y, m);
  }

  // "July 2023", "Juli 2023", "5 июля 2023", "5. Juli 2023", "5 de julio de 2023",
  // "July 5, 2023", "2023 July", "tháng 7 năm 2023" is numeric in CLDR and left out.
  std::optional<DateRange> named_month_date(size_t i, size_t& consumed) const {
    size_t j = i;
    int day = 0;
    if (const int d = number_at(j, 1, 31)) {
      size_t k = j + 1;
      if (key_is(k, ".") && glued(k)) ++k;
      k += inner(k);
      size_t mn = 0;
      if (words_.month_at(t_, k, mn)) {
        day = d;
        j = k;
      }
    }
    size_t mn = 0;
    const int m = words_.month_at(t_, j, mn);
    if (m) {
      size_t k = j + mn;
      if (!day) {  // "July 5, 2023"
        if (const int d = number_at(k, 1, 31)) {
          const size_t after_day = k + 1 + (key_is(k + 1, ",") ? 1 : 0);
          if (year_at(after_day)) {
            day = d;
            k = after_day;
          }
        }
      }
      k += inner(k);
      if (const int y = year_at(k)) {
        const size_t end = k + 1 + year_word_after(k + 1);
        if (day) {
          auto r = day_range(y, m, day);
          if (!r) return std::nullopt;
          consumed = end - i;
          return r;
        }
        consumed = end - i;
        return whole_month(y, m);
      }
      return std::nullopt;  // a bare month name is text
    }
    // "2023 July", "2023年7月" is cjk_date.
    if (const int y = year_at(i)) {
      size_t k = i + 1 + year_word_after(i + 1);
      k += inner(k);
      if (const int m2 = words_.month_at(t_, k, mn)) {
        consumed = k + mn - i;
        return whole_month(y, m2);
      }
    }
    return std::nullopt;
  }

  // "summer 2019", "летом 2019", "Sommer 2019", "2019年夏", "2019년 여름", "verano de 2019".
  std::optional<DateRange> season_date(size_t i, size_t& consumed) const {
    size_t n = 0;
    const Season s = words_.season_at(t_, i, n);
    if (s != Season::kNone) {
      size_t k = i + n;
      k += inner(k);
      if (const int y = year_at(k)) {
        consumed = k + 1 + year_word_after(k + 1) - i;
        return season_of_year(s, y);
      }
      return std::nullopt;
    }
    if (const int y = year_at(i)) {
      size_t k = i + 1 + year_word_after(i + 1);
      k += inner(k);
      const Season s2 = words_.season_at(t_, k, n);
      if (s2 != Season::kNone) {
        consumed = k + n - i;
        return season_of_year(s2, y);
      }
    }
    return std::nullopt;
  }

  // "2019–2021", "2019-2021", "2019 to 2021", "2019 bis 2021", "2019年から2021年".
  std::optional<DateRange> year_range(size_t i, size_t& consumed) const {
    const int y1 = year_at(i);
    if (!y1) return std::nullopt;
    size_t k = i + 1 + year_word_after(i + 1);
    size_t words = 0;
    while (ok(k) && words < 2 && words_.is_range_word(t_[k].key)) {
      ++k;
      ++words;
    }
    if (!words) return std::nullopt;
    const int y2 = year_at(k, true);
    if (!y2 || y2 <= y1) return std::nullopt;
    size_t end = k + 1 + year_word_after(k + 1);
    if (key_is(end, "まで") || key_is(end, "까지")) ++end;
    consumed = end - i;
    return DateRange{{y1, 1, 1}, {y2, 12, 31}};
  }

  // "2019", "im Jahr 2019", "в 2019 году", "2019年", "năm 2019".
  std::optional<DateRange> year_alone(size_t i, size_t& consumed) const {
    if (ok(i) && words_.is_year_word(t_[i].key) && year_at(i + 1)) {
      consumed = 2 + year_word_after(i + 2);
      return whole_year(year_at(i + 1));
    }
    const int y = year_at(i);
    if (!y) return std::nullopt;
    consumed = 1 + year_word_after(i + 1);
    return whole_year(y);
  }

  const std::vector<QueryToken>& t_;
  CivilDate today_;
  bool thai_;
  const DateVocabulary& words_;
};

bool has_thai(const std::vector<QueryToken>& tokens) {
  for (const auto& t : tokens) {
    const auto c = static_cast<unsigned char>(t.key.empty() ? 0 : t.key[0]);
    // U+0E00–U+0E7F is E0 B8 80 – E0 B9 BF in UTF-8.
    if (c == 0xE0 && t.key.size() >= 2 &&
        (static_cast<unsigned char>(t.key[1]) == 0xB8 ||
         static_cast<unsigned char>(t.key[1]) == 0xB9))
      return true;
  }
  return false;
}

// The query without the byte ranges taken, spaces collapsed and stray separators trimmed.
std::string remaining_text(const std::string& query, std::vector<std::pair<size_t, size_t>> cut) {
  std::sort(cut.begin(), cut.end());
  std::string out;
  size_t at = 0;
  for (const auto& [b, e] : cut) {
    if (b > at) out.append(query, at, b - at);
    out += ' ';
    at = std::max(at, e);
  }
  if (at < query.size()) out.append(query, at, std::string::npos);
  std::string collapsed;
  for (char c : out) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  auto stray = [](char c) { return c == ' ' || c == ',' || c == ';' || c == '-' || c == ':'; };
  while (!collapsed.empty() && stray(collapsed.back())) collapsed.pop_back();
  size_t start = 0;
  while (start < collapsed.size() && stray(collapsed[start])) ++start;
  collapsed.erase(0, start);
  // ", ," left between two removed parts.
  for (size_t p; (p = collapsed.find(" ,")) != std::string::npos;) collapsed.erase(p, 1);
  for (size_t p; (p = collapsed.find(",,")) != std::string::npos;) collapsed.erase(p, 1);
  return collapsed;
}

}  // namespace

const char* season_name(Season s) {
  switch (s) {
    case Season::kSpring:
      return "spring";
    case Season::kSummer:
      return "summer";
    case Season::kAutumn:
      return "autumn";
    case Season::kWinter:
      return "winter";
    default:
      return "";
  }
}

UnderstoodQuery understand_query(const std::string& query, const UnderstandParams& params) {
  UnderstoodQuery out;
  if (params.literal) {
    out.text = query;
    return out;
  }
  const auto tokens = tokenize_query(query);
  const CivilDate today = params.today.value_or(local_today());
  const DateVocabulary& words = DateVocabulary::get();
  const Matcher matcher(tokens, today, has_thai(tokens));
  std::vector<bool> taken(tokens.size(), false);
  struct Span {
    UnderstoodPart::Kind kind;
    size_t from, to;  // tokens
  };
  std::vector<Span> spans;
  for (size_t i = 0; i < tokens.size();) {
    size_t n = 0;
    if (tokens[i].quoted) {
      ++i;
      continue;
    }
    if (auto d = matcher.date_at(i, n)) {
      if (!out.after) {
        out.after = d->after;
        out.before = d->before;
        out.season = d->season;
        out.south_after = d->south_after;
        out.south_before = d->south_before;
      } else {  // two dates: both count
        out.after = std::min(*out.after, d->after);
        out.before = std::max(*out.before, d->before);
        out.season = Season::kNone;
        out.south_after.reset();
        out.south_before.reset();
      }
      spans.push_back({UnderstoodPart::Kind::kDate, i, i + n});
      i += n;
      continue;
    }
    if (params.countries && !out.country) {
      if (const std::string* code = CountryNames::get().country_at(tokens, i, n)) {
        out.country = *code;
        spans.push_back({UnderstoodPart::Kind::kCountry, i, i + n});
        i += n;
        continue;
      }
    }
    if (params.places && !out.place) {
      const bool after_tie =
          i > 0 && !tokens[i - 1].quoted && words.is_tie_before(tokens[i - 1].key);
      if (auto place = params.places->place_at(query, tokens, i, after_tie, n)) {
        out.place = place->name;
        out.place_country = place->country;
        out.place_latitude = place->latitude;
        out.place_longitude = place->longitude;
        out.place_radius_km = city_radius_km(place->population);
        spans.push_back({UnderstoodPart::Kind::kPlace, i, i + n});
        i += n;
        continue;
      }
    }
    ++i;
  }
  for (const auto& s : spans)
    for (size_t k = s.from; k < s.to; ++k) taken[k] = true;
  // Widen each span over the little words tying it to the query.
  std::vector<std::pair<size_t, size_t>> cut;
  for (auto& s : spans) {
    for (int k = 0; k < 2 && s.from > 0; ++k) {
      const size_t p = s.from - 1;
      if (taken[p] || tokens[p].quoted) break;
      // "l'été", "dell'estate": the article and its apostrophe go together.
      if (is_one_of(tokens[p].key, {"'", "’"}) && p > 0 && !taken[p - 1] && !tokens[p - 1].quoted &&
          words.is_tie_before(tokens[p - 1].key)) {
        s.from = p - 1;
        taken[p] = taken[p - 1] = true;
        continue;
      }
      if (!words.is_tie_before(tokens[p].key)) break;
      s.from = p;
      taken[p] = true;
    }
    for (int k = 0; k < 2 && s.to < tokens.size(); ++k) {
      const QueryToken& next = tokens[s.to];
      if (taken[s.to] || next.quoted || !words.is_tie_after(next.key)) break;
      // Suffix particles only when written onto it ("2019'da", "2021年の"), or a spaced
      // postposition in the scripts that use them ("2019 में").
      const bool apostrophe = is_one_of(next.key, {"'", "’"});
      if (next.kind == Kind::kWord && next.space_before && next.key.size() <= 2) break;
      if (apostrophe && (s.to + 1 >= tokens.size() || tokens[s.to + 1].kind != Kind::kWord)) break;
      taken[s.to] = true;
      ++s.to;
    }
    UnderstoodPart part;
    part.kind = s.kind;
    part.begin = tokens[s.from].begin;
    part.end = tokens[s.to - 1].end;
    part.words = query.substr(part.begin, part.end - part.begin);
    out.parts.push_back(part);
    cut.emplace_back(part.begin, part.end);
  }
  std::sort(out.parts.begin(), out.parts.end(),
            [](const UnderstoodPart& a, const UnderstoodPart& b) { return a.begin < b.begin; });
  out.text = remaining_text(query, cut);
  return out;
}

}  // namespace lingualens
