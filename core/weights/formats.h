// Per-format readers behind load_state_dict(). Internal to core/weights.
#pragma once

#include <filesystem>

#include "core/weights/pickle.h"
#include "core/weights/raw_tensor.h"

namespace lingualens::formats {

StateDict load_torch_zip(const std::filesystem::path& file);
StateDict load_torch_legacy(const std::filesystem::path& file);
StateDict load_safetensors(const std::filesystem::path& file);

// Parses the persistent id tuple ('storage', StorageType, key, location, numel[, view]).
struct StorageRef {
  DType dtype;
  std::string key;
  int64_t numel;
};
StorageRef parse_storage_ref(const pickle::Value& persistent_id, const std::string& what);

}  // namespace lingualens::formats
