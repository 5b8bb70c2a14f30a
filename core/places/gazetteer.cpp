#include "core/places/gazetteer.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "core/error.h"

namespace lingualens {
namespace {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kPi = 3.14159265358979323846;
// Cells of a quarter degree (about 28 km tall): a dense region's cell holds a few dozen places.
constexpr double kCellsPerDegree = 4;
constexpr int kLatCells = 180 * 4, kLonCells = 360 * 4;
constexpr double kCellKm = 111.2 / kCellsPerDegree;

std::string read_gzip(const std::filesystem::path& file) {
  gzFile in = gzopen(file.c_str(), "rb");
  if (!in) throw Error(ErrorKind::kNotFound, file, "the gazetteer file is missing");
  std::string out;
  char buf[1 << 16];
  int n = 0;
  while ((n = gzread(in, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  const bool failed = n < 0;
  gzclose(in);
  if (failed) throw Error(ErrorKind::kBadFormat, file, "not a readable gzip file");
  return out;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t k = 0; k <= line.size(); ++k) {
    if (k == line.size() || line[k] == '\t') {
      out.push_back(line.substr(start, k - start));
      start = k + 1;
    }
  }
  return out;
}

// fn(line, line_number) for every non-empty line of `text`.
template <typename F>
void for_each_line(const std::string& text, F&& fn) {
  size_t line_no = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line(text.data() + at, end - at);
    at = end + 1;
    ++line_no;
    if (!line.empty()) fn(line, line_no);
  }
}

int cell_of(double lat, double lon) {
  const int r =
      std::clamp(static_cast<int>(std::floor((lat + 90) * kCellsPerDegree)), 0, kLatCells - 1);
  const int c =
      (static_cast<int>(std::floor((lon + 180) * kCellsPerDegree)) + kLonCells) % kLonCells;
  return r * kLonCells + c;
}

}  // namespace

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  const double rad = kPi / 180;
  const double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::filesystem::path& dir) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  std::unordered_map<std::string, int32_t> region_index;
  {
    const auto file = dir / "admin1.tsv.gz";
    for_each_line(read_gzip(file), [&](std::string_view line, size_t line_no) {
      const auto f = fields(line);
      if (f.size() != 2)
        throw Error(ErrorKind::kBadFormat, file,
                    "line " + std::to_string(line_no) + " is not code<TAB>name");
      region_index.emplace(std::string(f[0]), static_cast<int32_t>(g->regions_.size()));
      g->regions_.emplace_back(f[1]);
    });
  }
  const auto file = dir / "cities.tsv.gz";
  std::vector<std::pair<uint32_t, uint32_t>> alternates;  // (offset, length) → place
  std::vector<uint32_t> alternate_place;
  for_each_line(read_gzip(file), [&](std::string_view line, size_t line_no) {
    const auto f = fields(line);
    char* stop = nullptr;
    Entry e;
    const std::string lat(f.size() > 2 ? f[1] : ""), lon(f.size() > 2 ? f[2] : "");
    e.lat = std::strtof(lat.c_str(), &stop);
    const bool lat_ok = !lat.empty() && *stop == 0 && std::abs(e.lat) <= 90;
    e.lon = std::strtof(lon.c_str(), &stop);
    const bool lon_ok = !lon.empty() && *stop == 0 && std::abs(e.lon) <= 180;
    if (f.size() != 7 || f[0].empty() || f[3].size() != 2 || !lat_ok || !lon_ok)
      throw Error(ErrorKind::kBadFormat, file,
                  "line " + std::to_string(line_no) +
                      " is not name, latitude, longitude, country, region, population, names");
    e.name = static_cast<uint32_t>(g->text_.size());
    e.name_len = static_cast<uint16_t>(std::min<size_t>(f[0].size(), 0xFFFF));
    g->text_.append(f[0].substr(0, e.name_len));
    e.country[0] = f[3][0];
    e.country[1] = f[3][1];
    if (auto r = region_index.find(std::string(f[3]) + "." + std::string(f[4]));
        r != region_index.end())
      e.region = r->second;
    e.population = static_cast<uint32_t>(std::strtoul(std::string(f[5]).c_str(), nullptr, 10));
    const auto place = static_cast<uint32_t>(g->places_.size());
    for (size_t k = 0; k < f[6].size();) {
      const size_t comma = std::min(f[6].find(',', k), f[6].size());
      if (comma > k) {
        alternates.emplace_back(static_cast<uint32_t>(g->text_.size()),
                                static_cast<uint32_t>(comma - k));
        alternate_place.push_back(place);
        g->text_.append(f[6].substr(k, comma - k));
      }
      k = comma + 1;
    }
    g->places_.push_back(e);
  });
  // Views into the text once it no longer moves.
  for (uint32_t p = 0; p < g->places_.size(); ++p)
    g->names_.push_back(
        {std::string_view(g->text_).substr(g->places_[p].name, g->places_[p].name_len), p});
  for (size_t k = 0; k < alternates.size(); ++k)
    g->names_.push_back(
        {std::string_view(g->text_).substr(alternates[k].first, alternates[k].second),
         alternate_place[k]});
  // The grid, by counting sort.
  g->cell_start_.assign(kLatCells * kLonCells + 1, 0);
  for (const auto& e : g->places_) ++g->cell_start_[static_cast<size_t>(cell_of(e.lat, e.lon)) + 1];
  for (size_t c = 1; c < g->cell_start_.size(); ++c) g->cell_start_[c] += g->cell_start_[c - 1];
  g->cell_places_.resize(g->places_.size());
  std::vector<uint32_t> fill(g->cell_start_.begin(), g->cell_start_.end() - 1);
  for (uint32_t p = 0; p < g->places_.size(); ++p)
    g->cell_places_[fill[static_cast<size_t>(cell_of(g->places_[p].lat, g->places_[p].lon))]++] = p;
  return g;
}

std::filesystem::path Gazetteer::default_dir() {
  if (const char* env = std::getenv("LINGUALENS_DATA_DIR"); env && *env)
    return std::filesystem::path(env) / "places";
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    const std::filesystem::path installed =
        std::filesystem::path(std::string(exe, static_cast<size_t>(n)))
            .parent_path()
            .parent_path() /
        "share" / "lingualens" / "places";
    std::error_code ec;
    if (std::filesystem::exists(installed / "cities.tsv.gz", ec)) return installed;
  }
  return std::filesystem::path(LINGUALENS_RESOURCES_DIR) / "places";
}

std::shared_ptr<const Gazetteer> Gazetteer::shared(std::string* error) {
  static std::string failure;
  static const std::shared_ptr<const Gazetteer> shipped = []() -> std::shared_ptr<const Gazetteer> {
    try {
      return load(default_dir());
    } catch (const std::exception& e) {
      failure = e.what();
      return nullptr;
    }
  }();
  if (!shipped && error) *error = failure;
  return shipped;
}

Place Gazetteer::place(uint32_t index) const {
  const Entry& e = places_.at(index);
  Place p;
  p.name.assign(text_, e.name, e.name_len);
  if (e.region >= 0) p.region = regions_[static_cast<size_t>(e.region)];
  p.country.assign(e.country, 2);
  p.population = e.population;
  p.latitude = e.lat;
  p.longitude = e.lon;
  return p;
}

std::optional<Place> Gazetteer::nearest(double lat, double lon, double max_km) const {
  if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180)
    return std::nullopt;
  const int row = cell_of(lat, lon) / kLonCells, col = cell_of(lat, lon) % kLonCells;
  // Candidates are compared by a cheap monotone stand-in for the distance (the haversine
  // term before asin/sqrt); the winner's distance is computed once.
  const double rad = kPi / 180, cos_lat = std::cos(lat * rad);
  const double max_a = std::pow(std::sin(max_km / (2 * kEarthRadiusKm)), 2);
  double best_a = max_a;
  int64_t found = -1;
  // Rings of cells around the point. A cell is kCellKm tall; its width shrinks with the
  // cosine of the latitude, so near the poles more rings are needed for the same distance.
  const double cell_w = std::max(0.5, kCellKm * std::cos(std::min(89.0, std::abs(lat) + 1) * rad));
  const int max_ring = std::min(static_cast<int>(std::ceil(max_km / cell_w)) + 1, kLonCells / 2);
  for (int ring = 0; ring <= max_ring; ++ring) {
    // Everything in this ring or beyond is at least (ring - 1) cells away in every direction.
    if (found >= 0 &&
        (ring - 1) * std::min(kCellKm, cell_w) > 2 * kEarthRadiusKm * std::asin(std::sqrt(best_a)))
      break;
    for (int dr = -ring; dr <= ring; ++dr) {
      const int r = row + dr;
      if (r < 0 || r >= kLatCells) continue;
      const int step = std::abs(dr) == ring ? 1 : 2 * ring;  // the ring's border only
      for (int dc = -ring; dc <= ring; dc += std::max(1, step)) {
        const int c = ((col + dc) % kLonCells + kLonCells) % kLonCells;
        const size_t cell = static_cast<size_t>(r * kLonCells + c);
        for (uint32_t k = cell_start_[cell]; k < cell_start_[cell + 1]; ++k) {
          const Entry& e = places_[cell_places_[k]];
          const double sdlat = std::sin((e.lat - lat) * rad / 2);
          const double sdlon = std::sin((e.lon - lon) * rad / 2);
          const double a = sdlat * sdlat + cos_lat * std::cos(e.lat * rad) * sdlon * sdlon;
          if (a < best_a) {
            best_a = a;
            found = cell_places_[k];
          }
        }
      }
    }
  }
  if (found < 0) return std::nullopt;
  Place p = place(static_cast<uint32_t>(found));
  p.distance_km = distance_km(lat, lon, p.latitude, p.longitude);
  return p;
}

}  // namespace lingualens
