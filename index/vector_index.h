// The searchable copy of the library's embeddings, keyed by the SQLite row id, over
// L2-normalised vectors so inner product = cosine. Two forms, chosen by the library's size and
// recorded with the saved index:
//  - exact, up to `approximate_above` vectors: every float in memory, scored with one oneDNN
//    matrix-vector product (FAISS's own single-query path in Debian's generic build is ~6x
//    slower: 62 ms vs ~10 ms at 100k vectors, 2 cores);
//  - compressed, above it (compressed_vectors.h): 8-bit codes in an inverted file find
//    candidates, re-ranked exactly against the float rows of a memory-mapped store the library
//    writes beside the database — a quarter of the memory, the same cosines.
// Builds stream the rows in chunks; nothing holds all vectors twice. Derived data: saved
// atomically with the database generation and model it reflects, and rebuilt from the database
// when missing, stale or damaged. Thread-safety: search() may run concurrently; apply() and
// save() need the instance to themselves; build and load create new instances.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lingualens {

class LibraryDb;

// Receives rows: `count` ids and their normalised vectors (dim floats each).
using VectorSink = std::function<void(const int64_t* ids, const float* vectors, int64_t count)>;
// Calls the sink once per chunk until every row was given (no chunk holds everything).
using VectorStream = std::function<void(const VectorSink& sink)>;

struct VectorIndexParams {
  int64_t approximate_above = 50000;  // exact search up to here (~7 ms at 50k on 2 cores)
  // Compressed index: its lists (0: about 2·sqrt(n)), lists probed per query (0: 64), and
  // candidates re-ranked exactly: k + max(k, rerank_extra).
  int ivf_lists = 0;
  int ivf_nprobe = 0;
  int rerank_extra = 64;
  // A compressed index is trained again (by the writer, after an indexing run) once the library
  // holds this many times the vectors it was trained on.
  double retrain_growth = 4.0;
  // Where a compressed index keeps its float store: the library folder (empty: the temporary
  // folder; such an index is copied into the library's folder when saved there).
  std::filesystem::path store_dir;
};

class VectorIndex {
 public:
  // `vectors`: ids.size() rows of `dim` floats, already normalised.
  static std::unique_ptr<VectorIndex> build(int dim, const std::vector<int64_t>& ids,
                                            const std::vector<float>& vectors,
                                            const VectorIndexParams& params = {});
  // The rows `rows` streams; `expected` (about how many there are) chooses the form and sizes
  // the compressed index's lists.
  static std::unique_ptr<VectorIndex> build(int dim, int64_t expected, const VectorStream& rows,
                                            const VectorIndexParams& params = {});
  // Every embedding of `model_id` in the database, normalised, read in chunks.
  static std::unique_ptr<VectorIndex> build_from(const LibraryDb& db, const std::string& model_id,
                                                 int dim, const VectorIndexParams& params = {});
  // nullptr when the file is missing, damaged, or reflects another library (LibraryDb's
  // library_id), generation or model: derived data is rebuilt, never fatal.
  static std::unique_ptr<VectorIndex> load(const std::filesystem::path& file, int64_t generation,
                                           const std::string& model_id, int dim,
                                           const std::string& library_id,
                                           const VectorIndexParams& params = {});
  // The generation a saved index reflects, if it exists and belongs to this library, model
  // and size.
  static std::optional<int64_t> saved_generation(const std::filesystem::path& file,
                                                 const std::string& model_id, int dim,
                                                 const std::string& library_id);
  // The build a saved index comes from (changes when it is rebuilt or retrained), if any.
  static std::string saved_build(const std::filesystem::path& file);
  ~VectorIndex();

  // Best `k` (id, cosine) pairs, best first. `query` must be normalised. With `allowed`, only
  // those ids compete (a folder or date filter): the exact path scores everything and ranks
  // only them; the approximate one searches with a FAISS ID selector.
  std::vector<std::pair<int64_t, float>> search(
      const float* query, int k, const std::vector<int64_t>* allowed = nullptr) const;
  int64_t size() const;
  int dim() const;
  bool approximate() const;
  const std::string& build_tag() const;  // set by build; kept by save and load
  bool rebuild_due(const VectorIndexParams& params) const;

  // Brings the index up to date: removes `removed` ids, then (re)places `ids` with their
  // `vectors` (normalised, dim each). Cheaper than a rebuild for what an indexing run adds.
  void apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
             const std::vector<float>& vectors);

  // Atomic: every file written to a temporary name, flushed, then renamed over the old one;
  // the description (`file`.json) last. A compressed index's new rows go to its store first.
  void save(const std::filesystem::path& file, int64_t generation, const std::string& model_id,
            const std::string& library_id);

 private:
  VectorIndex();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The index for `db` as it is now, cheaply: `current` (which reflects `current_generation`)
// updated with the rows committed since; the saved index instead when it is a newer build (a
// writer rebuilt or retrained it); else the saved index updated likewise; else a build. Never
// rebuilds a working index: that is the writer's job after an indexing run (rebuild_due()).
std::unique_ptr<VectorIndex> up_to_date_index(const LibraryDb& db, const std::string& model_id,
                                              int dim, std::unique_ptr<VectorIndex> current,
                                              int64_t current_generation,
                                              const VectorIndexParams& params = {});

// v / |v| (a zero vector stays zero).
void normalize_in_place(float* v, int dim);

}  // namespace lingualens
