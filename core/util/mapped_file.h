// A read-only view of a whole file through mmap. Model weights are used straight from the
// mapping: pages the model never touches (most rows of a 119,547-token embedding table) are
// never read into memory, and the kernel may drop clean pages under memory pressure.
//
// The mapping is private copy-on-write, so an accidental write never reaches the file. A file
// truncated by another program while mapped would fault on access: model files are replaced
// by writing a new file and renaming it, never in place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

namespace lingualens {

class MappedFile {
 public:
  // Throws Error(kNotFound / kIo) naming the file.
  static std::shared_ptr<const MappedFile> open(const std::filesystem::path& file);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const std::byte* data() const { return data_; }
  size_t size() const { return size_; }

  // A shared pointer to `data() + offset` that keeps the mapping alive.
  static std::shared_ptr<const std::byte> view(const std::shared_ptr<const MappedFile>& file,
                                               size_t offset);

 private:
  MappedFile() = default;
  std::byte* data_ = nullptr;
  size_t size_ = 0;
};

// Tells the kernel that this process is done with these bytes for now (they were copied
// elsewhere): their pages leave the resident set. Contents stay valid — a page of a
// MappedFile is read again from the file (the page cache keeps it) if touched, other memory
// only gets a hint (MADV_PAGEOUT) — so this is safe on any memory. Used while converting
// weights so a model is not resident twice at load.
void release_resident_pages(const void* data, size_t size);

}  // namespace lingualens
