#include "index/search.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include <sys/stat.h>

#include "core/error.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/models/model_pairs.h"
#include "core/text/text_encoder.h"
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
  std::unique_ptr<Library> library;
  const TextEncoder* text = nullptr;
  const ImageEncoder* image = nullptr;
  ModelIdentity model;

  // The normalised query vector; empty when the query asks for nothing (browse).
  Embedding query_vector(const SearchParams& p, double& encode_ms);
  SearchResponse browse(const SearchParams& p);
  // The page [offset, offset + top_k) of `ranked`, leaving out files that vanished (in
  // folders that are there: an offline folder's files cannot be checked and stay listed).
  void fill_page(const SearchParams& p, std::vector<SearchHit>& ranked, SearchResponse& r);
  // Where each result was taken (one lookup per page).
  void add_places(SearchResponse& r) const {
    std::vector<int64_t> ids;
    for (const auto& h : r.results) ids.push_back(h.image.id);
    const auto places = library->db().places(ids);
    for (auto& h : r.results)
      if (auto it = places.find(h.image.id); it != places.end()) h.place = it->second;
  }
  std::unordered_set<int64_t> offline_roots;  // as found by the current search
  // The search's filter; notes which folders are offline on the way (one listing of them).
  ImageFilter filter_for(const LibraryScope& scope) {
    const auto folders = library->folders(false);
    offline_roots.clear();
    for (const auto& f : folders) {
      if (!f.online) offline_roots.insert(f.id);
    }
    return Library::filter(scope, folders);
  }
};

Searcher::Searcher(const std::filesystem::path& dir, const TextEncoder* text,
                   const ImageEncoder* image)
    : impl_(std::make_unique<Impl>()) {
  impl_->library = std::make_unique<Library>(dir, Library::Access::kRead);
  impl_->text = text;
  impl_->image = image;
  if (image) {
    impl_->model = impl_->library->use_model(*image);
  } else if (auto m = impl_->library->model()) {
    impl_->model = *m;
  } else {
    throw Error(ErrorKind::kNotFound, dir, "the library has no indexed images yet");
  }
  if (text && text->dim() != impl_->model.dim) {
    throw Error(ErrorKind::kMismatch, dir,
                "the text model gives " + std::to_string(text->dim()) +
                    "-d embeddings but the library holds " + std::to_string(impl_->model.dim) +
                    "-d image embeddings");
  }
  // A library belongs to one model pair: same-sized spaces of another pair never mix.
  if (text) {
    const std::string arch = architecture_of_identity(impl_->model.id);
    const std::string problem =
        pairing_problem(arch, impl_->model.dim, text->info().family, text->dim());
    if (!problem.empty()) {
      throw Error(ErrorKind::kMismatch, dir,
                  "the library's photos were indexed with " + arch + ", and " + problem +
                      ". Choose that pair's text model, or index the photos into a library of "
                      "their own with this pair");
    }
  }
}

Searcher::~Searcher() = default;
Library& Searcher::library() { return *impl_->library; }

Embedding Searcher::Impl::query_vector(const SearchParams& p, double& encode_ms) {
  const auto t0 = Clock::now();
  const int dim = model.dim;
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
    auto e = library->db().embedding(id);
    if (!e)
      throw Error(ErrorKind::kNotFound, "image " + std::to_string(id) + " is not in the library");
    accumulate(std::move(*e), 1.f);
  }
  if (terms == 0) return {};
  double norm = 0;
  for (float v : sum) norm += double(v) * v;
  if (!(norm > 1e-8)) {  // also NaN
    throw Error(ErrorKind::kInvalidArgument,
                "the query's terms cancel out (\"" + p.query +
                    "\" adds and subtracts the same thing): nothing is left to search for");
  }
  normalize_in_place(sum.data(), dim);
  encode_ms = ms_since(t0);
  return sum;
}

namespace {

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

void Searcher::Impl::fill_page(const SearchParams& p, std::vector<SearchHit>& ranked,
                               SearchResponse& r) {
  size_t k = std::min(ranked.size(), static_cast<size_t>(std::max(0, p.offset)));
  while (k < ranked.size() && static_cast<int>(r.results.size()) < std::max(0, p.top_k)) {
    SearchHit& h = ranked[k++];
    if (h.image.path.empty()) {  // not loaded yet (score order loads only the page)
      auto info = library->db().images({h.image.id});
      if (info.empty()) continue;  // removed since the candidates were taken
      h.image = std::move(info[0]);
    }
    h.offline = offline_roots.count(h.image.root_id) > 0;
    if (!h.offline && !file_exists(h.image.path)) {
      r.vanished.push_back(h.image.path);
      continue;
    }
    r.results.push_back(std::move(h));
  }
}

SearchResponse Searcher::Impl::browse(const SearchParams& p) {
  SearchResponse r;
  r.browse = true;
  const ImageFilter filter = filter_for(p.scope);
  const auto& db = library->db();
  r.matches = db.count_matching(filter);
  r.library_size = db.count_indexed();
  std::vector<SearchHit> page;
  int64_t offset = std::max(0, p.offset);
  // Vanished files are skipped: read on until the page is full or the scope is exhausted.
  while (static_cast<int>(r.results.size()) < p.top_k) {
    const int64_t want = p.top_k - static_cast<int64_t>(r.results.size());
    const auto ids = db.browse(filter, offset, want);
    if (ids.empty()) break;
    offset += static_cast<int64_t>(ids.size());
    std::vector<SearchHit> hits;
    for (auto& info : db.images(ids)) {
      SearchHit h;
      h.image = std::move(info);
      hits.push_back(std::move(h));
    }
    SearchParams rest = p;
    rest.offset = 0;
    rest.top_k = static_cast<int>(want);
    fill_page(rest, hits, r);
    if (static_cast<int64_t>(ids.size()) < want) break;
  }
  return r;
}

SearchResponse Searcher::search(const SearchParams& p) {
  const auto t0 = Clock::now();
  double encode_ms = 0;
  const Embedding q = impl_->query_vector(p, encode_ms);
  if (q.empty()) {
    SearchResponse r = impl_->browse(p);
    impl_->add_places(r);
    r.search_ms = r.total_ms = ms_since(t0);
    return r;
  }
  SearchResponse r;
  r.encode_ms = encode_ms;
  const auto t1 = Clock::now();
  const VectorIndex& index = *impl_->library->vectors();
  r.library_size = index.size();
  r.approximate = index.approximate();

  // The cutoff follows the query's own score range over the whole library.
  std::vector<float> pool;
  for (const auto& c : index.search(q.data(), kCutoffPool)) pool.push_back(c.second);
  r.adaptive_cutoff = adaptive_cutoff(pool);
  float floor = p.min_score.value_or(-2.f);
  if (p.apply_adaptive_cutoff) floor = std::max(floor, r.adaptive_cutoff);

  // Folder, date and offline filters as the ids allowed (one query), unless every image is.
  const ImageFilter filter = impl_->filter_for(p.scope);
  std::optional<std::vector<int64_t>> allowed;
  if (!filter.everything) allowed = impl_->library->db().ids_matching(filter);
  // Candidates best first among those allowed, grown until the page is covered (with room for
  // files that vanished), the scores fall below the floor, or there are no more.
  const int64_t wanted = int64_t(std::max(0, p.offset)) + std::max(0, p.top_k);
  const int64_t available = allowed ? static_cast<int64_t>(allowed->size()) : r.library_size;
  int64_t k = std::max<int64_t>(kCutoffPool, wanted * 2);
  std::vector<SearchHit> hits;
  while (available > 0) {
    k = std::min(k, available);
    const auto candidates =
        index.search(q.data(), static_cast<int>(k), allowed ? &*allowed : nullptr);
    hits.clear();
    bool below_floor = false;
    for (const auto& [id, score] : candidates) {
      if (score < floor) {
        below_floor = true;
        break;
      }
      SearchHit h;
      h.image.id = id;
      h.score = score;
      hits.push_back(std::move(h));
    }
    if (below_floor || static_cast<int64_t>(hits.size()) >= wanted + 16 || k >= available) break;
    k *= 4;
  }
  if (p.sort == SearchParams::Sort::kDate) {
    std::vector<int64_t> ids;
    for (const auto& h : hits) ids.push_back(h.image.id);
    std::unordered_map<int64_t, float> score;
    for (const auto& h : hits) score[h.image.id] = h.score;
    hits.clear();
    for (auto& info : impl_->library->db().images(ids)) {
      const float s = score[info.id];
      SearchHit h;
      h.image = std::move(info);
      h.score = s;
      hits.push_back(std::move(h));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
      return a.image.taken_at.value_or(INT64_MIN) > b.image.taken_at.value_or(INT64_MIN);
    });
  }
  impl_->fill_page(p, hits, r);
  impl_->add_places(r);
  r.search_ms = ms_since(t1);
  r.total_ms = ms_since(t0);
  return r;
}

void apply_understood(const UnderstoodQuery& understood, SearchParams& params) {
  params.query = understood.text;
  if (understood.country) params.scope.country = understood.country;
  if (understood.place) {
    params.scope.place = understood.place;
    params.scope.place_country = understood.place_country;
    if (understood.place_radius_km > 0)
      params.scope.near_place = box_around(understood.place_latitude, understood.place_longitude,
                                           understood.place_radius_km);
  }
  if (!understood.after || !understood.before) return;
  // Capture times are wall-clock seconds as the camera showed them: a day is its 86,400.
  auto seconds = [](const CivilDate& first, const CivilDate& last) {
    return std::pair<int64_t, int64_t>{static_cast<int64_t>(days_from_civil(first)) * 86400,
                                       static_cast<int64_t>(days_from_civil(last)) * 86400 + 86399};
  };
  auto& scope = params.scope;
  // Dates the user set explicitly (the app's date filter) still hold: the ranges intersect.
  const auto explicit_after = scope.taken_after, explicit_before = scope.taken_before;
  auto intersect = [&](std::pair<int64_t, int64_t> r, std::optional<int64_t>& after,
                       std::optional<int64_t>& before) {
    after = explicit_after ? std::max(*explicit_after, r.first) : r.first;
    before = explicit_before ? std::min(*explicit_before, r.second) : r.second;
  };
  intersect(seconds(*understood.after, *understood.before), scope.taken_after, scope.taken_before);
  if (understood.south_after && understood.south_before)
    intersect(seconds(*understood.south_after, *understood.south_before), scope.south_after,
              scope.south_before);
}

}  // namespace lingualens
