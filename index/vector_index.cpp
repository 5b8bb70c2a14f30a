#include "index/vector_index.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVF.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/index_factory.h>
#include <faiss/index_io.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "core/error.h"
#include "core/util/fast_linear.h"
#include "index/library.h"
#include "index/library_db.h"

namespace lingualens {

struct VectorIndex::Impl {
  std::unique_ptr<faiss::IndexIDMap2> index;
  int dim = 0;
  bool approximate = false;
  std::unique_ptr<FastLinear> exact;  // over the flat index's vectors

  void prepare() {
    auto* flat = dynamic_cast<faiss::IndexFlat*>(index->index);
    approximate = flat == nullptr;
    if (flat && flat->ntotal > 0)
      exact = std::make_unique<FastLinear>(flat->get_xb(), nullptr, flat->ntotal, dim);
  }
};

VectorIndex::VectorIndex() : impl_(std::make_unique<Impl>()) {}
VectorIndex::~VectorIndex() = default;

void normalize_in_place(float* v, int dim) {
  double n = 0;
  for (int k = 0; k < dim; ++k) n += double(v[k]) * v[k];
  if (n <= 0) return;
  const float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (int k = 0; k < dim; ++k) v[k] *= inv;
}

std::unique_ptr<VectorIndex> VectorIndex::build(int dim, const std::vector<int64_t>& ids,
                                                const std::vector<float>& vectors,
                                                const VectorIndexParams& params) {
  std::unique_ptr<VectorIndex> out(new VectorIndex());
  out->impl_->dim = dim;
  const auto n = static_cast<int64_t>(ids.size());
  if (vectors.size() != static_cast<size_t>(n) * dim) {
    throw Error(ErrorKind::kInvalidArgument, "vector index: ids and vectors disagree");
  }
  try {
    faiss::Index* base = nullptr;
    if (n > params.approximate_above) {
      std::string factory = params.approximate_factory;
      if (factory.empty()) {
        const int64_t lists = std::max<int64_t>(16, static_cast<int64_t>(4 * std::sqrt(double(n))));
        factory = "IVF" + std::to_string(lists) + ",Flat";
      }
      base = faiss::index_factory(dim, factory.c_str(), faiss::METRIC_INNER_PRODUCT);
      if (auto* hnsw = dynamic_cast<faiss::IndexHNSW*>(base))
        hnsw->hnsw.efSearch = params.hnsw_ef_search;
      if (auto* ivf = dynamic_cast<faiss::IndexIVF*>(base))
        ivf->nprobe = static_cast<size_t>(params.ivf_nprobe);
      if (!base->is_trained) {
        // k-means on a sample is as good as on everything and far quicker.
        const int64_t sample = std::min<int64_t>(n, 100000);
        base->train(sample, vectors.data());
      }
    } else {
      base = new faiss::IndexFlatIP(dim);
    }
    out->impl_->index = std::make_unique<faiss::IndexIDMap2>(base);
    out->impl_->index->own_fields = true;
    if (n > 0) out->impl_->index->add_with_ids(n, vectors.data(), ids.data());
    out->impl_->prepare();
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kInvalidArgument,
                std::string("cannot build the vector index: ") + e.what());
  }
  return out;
}

std::unique_ptr<VectorIndex> VectorIndex::build_from(const LibraryDb& db,
                                                     const std::string& model_id, int dim,
                                                     const VectorIndexParams& params) {
  std::vector<int64_t> ids;
  std::vector<float> vectors;
  db.for_each_embedding(model_id, [&](int64_t id, const float* v, int d) {
    if (d != dim) return;  // never mix sizes: such rows belong to another model
    ids.push_back(id);
    vectors.insert(vectors.end(), v, v + d);
    normalize_in_place(vectors.data() + vectors.size() - d, d);
  });
  return build(dim, ids, vectors, params);
}

namespace {

// What vectors.faiss.json says, if it is well-formed and about this library, model and size.
// Any damage (not JSON, wrong types, missing fields) reads as "no saved index".
std::optional<int64_t> described_generation(const std::filesystem::path& file,
                                            const std::string& model_id, int dim,
                                            const std::string& library_id) {
  std::ifstream meta_in(file.string() + ".json");
  if (!meta_in) return std::nullopt;
  const auto meta = nlohmann::json::parse(meta_in, nullptr, false);
  if (!meta.is_object()) return std::nullopt;
  auto field = [&](const char* key) -> const nlohmann::json* {
    const auto it = meta.find(key);
    return it == meta.end() ? nullptr : &*it;
  };
  const auto* gen = field("generation");
  const auto* model = field("model_id");
  const auto* d = field("dim");
  const auto* lib = field("library_id");
  if (!gen || !gen->is_number_integer() || !model || !model->is_string() || !d ||
      !d->is_number_integer() || !lib || !lib->is_string()) {
    return std::nullopt;
  }
  if (model->get<std::string>() != model_id || d->get<int64_t>() != dim ||
      lib->get<std::string>() != library_id) {
    return std::nullopt;
  }
  return gen->get<int64_t>();
}

}  // namespace

std::optional<int64_t> VectorIndex::saved_generation(const std::filesystem::path& file,
                                                     const std::string& model_id, int dim,
                                                     const std::string& library_id) {
  return described_generation(file, model_id, dim, library_id);
}

std::unique_ptr<VectorIndex> VectorIndex::load(const std::filesystem::path& file,
                                               int64_t generation, const std::string& model_id,
                                               int dim, const std::string& library_id) {
  if (described_generation(file, model_id, dim, library_id) != generation) return nullptr;
  try {
    std::unique_ptr<faiss::Index> raw(faiss::read_index(file.c_str()));
    auto* map = dynamic_cast<faiss::IndexIDMap2*>(raw.get());
    if (!map || map->d != dim) return nullptr;
    raw.release();
    std::unique_ptr<VectorIndex> out(new VectorIndex());
    out->impl_->index.reset(map);
    out->impl_->dim = dim;
    out->impl_->prepare();
    return out;
  } catch (const std::exception&) {
    // Damaged (FaissException), or declaring more vectors than memory holds (bad_alloc):
    // the caller rebuilds it from the database.
    return nullptr;
  }
}

std::vector<std::pair<int64_t, float>> VectorIndex::search(
    const float* query, int k, const std::vector<int64_t>* allowed) const {
  std::vector<std::pair<int64_t, float>> out;
  const int64_t n = size();
  if (n == 0 || k <= 0 || (allowed && allowed->empty())) return out;
  // The filter as the inner index's own (internal) row numbers.
  std::vector<faiss::Index::idx_t> rows;
  if (allowed) {
    rows.reserve(allowed->size());
    for (int64_t id : *allowed) {
      const auto it = impl_->index->rev_map.find(id);
      if (it != impl_->index->rev_map.end()) rows.push_back(it->second);
    }
    if (rows.empty()) return out;
  }
  const int64_t candidates = allowed ? static_cast<int64_t>(rows.size()) : n;
  k = static_cast<int>(std::min<int64_t>(k, candidates));
  if (impl_->exact) {
    std::vector<float> all(static_cast<size_t>(n));
    impl_->exact->run(query, 1, all.data());
    std::vector<int64_t> order;
    if (allowed) {
      order.assign(rows.begin(), rows.end());
    } else {
      order.resize(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
    }
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int64_t a, int64_t b) {
      return all[a] > all[b] || (all[a] == all[b] && a < b);
    });
    for (int i = 0; i < k; ++i) out.emplace_back(impl_->index->id_map[order[i]], all[order[i]]);
    return out;
  }
  auto* ivf = dynamic_cast<faiss::IndexIVF*>(impl_->index->index);
  if (allowed && !ivf) {
    // FAISS 1.7's HNSW takes no ID selector: rank unfiltered and keep the allowed, asking for
    // more until k of them are found or the index is exhausted.
    const std::unordered_set<int64_t> keep(allowed->begin(), allowed->end());
    for (int64_t want = std::min<int64_t>(n, int64_t(k) * n / candidates * 2 + k);; want *= 4) {
      want = std::min(want, n);
      out.clear();
      for (const auto& hit : search(query, static_cast<int>(want))) {
        if (keep.count(hit.first) && static_cast<int>(out.size()) < k) out.push_back(hit);
      }
      if (static_cast<int>(out.size()) >= k || want >= n) return out;
    }
  }
  std::vector<float> scores(k);
  std::vector<faiss::Index::idx_t> labels(k);
  try {
    if (allowed) {
      faiss::IDSelectorBatch selector(rows.size(), rows.data());
      faiss::SearchParametersIVF params;
      params.nprobe = ivf->nprobe;
      params.sel = &selector;
      impl_->index->index->search(1, query, k, scores.data(), labels.data(), &params);
      for (auto& l : labels) l = l >= 0 ? impl_->index->id_map[l] : -1;
    } else {
      impl_->index->search(1, query, k, scores.data(), labels.data());
    }
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kBadFormat,
                std::string("the vector index cannot be searched (") + e.what() +
                    "); delete vectors.faiss in the library folder to rebuild it");
  }
  for (int i = 0; i < k; ++i) {
    if (labels[i] >= 0) out.emplace_back(labels[i], scores[i]);
  }
  return out;
}

void VectorIndex::apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
                        const std::vector<float>& vectors) {
  std::vector<faiss::Index::idx_t> drop(removed.begin(), removed.end());
  drop.insert(drop.end(), ids.begin(), ids.end());  // rewritten rows are replaced
  impl_->exact.reset();                             // the flat storage may move
  try {
    if (!drop.empty()) {
      faiss::IDSelectorBatch sel(drop.size(), drop.data());
      impl_->index->remove_ids(sel);
    }
    if (!ids.empty()) {
      std::vector<faiss::Index::idx_t> add(ids.begin(), ids.end());
      impl_->index->add_with_ids(static_cast<faiss::Index::idx_t>(add.size()), vectors.data(),
                                 add.data());
    }
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kInvalidArgument,
                std::string("cannot update the vector index: ") + e.what());
  }
  impl_->prepare();
}

int64_t VectorIndex::size() const { return impl_->index ? impl_->index->ntotal : 0; }
int VectorIndex::dim() const { return impl_->dim; }
bool VectorIndex::approximate() const { return impl_->approximate; }

void VectorIndex::save(const std::filesystem::path& file, int64_t generation,
                       const std::string& model_id, const std::string& library_id) const {
  const auto tmp = file.string() + ".tmp";
  try {
    faiss::write_index(impl_->index.get(), tmp.c_str());
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kIo, file, std::string("cannot write the vector index: ") + e.what());
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  if (ec) throw Error(ErrorKind::kIo, file, "cannot replace the vector index: " + ec.message());
  const nlohmann::json meta = {{"generation", generation}, {"library_id", library_id},
                               {"model_id", model_id},     {"dim", impl_->dim},
                               {"count", size()},          {"approximate", impl_->approximate}};
  const auto meta_tmp = file.string() + ".json.tmp";
  {
    std::ofstream out(meta_tmp, std::ios::trunc);
    out << meta.dump(1);
    if (!out.flush())
      throw Error(ErrorKind::kIo, file, "cannot write the vector index description");
  }
  std::filesystem::rename(meta_tmp, file.string() + ".json", ec);
  if (ec)
    throw Error(ErrorKind::kIo, file,
                "cannot replace the vector index description: " + ec.message());
}

std::unique_ptr<VectorIndex> up_to_date_index(const LibraryDb& db, const std::string& model_id,
                                              int dim, std::unique_ptr<VectorIndex> current,
                                              int64_t current_generation,
                                              const VectorIndexParams& params) {
  const int64_t gen = db.generation();
  if (current && current_generation == gen) return current;
  if (!current) {
    const auto file = vector_index_file(db.dir());
    const auto saved = VectorIndex::saved_generation(file, model_id, dim, db.library_id());
    if (saved && *saved <= gen) {
      current = VectorIndex::load(file, *saved, model_id, dim, db.library_id());
      current_generation = *saved;
    }
  }
  if (!current) return VectorIndex::build_from(db, model_id, dim, params);
  std::vector<int64_t> removed, ids;
  std::vector<float> vectors;
  db.changes_since(
      current_generation, model_id, [&](int64_t id) { removed.push_back(id); },
      [&](int64_t id, const float* v, int d) {
        if (d != dim) return;
        ids.push_back(id);
        vectors.insert(vectors.end(), v, v + d);
        normalize_in_place(vectors.data() + vectors.size() - d, d);
      });
  current->apply(removed, ids, vectors);
  const bool should_be_approximate = current->size() > params.approximate_above;
  if (should_be_approximate != current->approximate())
    return VectorIndex::build_from(db, model_id, dim, params);
  return current;
}

}  // namespace lingualens
