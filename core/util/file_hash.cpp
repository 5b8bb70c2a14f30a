#include "core/util/file_hash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <vector>

#include "core/error.h"
#include "core/util/mapped_file.h"

namespace lingualens {
namespace {

struct StateFree {
  void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

std::string hex(const XXH128_hash_t& h) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::ifstream open_or_throw(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::error_code ec;
    throw Error(std::filesystem::exists(file, ec) ? ErrorKind::kIo : ErrorKind::kNotFound, file,
                "cannot open for reading");
  }
  return in;
}

void feed(XXH3_state_t* st, std::ifstream& in, uint64_t bytes, const std::filesystem::path& file) {
  std::vector<char> buf(1 << 20);
  while (bytes > 0) {
    const auto n = static_cast<std::streamsize>(std::min<uint64_t>(bytes, buf.size()));
    if (!in.read(buf.data(), n))
      throw Error(ErrorKind::kIo, file, "read error (the file changed while being read?)");
    XXH3_128bits_update(st, buf.data(), static_cast<size_t>(n));
    bytes -= static_cast<uint64_t>(n);
  }
}

}  // namespace

std::string hash_file(const std::filesystem::path& file) {
  auto in = open_or_throw(file);
  std::unique_ptr<XXH3_state_t, StateFree> st(XXH3_createState());
  XXH3_128bits_reset(st.get());
  std::vector<char> buf(1 << 20);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    XXH3_128bits_update(st.get(), buf.data(), static_cast<size_t>(in.gcount()));
    if (in.eof()) break;
  }
  if (in.bad()) throw Error(ErrorKind::kIo, file, "read error");
  return hex(XXH3_128bits_digest(st.get()));
}

std::string model_fingerprint(const std::filesystem::path& file) {
  auto in = open_or_throw(file);
  std::error_code ec;
  const uint64_t size = std::filesystem::file_size(file, ec);
  if (ec) throw Error(ErrorKind::kIo, file, "cannot read the file size");
  std::unique_ptr<XXH3_state_t, StateFree> st(XXH3_createState());
  XXH3_128bits_reset(st.get());
  XXH3_128bits_update(st.get(), &size, sizeof size);
  constexpr uint64_t kEdge = 16ull << 20;
  if (size <= 2 * kEdge) {
    feed(st.get(), in, size, file);
  } else {
    feed(st.get(), in, kEdge, file);
    in.seekg(static_cast<std::streamoff>(size - kEdge));
    feed(st.get(), in, kEdge, file);
  }
  return hex(XXH3_128bits_digest(st.get()));
}

std::string weights_fingerprint(const StateDict& weights) {
  std::vector<const std::pair<std::string, RawTensor>*> items;
  for (const auto& item : weights.items()) items.push_back(&item);
  std::sort(items.begin(), items.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::unique_ptr<XXH3_state_t, StateFree> st(XXH3_createState());
  XXH3_128bits_reset(st.get());
  for (const auto* item : items) {
    const auto& [name, t] = *item;
    XXH3_128bits_update(st.get(), name.data(), name.size() + 1);  // with its NUL: unambiguous
    const uint64_t rank = t.shape.size();
    XXH3_128bits_update(st.get(), &rank, sizeof rank);
    XXH3_128bits_update(st.get(), t.shape.data(), t.shape.size() * sizeof(int64_t));
    const std::vector<float> values = t.to_float_vector();
    XXH3_128bits_update(st.get(), values.data(), values.size() * sizeof(float));
    // The loader reads these bytes again as it converts them; until then they need not be
    // resident (a mapped model would otherwise be wholly resident before conversion starts).
    if (t.storage && t.is_contiguous()) {
      const size_t width = dtype_size(t.dtype);
      release_resident_pages(t.storage->data.get() + t.offset * static_cast<int64_t>(width),
                             static_cast<size_t>(t.numel()) * width);
    }
  }
  return "w" + hex(XXH3_128bits_digest(st.get()));
}

}  // namespace lingualens
