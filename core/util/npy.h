// NumPy .npy files (format version 1.0), little-endian float32 only: the interchange format
// for network inputs and embeddings that Python tools can open directly.
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
// Reads '<f4' arrays (C or Fortran order). Throws lingualens::Error naming the file.
NpyArray read_npy(const std::filesystem::path& file);

}  // namespace lingualens
