// The shipped gazetteer (resources/places, GeoNames via npm): known coordinates land in the
// right place, photos far from any town get none, and bad files are named.
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"
#include "core/places/gazetteer.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

const Gazetteer& shipped() {
  static const auto g = Gazetteer::load(Gazetteer::default_dir());
  return *g;
}

TEST(Gazetteer, KnownCoordinatesAreInTheirPlace) {
  EXPECT_GT(shipped().size(), 130000u);
  const auto rome = shipped().nearest(41.9028, 12.4964);
  ASSERT_TRUE(rome);
  EXPECT_EQ(rome->name, "Rome");
  EXPECT_EQ(rome->country, "IT");
  EXPECT_EQ(rome->region, "Lazio");
  EXPECT_LT(rome->distance_km, 5);
  const auto kyoto = shipped().nearest(35.0116, 135.7681);
  ASSERT_TRUE(kyoto);
  EXPECT_EQ(kyoto->name, "Kyoto");
  EXPECT_EQ(kyoto->country, "JP");
  const auto sydney = shipped().nearest(-33.8688, 151.2093);  // southern hemisphere
  ASSERT_TRUE(sydney);
  EXPECT_EQ(sydney->country, "AU");
  const auto fiji = shipped().nearest(-17.8, 179.9);  // across the 180th meridian's cells
  ASSERT_TRUE(fiji);
  EXPECT_EQ(fiji->country, "FJ");
}

TEST(Gazetteer, NoPlaceAtSeaOrForNonsense) {
  EXPECT_FALSE(shipped().nearest(0, -30));  // mid-Atlantic
  EXPECT_FALSE(shipped().nearest(91, 0));
  EXPECT_FALSE(shipped().nearest(std::nan(""), 0));
}

TEST(Gazetteer, NearestEqualsBruteForce) {
  // Points over the globe: the grid search finds the place a scan of all places finds.
  const Gazetteer& g = shipped();
  std::vector<Place> all;
  for (uint32_t i = 0; i < g.size(); ++i) all.push_back(g.place(i));
  int compared = 0;
  for (double lat = -55.3; lat <= 80; lat += 15) {
    for (double lon = -179.4; lon < 180; lon += 20) {
      double best = 150;
      const Place* want = nullptr;
      for (const auto& p : all) {
        const double d = distance_km(lat, lon, p.latitude, p.longitude);
        if (d < best) {
          best = d;
          want = &p;
        }
      }
      const auto got = g.nearest(lat, lon);
      ASSERT_EQ(got.has_value(), want != nullptr) << lat << ", " << lon;
      if (!want) continue;
      ++compared;
      EXPECT_EQ(got->name, want->name) << lat << ", " << lon;
      EXPECT_NEAR(got->distance_km, best, 1e-9);
    }
  }
  EXPECT_GT(compared, 20);
}

TEST(Gazetteer, MissingAndMalformedFilesAreNamed) {
  const auto dir = test::scratch();
  try {
    Gazetteer::load(dir);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("admin1.tsv.gz"), std::string::npos) << e.what();
  }
  std::filesystem::copy_file(Gazetteer::default_dir() / "admin1.tsv.gz", dir / "admin1.tsv.gz");
  std::ofstream(dir / "cities.tsv.gz") << "not gzip: read as plain text by zlib\tx\n";
  try {
    Gazetteer::load(dir);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("line 1"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lingualens
