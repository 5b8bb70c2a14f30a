// Which images a browse or a filtered search may see: an ImageFilter as SQL over `images i`.
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cmath>
#include <variant>

#include "index/library_db.h"
#include "index/library_db_impl.h"

namespace lingualens {
namespace library_db_detail {

namespace {

// " AND " + the capture-time range as SQL ("" without one).
void add_range(FilterSql& out, const char* lead, const std::optional<int64_t>& after,
               const std::optional<int64_t>& before) {
  if (!after && !before) return;
  out.where += lead;
  out.where += after && before ? "i.taken_at BETWEEN ? AND ?"
               : after         ? "i.taken_at >= ?"
                               : "i.taken_at <= ?";
  if (after) out.values.emplace_back(*after);
  if (before) out.values.emplace_back(*before);
}

}  // namespace

// A sub-folder matches by whole components: rel_path in ["a/b/", "a/b0") is everything below
// "a/b" and nothing of "a/b-old" ('0' is the byte after '/').
FilterSql filter_sql(const ImageFilter& f) {
  FilterSql out;
  out.where = "i.status = 0 AND (";
  if (f.scopes.empty()) out.where += "0";
  for (size_t k = 0; k < f.scopes.size(); ++k) {
    const auto& s = f.scopes[k];
    if (k) out.where += " OR ";
    out.where += "(i.root_id = ?";
    out.values.emplace_back(s.root_id);
    if (!s.rel_folder.empty()) {
      out.where += " AND i.rel_path >= ? AND i.rel_path < ?";
      out.values.emplace_back(s.rel_folder + "/");
      out.values.emplace_back(s.rel_folder + "0");
    }
    out.where += ")";
  }
  out.where += ")";
  if (f.south_after || f.south_before) {
    // A season: photos taken south of the equator by their own calendar, all others
    // (no GPS included) by the northern one.
    out.where += " AND (CASE WHEN i.latitude < 0 THEN ";
    add_range(out, "", f.south_after, f.south_before);
    out.where += " ELSE ";
    if (f.taken_after || f.taken_before)
      add_range(out, "", f.taken_after, f.taken_before);
    else
      out.where += "1";
    out.where += " END)";
  } else {
    add_range(out, " AND ", f.taken_after, f.taken_before);
  }
  if (f.country) {  // photos without GPS (NULL or '') never match a place
    out.where += " AND i.country = ?";
    out.values.emplace_back(*f.country);
  }
  if (f.place) {
    out.where += " AND ((i.place = ?";
    out.values.emplace_back(*f.place);
    if (f.place_country) {
      out.where += " AND i.country = ?";
      out.values.emplace_back(*f.place_country);
    }
    out.where += ")";
    if (f.near_place) {
      out.where += " OR (i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?)";
      for (double v : {f.near_place->south, f.near_place->north, f.near_place->west,
                       f.near_place->east})
        out.values.emplace_back(v);
    }
    out.where += ")";
  }
  return out;
}

void bind_all(SQLite::Statement& q, const FilterSql& f, int first) {
  int k = first;
  for (const auto& v : f.values) {
    if (std::holds_alternative<int64_t>(v))
      q.bind(k++, std::get<int64_t>(v));
    else if (std::holds_alternative<double>(v))
      q.bind(k++, std::get<double>(v));
    else
      q.bind(k++, std::get<std::string>(v));
  }
}

}  // namespace library_db_detail

GeoBox box_around(double latitude, double longitude, double radius_km) {
  constexpr double kKmPerDegree = 111.195;  // on the mean-radius sphere Gazetteer uses
  const double dlat = radius_km / kKmPerDegree;
  const double c = std::cos(latitude * M_PI / 180);
  const double dlon = c > 1e-6 ? std::min(180.0, dlat / c) : 180.0;
  return {std::max(-90.0, latitude - dlat), std::min(90.0, latitude + dlat),
          std::max(-180.0, longitude - dlon), std::min(180.0, longitude + dlon)};
}

using library_db_detail::bind_all;
using library_db_detail::filter_sql;
using library_db_detail::FilterSql;
using library_db_detail::guarded_read;

std::vector<int64_t> LibraryDb::browse(const ImageFilter& filter, int64_t offset,
                                       int64_t limit) const {
  return guarded_read(database_file(), [&]() -> std::vector<int64_t> {
    const FilterSql f = filter_sql(filter);
    SQLite::Statement q(
        *impl_->db,
        "SELECT i.id FROM images i WHERE " + f.where +
            " ORDER BY i.taken_at DESC, i.id DESC "  // NULL sorts lowest: unknown dates last
            "LIMIT ? OFFSET ?");
    bind_all(q, f);
    q.bind(static_cast<int>(f.values.size()) + 1, limit);
    q.bind(static_cast<int>(f.values.size()) + 2, offset);
    std::vector<int64_t> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    return out;
  });
}

int64_t LibraryDb::count_matching(const ImageFilter& filter) const {
  return guarded_read(database_file(), [&]() -> int64_t {
    const FilterSql f = filter_sql(filter);
    SQLite::Statement q(*impl_->db, "SELECT COUNT(*) FROM images i WHERE " + f.where);
    bind_all(q, f);
    q.executeStep();
    return q.getColumn(0).getInt64();
  });
}

std::vector<int64_t> LibraryDb::ids_matching(const ImageFilter& filter) const {
  return guarded_read(database_file(), [&]() -> std::vector<int64_t> {
    const FilterSql f = filter_sql(filter);
    SQLite::Statement q(*impl_->db, "SELECT i.id FROM images i WHERE " + f.where);
    bind_all(q, f);
    std::vector<int64_t> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
    return out;
  });
}

}  // namespace lingualens
