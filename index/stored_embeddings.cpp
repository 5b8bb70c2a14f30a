#include "index/stored_embeddings.h"

#include <sys/stat.h>

#include "core/error.h"
#include "index/library_db.h"

namespace lingualens {

StoredEmbeddings::StoredEmbeddings(const std::filesystem::path& library_dir,
                                   const std::string& model_id) {
  try {
    auto db = std::make_unique<LibraryDb>(library_dir, LibraryDb::Mode::kReadOnly);
    if (db->meta("image_model").value_or("") == model_id) db_ = std::move(db);
  } catch (const Error&) {
    // No library (yet): nothing to reuse.
  }
}

StoredEmbeddings::~StoredEmbeddings() = default;

std::optional<Embedding> StoredEmbeddings::find(const std::filesystem::path& image) const {
  if (!db_) return std::nullopt;
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(image, ec);
  if (ec) return std::nullopt;
  const auto id = db_->find_image(canonical.string());
  if (!id) return std::nullopt;
  struct stat st {};
  if (::stat(canonical.c_str(), &st) != 0) return std::nullopt;
  const auto info = db_->images({*id});
  const int64_t mtime = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (info.empty() || info[0].size != st.st_size || info[0].mtime_ns != mtime)
    return std::nullopt;  // changed
  return db_->embedding(*id);
}

}  // namespace lingualens
