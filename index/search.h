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

#include "core/query/understand_query.h"
#include "index/library.h"
#include "index/query_parser.h"

namespace lingualens {

class TextEncoder;
class ImageEncoder;

// With no query text and no example image, a search browses: every photo in scope, newest
// capture first, with the same filters and paging.
struct SearchParams {
  std::string query;                          // may be empty when examples are given
  std::vector<std::filesystem::path> images;  // example image files (+1 each)
  std::vector<int64_t> image_ids;             // library images as examples (+1 each)
  int top_k = 20;
  int offset = 0;      // paging: every result is reachable, there is no hidden cap
  LibraryScope scope;  // folder, offline folders, capture dates
  std::optional<float> min_score;
  bool apply_adaptive_cutoff = false;
  enum class Sort { kScore, kDate } sort = Sort::kScore;
};

// Applies what the query says about when and where (understand_query) to a search: `query`
// becomes the text left for the encoder; the understood days narrow the capture-date scope (a
// range already set is intersected with them, so an explicit --after/--before still holds);
// a country or city limits it to the photos taken there. Photos without a capture date are
// outside any date scope, photos without GPS outside any place. A season reaches photos
// taken south of the equator on their own calendar (photos without GPS: the northern one).
void apply_understood(const UnderstoodQuery& understood, SearchParams& params);

// The adaptive cutoff is computed over this many best candidates of the whole library,
// whatever the page, its size or the filters: it depends on the query and the library only.
inline constexpr int kCutoffPool = 200;

struct SearchHit {
  ImageInfo image;
  float score = 0;                  // cosine similarity to the query vector (0 when browsing)
  bool offline = false;             // its folder is not connected now (only with include_offline)
  std::optional<PlaceFound> place;  // where it was taken, when known (GPS)
};

struct SearchResponse {
  std::vector<SearchHit> results;
  bool browse = false;        // no query: the photos in scope, newest first
  int64_t matches = -1;       // when browsing: how many photos are in scope
  float adaptive_cutoff = 0;  // what the adaptive cutoff is for this query (applied or not)
  int64_t library_size = 0;
  bool approximate = false;  // whether the vector index is approximate
  // Results whose file vanished since the last scan: left out of `results`; a caller that
  // can re-scan (the app's indexer) should, so the library forgets them.
  std::vector<std::string> vanished;
  double encode_ms = 0, search_ms = 0, total_ms = 0;
};

class Searcher {
 public:
  // Either encoder may be null when its kind of query is not used. Throws Error: kNotFound
  // (no library), kMismatch (the image encoder is not the library's model, or sizes differ).
  Searcher(const std::filesystem::path& library_dir, const TextEncoder* text,
           const ImageEncoder* image);
  ~Searcher();

  // Throws Error kInvalidArgument for a malformed query or one whose terms cancel out.
  SearchResponse search(const SearchParams& params);
  Library& library();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The adaptive cutoff over candidate scores sorted best first: halfway between the median
// candidate and the best one, so it follows each query's own score range.
float adaptive_cutoff(const std::vector<float>& scores_desc);

}  // namespace lingualens
