// Fast content fingerprints (XXH3) for deduplicating photos and identifying model files.
#pragma once

#include <filesystem>
#include <string>

namespace lingualens {

// XXH3-128 of the whole file as 32 hex digits. Throws Error(kIo / kNotFound) naming the file.
std::string hash_file(const std::filesystem::path& file);

// Identifies a weights file without reading all of it: XXH3-128 over its size and its first
// and last 16 MiB. Two different models never share those bytes; the same file always gives
// the same id, wherever it is stored.
std::string model_fingerprint(const std::filesystem::path& file);

}  // namespace lingualens
