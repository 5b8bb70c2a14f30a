// Searching a library: text in any language, example images, or both, combined as one
// vector sum over normalised embeddings ("beach +sunset -people" = beach + sunset - people),
// then filters, sorting, paging and a relevance cutoff that adapts to the query.
//
// A Searcher reads through its own read-only database connection and never waits for an
// indexer writing at the same time. Thread-safety: one Searcher per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "index/library_db.h"
#include "index/query_parser.h"

namespace lingualens {

class TextEncoder;
class ImageEncoder;

struct SearchParams {
  std::string query;                          // may be empty when examples are given
  std::vector<std::filesystem::path> images;  // example image files (+1 each)
  std::vector<int64_t> image_ids;             // library images as examples (+1 each)
  int top_k = 20;
  int offset = 0;                                    // paging
  std::string path_prefix;                           // only images under this absolute path
  std::optional<int64_t> taken_after, taken_before;  // capture time, seconds (inclusive)
  std::optional<float> min_score;
  bool apply_adaptive_cutoff = false;
  enum class Sort { kScore, kDate } sort = Sort::kScore;
};

struct SearchHit {
  ImageInfo image;
  float score = 0;  // cosine similarity to the query vector
};

struct SearchResponse {
  std::vector<SearchHit> results;
  float adaptive_cutoff = 0;  // what the adaptive cutoff is for this query (applied or not)
  int64_t library_size = 0;
  bool approximate = false;  // whether the vector index is approximate
  double encode_ms = 0, search_ms = 0, total_ms = 0;
};

class Searcher {
 public:
  // Either encoder may be null when its kind of query is not used. Throws Error: kNotFound
  // (no library), kMismatch (the image encoder is not the library's model, or sizes differ).
  Searcher(const std::filesystem::path& library_dir, const TextEncoder* text,
           const ImageEncoder* image);
  ~Searcher();

  SearchResponse search(const SearchParams& params);
  const LibraryDb& db() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The adaptive cutoff over candidate scores sorted best first: halfway between the median
// candidate and the best one, so it follows each query's own score range.
float adaptive_cutoff(const std::vector<float>& scores_desc);

}  // namespace lingualens
