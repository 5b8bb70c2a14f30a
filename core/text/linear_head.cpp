#include "core/text/linear_head.h"

#include <algorithm>

#include "core/error.h"
#include "core/weights/numpy_pickle.h"

namespace lingualens {

LinearHead LinearHead::load(const std::filesystem::path& file) {
  const auto arrays = load_numpy_array_list(file);
  if (arrays.size() != 2) {
    throw Error(ErrorKind::kBadFormat, file,
                "expected [weight, bias], found a list of " + std::to_string(arrays.size()));
  }
  const auto& w = arrays[0];
  const auto& b = arrays[1];
  if (w.shape.size() != 2 || b.shape.size() != 1 || w.shape[1] != b.shape[0] || w.numel() == 0) {
    throw Error(ErrorKind::kMismatch, file,
                "weight " + w.shape_string() + " and bias " + b.shape_string() +
                    " do not form a linear layer (expected (in, out) and (out,))");
  }
  LinearHead h;
  h.in = static_cast<int>(w.shape[0]);
  h.out = static_cast<int>(w.shape[1]);
  h.weight = w.to_float_vector();  // C order whatever the pickle's order was
  h.bias = b.to_float_vector();
  return h;
}

std::filesystem::path LinearHead::find_in(const std::filesystem::path& dir) {
  const std::string suffix = " Linear Weights.pkl";
  auto preferred = dir / (dir.filename().string() + suffix);
  std::error_code ec;
  if (std::filesystem::is_regular_file(preferred, ec)) return preferred;
  std::vector<std::filesystem::path> found;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const auto name = e.path().filename().string();
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      found.push_back(e.path());
    }
  }
  if (found.empty()) {
    throw Error(ErrorKind::kNotFound, dir,
                "no '<model> Linear Weights.pkl' head in the model folder; pass it with "
                "--text-head");
  }
  if (found.size() > 1) {
    std::sort(found.begin(), found.end());
    std::string names;
    for (const auto& f : found) names += "\n  " + f.filename().string();
    throw Error(ErrorKind::kInvalidArgument, dir,
                "several head files; choose one with --text-head:" + names);
  }
  return found.front();
}

}  // namespace lingualens
