#include "index/vector_index.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexIDMap.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/index_io.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "core/error.h"
#include "core/util/fast_linear.h"
#include "index/compressed_vectors.h"
#include "index/library.h"
#include "index/library_db.h"
#include "index/vector_backend.h"

namespace lingualens {

namespace {

// Every float in memory (FAISS flat index in an id map), scored by one oneDNN matrix-vector
// product over the flat storage.
class ExactVectors final : public VectorBackend {
 public:
  std::unique_ptr<faiss::IndexIDMap2> index;
  int dim = 0;
  std::unique_ptr<FastLinear> scorer;  // over the flat index's vectors

  void prepare() {
    auto* flat = dynamic_cast<faiss::IndexFlat*>(index->index);
    scorer.reset();
    if (flat && flat->ntotal > 0)
      scorer = std::make_unique<FastLinear>(flat->get_xb(), nullptr, flat->ntotal, dim);
  }

  Scored search(const float* query, int k, const std::vector<int64_t>* allowed) const override {
    Scored out;
    const int64_t n = size();
    if (n == 0 || k <= 0 || (allowed && allowed->empty()) || !scorer) return out;
    // The filter as the inner index's own (internal) row numbers.
    std::vector<int64_t> order;
    if (allowed) {
      order.reserve(allowed->size());
      for (int64_t id : *allowed) {
        const auto it = index->rev_map.find(id);
        if (it != index->rev_map.end()) order.push_back(it->second);
      }
    } else {
      order.resize(static_cast<size_t>(n));
      for (int64_t i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
    }
    k = static_cast<int>(std::min<int64_t>(k, static_cast<int64_t>(order.size())));
    std::vector<float> all(static_cast<size_t>(n));
    scorer->run(query, 1, all.data());
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int64_t a, int64_t b) {
      return all[a] > all[b] || (all[a] == all[b] && a < b);
    });
    for (int i = 0; i < k; ++i) out.emplace_back(index->id_map[order[i]], all[order[i]]);
    return out;
  }

  void apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
             const std::vector<float>& vectors) override {
    scorer.reset();  // the flat storage may move
    replace_rows(*index, removed, ids, vectors);
    prepare();
  }

  int64_t size() const override { return index->ntotal; }
  bool approximate() const override { return false; }
  bool rebuild_due(const VectorIndexParams& p) const override {
    return size() > p.approximate_above;
  }

  void save(const std::filesystem::path& index_file, nlohmann::json& meta) override {
    write_index_atomically(*index, index_file);
    meta["kind"] = "exact";
  }
};

std::string random_build_tag() {
  std::random_device rd;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08x%08x", rd(), rd());
  return buf;
}

}  // namespace

void write_index_atomically(const faiss::Index& index, const std::filesystem::path& file) {
  const auto tmp = file.string() + ".tmp";
  try {
    faiss::write_index(&index, tmp.c_str());
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kIo, file, std::string("cannot write the vector index: ") + e.what());
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  if (ec) throw Error(ErrorKind::kIo, file, "cannot replace the vector index: " + ec.message());
}

void replace_rows(faiss::Index& index, const std::vector<int64_t>& removed,
                  const std::vector<int64_t>& ids, const std::vector<float>& vectors) {
  std::vector<faiss::Index::idx_t> drop(removed.begin(), removed.end());
  drop.insert(drop.end(), ids.begin(), ids.end());  // rewritten rows are replaced
  try {
    if (!drop.empty()) {
      faiss::IDSelectorBatch sel(drop.size(), drop.data());
      index.remove_ids(sel);
    }
    if (!ids.empty()) {
      std::vector<faiss::Index::idx_t> add(ids.begin(), ids.end());
      index.add_with_ids(static_cast<faiss::Index::idx_t>(add.size()), vectors.data(), add.data());
    }
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kInvalidArgument,
                std::string("cannot update the vector index: ") + e.what());
  }
}

std::unique_ptr<VectorBackend> build_exact(int dim, int64_t expected, const VectorStream& rows) {
  auto out = std::make_unique<ExactVectors>();
  out->dim = dim;
  auto* flat = new faiss::IndexFlatIP(dim);
  out->index = std::make_unique<faiss::IndexIDMap2>(flat);
  out->index->own_fields = true;
  // Sized once: grown by doubling, the vectors would be held twice while they move.
  flat->codes.reserve(static_cast<size_t>(std::max<int64_t>(expected, 0)) * dim * sizeof(float));
  out->index->id_map.reserve(static_cast<size_t>(std::max<int64_t>(expected, 0)));
  try {
    rows([&](const int64_t* ids, const float* v, int64_t count) {
      std::vector<faiss::Index::idx_t> add(ids, ids + count);
      out->index->add_with_ids(count, v, add.data());
    });
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kInvalidArgument,
                std::string("cannot build the vector index: ") + e.what());
  }
  out->prepare();
  return out;
}

std::unique_ptr<VectorBackend> load_exact(const std::filesystem::path& index_file, int dim) {
  try {
    std::unique_ptr<faiss::Index> raw(faiss::read_index(index_file.c_str()));
    auto* map = dynamic_cast<faiss::IndexIDMap2*>(raw.get());
    if (!map || map->d != dim || !dynamic_cast<faiss::IndexFlat*>(map->index)) return nullptr;
    raw.release();
    auto out = std::make_unique<ExactVectors>();
    out->index.reset(map);
    out->dim = dim;
    out->prepare();
    return out;
  } catch (const std::exception&) {
    // Damaged (FaissException), or declaring more vectors than memory holds (bad_alloc):
    // the caller rebuilds it from the database.
    return nullptr;
  }
}

struct VectorIndex::Impl {
  std::unique_ptr<VectorBackend> backend;
  int dim = 0;
  std::string build_tag;
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
  if (vectors.size() != ids.size() * static_cast<size_t>(dim))
    throw Error(ErrorKind::kInvalidArgument, "vector index: ids and vectors disagree");
  const VectorStream rows = [&](const VectorSink& sink) {
    if (!ids.empty()) sink(ids.data(), vectors.data(), static_cast<int64_t>(ids.size()));
  };
  return build(dim, static_cast<int64_t>(ids.size()), rows, params);
}

std::unique_ptr<VectorIndex> VectorIndex::build(int dim, int64_t expected, const VectorStream& rows,
                                                const VectorIndexParams& params) {
  std::unique_ptr<VectorIndex> out(new VectorIndex());
  out->impl_->dim = dim;
  out->impl_->build_tag = random_build_tag();
  out->impl_->backend = expected > params.approximate_above
                            ? build_compressed(dim, expected, rows, params)
                            : build_exact(dim, expected, rows);
  return out;
}

std::unique_ptr<VectorIndex> VectorIndex::build_from(const LibraryDb& db,
                                                     const std::string& model_id, int dim,
                                                     const VectorIndexParams& params) {
  // Chunks of rows as SQLite gives them (in id order), normalised on the way.
  const VectorStream rows = [&](const VectorSink& sink) {
    constexpr size_t kChunk = 4096;
    std::vector<int64_t> ids;
    std::vector<float> vectors;
    ids.reserve(kChunk);
    vectors.reserve(kChunk * dim);
    db.for_each_embedding(model_id, [&](int64_t id, const float* v, int d) {
      if (d != dim) return;  // never mix sizes: such rows belong to another model
      ids.push_back(id);
      vectors.insert(vectors.end(), v, v + d);
      normalize_in_place(vectors.data() + vectors.size() - d, d);
      if (ids.size() == kChunk) {
        sink(ids.data(), vectors.data(), static_cast<int64_t>(ids.size()));
        ids.clear();
        vectors.clear();
      }
    });
    if (!ids.empty()) sink(ids.data(), vectors.data(), static_cast<int64_t>(ids.size()));
  };
  return build(dim, db.count_indexed(), rows, params);
}

namespace {

// What vectors.faiss.json says, if it is well-formed and about this library, model and size.
// Any damage (not JSON, wrong types, missing fields) reads as "no saved index".
std::optional<nlohmann::json> description(const std::filesystem::path& file,
                                          const std::string& model_id, int dim,
                                          const std::string& library_id) {
  std::ifstream meta_in(file.string() + ".json");
  if (!meta_in) return std::nullopt;
  auto meta = nlohmann::json::parse(meta_in, nullptr, false);
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
  return meta;
}

std::string text_field(const nlohmann::json& meta, const char* key) {
  const auto it = meta.find(key);
  return it != meta.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::optional<int64_t> VectorIndex::saved_generation(const std::filesystem::path& file,
                                                     const std::string& model_id, int dim,
                                                     const std::string& library_id) {
  const auto meta = description(file, model_id, dim, library_id);
  if (!meta) return std::nullopt;
  return (*meta)["generation"].get<int64_t>();
}

std::string VectorIndex::saved_build(const std::filesystem::path& file) {
  std::ifstream meta_in(file.string() + ".json");
  const auto meta = nlohmann::json::parse(meta_in, nullptr, false);
  return meta.is_object() ? text_field(meta, "build") : std::string();
}

std::unique_ptr<VectorIndex> VectorIndex::load(const std::filesystem::path& file,
                                               int64_t generation, const std::string& model_id,
                                               int dim, const std::string& library_id,
                                               const VectorIndexParams& params) {
  const auto meta = description(file, model_id, dim, library_id);
  if (!meta || (*meta)["generation"].get<int64_t>() != generation) return nullptr;
  // Before "kind" there were exact indexes and IVF ones over full floats: the latter are
  // rebuilt in the compressed form.
  std::string kind = text_field(*meta, "kind");
  if (kind.empty()) {
    const auto approximate = meta->find("approximate");
    if (approximate == meta->end() || !approximate->is_boolean() || approximate->get<bool>())
      return nullptr;
    kind = "exact";
  }
  std::unique_ptr<VectorBackend> backend;
  if (kind == "exact") {
    backend = load_exact(file, dim);
  } else if (kind == "ivf-sq8") {
    backend = load_compressed(file, dim, *meta, params);
  }
  if (!backend) return nullptr;
  std::unique_ptr<VectorIndex> out(new VectorIndex());
  out->impl_->backend = std::move(backend);
  out->impl_->dim = dim;
  out->impl_->build_tag = text_field(*meta, "build");
  return out;
}

std::vector<std::pair<int64_t, float>> VectorIndex::search(
    const float* query, int k, const std::vector<int64_t>* allowed) const {
  if (allowed && allowed->empty()) return {};
  try {
    return impl_->backend->search(query, k, allowed);
  } catch (const faiss::FaissException& e) {
    throw Error(ErrorKind::kBadFormat,
                std::string("the vector index cannot be searched (") + e.what() +
                    "); delete vectors.faiss in the library folder to rebuild it");
  }
}

void VectorIndex::apply(const std::vector<int64_t>& removed, const std::vector<int64_t>& ids,
                        const std::vector<float>& vectors) {
  impl_->backend->apply(removed, ids, vectors);
}

int64_t VectorIndex::size() const { return impl_->backend->size(); }
int VectorIndex::dim() const { return impl_->dim; }
bool VectorIndex::approximate() const { return impl_->backend->approximate(); }
const std::string& VectorIndex::build_tag() const { return impl_->build_tag; }
bool VectorIndex::rebuild_due(const VectorIndexParams& params) const {
  return impl_->backend->rebuild_due(params);
}

void VectorIndex::save(const std::filesystem::path& file, int64_t generation,
                       const std::string& model_id, const std::string& library_id) {
  nlohmann::json meta = {{"generation", generation},
                         {"library_id", library_id},
                         {"model_id", model_id},
                         {"dim", impl_->dim},
                         {"build", impl_->build_tag}};
  impl_->backend->save(file, meta);
  meta["count"] = size();
  meta["approximate"] = approximate();
  const auto meta_tmp = file.string() + ".json.tmp";
  {
    std::ofstream out(meta_tmp, std::ios::trunc);
    out << meta.dump(1);
    if (!out.flush())
      throw Error(ErrorKind::kIo, file, "cannot write the vector index description");
  }
  std::error_code ec;
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
  const auto file = vector_index_file(db.dir());
  const auto saved = VectorIndex::saved_generation(file, model_id, dim, db.library_id());
  // A writer rebuilt or retrained the index since this one was made: take its build.
  if (current && saved && *saved >= current_generation && *saved <= gen &&
      VectorIndex::saved_build(file) != current->build_tag()) {
    if (auto newer = VectorIndex::load(file, *saved, model_id, dim, db.library_id(), params)) {
      current = std::move(newer);
      current_generation = *saved;
    }
  }
  if (!current && saved && *saved <= gen) {
    current = VectorIndex::load(file, *saved, model_id, dim, db.library_id(), params);
    current_generation = *saved;
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
  return current;
}

}  // namespace lingualens
