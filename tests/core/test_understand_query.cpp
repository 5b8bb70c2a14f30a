// Dates and places inside a query, in many languages: the table in understand_queries.psv
// (170 queries, 28 languages, Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali,
// CJK, Hangul and Thai scripts, with the negatives a date reader must leave alone), and the
// rules behind it.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "core/places/gazetteer.h"
#include "core/query/calendar_date.h"
#include "core/query/country_names.h"
#include "core/query/place_names.h"
#include "core/query/understand_query.h"

namespace lingualens {
namespace {

const CivilDate kToday{2026, 11, 30};  // a Monday

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  for (std::string field; std::getline(s, field, '|');) out.push_back(field);
  if (!line.empty() && line.back() == '|') out.emplace_back();
  return out;
}

TEST(UnderstandQuery, MultilingualTable) {
  std::ifstream in(std::string(LINGUALENS_SOURCE_DIR) + "/tests/core/understand_queries.psv");
  ASSERT_TRUE(in) << "understand_queries.psv";
  std::set<std::string> languages;
  int rows = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line);
    ASSERT_EQ(f.size(), 6u) << line;
    ++rows;
    languages.insert(f[0]);
    UnderstandParams params;
    params.today = kToday;
    const UnderstoodQuery u = understand_query(f[1], params);
    EXPECT_EQ(u.after ? format_date(*u.after) : "", f[2]) << f[0] << ": " << f[1];
    EXPECT_EQ(u.before ? format_date(*u.before) : "", f[3]) << f[0] << ": " << f[1];
    EXPECT_EQ(u.country.value_or(""), f[4]) << f[0] << ": " << f[1];
    EXPECT_EQ(u.text, f[5]) << f[0] << ": " << f[1];
  }
  EXPECT_GE(rows, 150);
  EXPECT_GE(languages.size(), 20u);
}

TEST(UnderstandQuery, LiteralAndQuotedWordsStayText) {
  UnderstandParams params;
  params.today = kToday;
  params.literal = true;
  const auto literal = understand_query("beach in Italy 2019", params);
  EXPECT_EQ(literal.text, "beach in Italy 2019");
  EXPECT_FALSE(literal.after);
  EXPECT_FALSE(literal.country);
  params.literal = false;
  const auto quoted = understand_query("\"summer 2019\" poster in Italy", params);
  EXPECT_EQ(quoted.text, "\"summer 2019\" poster");
  EXPECT_FALSE(quoted.after);
  EXPECT_EQ(quoted.country, "IT");
}

TEST(UnderstandQuery, PartsNameTheWordsTaken) {
  UnderstandParams params;
  params.today = kToday;
  const auto u = understand_query("Strand im Juli 2023 in Italien", params);
  ASSERT_EQ(u.parts.size(), 2u);
  EXPECT_EQ(u.parts[0].kind, UnderstoodPart::Kind::kDate);
  EXPECT_EQ(u.parts[0].words, "im Juli 2023");
  EXPECT_EQ(u.parts[1].kind, UnderstoodPart::Kind::kCountry);
  EXPECT_EQ(u.parts[1].words, "in Italien");
  EXPECT_EQ(u.text, "Strand");
}

TEST(UnderstandQuery, SeasonsAreMeteorological) {
  UnderstandParams params;
  params.today = kToday;
  auto u = understand_query("Winter 2019", params);  // the winter that begins in 2019
  EXPECT_EQ(format_date(*u.after), "2019-12-01");
  EXPECT_EQ(format_date(*u.before), "2020-02-29");
  EXPECT_EQ(u.season, Season::kWinter);
  params.today = CivilDate{2026, 7, 15};  // in summer: "last summer" is the year before's
  u = understand_query("last summer", params);
  EXPECT_EQ(format_date(*u.after), "2025-06-01");
  u = understand_query("this summer", params);
  EXPECT_EQ(format_date(*u.after), "2026-06-01");
  params.today = CivilDate{2026, 1, 10};  // in winter: the one under way began last December
  u = understand_query("this winter", params);
  EXPECT_EQ(format_date(*u.after), "2025-12-01");
  u = understand_query("last winter", params);
  EXPECT_EQ(format_date(*u.after), "2024-12-01");
}

// South of the equator the same words mean the other half of the year: "summer 2019" there is
// December 2019 to February 2020; relative seasons are each hemisphere's own latest.
TEST(UnderstandQuery, SeasonsHaveSouthernDates) {
  UnderstandParams params;
  params.today = kToday;  // 2026-11-30
  auto u = understand_query("Strand Sommer 2019", params);
  EXPECT_EQ(format_date(*u.after), "2019-06-01");
  ASSERT_TRUE(u.south_after && u.south_before);
  EXPECT_EQ(format_date(*u.south_after), "2019-12-01");
  EXPECT_EQ(format_date(*u.south_before), "2020-02-29");
  u = understand_query("зима 2020", params);
  EXPECT_EQ(format_date(*u.south_after), "2020-06-01");
  EXPECT_EQ(format_date(*u.south_before), "2020-08-31");
  u = understand_query("otoño de 2021", params);
  EXPECT_EQ(format_date(*u.south_after), "2021-03-01");
  EXPECT_EQ(format_date(*u.south_before), "2021-05-31");
  u = understand_query("lake last summer", params);  // north: June–August 2026
  EXPECT_EQ(format_date(*u.after), "2026-06-01");
  EXPECT_EQ(format_date(*u.south_after), "2025-12-01");  // south: the one ended in February
  EXPECT_EQ(format_date(*u.south_before), "2026-02-28");
  u = understand_query("去年夏天", params);  // last year's summer, both hemispheres
  EXPECT_EQ(format_date(*u.after), "2025-06-01");
  EXPECT_EQ(format_date(*u.south_after), "2025-12-01");
  // Not a season: one calendar for everyone.
  for (const char* q : {"beach July 2023", "cats 2019", "snow last year"}) {
    u = understand_query(q, params);
    EXPECT_TRUE(u.after) << q;
    EXPECT_FALSE(u.south_after) << q;
  }
  u = understand_query("summer 2019 and 2021", params);  // two dates: a plain range
  EXPECT_EQ(u.season, Season::kNone);
  EXPECT_FALSE(u.south_after);
}

TEST(UnderstandQuery, YearsAreBoundedByToday) {
  UnderstandParams params;
  params.today = kToday;
  EXPECT_TRUE(understand_query("2027 plans", params).after);   // next year
  EXPECT_FALSE(understand_query("2028 plans", params).after);  // not a photo's year
  EXPECT_FALSE(understand_query("1899 map", params).after);
}

TEST(UnderstandQuery, CountryNamesComeFromIcuInEveryLanguage) {
  EXPECT_GT(CountryNames::get().size(), 10000u);
  UnderstandParams params;
  params.today = kToday;
  for (const char* name : {"Italien", "Italie", "Италия", "イタリア", "意大利", "إيطاليا", "Ιταλία",
                           "איטליה", "इटली", "이탈리아", "อิตาลี"})
    EXPECT_EQ(understand_query(name, params).country, "IT") << name;
  EXPECT_EQ(CountryNames::english_name("JP"), "Japan");
}

// Cities by the gazetteer's names, only when written as names of places big enough for the
// position they are in; inflected outside Latin script.
TEST(UnderstandQuery, CityNamesFromTheGazetteer) {
  const PlaceNames places(Gazetteer::load(Gazetteer::default_dir()));
  UnderstandParams params;
  params.today = kToday;
  params.places = &places;
  struct Case {
    const char* query;
    const char* place;  // "" for none
    const char* text;
  };
  for (const Case& c : std::vector<Case>{{"beach in Rome 2019", "Rome", "beach"},
                                         {"Кошки в Риме", "Rome", "Кошки"},
                                         {"снег в Москве", "Moscow", "снег"},
                                         {"ローマ 2019", "Rome", ""},
                                         {"sunset in Kyoto last summer", "Kyoto", "sunset"},
                                         {"holiday in Bath", "Bath", "holiday"},
                                         {"Paris at night", "Paris", "at night"},
                                         {"Reading glasses", "", "Reading glasses"},
                                         {"nice beach", "", "nice beach"},
                                         {"rim of the cup", "", "rim of the cup"},
                                         {"bath towel", "", "bath towel"},
                                         {"\"Paris\" perfume", "", "\"Paris\" perfume"}}) {
    const auto u = understand_query(c.query, params);
    EXPECT_EQ(u.place.value_or(""), c.place) << c.query;
    EXPECT_EQ(u.text, c.text) << c.query;
  }
  // A country's name is a country, not a city of that name.
  const auto lu = understand_query("Luxembourg", params);
  EXPECT_EQ(lu.country, "LU");
  EXPECT_FALSE(lu.place);
}

TEST(CalendarDate, DaysRoundTripAndWeekdays) {
  for (long d = -1000; d < 40000; d += 37) EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
  EXPECT_EQ(iso_weekday({2026, 11, 30}), 1);
  EXPECT_EQ(iso_weekday({1970, 1, 1}), 4);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(parse_date("2023-07-05"), (CivilDate{2023, 7, 5}));
  EXPECT_FALSE(parse_date("2023-02-30"));
  EXPECT_FALSE(parse_date("2023-7-5"));
  EXPECT_FALSE(parse_date("yesterday"));
}

}  // namespace
}  // namespace lingualens
