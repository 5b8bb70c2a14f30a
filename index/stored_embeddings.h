// The library's embeddings, for features that would otherwise re-encode photos already
// indexed (the translation evaluation on sets of thousands of library photos).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/types.h"

namespace lingualens {

class Library;
class ImageEncoder;

class StoredEmbeddings {
 public:
  // Reads `library_dir` (read-only). Finds nothing when the library was indexed with another
  // image model than `encoder` or does not exist.
  StoredEmbeddings(const std::filesystem::path& library_dir, const ImageEncoder& encoder);
  ~StoredEmbeddings();

  // The stored embedding of this file, if it is indexed and unchanged since (size and
  // modification time as recorded). Not thread-safe.
  std::optional<Embedding> find(const std::filesystem::path& image) const;

 private:
  std::unique_ptr<Library> library_;
};

}  // namespace lingualens
