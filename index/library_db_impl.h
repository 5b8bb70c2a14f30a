// Inside the library database: the SQLite connection and its helpers, shared by the .cpp
// files that implement LibraryDb (library_db.cpp, library_db_places.cpp). Internal: never
// included from a header, so SQLite stays out of every other translation unit.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/error.h"
#include "index/library_db.h"

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
template <typename F>
auto guarded_read(const std::filesystem::path& file, F&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode() & 0xff;
    const bool damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT;
    throw Error(damaged ? ErrorKind::kBadFormat : ErrorKind::kIo, file,
                std::string("cannot read the library database: ") + e.what() +
                    (damaged ? " (the file is damaged; move it away and index again)" : ""));
  }
}

// SQLite's failure while writing, in words that say what to do about it.
Error write_error(const std::filesystem::path& file, const SQLite::Exception& e);

}  // namespace library_db_detail
}  // namespace lingualens
