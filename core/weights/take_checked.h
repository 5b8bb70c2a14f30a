// Taking named tensors out of a state dict with shape checks, for the model loaders.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/weights/raw_tensor.h"

namespace lingualens {

// Removes `name` from `sd` (so its storage can be freed once converted) and checks its
// shape. Throws Error(kMismatch) naming `file` and `shown_name` when it is missing or has
// another shape.
RawTensor take_checked(StateDict& sd, const std::string& name, const std::vector<int64_t>& shape,
                       const std::filesystem::path& file, const std::string& shown_name);

}  // namespace lingualens
