#include "core/weights/raw_tensor.h"

#include <cstring>
#include <set>

#include "core/error.h"
#include "core/util/half.h"

namespace lingualens {

size_t dtype_size(DType t) {
  switch (t) {
    case DType::kF16:
    case DType::kBF16:
    case DType::kI16: return 2;
    case DType::kF32:
    case DType::kI32: return 4;
    case DType::kF64:
    case DType::kI64: return 8;
    case DType::kI8:
    case DType::kU8:
    case DType::kBool: return 1;
  }
  return 1;
}

const char* dtype_name(DType t) {
  switch (t) {
    case DType::kF16: return "float16";
    case DType::kBF16: return "bfloat16";
    case DType::kF32: return "float32";
    case DType::kF64: return "float64";
    case DType::kI64: return "int64";
    case DType::kI32: return "int32";
    case DType::kI16: return "int16";
    case DType::kI8: return "int8";
    case DType::kU8: return "uint8";
    case DType::kBool: return "bool";
  }
  return "?";
}

int64_t RawTensor::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

std::string RawTensor::shape_string() const {
  std::string s = "(";
  for (size_t k = 0; k < shape.size(); ++k) {
    if (k) s += ", ";
    s += std::to_string(shape[k]);
  }
  if (shape.size() == 1) s += ",";
  return s + ")";
}

bool RawTensor::is_contiguous() const {
  if (strides.empty()) return true;
  int64_t expected = 1;
  for (size_t k = shape.size(); k-- > 0;) {
    if (shape[k] != 1 && strides[k] != expected) return false;
    expected *= shape[k];
  }
  return true;
}

void RawTensor::check_bounds(const std::string& what) const {
  if (!storage) throw Error(ErrorKind::kBadFormat, what + ": tensor has no data");
  if (!strides.empty() && strides.size() != shape.size()) {
    throw Error(ErrorKind::kBadFormat, what + ": strides do not match the shape");
  }
  if (dtype_size(dtype) != dtype_size(storage->dtype)) {
    throw Error(ErrorKind::kBadFormat, what + ": tensor and storage element types differ");
  }
  // Overflow-safe extent: every dimension and stride is bounded by the storage size.
  const int64_t cap = int64_t(storage->nbytes / dtype_size(dtype));
  if (offset < 0 || offset > cap) {
    throw Error(ErrorKind::kBadFormat, what + ": tensor offset outside its storage");
  }
  int64_t last = offset;
  bool empty = false;
  for (size_t k = 0; k < shape.size(); ++k) {
    int64_t d = shape[k];
    int64_t st = strides.empty() ? 1 : strides[k];
    if (d < 0 || d > cap + 1 || st < 0 || st > cap + 1) {
      throw Error(ErrorKind::kBadFormat, what + ": implausible shape " + shape_string());
    }
    if (d == 0) empty = true;
    if (d > 0) last += (d - 1) * (strides.empty() ? 0 : st);
    if (last > cap) break;
  }
  if (strides.empty() && !empty) last = offset + numel() - 1;
  if (!empty && last >= cap) {
    throw Error(ErrorKind::kBadFormat,
                what + ": tensor " + shape_string() + " needs more data than its storage holds (" +
                    std::to_string(storage->nbytes) + " bytes)");
  }
}

namespace {
float element_as_float(const std::byte* p, DType t) {
  switch (t) {
    case DType::kF16: {
      uint16_t h;
      std::memcpy(&h, p, 2);
      return half_to_float(h);
    }
    case DType::kBF16: {
      uint16_t h;
      std::memcpy(&h, p, 2);
      return bfloat16_to_float(h);
    }
    case DType::kF32: {
      float f;
      std::memcpy(&f, p, 4);
      return f;
    }
    case DType::kF64: {
      double d;
      std::memcpy(&d, p, 8);
      return static_cast<float>(d);
    }
    case DType::kI64: {
      int64_t v;
      std::memcpy(&v, p, 8);
      return static_cast<float>(v);
    }
    case DType::kI32: {
      int32_t v;
      std::memcpy(&v, p, 4);
      return static_cast<float>(v);
    }
    case DType::kI16: {
      int16_t v;
      std::memcpy(&v, p, 2);
      return v;
    }
    case DType::kI8: return static_cast<float>(static_cast<int8_t>(*p));
    case DType::kU8:
    case DType::kBool: return static_cast<float>(static_cast<uint8_t>(*p));
  }
  return 0.f;
}
}  // namespace

std::vector<float> RawTensor::to_float_vector() const {
  check_bounds("tensor");
  const int64_t n = numel();
  std::vector<float> out(static_cast<size_t>(n));
  const size_t es = dtype_size(dtype);
  const std::byte* base = storage->data.get() + offset * es;
  if (is_contiguous()) {
    for (int64_t k = 0; k < n; ++k) out[k] = element_as_float(base + k * es, dtype);
    return out;
  }
  std::vector<int64_t> idx(shape.size(), 0);
  for (int64_t k = 0; k < n; ++k) {
    int64_t off = 0;
    for (size_t d = 0; d < shape.size(); ++d) off += idx[d] * strides[d];
    out[k] = element_as_float(base + off * es, dtype);
    for (size_t d = shape.size(); d-- > 0;) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

void StateDict::add(std::string name, RawTensor t) { items_.emplace_back(std::move(name), std::move(t)); }

const RawTensor* StateDict::find(const std::string& name) const {
  for (const auto& [k, v] : items_) {
    if (k == name) return &v;
  }
  return nullptr;
}

std::optional<RawTensor> StateDict::take(const std::string& name) {
  for (auto it = items_.begin(); it != items_.end(); ++it) {
    if (it->first == name) {
      RawTensor t = std::move(it->second);
      items_.erase(it);
      return t;
    }
  }
  return std::nullopt;
}

StateDict StateDict::with_prefix_stripped(const std::string& prefix) const {
  StateDict out;
  for (const auto& [k, v] : items_) {
    if (k.compare(0, prefix.size(), prefix) == 0) out.add(k.substr(prefix.size()), v);
  }
  return out;
}

size_t StateDict::storage_bytes() const {
  std::set<const Storage*> seen;
  size_t total = 0;
  for (const auto& [k, v] : items_) {
    if (v.storage && seen.insert(v.storage.get()).second) total += v.storage->nbytes;
  }
  return total;
}

}  // namespace lingualens
