#include "core/weights/take_checked.h"

#include "core/error.h"

namespace lingualens {

RawTensor take_checked(StateDict& sd, const std::string& name, const std::vector<int64_t>& shape,
                       const std::filesystem::path& file, const std::string& shown_name) {
  std::optional<RawTensor> t = sd.take(name);
  if (!t) throw Error(ErrorKind::kMismatch, file, "missing tensor '" + shown_name + "'");
  if (t->shape != shape) {
    RawTensor want;
    want.shape = shape;
    throw Error(ErrorKind::kMismatch, file,
                "tensor '" + shown_name + "' has shape " + t->shape_string() + ", expected " +
                    want.shape_string());
  }
  return *std::move(t);
}

}  // namespace lingualens
