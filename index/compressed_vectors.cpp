#include "index/compressed_vectors.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/index_io.h>
#include <faiss/invlists/InvertedLists.h>

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <queue>
#include <random>
#include <unordered_map>

#include "core/error.h"
#include "index/float_store.h"
#include "index/sq8_scan.h"
#include "index/vector_index.h"

namespace lingualens {
namespace {

constexpr int64_t kChunkRows = 8192;  // rows per pass when adding from the store (~20 MB)

float dot(const float* a, const float* b, int dim) {
  float s = 0;
  float_scores(a, b, 1, dim, &s);
  return s;
}

// The allowed ids of a filtered search, as a bitmap over the id range: SQLite row ids are
// dense, so this is small (125 KB per million) and a lookup is one load.
class AllowedIds {
 public:
  explicit AllowedIds(const std::vector<int64_t>& ids) {
    for (int64_t id : ids) {
      if (id < 0) continue;
      if (static_cast<size_t>(id / 64) >= bits_.size()) bits_.resize(id / 64 + 1);
      bits_[id / 64] |= uint64_t{1} << (id % 64);
    }
  }
  bool has(int64_t id) const {
    return id >= 0 && static_cast<size_t>(id / 64) < bits_.size() &&
           (bits_[id / 64] >> (id % 64) & 1);
  }

 private:
  std::vector<uint64_t> bits_;
};

// The row table file (`vectors.faiss.rows`): which store row holds which photo.
constexpr char kRowsMagic[8] = {'L', 'L', 'R', 'O', 'W', 'S', '0', '1'};

class CompressedVectors final : public VectorBackend {
 public:
  std::unique_ptr<faiss::IndexIVFScalarQuantizer> ivf;
  std::unique_ptr<FloatStore> store;
  std::vector<std::pair<int64_t, int64_t>> rows;  // (id, store row), sorted by id
  // Rows added or rewritten since the store was last written (until save()).
  std::unordered_map<int64_t, std::vector<float>> pending;
  int64_t trained_on = 0;
  int dim = 0;
  int nprobe = 0;
  int rerank_extra = 64;

  void set_search_params(const VectorIndexParams& p) {
    const int lists = static_cast<int>(ivf->nlist);
    // 64 probes: recall@10 0.994 at 100,000 vectors (632 lists), 1.000 at 1M (2,000 lists) and
    // at 2M (2,828 lists); the lists grow as sqrt(n), so the vectors scanned do too
    // (bench_vector_search, BENCHMARKS.md).
    nprobe = p.ivf_nprobe > 0 ? p.ivf_nprobe : 64;
    nprobe = std::min(nprobe, lists);
    rerank_extra = std::max(0, p.rerank_extra);
  }

  // The exact vector of `id` (read into `scratch` from the store when needed), or nullptr when
  // the index does not hold it.
  const float* exact(int64_t id, float* scratch) const {
    if (const auto it = pending.find(id); it != pending.end()) return it->second.data();
    const auto it = std::lower_bound(rows.begin(), rows.end(), std::make_pair(id, int64_t{-1}));
    if (it == rows.end() || it->first != id) return nullptr;
    store->read(it->second, 1, scratch);
    return scratch;
  }

  // Per query: the weights and constant that turn 8-bit residual codes into inner products.
  // FAISS's 8-bit codec decodes component k as vmin[k] + (code + 0.5) / 255 * vdiff[k]
  // (ScalarQuantizer, QT_8bit, non-uniform), added to the list's centroid.
  void code_weights(const float* q, std::vector<float>& w, float& constant) const {
    const float* vmin = ivf->sq.trained.data();
    const float* vdiff = vmin + dim;
    w.resize(dim);
    double c = 0;
    for (int k = 0; k < dim; ++k) {
      w[k] = q[k] * vdiff[k] / 255.0f;
      c += double(q[k]) * (vmin[k] + 0.5 * vdiff[k] / 255.0);
    }
    constant = static_cast<float>(c);
  }

  // Best `want` candidates by their approximate score, from the `probe` lists nearest `q`.
  Scored candidates(const float* q, int want, int probe, const AllowedIds* allowed) const {
    // The lists whose centroids are nearest the query.
    const auto* centroids = dynamic_cast<const faiss::IndexFlat*>(ivf->quantizer);
    const int nlist = static_cast<int>(ivf->nlist);
    probe = std::min(probe, nlist);
    std::vector<float> all(nlist);
    float_scores(q, centroids->get_xb(), nlist, dim, all.data());
    std::vector<int> lists(nlist);
    for (int l = 0; l < nlist; ++l) lists[l] = l;
    std::partial_sort(lists.begin(), lists.begin() + probe, lists.end(),
                      [&](int a, int b) { return all[a] > all[b] || (all[a] == all[b] && a < b); });
    lists.resize(probe);
    std::vector<float> w;
    float constant = 0;
    code_weights(q, w, constant);
    // A min-heap of the best `want` so far.
    std::priority_queue<std::pair<float, int64_t>, std::vector<std::pair<float, int64_t>>,
                        std::greater<>>
        best;
    std::vector<float> s;
    for (int p = 0; p < probe; ++p) {
      const size_t n = ivf->invlists->list_size(lists[p]);
      if (n == 0) continue;
      const uint8_t* codes = ivf->invlists->get_codes(lists[p]);
      const faiss::Index::idx_t* ids = ivf->invlists->get_ids(lists[p]);
      s.resize(n);
      sq8_scores(w.data(), codes, static_cast<int64_t>(n), dim, s.data());
      const float base = all[lists[p]] + constant;
      for (size_t i = 0; i < n; ++i) {
        if (allowed && !allowed->has(ids[i])) continue;
        const float score = s[i] + base;
        if (static_cast<int>(best.size()) < want) {
          best.emplace(score, ids[i]);
        } else if (score > best.top().first) {
          best.pop();
          best.emplace(score, ids[i]);
        }
      }
    }
    Scored out;
    out.reserve(best.size());
    for (; !best.empty(); best.pop()) out.emplace_back(best.top().second, best.top().first);
    return out;
  }

  // The exact cosines of `ids`, best `k` first (ties by id).
  Scored exact_top(const float* q, const std::vector<int64_t>& ids, int k) const {
    Scored scored;
    scored.reserve(ids.size());
    std::vector<float> scratch(dim);
    for (int64_t id : ids)
      if (const float* v = exact(id, scratch.data())) scored.emplace_back(id, dot(q, v, dim));
    const auto better = [](const auto& a, const auto& b) {
      return a.second > b.second || (a.second == b.second && a.first < b.first);
    };
    const size_t keep = std::min<size_t>(k, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + keep, scored.end(), better);
    scored.resize(keep);
    return scored;
  }

  Scored search(const float* q, int k, const std::vector<int64_t>* allowed) const override {
    if (k <= 0 || size() == 0) return {};
    const int want = k + std::max(k, rerank_extra);
    // Few allowed photos (a folder, a day): score them all exactly, no list can miss one.
    if (allowed && static_cast<int64_t>(allowed->size()) <= std::max<int64_t>(4 * want, 4096))
      return exact_top(q, *allowed, k);
    // Else the lists nearest the query, widened until they hold enough candidates (many
    // allowed photos, or a deep page of results).
    const std::optional<AllowedIds> set =
        allowed ? std::optional<AllowedIds>(*allowed) : std::nullopt;
    const int enough = static_cast<int>(std::min<int64_t>(allowed ? k : want, size()));
    for (int probe = nprobe;; probe *= 4) {
      Scored c = candidates(q, want, probe, set ? &*set : nullptr);
      if (static_cast<int>(c.size()) >= enough || probe >= static_cast<int>(ivf->nlist))
        return rerank(q, c, k);
    }
  }

  Scored rerank(const float* q, const Scored& c, int k) const {
    std::vector<int64_t> ids;
    ids.reserve(c.size());
    for (const auto& [id, score] : c) ids.push_back(id);
    return exact_top(q, ids, k);
  }

  void apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
             const std::vector<float>& vectors) override {
    replace_rows(*ivf, removed, ids, vectors);
    if (!removed.empty()) {
      const AllowedIds gone(removed);
      for (int64_t id : removed) pending.erase(id);
      rows.erase(std::remove_if(rows.begin(), rows.end(),
                                [&](const auto& r) { return gone.has(r.first); }),
                 rows.end());
    }
    for (size_t i = 0; i < ids.size(); ++i)
      pending[ids[i]].assign(vectors.begin() + i * dim, vectors.begin() + (i + 1) * dim);
  }

  int64_t size() const override { return ivf->ntotal; }
  bool approximate() const override { return true; }

  bool rebuild_due(const VectorIndexParams& p) const override {
    return size() > p.retrain_growth * static_cast<double>(std::max<int64_t>(trained_on, 1)) ||
           size() < p.approximate_above / 2;
  }

  // A new store in `dir` holding only the live rows (and the pending ones), in id order.
  void compact_into(const std::filesystem::path& dir) {
    auto fresh = FloatStore::create(dir, dim);
    std::vector<std::pair<int64_t, int64_t>> moved;
    moved.reserve(rows.size() + pending.size());
    std::vector<float> buf;
    buf.reserve(static_cast<size_t>(kChunkRows) * dim);
    int64_t next = 0;
    auto flush = [&] {
      if (buf.empty()) return;
      fresh->append(buf.data(), static_cast<int64_t>(buf.size() / dim));
      buf.clear();
    };
    std::vector<float> one(dim);
    for (const auto& [id, row] : rows) {
      if (pending.count(id)) continue;  // rewritten: the pending vector goes instead
      store->read(row, 1, one.data());
      buf.insert(buf.end(), one.begin(), one.end());
      moved.emplace_back(id, next++);
      if (static_cast<int64_t>(buf.size()) >= kChunkRows * dim) flush();
    }
    flush();
    store = std::move(fresh);
    rows = std::move(moved);
  }

  // Writes the pending rows to the store and enters them in the row table.
  void write_pending() {
    if (pending.empty()) return;
    std::vector<int64_t> ids;
    ids.reserve(pending.size());
    for (const auto& [id, v] : pending) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    std::vector<float> buf;
    buf.reserve(ids.size() * dim);
    for (int64_t id : ids) buf.insert(buf.end(), pending[id].begin(), pending[id].end());
    const int64_t first = store->append(buf.data(), static_cast<int64_t>(ids.size()));
    std::unordered_map<int64_t, int64_t> at;
    for (size_t i = 0; i < ids.size(); ++i) at[ids[i]] = first + static_cast<int64_t>(i);
    for (auto& [id, row] : rows)
      if (const auto it = at.find(id); it != at.end()) {
        row = it->second;
        at.erase(it);
      }
    for (const auto& [id, row] : at) rows.emplace_back(id, row);
    std::sort(rows.begin(), rows.end());
    pending.clear();
  }

  void save(const std::filesystem::path& index_file, nlohmann::json& meta) override {
    const auto dir = index_file.parent_path();
    const int64_t dead = store->rows() - static_cast<int64_t>(rows.size());
    // Built elsewhere (the temporary folder), or mostly rows nobody refers to any more.
    if (!store->in(dir) || dead > std::max<int64_t>(static_cast<int64_t>(rows.size()), 100000))
      compact_into(dir);
    write_pending();
    store->sync();
    store->keep();
    const auto tmp_rows = index_file.string() + ".rows.tmp";
    {
      std::ofstream out(tmp_rows, std::ios::binary | std::ios::trunc);
      const int64_t count = static_cast<int64_t>(rows.size());
      out.write(kRowsMagic, sizeof kRowsMagic);
      out.write(store->tag().data(), static_cast<std::streamsize>(store->tag().size()));
      out.write(reinterpret_cast<const char*>(&count), sizeof count);
      out.write(reinterpret_cast<const char*>(rows.data()),
                static_cast<std::streamsize>(rows.size() * sizeof rows[0]));
      if (!out.flush()) throw Error(ErrorKind::kIo, tmp_rows, "cannot write the row table");
    }
    std::error_code ec;
    std::filesystem::rename(tmp_rows, index_file.string() + ".rows", ec);
    if (ec)
      throw Error(ErrorKind::kIo, index_file, "cannot replace the row table: " + ec.message());
    write_index_atomically(*ivf, index_file);
    meta["kind"] = "ivf-sq8";
    meta["store"] = store->tag();
    meta["rows"] = rows.size();
    meta["trained_on"] = trained_on;
    meta["lists"] = ivf->nlist;
    // Stores of earlier builds: nobody saved refers to them (a reader still mapping one keeps
    // it alive until it lets go).
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      const auto name = e.path().filename().string();
      if (name.rfind("vectors-", 0) == 0 && e.path().extension() == ".f32" &&
          e.path().filename() != store->path().filename())
        std::filesystem::remove(e.path(), ec);
    }
  }
};

// Reservoir sampling over store rows (Algorithm R, fixed seed: the same library trains the same
// lists): a uniform sample for k-means whatever order the rows come in.
class RowSample {
 public:
  explicit RowSample(int64_t size) : size_(size) {}
  void offer(int64_t row) {
    if (static_cast<int64_t>(rows_.size()) < size_) {
      rows_.push_back(row);
    } else {
      const int64_t j = std::uniform_int_distribution<int64_t>(0, seen_)(rng_);
      if (j < size_) rows_[j] = row;
    }
    ++seen_;
  }
  std::vector<int64_t> rows() const {
    auto r = rows_;
    std::sort(r.begin(), r.end());
    return r;
  }

 private:
  int64_t size_, seen_ = 0;
  std::vector<int64_t> rows_;
  std::mt19937_64 rng_{20261130};
};

}  // namespace

std::unique_ptr<VectorBackend> build_compressed(int dim, int64_t expected,
                                                const VectorStream& stream,
                                                const VectorIndexParams& params) {
  auto out = std::make_unique<CompressedVectors>();
  out->dim = dim;
  out->store = FloatStore::create(params.store_dir, dim);
  // 2·sqrt(n) lists: k-means cost grows with lists × sample, the scan with n / lists × probes
  // (measured, bench_vector_search: at 1M vectors 1,000 lists need 100 probes for recall 1.000,
  // 9.2 ms; 2,000 lists 60 probes, 5 ms).
  const int lists =
      params.ivf_lists > 0
          ? params.ivf_lists
          : static_cast<int>(std::clamp<int64_t>(
                std::llround(2 * std::sqrt(double(std::max<int64_t>(expected, 1)))), 16, 65536));
  // FAISS wants at least 39 training points per list; 64 per list (at least 30,000) is as good
  // as everything on the benchmark's vectors and bounds the training time.
  RowSample sample(std::max<int64_t>(64 * int64_t{lists}, 30000));
  // Pass 1: every row into the store (nothing kept in memory but ids and row numbers).
  stream([&](const int64_t* ids, const float* v, int64_t count) {
    const int64_t first = out->store->append(v, count);
    for (int64_t i = 0; i < count; ++i) {
      out->rows.emplace_back(ids[i], first + i);
      sample.offer(first + i);
    }
  });
  std::stable_sort(out->rows.begin(), out->rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // A repeated id keeps its last row.
  std::vector<std::pair<int64_t, int64_t>> unique;
  unique.reserve(out->rows.size());
  for (const auto& r : out->rows) {
    if (!unique.empty() && unique.back().first == r.first)
      unique.back() = r;
    else
      unique.push_back(r);
  }
  out->rows = std::move(unique);
  const auto n = static_cast<int64_t>(out->rows.size());
  // Fewer rows came than expected (another model's rows were counted): lists need something to
  // be trained on, and an exact index serves a handful of rows better anyway.
  if (n < 2 * int64_t{lists}) {
    const auto& rows = out->rows;
    const auto& store = *out->store;
    return build_exact(dim, n, [&](const VectorSink& sink) {
      std::vector<float> v(static_cast<size_t>(dim));
      for (const auto& [id, row] : rows) {
        store.read(row, 1, v.data());
        sink(&id, v.data(), 1);
      }
    });
  }
  try {
    auto* quantizer = new faiss::IndexFlatIP(dim);
    out->ivf = std::make_unique<faiss::IndexIVFScalarQuantizer>(
        quantizer, dim, static_cast<size_t>(lists), faiss::ScalarQuantizer::QT_8bit,
        faiss::METRIC_INNER_PRODUCT, true);
    out->ivf->own_fields = true;
    out->ivf->cp.spherical = true;  // cosine: centroids on the unit sphere
    out->ivf->cp.niter = 12;
    out->ivf->cp.seed = 1234;
    out->ivf->cp.max_points_per_centroid = 1 << 20;  // we sampled already
    out->ivf->cp.verbose = false;
    // Pass 2: train on the sample, read back from the store.
    const auto picked = sample.rows();
    std::vector<float> train(picked.size() * dim);
    for (size_t i = 0; i < picked.size(); ++i)
      out->store->read(picked[i], 1, train.data() + i * dim);
    if (n > 0) out->ivf->train(static_cast<faiss::Index::idx_t>(picked.size()), train.data());
    std::vector<float>().swap(train);
    out->trained_on = n;
    // Pass 3: each row's list, a chunk of store rows at a time; then every list sized exactly
    // before its codes arrive (grown by doubling they took up to twice their size: measured
    // peak 1,048 bytes a vector at 1M-2M, now 672).
    std::vector<float> chunk;
    const auto read_chunk = [&](int64_t at, int64_t count) {
      chunk.resize(static_cast<size_t>(count) * dim);
      const int64_t first_row = out->rows[at].second;
      bool contiguous = true;
      for (int64_t i = 0; i < count; ++i) contiguous &= out->rows[at + i].second == first_row + i;
      if (contiguous) {  // the usual case: rows came in id order
        out->store->read(first_row, count, chunk.data());
      } else {
        for (int64_t i = 0; i < count; ++i)
          out->store->read(out->rows[at + i].second, 1, chunk.data() + i * dim);
      }
    };
    std::vector<faiss::Index::idx_t> list_of(static_cast<size_t>(n));
    for (int64_t at = 0; at < n; at += kChunkRows) {
      const int64_t count = std::min(kChunkRows, n - at);
      read_chunk(at, count);
      out->ivf->quantizer->assign(count, chunk.data(), list_of.data() + at);
    }
    if (auto* lists_ = dynamic_cast<faiss::ArrayInvertedLists*>(out->ivf->invlists)) {
      std::vector<size_t> sizes(out->ivf->nlist);
      for (const auto l : list_of)
        if (l >= 0) ++sizes[static_cast<size_t>(l)];
      for (size_t l = 0; l < sizes.size(); ++l) {
        lists_->codes[l].reserve(sizes[l] * out->ivf->code_size);
        lists_->ids[l].reserve(sizes[l]);
      }
    }
    // Pass 4: the codes, with the lists already known.
    std::vector<faiss::Index::idx_t> ids;
    for (int64_t at = 0; at < n; at += kChunkRows) {
      const int64_t count = std::min(kChunkRows, n - at);
      read_chunk(at, count);
      ids.resize(static_cast<size_t>(count));
      for (int64_t i = 0; i < count; ++i) ids[i] = out->rows[at + i].first;
      out->ivf->add_core(count, chunk.data(), ids.data(), list_of.data() + at);
    }
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kInvalidArgument,
                std::string("cannot build the vector index: ") + e.what());
  }
  out->set_search_params(params);
  // The training sample and the chunks were freed, but glibc keeps freed heap for reuse: give
  // it back, or the app would hold ~0.3 GB per million photos for nothing.
  ::malloc_trim(0);
  return out;
}

std::unique_ptr<VectorBackend> load_compressed(const std::filesystem::path& index_file, int dim,
                                               const nlohmann::json& meta,
                                               const VectorIndexParams& params) {
  const auto tag = meta.find("store");
  const auto count = meta.find("rows");
  const auto trained = meta.find("trained_on");
  if (tag == meta.end() || !tag->is_string() || count == meta.end() ||
      !count->is_number_integer() || trained == meta.end() || !trained->is_number_integer())
    return nullptr;
  auto out = std::make_unique<CompressedVectors>();
  out->dim = dim;
  out->trained_on = trained->get<int64_t>();
  try {
    std::unique_ptr<faiss::Index> raw(faiss::read_index(index_file.c_str()));
    auto* ivf = dynamic_cast<faiss::IndexIVFScalarQuantizer*>(raw.get());
    if (!ivf || ivf->d != dim || !ivf->by_residual ||
        ivf->sq.qtype != faiss::ScalarQuantizer::QT_8bit ||
        ivf->metric_type != faiss::METRIC_INNER_PRODUCT ||
        ivf->sq.trained.size() != static_cast<size_t>(2 * dim) ||
        !dynamic_cast<const faiss::IndexFlat*>(ivf->quantizer) ||
        !dynamic_cast<const faiss::ArrayInvertedLists*>(ivf->invlists))
      return nullptr;
    raw.release();
    out->ivf.reset(ivf);
  } catch (const std::exception&) {
    return nullptr;  // damaged (FaissException) or absurd sizes (bad_alloc)
  }
  // The row table, which must be the one written with this index.
  std::ifstream in(index_file.string() + ".rows", std::ios::binary);
  char magic[sizeof kRowsMagic];
  std::string file_tag(tag->get<std::string>().size(), '\0');
  int64_t n = -1;
  in.read(magic, sizeof magic);
  in.read(file_tag.data(), static_cast<std::streamsize>(file_tag.size()));
  in.read(reinterpret_cast<char*>(&n), sizeof n);
  if (!in || !std::equal(magic, magic + sizeof magic, kRowsMagic) || file_tag != *tag ||
      n != count->get<int64_t>() || n < 0 || n > (int64_t{1} << 40))
    return nullptr;
  out->rows.resize(static_cast<size_t>(n));
  in.read(reinterpret_cast<char*>(out->rows.data()),
          static_cast<std::streamsize>(out->rows.size() * sizeof out->rows[0]));
  if (!in) return nullptr;
  int64_t last_row = -1;
  for (size_t i = 0; i < out->rows.size(); ++i) {
    if (out->rows[i].second < 0 || (i > 0 && out->rows[i].first <= out->rows[i - 1].first))
      return nullptr;
    last_row = std::max(last_row, out->rows[i].second);
  }
  out->store = FloatStore::open(index_file.parent_path(), *tag, dim, last_row + 1);
  if (!out->store) return nullptr;
  out->set_search_params(params);
  return out;
}

float compressed_kernel_error(const VectorBackend& index, const float* q) {
  const auto& c = dynamic_cast<const CompressedVectors&>(index);
  std::vector<float> w, x(c.dim), centroid(c.dim);
  float constant = 0;
  c.code_weights(q, w, constant);
  float worst = 0;
  for (size_t l = 0; l < c.ivf->nlist; ++l) {
    const size_t n = c.ivf->invlists->list_size(l);
    if (n == 0) continue;
    c.ivf->quantizer->reconstruct(static_cast<faiss::Index::idx_t>(l), centroid.data());
    std::vector<float> s(n);
    sq8_scores(w.data(), c.ivf->invlists->get_codes(l), static_cast<int64_t>(n), c.dim, s.data());
    for (size_t i = 0; i < n; ++i) {
      c.ivf->reconstruct_from_offset(static_cast<int64_t>(l), static_cast<int64_t>(i), x.data());
      const float faiss_score = dot(q, x.data(), c.dim);
      const float ours = s[i] + dot(q, centroid.data(), c.dim) + constant;
      worst = std::max(worst, std::abs(faiss_score - ours));
    }
  }
  return worst;
}

}  // namespace lingualens
