// Plain tensors as read from model files, before any framework sees them.
//
// The loaders fill these without LibTorch so that headers stay light and the readers can be
// tested and fuzzed on their own; the encoders turn them into torch tensors in their .cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lingualens {

enum class DType { kF16, kBF16, kF32, kF64, kI64, kI32, kI16, kI8, kU8, kBool };

size_t dtype_size(DType t);
const char* dtype_name(DType t);

// One contiguous block of bytes that one or more tensors view (a torch "storage").
struct Storage {
  std::shared_ptr<const std::byte> data;  // owns the bytes (may alias a larger buffer)
  size_t nbytes = 0;
  DType dtype = DType::kF32;
};

struct RawTensor {
  std::shared_ptr<const Storage> storage;
  DType dtype = DType::kF32;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;  // in elements; empty means C-contiguous
  int64_t offset = 0;            // in elements, into storage

  int64_t numel() const;
  std::string shape_string() const;  // "(768, 640)"
  // True when the elements are laid out C-contiguously (size-1 dims' strides ignored).
  bool is_contiguous() const;
  // Checks that every element addressed lies inside the storage; throws kBadFormat with
  // `what` in the message otherwise. Loaders call it before anything reads the data.
  void check_bounds(const std::string& what) const;
  // The elements converted to float32 in C order (any dtype, any strides).
  std::vector<float> to_float_vector() const;
};

// An ordered name → tensor map, as in a PyTorch state dict.
class StateDict {
 public:
  void add(std::string name, RawTensor t);
  const RawTensor* find(const std::string& name) const;
  // Removes `name` and returns its tensor (nullopt when absent), so a loader can release
  // each storage as soon as it has been converted.
  std::optional<RawTensor> take(const std::string& name);
  const std::vector<std::pair<std::string, RawTensor>>& items() const { return items_; }
  size_t size() const { return items_.size(); }
  // Keeps only keys starting with `prefix` and strips it ("visual.", "bert.").
  StateDict with_prefix_stripped(const std::string& prefix) const;
  // Total bytes held by distinct storages.
  size_t storage_bytes() const;

 private:
  std::vector<std::pair<std::string, RawTensor>> items_;
};

}  // namespace lingualens
