// The library's embeddings as plain float rows in a file beside the database: the compressed
// search index (compressed_vectors.h) finds candidates and these re-rank them exactly, without
// the vectors ever being held in the process's memory. The OS's page cache keeps the rows that
// searches read, and gives the memory back when something else needs it.
//
// Read with pread, not through a memory mapping: the kernel maps 64 KB around every faulted
// page of a file mapping ("fault-around", whatever madvise says), so after a few hundred
// searches a mapped store was resident in the process in full (measured at 100,000 vectors:
// peak RSS +244 MB, the whole 256 MB store, against +0 with pread). A re-ranked candidate costs
// one 2.5 KB pread from the page cache (~1 µs).
//
// A store file is `vectors-<tag>.f32`: rows of `dim` normalised floats, append-only. Rows of
// removed or rewritten photos stay as dead space until a compaction writes a new file with a new
// tag, so a reader never sees a row it knows change or the file shrink under it (growing is
// safe: a reader only reads the rows it knows). Which row holds which photo is the
// row table VectorIndex keeps and saves beside its index.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace lingualens {

class FloatStore {
 public:
  // A new, empty store in `dir` (the library folder); in the temporary folder when `dir` is
  // empty or not writable. Unless keep() is called, the file is deleted with the store.
  static std::unique_ptr<FloatStore> create(const std::filesystem::path& dir, int dim);
  // The saved store `vectors-<tag>.f32` in `dir`, holding at least `rows` rows; nullptr when it
  // is missing or shorter (derived data: the caller rebuilds).
  static std::unique_ptr<FloatStore> open(const std::filesystem::path& dir, const std::string& tag,
                                          int dim, int64_t rows);
  static std::filesystem::path file_for(const std::filesystem::path& dir, const std::string& tag);
  ~FloatStore();
  FloatStore(const FloatStore&) = delete;
  FloatStore& operator=(const FloatStore&) = delete;

  // Appends `count` rows after everything in the file (also rows other writers appended since)
  // and returns the number of the first. Throws Error (kIo) when the disk refuses.
  int64_t append(const float* vectors, int64_t count);
  // Flushes appended rows to the disk (before an index that refers to them is saved).
  void sync();

  // Rows [first, first + count) into `out` (count × dim floats). Thread-safe.
  void read(int64_t first, int64_t count, float* out) const;
  int64_t rows() const { return rows_; }
  int dim() const { return dim_; }
  const std::string& tag() const { return tag_; }
  const std::filesystem::path& path() const { return path_; }
  bool in(const std::filesystem::path& dir) const;  // is this the library's own file there?
  void keep() { keep_ = true; }                     // a saved index refers to it

 private:
  FloatStore() = default;
  std::filesystem::path path_;
  std::string tag_;
  int fd_ = -1;
  bool writable_ = false;
  bool keep_ = false;
  int dim_ = 0;
  int64_t rows_ = 0;  // rows this instance may read
};

}  // namespace lingualens
