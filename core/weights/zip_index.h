// The table of contents of a zip archive (central directory), with where each entry's data
// starts. PyTorch archives store tensor data uncompressed, so stored entries can be used
// straight from a memory mapping. Internal to core/weights.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/util/mapped_file.h"

namespace lingualens {

struct ZipEntry {
  std::string name;
  uint16_t method = 0;  // 0 = stored (uncompressed)
  uint64_t compressed_size = 0;
  uint64_t size = 0;
  uint64_t data_offset = 0;  // first byte of the entry's data in the file
};

// Reads the central directory (zip64 included). Returns nullopt when the file is not a zip
// or its directory is damaged (the caller then reports the file as corrupt).
std::optional<std::vector<ZipEntry>> read_zip_index(const MappedFile& file);

}  // namespace lingualens
