// Model configuration files (config.json, tokenizer_config.json, …) read as JSON objects, with
// errors that name the file.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

namespace lingualens {

// Throws Error: as require_regular_file (missing, a folder, a FIFO…), kIo when it cannot be
// read, kBadFormat when it is not a JSON object.
nlohmann::json read_json_object(const std::filesystem::path& file);

// The same, or an empty object when the file is not there (optional configuration).
nlohmann::json read_json_object_if_present(const std::filesystem::path& file);

}  // namespace lingualens
