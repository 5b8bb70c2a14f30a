// The searchable copy of the library's embeddings: a FAISS index keyed by the SQLite row id
// (IndexIDMap2), over L2-normalised vectors so inner product = cosine.
//
// Exact (flat) while the collection is small; above `approximate_above` vectors an
// approximate index chosen by FAISS factory string (IVF by default). Exact search scores
// the flat index's vectors with one oneDNN matrix-vector product: FAISS's own single-query
// path in Debian's generic build is ~6x slower (62 ms vs ~10 ms at 100k vectors, 2 cores). Derived
// data: it is saved atomically with the database generation and model it reflects, and rebuilt from
// the database when missing or stale. Thread-safety: search() may run concurrently; build and load
// create new instances.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lingualens {

class LibraryDb;

struct VectorIndexParams {
  int64_t approximate_above = 50000;  // exact search up to here (~7 ms at 50k on 2 cores)
  // FAISS factory string of the approximate index; empty: "IVF<n>,Flat" with about
  // 4·sqrt(vectors) lists (inverted lists of full vectors: quick to build, exact scores).
  std::string approximate_factory;
  int ivf_nprobe = 48;       // lists searched per query (IVF)
  int hnsw_ef_search = 128;  // candidate list size (HNSW)
};

class VectorIndex {
 public:
  // `vectors`: ids.size() rows of `dim` floats, already normalised.
  static std::unique_ptr<VectorIndex> build(int dim, const std::vector<int64_t>& ids,
                                            const std::vector<float>& vectors,
                                            const VectorIndexParams& params = {});
  // Every embedding of `model_id` in the database, normalised.
  static std::unique_ptr<VectorIndex> build_from(const LibraryDb& db, const std::string& model_id,
                                                 int dim, const VectorIndexParams& params = {});
  // nullptr when the file is missing, damaged, or reflects another library (LibraryDb's
  // library_id), generation or model: derived data is rebuilt, never fatal.
  static std::unique_ptr<VectorIndex> load(const std::filesystem::path& file, int64_t generation,
                                           const std::string& model_id, int dim,
                                           const std::string& library_id);
  // The generation a saved index reflects, if it exists and belongs to this library, model
  // and size.
  static std::optional<int64_t> saved_generation(const std::filesystem::path& file,
                                                 const std::string& model_id, int dim,
                                                 const std::string& library_id);
  ~VectorIndex();

  // Best `k` (id, cosine) pairs, best first. `query` must be normalised. With `allowed`, only
  // those ids compete (a folder or date filter): the exact path scores everything and ranks
  // only them; the approximate one searches with a FAISS ID selector.
  std::vector<std::pair<int64_t, float>> search(
      const float* query, int k, const std::vector<int64_t>* allowed = nullptr) const;
  int64_t size() const;
  int dim() const;
  bool approximate() const;

  // Brings the index up to date: removes `removed` ids, then (re)places `ids` with their
  // `vectors` (normalised, dim each). Cheaper than a rebuild for what an indexing run adds.
  void apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
             const std::vector<float>& vectors);

  // Atomic: written to a temporary file, flushed, then renamed over `file`.
  void save(const std::filesystem::path& file, int64_t generation, const std::string& model_id,
            const std::string& library_id) const;

 private:
  VectorIndex();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The index for `db` as it is now, cheaply: `current` (which reflects `current_generation`)
// updated with the rows committed since; else the saved index file updated likewise; else a
// rebuild. Also rebuilt when the collection crosses the exact/approximate threshold.
std::unique_ptr<VectorIndex> up_to_date_index(const LibraryDb& db, const std::string& model_id,
                                              int dim, std::unique_ptr<VectorIndex> current,
                                              int64_t current_generation,
                                              const VectorIndexParams& params = {});

// v / |v| (a zero vector stays zero).
void normalize_in_place(float* v, int dim);

}  // namespace lingualens
