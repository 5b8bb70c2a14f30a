// Inside the library database: the connection and the error helpers, shared by the .cpp files
// that implement LibraryDb (library_db.cpp, library_db_places.cpp, library_db_filter.cpp). SQLite's own headers stay
// in those .cpp files: here its classes are only named.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/error.h"
#include "index/library_db.h"

namespace SQLite {
class Database;
class Exception;
class Statement;
}  // namespace SQLite

namespace lingualens {

struct LibraryDb::Impl {
  std::filesystem::path dir;
  std::unique_ptr<SQLite::Database> db;
  int lock_fd = -1;
  bool writable = false;
  bool embeddings_changed = false;
  int64_t next_gen = 0;  // the generation the open transaction will commit as

  ~Impl();
  void take_writer_lock();
  void migrate();
};

namespace library_db_detail {

// SQLite's failure while reading, as an Error naming the database: a damaged or unreadable
// library never surfaces as "unexpected failure".
Error read_error(const std::filesystem::path& file, const SQLite::Exception& e);

template <typename F>
auto guarded_read(const std::filesystem::path& file, F&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const SQLite::Exception& e) {
    throw read_error(file, e);
  }
}

// SQLite's failure while writing, in words that say what to do about it.
Error write_error(const std::filesystem::path& file, const SQLite::Exception& e);

// The WHERE clause of a filter over `images i`, with its values in bind order
// (library_db_filter.cpp).
struct FilterSql {
  std::string where;
  std::vector<std::variant<int64_t, double, std::string>> values;
};
FilterSql filter_sql(const ImageFilter& f);
void bind_all(SQLite::Statement& q, const FilterSql& f, int first = 1);

}  // namespace library_db_detail
}  // namespace lingualens
