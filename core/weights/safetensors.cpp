// .safetensors: u64 header length, a JSON header, then the raw tensor bytes.
#include <algorithm>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/util/mapped_file.h"
#include "core/weights/formats.h"

// ref: https://github.com/huggingface/safetensors (format section of the README).

namespace lingualens::formats {
namespace {

bool parse_dtype(const std::string& s, DType& out) {
  static const std::map<std::string, DType> kTypes = {
      {"F16", DType::kF16}, {"BF16", DType::kBF16}, {"F32", DType::kF32}, {"F64", DType::kF64},
      {"I64", DType::kI64}, {"I32", DType::kI32},   {"I16", DType::kI16}, {"I8", DType::kI8},
      {"U8", DType::kU8},   {"BOOL", DType::kBool},
  };
  auto it = kTypes.find(s);
  if (it == kTypes.end()) return false;
  out = it->second;
  return true;
}

}  // namespace

// The file is memory-mapped and tensors point into the mapping (see core/util/mapped_file.h).
StateDict load_safetensors(const std::filesystem::path& file) {
  const auto mapped = MappedFile::open(file);
  const uint64_t size = mapped->size();
  uint64_t header_len = 0;
  if (size >= 8) std::memcpy(&header_len, mapped->data(), 8);
  // A model's header lists a few hundred tensors (well under 1 MB); parsing a 100 MB one cost
  // 4 GB of memory. 16 MB leaves room for any real model.
  constexpr uint64_t kMaxHeader = 16u << 20;
  if (size >= 8 && header_len <= size - 8 && header_len > kMaxHeader) {
    throw Error(ErrorKind::kTooLarge, file,
                "safetensors header of " + std::to_string(header_len) +
                    " bytes is over the 16 MB any model needs (not loaded)");
  }
  if (size < 8 || header_len > size - 8) {
    throw Error(ErrorKind::kBadFormat, file, "safetensors header length is invalid");
  }
  const std::string header(reinterpret_cast<const char*>(mapped->data()) + 8, header_len);
  nlohmann::json j = nlohmann::json::parse(header, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) throw Error(ErrorKind::kBadFormat, file, "safetensors header is not JSON");
  const uint64_t data_start = 8 + header_len;
  const uint64_t data_size = size - data_start;

  // Tensors in file order (by offset), each read into its own buffer.
  std::vector<std::pair<uint64_t, std::string>> order;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "__metadata__") continue;
    const auto& e = it.value();
    if (!e.is_object() || !e.contains("data_offsets") || !e["data_offsets"].is_array() ||
        e["data_offsets"].size() != 2 || !e["data_offsets"][0].is_number_unsigned()) {
      throw Error(ErrorKind::kBadFormat, file, "tensor '" + it.key() + "' has no data offsets");
    }
    order.emplace_back(e["data_offsets"][0].get<uint64_t>(), it.key());
  }
  std::sort(order.begin(), order.end());
  StateDict out;
  for (const auto& [begin_unused, name] : order) {
    const auto& e = j[name];
    RawTensor t;
    if (!e.contains("dtype") || !e["dtype"].is_string() ||
        !parse_dtype(e["dtype"].get<std::string>(), t.dtype)) {
      throw Error(ErrorKind::kUnsupported, file, "tensor '" + name + "' has an unsupported dtype");
    }
    if (!e.contains("shape") || !e["shape"].is_array()) {
      throw Error(ErrorKind::kBadFormat, file, "tensor '" + name + "' has no shape");
    }
    for (const auto& d : e["shape"]) {
      if (!d.is_number_unsigned()) throw Error(ErrorKind::kBadFormat, file, "bad shape of " + name);
      t.shape.push_back(d.get<int64_t>());
    }
    const uint64_t b = e["data_offsets"][0].get<uint64_t>();
    const uint64_t end = e["data_offsets"][1].get<uint64_t>();
    if (b > end || end > data_size) {
      throw Error(ErrorKind::kBadFormat, file, "tensor '" + name + "' lies outside the file");
    }
    if (end - b > data_size) throw Error(ErrorKind::kBadFormat, file, "bad offsets of " + name);
    auto st = std::make_shared<Storage>();
    st->dtype = t.dtype;
    st->nbytes = end - b;
    st->data = MappedFile::view(mapped, data_start + b);
    t.storage = st;
    uint64_t expect = dtype_size(t.dtype);
    for (int64_t d : t.shape) {
      if (__builtin_mul_overflow(expect, uint64_t(d), &expect)) expect = UINT64_MAX;
    }
    if (expect != st->nbytes) {
      throw Error(ErrorKind::kBadFormat, file,
                  "tensor '" + name + "' size does not match its shape " + t.shape_string());
    }
    out.add(name, std::move(t));
  }
  return out;
}

}  // namespace lingualens::formats
