#include "index/search.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <unordered_map>

#include "core/error.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/vector_index.h"

namespace lingualens {
namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

}  // namespace

float adaptive_cutoff(const std::vector<float>& s) {
  if (s.empty()) return 0;
  const float best = s.front();
  const float median = s[s.size() / 2];
  return median + 0.5f * (best - median);
}

struct Searcher::Impl {
  std::unique_ptr<LibraryDb> db;
  const TextEncoder* text = nullptr;
  const ImageEncoder* image = nullptr;
  std::unique_ptr<VectorIndex> index;
  std::string model_id;
  int dim = 0;
  int64_t index_generation = -1;

  void refresh_index() {
    const int64_t gen = db->generation();
    if (index && gen == index_generation) return;
    index = up_to_date_index(*db, model_id, dim, std::move(index), index_generation);
    index_generation = gen;
  }

  Embedding query_vector(const SearchParams& p, double& encode_ms);
};

Searcher::Searcher(const std::filesystem::path& dir, const TextEncoder* text,
                   const ImageEncoder* image)
    : impl_(std::make_unique<Impl>()) {
  impl_->db = std::make_unique<LibraryDb>(dir, LibraryDb::Mode::kReadOnly);
  impl_->text = text;
  impl_->image = image;
  const auto model = impl_->db->meta("image_model");
  const auto dim = impl_->db->meta("image_dim");
  if (!model || !dim)
    throw Error(ErrorKind::kNotFound, dir, "the library has no indexed images yet");
  impl_->model_id = *model;
  impl_->dim = std::stoi(*dim);
  if (image && image_model_id(*image) != impl_->model_id) {
    throw Error(ErrorKind::kMismatch, dir,
                "the library was indexed with another image model (" + impl_->model_id + ")");
  }
  if (text && text->dim() != impl_->dim) {
    throw Error(ErrorKind::kMismatch, dir,
                "the text model gives " + std::to_string(text->dim()) +
                    "-d embeddings but the library holds " + std::to_string(impl_->dim) +
                    "-d image embeddings");
  }
}

Searcher::~Searcher() = default;
const LibraryDb& Searcher::db() const { return *impl_->db; }

Embedding Searcher::Impl::query_vector(const SearchParams& p, double& encode_ms) {
  const auto t0 = Clock::now();
  Embedding sum(static_cast<size_t>(dim), 0.f);
  int terms = 0;
  auto accumulate = [&](Embedding e, float weight) {
    if (static_cast<int>(e.size()) != dim)
      throw Error(ErrorKind::kMismatch, "query embedding has the wrong size");
    normalize_in_place(e.data(), dim);
    for (int k = 0; k < dim; ++k) sum[k] += weight * e[k];
    ++terms;
  };
  const auto parsed = parse_query(p.query);
  if (!parsed.empty()) {
    if (!text) throw Error(ErrorKind::kInvalidArgument, "text search needs the text model");
    std::vector<std::string> texts;
    for (const auto& t : parsed) texts.push_back(t.text);
    auto embs = text->encode(texts);
    for (size_t k = 0; k < parsed.size(); ++k) accumulate(std::move(embs[k]), parsed[k].weight);
  }
  for (const auto& file : p.images) {
    if (!image) throw Error(ErrorKind::kInvalidArgument, "search by image needs the image model");
    auto emb = image->encode({decode_image_file(file).image});
    accumulate(std::move(emb[0]), 1.f);
  }
  for (int64_t id : p.image_ids) {
    auto e = db->embedding(id);
    if (!e)
      throw Error(ErrorKind::kNotFound, "image " + std::to_string(id) + " is not in the library");
    accumulate(std::move(*e), 1.f);
  }
  if (terms == 0)
    throw Error(ErrorKind::kInvalidArgument, "empty query: give words or an example image");
  normalize_in_place(sum.data(), dim);
  encode_ms = ms_since(t0);
  return sum;
}

SearchResponse Searcher::search(const SearchParams& p) {
  const auto t0 = Clock::now();
  SearchResponse r;
  const Embedding q = impl_->query_vector(p, r.encode_ms);
  const auto t1 = Clock::now();
  impl_->refresh_index();
  r.library_size = impl_->index->size();
  r.approximate = impl_->index->approximate();
  const bool filtered = !p.path_prefix.empty() || p.taken_after || p.taken_before;
  const int wanted = std::max(0, p.offset) + std::max(0, p.top_k);
  int k = std::max(200, wanted * 4);
  std::vector<std::pair<int64_t, float>> candidates;
  std::vector<SearchHit> hits;
  for (;;) {
    candidates = impl_->index->search(q.data(), k);
    std::vector<int64_t> ids;
    for (const auto& c : candidates) ids.push_back(c.first);
    std::unordered_map<int64_t, float> score;
    for (const auto& c : candidates) score[c.first] = c.second;
    hits.clear();
    for (auto& info : impl_->db->images(ids)) {
      if (!p.path_prefix.empty() && info.path.rfind(p.path_prefix, 0) != 0) continue;
      if (p.taken_after && (!info.taken_at || *info.taken_at < *p.taken_after)) continue;
      if (p.taken_before && (!info.taken_at || *info.taken_at > *p.taken_before)) continue;
      const float s = score[info.id];
      hits.push_back({std::move(info), s});
    }
    // Enough matches, or nothing more to look at.
    if (!filtered || static_cast<int>(hits.size()) >= wanted || k >= r.library_size) break;
    k = static_cast<int>(std::min<int64_t>(int64_t(k) * 4, r.library_size));
  }
  std::vector<float> scores;
  for (const auto& c : candidates) scores.push_back(c.second);
  r.adaptive_cutoff = adaptive_cutoff(scores);
  float floor = p.min_score.value_or(-2.f);
  if (p.apply_adaptive_cutoff) floor = std::max(floor, r.adaptive_cutoff);
  hits.erase(
      std::remove_if(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.score < floor; }),
      hits.end());
  if (p.sort == SearchParams::Sort::kDate) {
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
      return a.image.taken_at.value_or(INT64_MIN) > b.image.taken_at.value_or(INT64_MIN);
    });
  } else {
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  }
  const size_t from = std::min(hits.size(), static_cast<size_t>(std::max(0, p.offset)));
  const size_t to = std::min(hits.size(), from + static_cast<size_t>(std::max(0, p.top_k)));
  r.results.assign(std::make_move_iterator(hits.begin() + from),
                   std::make_move_iterator(hits.begin() + to));
  r.search_ms = ms_since(t1);
  r.total_ms = ms_since(t0);
  return r;
}

}  // namespace lingualens
