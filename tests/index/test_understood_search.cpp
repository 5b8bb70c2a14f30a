// End to end: photos with EXIF capture dates, a query that says when in words, and only the
// photos of that time come back — the words themselves never reach the text encoder.
#include <gtest/gtest.h>

#include <set>

#include "core/places/gazetteer.h"
#include "core/query/place_names.h"
#include "core/query/understand_query.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/library.h"
#include "index/search.h"
#include "tests/support/exif_thumbnail_writer.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

std::set<std::string> names(const SearchResponse& r) {
  std::set<std::string> out;
  for (const auto& h : r.results) out.insert(fs::path(h.image.path).filename().string());
  return out;
}

// A photo with an EXIF capture time and, unless lat and lon are 0, a GPS position.
struct Shot {
  const char* name;  // one of the seed photos
  const char* when;
  double lat, lon;
};

void write_shots(const fs::path& folder, const std::vector<Shot>& shots) {
  fs::create_directories(folder);
  for (const auto& s : shots) {
    fs::copy_file(test::data("images-seed/") / s.name, folder / s.name);
    test_support::set_exif_date(folder / s.name, s.when);
    if (s.lat != 0) test_support::set_exif_gps(folder / s.name, s.lat, s.lon);
  }
}

// Indexes <root>/photos into the library <root>/lib with the tiny image model.
void index_photos(const fs::path& root) {
  Library library(root / "lib", Library::Access::kWrite);
  IndexParams p;
  p.folders = {root / "photos"};
  index_folders(library, test::tiny_image_encoder(), p);
}

// The tiny text model with the head that puts it in the tiny image model's 16-d space.
const TextEncoder& tiny_text() {
  static const TextEncoder text(
      TextEncoderParams{test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"), 32});
  return text;
}

TEST(UnderstoodSearch, DatesInTheQueryPickThePhotosOfThatTime) {
  const fs::path root = test::scratch();
  write_shots(root / "photos",
              {{"bananas.jpg", "2023:07:14 10:00:00", 0, 0},  // July 2023
                                                              // July 2023, its last second
               {"green apple.jpg", "2023:07:31 23:59:59", 0, 0},
               {"red apple.jpg", "2023:08:01 00:00:00", 0, 0},  // August
               {"sad.jpg", "2019:07:20 12:00:00", 0, 0}});      // another year
  index_photos(root);
  Searcher searcher(root / "lib", &tiny_text(), &test::tiny_image_encoder());
  UnderstandParams understand;
  understand.today = CivilDate{2026, 11, 30};
  for (const char* query :
       {"Obst im Juli 2023", "fruit in July 2023", "фрукты в июле 2023", "果物 2023年7月"}) {
    SearchParams p;
    p.top_k = 10;
    apply_understood(understand_query(query, understand), p);
    EXPECT_EQ(names(searcher.search(p)), (std::set<std::string>{"bananas.jpg", "green apple.jpg"}))
        << query;
  }
  // Only the date: the photos of that time, newest first (a browse).
  SearchParams year;
  apply_understood(understand_query("2019", understand), year);
  const SearchResponse r = searcher.search(year);
  EXPECT_TRUE(r.browse);
  EXPECT_EQ(names(r), (std::set<std::string>{"sad.jpg"}));
  // An explicit range still holds: intersected with the understood one.
  SearchParams both;
  both.scope.taken_after = 1690156800;  // 2023-07-24 00:00:00 (wall clock)
  apply_understood(understand_query("July 2023", understand), both);
  EXPECT_EQ(names(searcher.search(both)), (std::set<std::string>{"green apple.jpg"}));
}

// Places: photos with GPS in Rome and Kyoto (and one without GPS) get their place at indexing;
// a query naming a country or a city in any language returns those taken there, never the
// photo without a position. A library indexed before places existed gets them at its next
// run, without encoding anything again.
TEST(UnderstoodSearch, CountriesAndCitiesPickThePhotosTakenThere) {
  const fs::path root = test::scratch();
  write_shots(root / "photos",
              {{"bananas.jpg", "2019:07:14 10:00:00", 41.9028, 12.4964},      // Rome
               {"green apple.jpg", "2023:07:20 10:00:00", 43.7696, 11.2558},  // Florence
               {"red apple.jpg", "2019:08:01 10:00:00", 35.0116, 135.7681},   // Kyoto
               {"sad.jpg", "2019:07:20 12:00:00", 0, 0},
               // St Peter's Square: Vatican City's, inside Rome but not in Italy
               {"fruit bowl.jpg", "2018:05:02 10:00:00", 41.9022, 12.4568}});
  {
    Library library(root / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {root / "photos"};
    p.places = false;  // as if indexed before places existed
    index_folders(library, test::tiny_image_encoder(), p);
    EXPECT_EQ(library.db().photos_without_place().size(), 4u);
    p.places = true;  // the next run: places, nothing encoded
    const IndexSummary again = index_folders(library, test::tiny_image_encoder(), p);
    EXPECT_EQ(again.places, 4);
    EXPECT_EQ(again.added + again.updated, 0);
    EXPECT_TRUE(library.db().photos_without_place().empty());
  }
  Searcher searcher(root / "lib", &tiny_text(), &test::tiny_image_encoder());
  const PlaceNames places(Gazetteer::load(Gazetteer::default_dir()));
  UnderstandParams understand;
  understand.today = CivilDate{2026, 11, 30};
  understand.places = &places;
  auto run = [&](const char* query) {
    SearchParams p;
    p.top_k = 10;
    apply_understood(understand_query(query, understand), p);
    return searcher.search(p);
  };
  for (const char* query :
       {"fruit in Italy", "Obst in Italien", "фрукты в Италии", "果物 イタリア"})
    EXPECT_EQ(names(run(query)), (std::set<std::string>{"bananas.jpg", "green apple.jpg"}))
        << query;
  // A city takes in what lies within its reach, enclaves included.
  for (const char* query : {"fruit in Rome", "фрукты в Риме", "果物 ローマ"})
    EXPECT_EQ(names(run(query)), (std::set<std::string>{"bananas.jpg", "fruit bowl.jpg"})) << query;
  EXPECT_EQ(names(run("Vatican City")), (std::set<std::string>{"fruit bowl.jpg"}));
  // A date and a country together: the one photo of both.
  EXPECT_EQ(names(run("fruit in Italy 2019")), (std::set<std::string>{"bananas.jpg"}));
  EXPECT_EQ(names(run("Kyoto")), (std::set<std::string>{"red apple.jpg"}));
  EXPECT_TRUE(run("fruit in France").results.empty());
  // Results say where they were taken.
  const auto kyoto = run("Japan");
  ASSERT_EQ(kyoto.results.size(), 1u);
  ASSERT_TRUE(kyoto.results[0].place);
  EXPECT_EQ(kyoto.results[0].place->place, "Kyoto");
  EXPECT_EQ(kyoto.results[0].place->country, "JP");
}

// A season reaches each photo on its own hemisphere's calendar: summer 2019 is July in Rome
// and January 2020 in Sydney; a photo without GPS is read by the northern calendar.
TEST(UnderstoodSearch, SeasonsFollowTheHemisphereOfEachPhoto) {
  const fs::path root = test::scratch();
  write_shots(root / "photos",
              {{"bananas.jpg", "2019:07:14 10:00:00", 41.9028, 12.4964},        // Rome
               {"green apple.jpg", "2020:01:20 10:00:00", -33.8688, 151.2093},  // Sydney
               {"red apple.jpg", "2019:07:20 10:00:00", -33.8688, 151.2093},    // its winter
               {"sad.jpg", "2019:08:02 12:00:00", 0, 0}});
  index_photos(root);
  Searcher searcher(root / "lib", &tiny_text(), &test::tiny_image_encoder());
  UnderstandParams understand;
  understand.today = CivilDate{2026, 11, 30};
  auto run = [&](const char* query, std::optional<int64_t> after = std::nullopt) {
    SearchParams p;
    p.top_k = 10;
    p.scope.taken_after = after;
    apply_understood(understand_query(query, understand), p);
    return names(searcher.search(p));
  };
  for (const char* query : {"fruit summer 2019", "Obst im Sommer 2019", "фрукты летом 2019"})
    EXPECT_EQ(run(query), (std::set<std::string>{"bananas.jpg", "green apple.jpg", "sad.jpg"}))
        << query;
  EXPECT_EQ(run("winter 2019"), (std::set<std::string>{"red apple.jpg"}));  // Sydney's July
  // Not a season: July is July everywhere.
  EXPECT_EQ(run("July 2019"), (std::set<std::string>{"bananas.jpg", "red apple.jpg"}));
  // An explicit range still holds for both hemispheres.
  EXPECT_EQ(run("summer 2019", 1563580800),  // from 2019-07-20 00:00:00 (wall clock)
            (std::set<std::string>{"green apple.jpg", "sad.jpg"}));
}

}  // namespace
}  // namespace lingualens
