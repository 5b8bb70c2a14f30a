// End to end: photos with EXIF capture dates, a query that says when in words, and only the
// photos of that time come back — the words themselves never reach the text encoder.
#include <gtest/gtest.h>

#include <set>

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

TEST(UnderstoodSearch, DatesInTheQueryPickThePhotosOfThatTime) {
  const fs::path root = test::scratch();
  fs::create_directories(root / "photos");
  const std::pair<const char*, const char*> photos[] = {
      {"bananas.jpg", "2023:07:14 10:00:00"},      // July 2023
      {"green apple.jpg", "2023:07:31 23:59:59"},  // July 2023, its last second
      {"red apple.jpg", "2023:08:01 00:00:00"},    // August
      {"sad.jpg", "2019:07:20 12:00:00"}};         // another year
  for (const auto& [name, when] : photos) {
    fs::copy_file(test::data("images-seed/") / name, root / "photos" / name);
    test_support::set_exif_date(root / "photos" / name, when);
  }
  {
    Library library(root / "lib", Library::Access::kWrite);
    IndexParams p;
    p.folders = {root / "photos"};
    index_folders(library, test::tiny_image_encoder(), p);
  }
  const TextEncoder text(
      TextEncoderParams{test::data("mbert-tiny"), test::data("formats/head_16x16.pkl"), 32});
  Searcher searcher(root / "lib", &text, &test::tiny_image_encoder());
  UnderstandParams understand;
  understand.today = CivilDate{2026, 11, 30};
  for (const char* query :
       {"Obst im Juli 2023", "fruit in July 2023", "фрукты в июле 2023", "果物 2023年7月"}) {
    SearchParams p;
    p.top_k = 10;
    apply_understood_dates(understand_query(query, understand), p);
    EXPECT_EQ(names(searcher.search(p)), (std::set<std::string>{"bananas.jpg", "green apple.jpg"}))
        << query;
  }
  // Only the date: the photos of that time, newest first (a browse).
  SearchParams year;
  apply_understood_dates(understand_query("2019", understand), year);
  const SearchResponse r = searcher.search(year);
  EXPECT_TRUE(r.browse);
  EXPECT_EQ(names(r), (std::set<std::string>{"sad.jpg"}));
  // An explicit range still holds: intersected with the understood one.
  SearchParams both;
  both.scope.taken_after = 1690156800;  // 2023-07-24 00:00:00 (wall clock)
  apply_understood_dates(understand_query("July 2023", understand), both);
  EXPECT_EQ(names(searcher.search(both)), (std::set<std::string>{"green apple.jpg"}));
}

}  // namespace
}  // namespace lingualens
