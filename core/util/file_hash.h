// Fast content fingerprints (XXH3) for deduplicating photos and identifying model files.
#pragma once

#include <filesystem>
#include <string>

#include "core/weights/raw_tensor.h"

namespace lingualens {

// XXH3-128 of the whole file as 32 hex digits. Throws Error(kIo / kNotFound) naming the file.
std::string hash_file(const std::filesystem::path& file);

// Identifies a weights file without reading all of it: XXH3-128 over its size and its first
// and last 16 MiB. Two different models never share those bytes; the same file always gives
// the same id, wherever it is stored.
// (Libraries indexed before LinguaLens identified models by their weights name the model by
// this; Library accepts such an id when the file still gives it.)
std::string model_fingerprint(const std::filesystem::path& file);

// Identifies weights by what they are, not by how they are stored: XXH3-128 over every tensor
// (by name, sorted) with its shape and its values as float32. The same weights in OpenAI's
// TorchScript archive (fp16), a state dict or .safetensors give the same id. "w" + 32 hex.
std::string weights_fingerprint(const StateDict& weights);

}  // namespace lingualens
