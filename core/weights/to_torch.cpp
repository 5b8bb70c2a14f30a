#include "core/weights/to_torch.h"

#include <torch/torch.h>

namespace lingualens {
namespace {

c10::ScalarType scalar_type(DType t) {
  switch (t) {
    case DType::kF16: return torch::kHalf;
    case DType::kBF16: return torch::kBFloat16;
    case DType::kF32: return torch::kFloat;
    case DType::kF64: return torch::kDouble;
    case DType::kI64: return torch::kLong;
    case DType::kI32: return torch::kInt;
    case DType::kI16: return torch::kShort;
    case DType::kI8: return torch::kChar;
    case DType::kU8: return torch::kByte;
    case DType::kBool: return torch::kBool;
  }
  return torch::kFloat;
}

}  // namespace

at::Tensor to_torch_float(const RawTensor& t) {
  t.check_bounds("tensor");
  auto keep = t.storage;  // the torch tensor keeps the bytes alive
  void* data = const_cast<std::byte*>(t.storage->data.get()) + t.offset * dtype_size(t.dtype);
  std::vector<int64_t> strides = t.strides;
  if (strides.empty()) {
    strides.resize(t.shape.size());
    int64_t s = 1;
    for (size_t k = t.shape.size(); k-- > 0;) {
      strides[k] = s;
      s *= t.shape[k];
    }
  }
  auto view = torch::from_blob(data, t.shape, strides, [keep](void*) {},
                               torch::TensorOptions().dtype(scalar_type(t.dtype)));
  if (t.dtype == DType::kF32 && view.is_contiguous()) return view;
  return view.to(torch::kFloat).contiguous();
}

}  // namespace lingualens
