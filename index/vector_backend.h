// Inside VectorIndex (vector_index.h): the two ways it holds the library's embeddings — exact
// (every float in memory, for small libraries) and compressed (8-bit codes in memory, floats in
// a memory-mapped store, for large ones) — behind one interface. Not used outside index/.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "index/vector_index.h"

namespace faiss {
struct Index;
}

namespace lingualens {

using Scored = std::vector<std::pair<int64_t, float>>;

class VectorBackend {
 public:
  virtual ~VectorBackend() = default;
  virtual Scored search(const float* query, int k, const std::vector<int64_t>* allowed) const = 0;
  virtual void apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
                     const std::vector<float>& vectors) = 0;
  virtual int64_t size() const = 0;
  virtual bool approximate() const = 0;
  // Writes `index_file` (atomically) and what else load() needs beside it; records in `meta`
  // what load() must be told.
  virtual void save(const std::filesystem::path& index_file, nlohmann::json& meta) = 0;
  // Whether a fresh build would serve better: the library crossed the exact/compressed
  // threshold, or grew far past the size the compressed index was trained on.
  virtual bool rebuild_due(const VectorIndexParams& params) const = 0;
};

// Removes `removed` from a FAISS index keyed by row id, then (re)places `ids` with `vectors`:
// what apply() does to either form. Throws Error (kInvalidArgument) when FAISS refuses.
void replace_rows(faiss::Index& index, const std::vector<int64_t>& removed,
                  const std::vector<int64_t>& ids, const std::vector<float>& vectors);

// Writes `index` to a temporary file and renames it over `file`. Throws Error (kIo).
void write_index_atomically(const faiss::Index& index, const std::filesystem::path& file);

std::unique_ptr<VectorBackend> build_exact(int dim, int64_t expected, const VectorStream& rows);
std::unique_ptr<VectorBackend> load_exact(const std::filesystem::path& index_file, int dim);

}  // namespace lingualens
