// Where photos were taken, in the library database (schema 4: place, region, country).
#include <SQLiteCpp/SQLiteCpp.h>

#include "index/library_db_impl.h"

namespace lingualens {

using library_db_detail::guarded_read;
using library_db_detail::write_error;

std::vector<PlaceToFind> LibraryDb::photos_without_place() const {
  return guarded_read(database_file(), [&] {
    SQLite::Statement q(*impl_->db,
                        "SELECT id, latitude, longitude FROM images WHERE status = 0 AND "
                        "latitude IS NOT NULL AND longitude IS NOT NULL AND country IS NULL");
    std::vector<PlaceToFind> out;
    while (q.executeStep())
      out.push_back(
          {q.getColumn(0).getInt64(), q.getColumn(1).getDouble(), q.getColumn(2).getDouble()});
    return out;
  });
}

void LibraryDb::set_places(const std::vector<PlaceFound>& places) {
  try {
    SQLite::Statement q(*impl_->db,
                        "UPDATE images SET place = ?, region = ?, country = ? WHERE id = ?");
    for (const auto& p : places) {
      q.bind(1, p.place);
      q.bind(2, p.region);
      q.bind(3, p.country);
      q.bind(4, p.id);
      q.exec();
      q.reset();
    }
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

std::map<int64_t, PlaceFound> LibraryDb::places(const std::vector<int64_t>& ids) const {
  return guarded_read(database_file(), [&] {
    SQLite::Statement q(*impl_->db,
                        "SELECT place, region, country FROM images WHERE id = ? AND country <> ''");
    std::map<int64_t, PlaceFound> out;
    for (int64_t id : ids) {
      q.bind(1, id);
      if (q.executeStep())
        out[id] = {id, q.getColumn(0).getString(), q.getColumn(1).getString(),
                   q.getColumn(2).getString()};
      q.reset();
    }
    return out;
  });
}

}  // namespace lingualens
