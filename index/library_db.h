// The photo library's database: the source of truth for what is indexed.
//
// One library = one folder holding `library.sqlite3` (SQLite in WAL mode, versioned schema
// with migrations) and the derived FAISS index files. Per image it keeps the root folder,
// relative path, size, mtime, content hash (XXH3-128), pixel size, capture time, camera, GPS,
// status and error text, and the raw embedding.
//
// Writers: one process at a time (an advisory lock file; a second writer gets
// Error(kBusy) at once), and within it one thread. Readers (search) open their own read-only
// instance and never wait for the writer (WAL). Not thread-safe: one instance per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/image/perceptual_hash.h"
#include "core/image/photo_metadata.h"
#include "core/types.h"

namespace lingualens {

struct RootFolder {
  int64_t id = 0;
  std::string path;  // absolute
  int64_t images = 0;
  int64_t failed = 0;
};

// A folder inside a library folder, with what it holds at any depth below it.
struct SubFolderCount {
  std::string rel_path;  // relative to its library folder, '/'-separated ("2024/summer")
  int64_t images = 0;
  int64_t failed = 0;
};

// What the indexer needs to know about a file already in the database.
struct FileState {
  int64_t id = 0;
  std::string rel_path;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string hash;
  bool failed = false;
  bool has_phash = false;  // indexed before perceptual hashes existed: none yet
};

struct ImageRecord {
  int64_t id = 0;  // 0: new row
  int64_t root_id = 0;
  std::string rel_path;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string hash;
  int width = 0, height = 0;
  std::optional<int64_t> taken_at;  // wall-clock capture time (see CaptureTime)
  std::optional<int> taken_offset;  // its UTC offset in minutes, when known
  CaptureSource taken_source = CaptureSource::kNone;
  std::string camera;
  std::optional<double> latitude, longitude;
  bool failed = false;
  std::string error;
  Embedding embedding;  // empty when failed
  std::string model_id;
  std::optional<PerceptualHashes> phash;  // the photo's perceptual hashes (all orientations)
};

// What the duplicate finder needs of an indexed photo (no embedding: read when needed).
struct DuplicateCandidate {
  int64_t id = 0;
  int64_t root_id = 0;
  std::string path;  // absolute
  int64_t size = 0;
  int64_t mtime_ns = 0;
  int width = 0, height = 0;
  std::optional<int64_t> taken_at;
  bool has_exif = false;  // camera or EXIF capture time recorded
  std::string hash;       // content hash
  std::optional<PerceptualHashes> phash;
};

// A row as search results and listings show it.
struct ImageInfo {
  int64_t id = 0;
  std::string path;  // absolute
  int64_t root_id = 0;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  int width = 0, height = 0;
  std::optional<int64_t> taken_at;  // wall-clock capture time (see CaptureTime)
  std::optional<int> taken_offset;  // minutes east of UTC, when known
  CaptureSource taken_source = CaptureSource::kNone;
  std::string camera;
  std::optional<double> latitude, longitude;
};

// Which images a browse or a filtered search may return: images of these roots, each
// limited to a sub-folder (relative path, "" for the whole root), captured in the range.
struct ImageScope {
  int64_t root_id = 0;
  std::string rel_folder;
};
// Latitudes and longitudes, inclusive.
struct GeoBox {
  double south = 0, north = 0, west = 0, east = 0;
};
// The box around a point reaching radius_km each way (clamped at the poles; one that would
// cross the antimeridian is cut there).
GeoBox box_around(double latitude, double longitude, double radius_km);

struct ImageFilter {
  std::vector<ImageScope> scopes;                    // empty: nothing matches
  std::optional<int64_t> taken_after, taken_before;  // wall-clock seconds, inclusive
  // When set (a season): photos taken south of the equator must be in this range instead.
  std::optional<int64_t> south_after, south_before;
  std::optional<std::string> country, place;  // where it was taken (ISO code, name)
  std::optional<std::string> place_country;   // with `place`: the place of this country
  std::optional<GeoBox> near_place;           // with `place`: photos in here count too
  bool everything = false;  // the scopes cover every folder whole and nothing else limits them
};

// A photo with a GPS position whose place has not been looked up yet.
struct PlaceToFind {
  int64_t id = 0;
  double latitude = 0, longitude = 0;
};
struct PlaceFound {
  int64_t id = 0;
  std::string place, region, country;  // all empty: nothing within reach
};

struct FailedFile {
  std::string path;  // absolute
  std::string error;
};

class LibraryDb {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  static constexpr int kSchemaVersion = 4;

  // Opens (kReadWrite: creates and migrates) `<dir>/library.sqlite3`. Throws Error naming the
  // file: kBusy when another process is writing, kIo for unwritable locations, kUnsupported
  // for a database written by a newer LinguaLens.
  LibraryDb(const std::filesystem::path& dir, Mode mode);
  ~LibraryDb();
  LibraryDb(const LibraryDb&) = delete;
  LibraryDb& operator=(const LibraryDb&) = delete;

  const std::filesystem::path& dir() const;
  std::filesystem::path database_file() const;

  std::optional<std::string> meta(const std::string& key) const;
  void set_meta(const std::string& key, const std::string& value);
  // Bumped by every commit that changes embeddings; the FAISS index records the one it reflects.
  int64_t generation() const;

  // Every row of model `from` now belongs to `to` (same weights, new identity), in one commit.
  void rename_model(const std::string& from, const std::string& to);

  int64_t add_root(const std::string& absolute_path);
  std::vector<RootFolder> roots() const;       // with their image counts
  std::vector<RootFolder> root_paths() const;  // id and path only (counts left 0): cheaper
  std::optional<RootFolder> find_root(const std::string& absolute_path) const;
  // Every sub-folder of a root that holds photos (at any depth), sorted by path; counts
  // include everything below. Walks the root's index entries only (the scan index).
  std::vector<SubFolderCount> sub_folders(int64_t root_id) const;
  void remove_root(int64_t root_id);  // and its images
  // The root now lives at `absolute_path`; every image and embedding stays.
  void move_root(int64_t root_id, const std::string& absolute_path);

  std::vector<FileState> file_states(int64_t root_id) const;
  // An indexed (not failed) image with this content hash and model, to reuse its embedding.
  std::optional<ImageRecord> find_by_hash(const std::string& hash,
                                          const std::string& model_id) const;

  // Writes happen inside a Transaction: any number of upsert/remove, then commit(). One not
  // committed (crash, exception: its destructor rolls back) leaves the database as it was.
  class Transaction {
   public:
    explicit Transaction(LibraryDb& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

   private:
    LibraryDb& db_;
    bool open_ = true;
  };
  // Refuses (kBadFormat) an embedding with NaN or infinite values: it would poison search.
  int64_t upsert(const ImageRecord& record);  // returns the row id
  // Gives a photo indexed before perceptual hashes its hashes (no new generation: the
  // embedding is untouched).
  void set_phash(int64_t image_id, const PerceptualHashes& phash);
  void remove(int64_t image_id);
  // Places (library_db_places.cpp): the photos with GPS not looked up yet, and their places
  // written (no new generation: embeddings are untouched). Inside a Transaction.
  std::vector<PlaceToFind> photos_without_place() const;
  void set_places(const std::vector<PlaceFound>& places);
  // id → (place, region, country) of these photos, for those that have one.
  std::map<int64_t, PlaceFound> places(const std::vector<int64_t>& ids) const;

  int64_t count_indexed() const;
  int64_t count_failed() const;
  int64_t count_failed(int64_t root_id) const;  // under one root
  // The earliest and latest known capture times of indexed photos (wall-clock seconds);
  // nothing when no photo has a date. Walks the browse index: instant at any size.
  std::optional<std::pair<int64_t, int64_t>> taken_range() const;
  std::vector<FailedFile> failed_files() const;

  // Every stored embedding of `model_id`: fn(id, data, dim).
  void for_each_embedding(const std::string& model_id,
                          const std::function<void(int64_t, const float*, int)>& fn) const;
  // What changed after `generation`: removed(id) for rows deleted (or no longer indexed),
  // written(id, data, dim) for rows added or rewritten with an embedding of `model_id`.
  void changes_since(int64_t generation, const std::string& model_id,
                     const std::function<void(int64_t)>& removed,
                     const std::function<void(int64_t, const float*, int)>& written) const;
  std::optional<Embedding> embedding(int64_t image_id) const;
  std::vector<ImageInfo> images(const std::vector<int64_t>& ids) const;
  std::optional<int64_t> find_image(const std::string& absolute_path) const;
  // Indexed images within `filter`, newest capture first (unknown capture time last).
  std::vector<int64_t> browse(const ImageFilter& filter, int64_t offset, int64_t limit) const;
  int64_t count_matching(const ImageFilter& filter) const;
  // Every indexed image id within `filter` (for filtered searches).
  std::vector<int64_t> ids_matching(const ImageFilter& filter) const;
  // Every indexed photo in the filter, for the duplicate finder.
  std::vector<DuplicateCandidate> duplicate_candidates(const ImageFilter& filter) const;
  // The library's identity: a random id made when the database was created. Derived files
  // (the vector index) record it, so a database reset and refilled never trusts them.
  std::string library_id() const;
  // SQLite's PRAGMA integrity_check: "ok" when the file is sound.
  std::string integrity_check() const;

 private:
  void begin();
  void commit();
  void rollback();

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lingualens
