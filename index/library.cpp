#include "index/library.h"

#include <sys/stat.h>

#include <algorithm>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/places/gazetteer.h"
#include "core/util/file_hash.h"
#include "index/vector_index.h"

namespace lingualens {
namespace {

bool is_folder(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// "RN50x4/640/<fingerprint>": the parts of an identity.
std::string identity_id(const std::string& architecture, int dim, const std::string& print) {
  return architecture + "/" + std::to_string(dim) + "/" + print;
}

}  // namespace

ModelIdentity model_identity(const ImageEncoder& encoder) {
  const auto& info = encoder.info();
  return {identity_id(info.architecture, info.dim, info.fingerprint), info.dim};
}

std::filesystem::path vector_index_file(const std::filesystem::path& library_dir) {
  return library_dir / "vectors.faiss";
}

struct Library::Impl {
  LibraryDb db;
  bool writable;
  std::unique_ptr<VectorIndex> index;
  int64_t index_generation = -1;
  int64_t saved_generation = -1;  // what vectors.faiss holds, as far as this instance knows
  VectorIndexParams params;       // compressed indexes keep their float store in the library

  Impl(const std::filesystem::path& dir, Access access)
      : db(dir,
           access == Access::kWrite ? LibraryDb::Mode::kReadWrite : LibraryDb::Mode::kReadOnly),
        writable(access == Access::kWrite) {}
};

Library::Library(const std::filesystem::path& dir, Access access)
    : impl_(std::make_unique<Impl>(dir, access)) {
  impl_->params.store_dir = this->dir();
}

Library::~Library() = default;

const std::filesystem::path& Library::dir() const { return impl_->db.dir(); }
LibraryDb& Library::db() { return impl_->db; }
const LibraryDb& Library::db() const { return impl_->db; }

std::optional<ModelIdentity> Library::model() const {
  const auto id = impl_->db.meta(meta_key::kImageModel);
  const auto dim = impl_->db.meta(meta_key::kImageDim);
  if (!id || !dim) return std::nullopt;
  ModelIdentity m{*id, 0};
  try {
    m.dim = std::stoi(*dim);
  } catch (const std::exception&) {
    throw Error(ErrorKind::kBadFormat, impl_->db.database_file(),
                "the library's image_dim is not a number: '" + *dim + "'");
  }
  return m;
}

ModelIdentity Library::use_model(const ImageEncoder& encoder) {
  const ModelIdentity mine = model_identity(encoder);
  const auto stored = model();
  if (stored && stored->id == mine.id) return mine;
  const bool has_embeddings = impl_->db.count_indexed() > 0;
  if (stored && has_embeddings) {
    // An id from before weights fingerprints: "<architecture>/<dim>/<file fingerprint>".
    const auto& info = encoder.info();
    std::error_code ec;
    const bool legacy_same = stored->id.find("/w") == std::string::npos &&
                             std::filesystem::is_regular_file(info.weights_file, ec) &&
                             stored->id == identity_id(info.architecture, info.dim,
                                                       model_fingerprint(info.weights_file));
    if (!legacy_same) {
      throw Error(ErrorKind::kMismatch, dir(),
                  "this library was indexed with another image model (" + stored->id +
                      "); use that model, or a new library folder for this one (" + mine.id + ")");
    }
    if (!impl_->writable) return *stored;  // read as it is; the next indexing run renames it
    impl_->db.rename_model(stored->id, mine.id);
  }
  if (!impl_->writable) {
    if (!stored) throw Error(ErrorKind::kNotFound, dir(), "the library has no indexed images yet");
    return mine;
  }
  impl_->db.set_meta(meta_key::kImageModel, mine.id);
  impl_->db.set_meta(meta_key::kImageDim, std::to_string(mine.dim));
  return mine;
}

std::vector<LibraryFolder> Library::folders(bool counts) const {
  std::vector<LibraryFolder> out;
  for (auto& r : counts ? impl_->db.roots() : impl_->db.root_paths()) {
    LibraryFolder f;
    f.id = r.id;
    f.path = FolderPath::from_stored(r.path);
    f.images = r.images;
    f.failed = r.failed;
    f.online = is_folder(r.path);
    out.push_back(std::move(f));
  }
  return out;
}

std::optional<LibraryFolder> Library::folder(const FolderPath& path) const {
  for (auto& f : folders()) {
    if (f.path == path) return f;
  }
  return std::nullopt;
}

std::optional<LibraryFolder> Library::folder_of(std::string_view absolute_path) const {
  std::optional<LibraryFolder> best;
  for (auto& f : folders(false)) {
    if (f.path.contains(absolute_path) && (!best || f.path.str().size() > best->path.str().size()))
      best = f;
  }
  return best;
}

void Library::relink(const FolderPath& from, const FolderPath& to) {
  const auto old = folder(from);
  if (!old) throw Error(ErrorKind::kNotFound, from.path(), "not a folder of this library");
  if (!is_folder(to.str())) throw Error(ErrorKind::kNotFound, to.path(), "folder not found");
  if (folder(to)) {
    throw Error(ErrorKind::kInvalidArgument, to.path(),
                "already a folder of this library; forget it first (lingualens-cli forget), "
                "then relink");
  }
  impl_->db.move_root(old->id, to.str());
}

ImageFilter Library::filter(const LibraryScope& scope) const {
  return filter(scope, folders(false));
}

ImageFilter Library::filter(const LibraryScope& scope, const std::vector<LibraryFolder>& folders) {
  ImageFilter f;
  f.taken_after = scope.taken_after;
  f.taken_before = scope.taken_before;
  f.south_after = scope.south_after;
  f.south_before = scope.south_before;
  f.country = scope.country;
  f.place = scope.place;
  f.place_country = scope.place_country;
  f.near_place = scope.near_place;
  f.everything = !scope.taken_after && !scope.taken_before && !scope.south_after &&
                 !scope.south_before && !scope.country && !scope.place;
  for (const auto& folder : folders) {
    if (!folder.online && !scope.include_offline) {
      f.everything = false;
      continue;
    }
    if (!scope.under || scope.under->contains(folder.path)) {
      f.scopes.push_back({folder.id, ""});
    } else {
      f.everything = false;
      if (auto rel = folder.path.relative(scope.under->str()))
        f.scopes.push_back({folder.id, *rel});
    }
  }
  return f;
}

void Library::set_vector_params(const VectorIndexParams& params) {
  impl_->params = params;
  impl_->params.store_dir = dir();
}

const VectorIndex* Library::vectors() {
  const auto m = model();
  if (!m) return nullptr;
  const int64_t gen = impl_->db.generation();
  if (impl_->index && gen == impl_->index_generation) return impl_->index.get();
  impl_->index = up_to_date_index(impl_->db, m->id, m->dim, std::move(impl_->index),
                                  impl_->index_generation, impl_->params);
  impl_->index_generation = gen;
  return impl_->index.get();
}

void Library::save_vectors() {
  const auto m = model();
  if (!m) return;
  const int64_t gen = impl_->db.generation();
  const auto file = vector_index_file(dir());
  if (gen == impl_->saved_generation) return;
  if (VectorIndex::saved_generation(file, m->id, m->dim, impl_->db.library_id()) == gen) {
    impl_->saved_generation = gen;  // already on disk: a re-scan that changed nothing
    return;
  }
  vectors();
  // The writer, after an indexing run, is where the index changes form or is trained again
  // (searches keep the index they have until this one is saved).
  const auto params = impl_->params;
  if (impl_->index->rebuild_due(params)) {
    impl_->index.reset();  // never two at once
    impl_->index_generation = -1;
    impl_->index = VectorIndex::build_from(impl_->db, m->id, m->dim, params);
    impl_->index_generation = gen;
  }
  impl_->index->save(file, gen, m->id, impl_->db.library_id());
  impl_->saved_generation = gen;
}

int64_t Library::assign_places(const Gazetteer& gazetteer) {
  const std::vector<PlaceToFind> todo = impl_->db.photos_without_place();
  if (todo.empty()) return 0;
  std::vector<PlaceFound> found;
  found.reserve(todo.size());
  for (const auto& t : todo) {
    PlaceFound f{t.id, "", "", ""};
    if (auto p = gazetteer.nearest(t.latitude, t.longitude)) {
      f.place = p->name;
      f.region = p->region;
      f.country = p->country;
    }
    found.push_back(std::move(f));
  }
  LibraryDb::Transaction tx(impl_->db);
  impl_->db.set_places(found);
  tx.commit();
  return static_cast<int64_t>(found.size());
}

}  // namespace lingualens
