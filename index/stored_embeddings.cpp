#include "index/stored_embeddings.h"

#include <sys/stat.h>

#include "core/error.h"
#include "index/library.h"

namespace lingualens {

StoredEmbeddings::StoredEmbeddings(const std::filesystem::path& library_dir,
                                   const ImageEncoder& encoder) {
  try {
    auto library = std::make_unique<Library>(library_dir, Library::Access::kRead);
    library->use_model(encoder);
    library_ = std::move(library);
  } catch (const Error&) {
    // No library (yet), or one of another model: nothing to reuse.
  }
}

StoredEmbeddings::~StoredEmbeddings() = default;

std::optional<Embedding> StoredEmbeddings::find(const std::filesystem::path& image) const {
  if (!library_) return std::nullopt;
  const LibraryDb& db = library_->db();
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(image, ec);
  if (ec) return std::nullopt;
  const auto id = db.find_image(canonical.string());
  if (!id) return std::nullopt;
  struct stat st {};
  if (::stat(canonical.c_str(), &st) != 0) return std::nullopt;
  const auto info = db.images({*id});
  const int64_t mtime = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (info.empty() || info[0].size != st.st_size || info[0].mtime_ns != mtime)
    return std::nullopt;  // changed
  return db.embedding(*id);
}

}  // namespace lingualens
