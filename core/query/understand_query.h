// What a search query says about when and where, in any language: "Strand im Juli 2023",
// "пляж летом 2019", "海 2021年8月", "beach in Italy 2019". Dates become an inclusive range of
// calendar days, country names an ISO code; `text` is what the text encoder should see — the
// query without the understood words and the little words that only tied them ("in", "im",
// "в", "の"). Pure string handling on ICU's CLDR data: no library, no models.
//
// Precision before recall: only four-digit years from 1900 to next year count, never a
// number glued to a word or followed by a unit ("Boeing 737", "iPhone 12", "2000 m", "3
// cats"); a month name or season needs a year or a relative word ("may flowers", "March of
// the penguins" stay text); words in quotation marks are never understood.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/query/calendar_date.h"
#include "core/query/date_vocabulary.h"

namespace lingualens {

struct UnderstandParams {
  std::optional<CivilDate> today;  // for "last summer"; default: the local date now
  bool literal = false;            // understand nothing: the query is all text
  // Read country names. A search cannot filter by country before photos have places (the
  // gazetteer), so it leaves them in the text until then.
  bool countries = true;
  // City names by the gazetteer's names (none without it).
  const class PlaceNames* places = nullptr;
};

struct UnderstoodPart {
  enum class Kind { kDate, kCountry, kPlace };
  Kind kind = Kind::kDate;
  size_t begin = 0, end = 0;  // bytes of the query taken (tie words included)
  std::string words;          // those bytes
};

struct UnderstoodQuery {
  std::string text;
  std::optional<CivilDate> after, before;    // inclusive
  std::optional<std::string> country;        // ISO 3166-1 alpha-2
  std::optional<std::string> place;          // a city, by the gazetteer's name for it ("Rome")
  std::optional<std::string> place_country;  // that city's country
  // Its centre and the reach of the city around it (from its population): photos whose own
  // nearest place is a suburb or an enclave (Vatican City in Rome) still count as taken there.
  double place_latitude = 0, place_longitude = 0, place_radius_km = 0;
  // The dates are this meteorological season by the northern calendar (June–August is
  // summer); photos taken south of the equator have it on the south_ dates (summer 2019 there:
  // December 2019 to February 2020).
  Season season = Season::kNone;
  std::optional<CivilDate> south_after, south_before;  // inclusive; set with `season`
  std::vector<UnderstoodPart> parts;  // in query order
};

UnderstoodQuery understand_query(const std::string& query, const UnderstandParams& params = {});

// "summer", "winter", … (English, for JSON).
const char* season_name(Season s);

}  // namespace lingualens
