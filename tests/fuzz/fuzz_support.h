// Helpers for fuzz targets whose parser reads a file: the input is written to a file in
// memory-backed /dev/shm (per process) and the loader runs on that path.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

namespace lingualens::fuzz {

inline std::filesystem::path write_input(const uint8_t* data, size_t size,
                                         const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::path("/dev/shm") / ("lingualens-fuzz-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    if (size > 0) std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  return path;
}

}  // namespace lingualens::fuzz
