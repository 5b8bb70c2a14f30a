// Writing NumPy .npy files (format version 1.0, little-endian float32): the interchange
// format for network inputs that Python tools can open directly.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace lingualens {

struct NpyArray {
  std::vector<int64_t> shape;
  std::vector<float> data;  // C order
};

// Writes atomically (temporary file + rename). Throws lingualens::Error on I/O failure.
void write_npy(const std::filesystem::path& file, const NpyArray& array);

}  // namespace lingualens
