#include "index/library_db.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <variant>

#include "core/error.h"
#include "index/library_db_impl.h"

namespace lingualens {

using library_db_detail::bind_all;
using library_db_detail::filter_sql;
using library_db_detail::FilterSql;
using library_db_detail::guarded_read;
using library_db_detail::write_error;

namespace {

// Each entry migrates the schema from version i to i + 1; never edit a shipped entry.
const char* const kMigrations[] = {
    R"sql(
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE roots(
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      added_at INTEGER NOT NULL);
    CREATE TABLE images(
      id INTEGER PRIMARY KEY,
      root_id INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
      rel_path TEXT NOT NULL,
      size INTEGER NOT NULL,
      mtime_ns INTEGER NOT NULL,
      hash TEXT,
      width INTEGER, height INTEGER,
      taken_at INTEGER, camera TEXT, latitude REAL, longitude REAL,
      status INTEGER NOT NULL,   -- 0 indexed, 1 failed
      error TEXT,
      embedding BLOB,            -- float32 little-endian, raw (not normalised)
      model_id TEXT,
      indexed_at INTEGER NOT NULL,
      gen INTEGER NOT NULL,      -- the generation whose commit last wrote this row
      UNIQUE(root_id, rel_path));
    CREATE INDEX images_gen ON images(gen);
    -- Rows deleted, with the generation that deleted them, so a saved vector index can be
    -- brought up to date instead of rebuilt.
    CREATE TABLE removed(id INTEGER PRIMARY KEY, gen INTEGER NOT NULL);
    CREATE INDEX images_hash ON images(hash);
    CREATE INDEX images_taken ON images(taken_at);
    INSERT INTO meta(key, value) VALUES ('generation', '0');
    )sql",
    // 2: capture times as the camera wrote them. taken_at stays the wall-clock time (seconds
    // counted as if it were UTC); its offset from UTC when known, and where it came from
    // (1 EXIF, 2 the file's modification time in the indexing machine's zone). Photos without
    // EXIF dates get their file time now, as new ones will. A random library id ties derived
    // files (vectors.faiss) to this database.
    R"sql(
    ALTER TABLE images ADD COLUMN taken_offset INTEGER;
    ALTER TABLE images ADD COLUMN taken_source INTEGER NOT NULL DEFAULT 0;
    UPDATE images SET taken_source = 1 WHERE taken_at IS NOT NULL;
    UPDATE images SET
      taken_at = CAST(strftime('%s', mtime_ns / 1000000000, 'unixepoch', 'localtime') AS INTEGER),
      taken_source = 2
      WHERE taken_at IS NULL AND status = 0;
    UPDATE images SET taken_offset = (taken_at - mtime_ns / 1000000000) / 60 WHERE taken_source = 2;
    INSERT OR IGNORE INTO meta(key, value) VALUES ('library_id', lower(hex(randomblob(16))));
    -- Everything a re-scan, a folder count or a filter reads, in one covering index: a row
    -- holds a 2.5 KB embedding, so reading rows for these costs a page per photo (a re-scan of
    -- 100,000 unchanged photos: 3.7 s; a browse page: 2.2 s), the index a few megabytes.
    CREATE INDEX images_scan ON images(root_id, rel_path, status, size, mtime_ns, taken_at, hash);
    -- Browsing (newest first) and date filters walk this one in order and stop at a page.
    CREATE INDEX images_browse ON images(status, taken_at, id, root_id, rel_path);
    DROP INDEX images_taken;
    )sql",
    // 3: perceptual hashes (core/image/perceptual_hash.h) for the duplicate finder: 8
    // orientations × 8 bytes, little-endian. Existing rows get theirs at the next scan.
    R"sql(
    ALTER TABLE images ADD COLUMN phash BLOB;
    )sql",
    // 4: where each photo was taken (core/places/gazetteer.h), from its GPS position: the
    // nearest populated place, its region and country. NULL: not looked up yet (photos indexed
    // before, until the next indexing run); '': looked up, nothing within reach.
    R"sql(
    ALTER TABLE images ADD COLUMN place TEXT;
    ALTER TABLE images ADD COLUMN region TEXT;
    ALTER TABLE images ADD COLUMN country TEXT;
    CREATE INDEX images_place ON images(country, place);
    )sql",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == LibraryDb::kSchemaVersion, "one migration per schema version");

int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string join_path(const std::string& root, const std::string& rel) {
  return rel.empty() ? root : (std::filesystem::path(root) / rel).string();
}

}  // namespace

LibraryDb::Impl::~Impl() {
  db.reset();
  if (lock_fd >= 0) ::close(lock_fd);  // releases the flock
}

void LibraryDb::Impl::take_writer_lock() {
  const auto lock_path = dir / "write.lock";
  lock_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd < 0) {
    const int err = errno;
    std::string why = std::string("cannot create: ") + std::strerror(err);
    if (err == EROFS || err == EACCES || err == EPERM) {
      why += " (updating the library needs write access to its folder; searching works without)";
    } else if (err == ENOSPC || err == EDQUOT) {
      why += " (free some space on this disk, then index again)";
    }
    throw Error(ErrorKind::kIo, lock_path, why);
  }
  if (::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
    throw Error(ErrorKind::kBusy, dir,
                "the library is being updated by another LinguaLens process; try again when it "
                "has finished");
  }
}

void LibraryDb::Impl::migrate() {
  int version = db->execAndGet("PRAGMA user_version").getInt();
  if (version > LibraryDb::kSchemaVersion) {
    throw Error(ErrorKind::kUnsupported, dir / "library.sqlite3",
                "written by a newer LinguaLens (schema " + std::to_string(version) + ")");
  }
  for (; version < LibraryDb::kSchemaVersion; ++version) {
    SQLite::Transaction tx(*db);
    db->exec(kMigrations[version]);
    db->exec("PRAGMA user_version = " + std::to_string(version + 1));
    tx.commit();
  }
}

namespace library_db_detail {

Error read_error(const std::filesystem::path& file, const SQLite::Exception& e) {
  const int code = e.getErrorCode() & 0xff;
  const bool damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT;
  return Error(damaged ? ErrorKind::kBadFormat : ErrorKind::kIo, file,
               std::string("cannot read the library database: ") + e.what() +
                   (damaged ? " (the file is damaged; move it away and index again)" : ""));
}

// SQLite's failure while writing, in words that say what to do about it.
Error write_error(const std::filesystem::path& file, const SQLite::Exception& e) {
  const int code = e.getErrorCode();
  std::string why = "could not write the library database: ";
  if (code == SQLITE_FULL)
    why += "the disk is full; free some space and index again";
  else if (code == SQLITE_READONLY)
    why += "it is read-only here";
  else if (code == SQLITE_IOERR)
    why += "the disk refused the write (full, over quota, or removed?)";
  else
    why += "SQLite error";
  return Error(ErrorKind::kIo, file,
               why + " (" + e.what() + "). Everything committed before is intact.");
}

}  // namespace library_db_detail

namespace {

// "file:/path?immutable=1" with the characters URIs reserve escaped.
std::string immutable_uri(const std::filesystem::path& file) {
  std::string uri = "file:";
  for (unsigned char c : file.string()) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      uri += buf;
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

LibraryDb::LibraryDb(const std::filesystem::path& dir, Mode mode)
    : impl_(std::make_unique<Impl>()) {
  impl_->dir = dir;
  impl_->writable = mode == Mode::kReadWrite;
  const auto file = database_file();
  try {
    if (impl_->writable) {
      std::error_code ec;
      std::filesystem::create_directories(dir, ec);
      if (ec) throw Error(ErrorKind::kIo, dir, "cannot create the library folder: " + ec.message());
      impl_->take_writer_lock();
      impl_->db = std::make_unique<SQLite::Database>(file.string(),
                                                     SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      // The timeout first: switching to WAL takes a lock that a reader opening the library at
      // the same moment may hold briefly (seen as "database is locked" at open).
      impl_->db->setBusyTimeout(5000);
      impl_->db->exec("PRAGMA journal_mode = WAL");
      impl_->db->exec("PRAGMA synchronous = NORMAL");  // durable at checkpoints; safe with WAL
      impl_->db->exec("PRAGMA foreign_keys = ON");
      impl_->migrate();
    } else {
      if (!std::filesystem::exists(file)) {
        throw Error(ErrorKind::kNotFound, dir, "no library here yet (index a folder first)");
      }
      int version = 0;
      try {
        impl_->db = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READONLY);
        impl_->db->setBusyTimeout(5000);
        version = impl_->db->execAndGet("PRAGMA user_version").getInt();
      } catch (const SQLite::Exception&) {
        // A WAL database needs its shared-memory file, which a reader cannot create on a
        // read-only medium (a mounted backup, a read-only share). Nobody can write there
        // either, so the file is immutable for as long as we read it: say so to SQLite.
        if (::access(dir.c_str(), W_OK) == 0) throw;
        impl_->db = std::make_unique<SQLite::Database>(immutable_uri(file),
                                                       SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        version = impl_->db->execAndGet("PRAGMA user_version").getInt();
      }
      if (version == 0) {  // created by a writer that has not finished setting it up
        throw Error(ErrorKind::kNotFound, dir, "no library here yet (index a folder first)");
      }
      if (version != kSchemaVersion) {
        throw Error(ErrorKind::kUnsupported, file,
                    "schema version " + std::to_string(version) + ", expected " +
                        std::to_string(kSchemaVersion) +
                        " (open it once with indexing to upgrade)");
      }
    }
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_FULL || e.getErrorCode() == SQLITE_IOERR)
      throw write_error(file, e);
    throw Error(ErrorKind::kIo, file, std::string("cannot open the library database: ") + e.what());
  }
}

LibraryDb::~LibraryDb() = default;

const std::filesystem::path& LibraryDb::dir() const { return impl_->dir; }
std::filesystem::path LibraryDb::database_file() const { return impl_->dir / "library.sqlite3"; }

std::optional<std::string> LibraryDb::meta(const std::string& key) const {
  return guarded_read(database_file(), [&]() -> std::optional<std::string> {
    SQLite::Statement q(*impl_->db, "SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
  });
}

void LibraryDb::set_meta(const std::string& key, const std::string& value) {
  try {
    SQLite::Statement q(*impl_->db,
                        "INSERT INTO meta(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

int64_t LibraryDb::generation() const {
  const std::string value = meta("generation").value_or("0");
  char* end = nullptr;
  const long long g = std::strtoll(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || g < 0) {
    throw Error(ErrorKind::kBadFormat, database_file(),
                "the library's generation is not a number ('" + value + "'); the file is damaged");
  }
  return g;
}

int64_t LibraryDb::add_root(const std::string& path) {
  try {
    if (auto r = find_root(path)) return r->id;
    SQLite::Statement q(*impl_->db, "INSERT INTO roots(path, added_at) VALUES(?, ?)");
    q.bind(1, path);
    q.bind(2, now_seconds());
    q.exec();
    return impl_->db->getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

std::vector<RootFolder> LibraryDb::roots() const {
  return guarded_read(database_file(), [&]() -> std::vector<RootFolder> {
    SQLite::Statement q(
        *impl_->db,
        "SELECT r.id, r.path, "
        "  (SELECT COUNT(*) FROM images i WHERE i.root_id = r.id AND i.status = 0), "
        "  (SELECT COUNT(*) FROM images i WHERE i.root_id = r.id AND i.status = 1) "
        "FROM roots r ORDER BY r.path");
    std::vector<RootFolder> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                     q.getColumn(2).getInt64(), q.getColumn(3).getInt64()});
    }
    return out;
  });
}

std::vector<RootFolder> LibraryDb::root_paths() const {
  return guarded_read(database_file(), [&]() -> std::vector<RootFolder> {
    SQLite::Statement q(*impl_->db, "SELECT id, path FROM roots ORDER BY path");
    std::vector<RootFolder> out;
    while (q.executeStep())
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), 0, 0});
    return out;
  });
}

std::optional<RootFolder> LibraryDb::find_root(const std::string& path) const {
  for (auto& r : root_paths()) {
    if (r.path == path) return r;
  }
  return std::nullopt;
}

void LibraryDb::remove_root(int64_t root_id) {
  try {
    SQLite::Transaction tx(*impl_->db);
    SQLite::Statement tomb(
        *impl_->db,
        "INSERT OR REPLACE INTO removed(id, gen) SELECT id, ? FROM images WHERE root_id = ?");
    tomb.bind(1, generation() + 1);
    tomb.bind(2, root_id);
    tomb.exec();
    SQLite::Statement del_images(*impl_->db, "DELETE FROM images WHERE root_id = ?");
    del_images.bind(1, root_id);
    del_images.exec();
    SQLite::Statement del_root(*impl_->db, "DELETE FROM roots WHERE id = ?");
    del_root.bind(1, root_id);
    del_root.exec();
    impl_->db->exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

void LibraryDb::rename_model(const std::string& from, const std::string& to) {
  try {
    SQLite::Transaction tx(*impl_->db);
    SQLite::Statement q(*impl_->db, "UPDATE images SET model_id = ? WHERE model_id = ?");
    q.bind(1, to);
    q.bind(2, from);
    q.exec();
    SQLite::Statement m(*impl_->db, "UPDATE meta SET value = ? WHERE key = 'image_model'");
    m.bind(1, to);
    m.exec();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

void LibraryDb::move_root(int64_t root_id, const std::string& path) {
  try {
    SQLite::Statement q(*impl_->db, "UPDATE roots SET path = ? WHERE id = ?");
    q.bind(1, path);
    q.bind(2, root_id);
    q.exec();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

std::vector<FileState> LibraryDb::file_states(int64_t root_id) const {
  return guarded_read(database_file(), [&]() -> std::vector<FileState> {
    SQLite::Statement q(*impl_->db,
                        "SELECT id, rel_path, size, mtime_ns, IFNULL(hash, ''), status, "
                        "  phash IS NOT NULL FROM images WHERE root_id = ?");
    q.bind(1, root_id);
    std::vector<FileState> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                     q.getColumn(2).getInt64(), q.getColumn(3).getInt64(),
                     q.getColumn(4).getString(), q.getColumn(5).getInt() != 0,
                     q.getColumn(6).getInt() != 0});
    }
    return out;
  });
}

namespace {
std::optional<PerceptualHashes> blob_to_phash(const SQLite::Column& c) {
  if (c.isNull() || c.getBytes() != static_cast<int>(sizeof(PerceptualHashes))) return std::nullopt;
  PerceptualHashes h;
  std::memcpy(h.data(), c.getBlob(), sizeof h);
  return h;
}

Embedding blob_to_embedding(const SQLite::Column& c) {
  Embedding e(static_cast<size_t>(c.getBytes()) / sizeof(float));
  if (!e.empty()) std::memcpy(e.data(), c.getBlob(), e.size() * sizeof(float));
  return e;
}
}  // namespace

std::optional<ImageRecord> LibraryDb::find_by_hash(const std::string& hash,
                                                   const std::string& model_id) const {
  return guarded_read(database_file(), [&]() -> std::optional<ImageRecord> {
    SQLite::Statement q(
        *impl_->db,
        "SELECT width, height, taken_at, IFNULL(camera, ''), latitude, longitude, embedding, "
        "  taken_offset, taken_source, phash "
        "FROM images WHERE hash = ? AND model_id = ? AND status = 0 LIMIT 1");
    q.bind(1, hash);
    q.bind(2, model_id);
    if (!q.executeStep()) return std::nullopt;
    ImageRecord r;
    r.hash = hash;
    r.model_id = model_id;
    r.width = q.getColumn(0).getInt();
    r.height = q.getColumn(1).getInt();
    if (!q.getColumn(2).isNull()) r.taken_at = q.getColumn(2).getInt64();
    r.camera = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) r.latitude = q.getColumn(4).getDouble();
    if (!q.getColumn(5).isNull()) r.longitude = q.getColumn(5).getDouble();
    r.embedding = blob_to_embedding(q.getColumn(6));
    if (!q.getColumn(7).isNull()) r.taken_offset = q.getColumn(7).getInt();
    r.taken_source = static_cast<CaptureSource>(q.getColumn(8).getInt());
    r.phash = blob_to_phash(q.getColumn(9));
    return r;
  });
}

LibraryDb::Transaction::Transaction(LibraryDb& db) : db_(db) { db_.begin(); }

LibraryDb::Transaction::~Transaction() {
  if (open_) db_.rollback();
}

void LibraryDb::Transaction::commit() {
  db_.commit();
  open_ = false;
}

void LibraryDb::begin() {
  try {
    impl_->db->exec("BEGIN IMMEDIATE");
    impl_->embeddings_changed = false;
    impl_->next_gen = generation() + 1;
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

void LibraryDb::commit() {
  try {
    if (impl_->embeddings_changed) {
      impl_->db->exec(
          "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
    }
    impl_->db->exec("COMMIT");
    impl_->embeddings_changed = false;
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

void LibraryDb::rollback() {
  try {
    impl_->db->exec("ROLLBACK");
  } catch (const SQLite::Exception&) {
    // no transaction open: nothing to undo
  }
  impl_->embeddings_changed = false;
}

int64_t LibraryDb::upsert(const ImageRecord& r) {
  for (float v : r.embedding) {
    if (!std::isfinite(v)) {
      throw Error(ErrorKind::kBadFormat, join_path(std::to_string(r.root_id), r.rel_path),
                  "refused to store an embedding with NaN or infinite values (the model's "
                  "weights or configuration are broken)");
    }
  }
  try {
    SQLite::Statement q(
        *impl_->db,
        "INSERT INTO images(root_id, rel_path, size, mtime_ns, hash, width, height, "
        "  taken_at, camera, latitude, longitude, status, error, embedding, model_id, indexed_at, "
        "gen, taken_offset, taken_source, phash) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(root_id, rel_path) DO UPDATE SET size = excluded.size, "
        "  mtime_ns = excluded.mtime_ns, hash = excluded.hash, width = excluded.width, "
        "  height = excluded.height, taken_at = excluded.taken_at, camera = excluded.camera, "
        "  latitude = excluded.latitude, longitude = excluded.longitude, place = NULL, "
        "  status = excluded.status, error = excluded.error, embedding = excluded.embedding, "
        "  model_id = excluded.model_id, indexed_at = excluded.indexed_at, gen = excluded.gen, "
        "  taken_offset = excluded.taken_offset, taken_source = excluded.taken_source, "
        "  phash = excluded.phash "
        "RETURNING id");
    q.bind(1, r.root_id);
    q.bind(2, r.rel_path);
    q.bind(3, r.size);
    q.bind(4, r.mtime_ns);
    q.bind(5, r.hash);
    q.bind(6, r.width);
    q.bind(7, r.height);
    if (r.taken_at)
      q.bind(8, *r.taken_at);
    else
      q.bind(8);
    q.bind(9, r.camera);
    if (r.latitude)
      q.bind(10, *r.latitude);
    else
      q.bind(10);
    if (r.longitude)
      q.bind(11, *r.longitude);
    else
      q.bind(11);
    q.bind(12, r.failed ? 1 : 0);
    q.bind(13, r.error);
    if (r.embedding.empty()) {
      q.bind(14);
    } else {
      q.bind(14, r.embedding.data(), static_cast<int>(r.embedding.size() * sizeof(float)));
    }
    q.bind(15, r.model_id);
    q.bind(16, now_seconds());
    q.bind(17, impl_->next_gen);
    if (r.taken_offset)
      q.bind(18, *r.taken_offset);
    else
      q.bind(18);
    q.bind(19, static_cast<int>(r.taken_source));
    if (r.phash)
      q.bind(20, r.phash->data(), static_cast<int>(sizeof(PerceptualHashes)));
    else
      q.bind(20);
    q.executeStep();
    impl_->embeddings_changed = true;
    return q.getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

void LibraryDb::remove(int64_t image_id) {
  try {
    SQLite::Statement tomb(*impl_->db, "INSERT OR REPLACE INTO removed(id, gen) VALUES(?, ?)");
    tomb.bind(1, image_id);
    tomb.bind(2, impl_->next_gen);
    tomb.exec();
    SQLite::Statement q(*impl_->db, "DELETE FROM images WHERE id = ?");
    q.bind(1, image_id);
    q.exec();
    impl_->embeddings_changed = true;
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

int64_t LibraryDb::count_indexed() const {
  return guarded_read(database_file(), [&]() -> int64_t {
    return impl_->db->execAndGet("SELECT COUNT(*) FROM images WHERE status = 0").getInt64();
  });
}

std::vector<SubFolderCount> LibraryDb::sub_folders(int64_t root_id) const {
  return guarded_read(database_file(), [&]() -> std::vector<SubFolderCount> {
    SQLite::Statement q(*impl_->db,
                        "SELECT rel_path, status FROM images WHERE root_id = ? ORDER BY rel_path");
    q.bind(1, root_id);
    std::map<std::string, SubFolderCount> folders;
    while (q.executeStep()) {
      const std::string rel = q.getColumn(0).getString();
      const bool failed = q.getColumn(1).getInt() != 0;
      // Every folder on the way to the file counts it: "a/b/c.jpg" counts in "a" and "a/b".
      for (size_t slash = rel.find('/'); slash != std::string::npos;
           slash = rel.find('/', slash + 1)) {
        SubFolderCount& f = folders[rel.substr(0, slash)];
        (failed ? f.failed : f.images) += 1;
      }
    }
    std::vector<SubFolderCount> out;
    out.reserve(folders.size());
    for (auto& [rel, f] : folders) {
      f.rel_path = rel;
      out.push_back(std::move(f));
    }
    return out;
  });
}

std::optional<std::pair<int64_t, int64_t>> LibraryDb::taken_range() const {
  return guarded_read(database_file(), [&]() -> std::optional<std::pair<int64_t, int64_t>> {
    SQLite::Statement q(*impl_->db,
                        "SELECT MIN(taken_at), MAX(taken_at) FROM images "
                        "WHERE status = 0 AND taken_at IS NOT NULL");
    if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
    return std::make_pair(q.getColumn(0).getInt64(), q.getColumn(1).getInt64());
  });
}

int64_t LibraryDb::count_failed(int64_t root_id) const {
  return guarded_read(database_file(), [&]() -> int64_t {
    SQLite::Statement q(*impl_->db, "SELECT COUNT(*) FROM images WHERE root_id = ? AND status = 1");
    q.bind(1, root_id);
    q.executeStep();
    return q.getColumn(0).getInt64();
  });
}

int64_t LibraryDb::count_failed() const {
  return guarded_read(database_file(), [&]() -> int64_t {
    return impl_->db->execAndGet("SELECT COUNT(*) FROM images WHERE status = 1").getInt64();
  });
}

std::vector<FailedFile> LibraryDb::failed_files() const {
  return guarded_read(database_file(), [&]() -> std::vector<FailedFile> {
    SQLite::Statement q(
        *impl_->db,
        "SELECT r.path, i.rel_path, IFNULL(i.error, '') FROM images i "
        "JOIN roots r ON r.id = i.root_id WHERE i.status = 1 ORDER BY r.path, i.rel_path");
    std::vector<FailedFile> out;
    while (q.executeStep()) {
      out.push_back({join_path(q.getColumn(0).getString(), q.getColumn(1).getString()),
                     q.getColumn(2).getString()});
    }
    return out;
  });
}

void LibraryDb::for_each_embedding(
    const std::string& model_id, const std::function<void(int64_t, const float*, int)>& fn) const {
  return guarded_read(database_file(), [&]() -> void {
    SQLite::Statement q(
        *impl_->db,
        "SELECT id, embedding FROM images WHERE status = 0 AND model_id = ? ORDER BY id");
    q.bind(1, model_id);
    while (q.executeStep()) {
      const auto c = q.getColumn(1);
      fn(q.getColumn(0).getInt64(), static_cast<const float*>(c.getBlob()),
         c.getBytes() / static_cast<int>(sizeof(float)));
    }
  });
}

void LibraryDb::changes_since(
    int64_t generation, const std::string& model_id, const std::function<void(int64_t)>& removed,
    const std::function<void(int64_t, const float*, int)>& written) const {
  return guarded_read(database_file(), [&]() -> void {
    SQLite::Statement r(*impl_->db, "SELECT id FROM removed WHERE gen > ?");
    r.bind(1, generation);
    while (r.executeStep()) removed(r.getColumn(0).getInt64());
    // Rows rewritten as failed, or for another model, leave the index too.
    SQLite::Statement w(*impl_->db,
                        "SELECT id, status, model_id, embedding FROM images WHERE gen > ?");
    w.bind(1, generation);
    while (w.executeStep()) {
      const auto c = w.getColumn(3);
      if (w.getColumn(1).getInt() == 0 && w.getColumn(2).getString() == model_id &&
          c.getBytes() > 0) {
        written(w.getColumn(0).getInt64(), static_cast<const float*>(c.getBlob()),
                c.getBytes() / static_cast<int>(sizeof(float)));
      } else {
        removed(w.getColumn(0).getInt64());
      }
    }
  });
}

std::optional<Embedding> LibraryDb::embedding(int64_t image_id) const {
  return guarded_read(database_file(), [&]() -> std::optional<Embedding> {
    SQLite::Statement q(*impl_->db, "SELECT embedding FROM images WHERE id = ? AND status = 0");
    q.bind(1, image_id);
    if (!q.executeStep()) return std::nullopt;
    return blob_to_embedding(q.getColumn(0));
  });
}

std::vector<ImageInfo> LibraryDb::images(const std::vector<int64_t>& ids) const {
  return guarded_read(database_file(), [&]() -> std::vector<ImageInfo> {
    SQLite::Statement q(
        *impl_->db,
        "SELECT i.id, r.path, i.rel_path, i.root_id, i.size, i.width, i.height, i.taken_at, "
        "  IFNULL(i.camera, ''), i.latitude, i.longitude, i.mtime_ns, i.taken_offset, "
        "  i.taken_source "
        "FROM images i JOIN roots r ON r.id = i.root_id WHERE i.id = ?");
    std::vector<ImageInfo> out;
    out.reserve(ids.size());
    for (int64_t id : ids) {
      q.reset();
      q.bind(1, id);
      if (!q.executeStep()) continue;
      ImageInfo info;
      info.id = q.getColumn(0).getInt64();
      info.path = join_path(q.getColumn(1).getString(), q.getColumn(2).getString());
      info.root_id = q.getColumn(3).getInt64();
      info.size = q.getColumn(4).getInt64();
      info.width = q.getColumn(5).getInt();
      info.height = q.getColumn(6).getInt();
      if (!q.getColumn(7).isNull()) info.taken_at = q.getColumn(7).getInt64();
      info.camera = q.getColumn(8).getString();
      if (!q.getColumn(9).isNull()) info.latitude = q.getColumn(9).getDouble();
      if (!q.getColumn(10).isNull()) info.longitude = q.getColumn(10).getDouble();
      info.mtime_ns = q.getColumn(11).getInt64();
      if (!q.getColumn(12).isNull()) info.taken_offset = q.getColumn(12).getInt();
      info.taken_source = static_cast<CaptureSource>(q.getColumn(13).getInt());
      out.push_back(std::move(info));
    }
    return out;
  });
}

std::optional<int64_t> LibraryDb::find_image(const std::string& absolute_path) const {
  return guarded_read(database_file(), [&]() -> std::optional<int64_t> {
    for (const auto& root : root_paths()) {
      const std::string prefix = root.path + "/";
      if (absolute_path.rfind(prefix, 0) != 0) continue;
      SQLite::Statement q(
          *impl_->db, "SELECT id FROM images WHERE root_id = ? AND rel_path = ? AND status = 0");
      q.bind(1, root.id);
      q.bind(2, absolute_path.substr(prefix.size()));
      if (q.executeStep()) return q.getColumn(0).getInt64();
    }
    return std::nullopt;
  });
}

std::vector<DuplicateCandidate> LibraryDb::duplicate_candidates(const ImageFilter& filter) const {
  return guarded_read(database_file(), [&]() -> std::vector<DuplicateCandidate> {
    const FilterSql f = filter_sql(filter);
    SQLite::Statement q(*impl_->db,
                        "SELECT i.id, i.root_id, r.path, i.rel_path, i.size, i.mtime_ns, "
                        "  IFNULL(i.width, 0), IFNULL(i.height, 0), i.taken_at, "
                        "  (IFNULL(i.camera, '') <> '' OR i.taken_source = 1), IFNULL(i.hash, ''), "
                        "  i.phash "
                        "FROM images i JOIN roots r ON r.id = i.root_id WHERE " +
                            f.where + " ORDER BY i.id");
    bind_all(q, f);
    std::vector<DuplicateCandidate> out;
    while (q.executeStep()) {
      DuplicateCandidate c;
      c.id = q.getColumn(0).getInt64();
      c.root_id = q.getColumn(1).getInt64();
      c.path = join_path(q.getColumn(2).getString(), q.getColumn(3).getString());
      c.size = q.getColumn(4).getInt64();
      c.mtime_ns = q.getColumn(5).getInt64();
      c.width = q.getColumn(6).getInt();
      c.height = q.getColumn(7).getInt();
      if (!q.getColumn(8).isNull()) c.taken_at = q.getColumn(8).getInt64();
      c.has_exif = q.getColumn(9).getInt() != 0;
      c.hash = q.getColumn(10).getString();
      c.phash = blob_to_phash(q.getColumn(11));
      out.push_back(std::move(c));
    }
    return out;
  });
}

void LibraryDb::set_phash(int64_t image_id, const PerceptualHashes& phash) {
  try {
    SQLite::Statement q(*impl_->db, "UPDATE images SET phash = ? WHERE id = ?");
    q.bind(1, phash.data(), static_cast<int>(sizeof(PerceptualHashes)));
    q.bind(2, image_id);
    q.exec();
  } catch (const SQLite::Exception& e) {
    throw write_error(database_file(), e);
  }
}

std::string LibraryDb::library_id() const { return meta("library_id").value_or(""); }

std::string LibraryDb::integrity_check() const {
  return guarded_read(database_file(), [&]() -> std::string {
    return impl_->db->execAndGet("PRAGMA integrity_check").getString();
  });
}

}  // namespace lingualens
