// torch.save zip archives and TorchScript archives (both are "PyTorch zip" files).
//
// The file is memory-mapped and tensors point straight into the mapping: PyTorch stores
// tensor data uncompressed and 64-byte aligned, so nothing is copied and pages the model never
// touches are never read. A compressed entry (an archive re-zipped by another tool) is read
// through LibTorch's own zip reader instead.
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <map>

#include "core/error.h"
#include "core/util/mapped_file.h"
#include "core/weights/formats.h"
#include "core/weights/torch_pickle.h"
#include "core/weights/zip_index.h"

// ref: torch/serialization.py:_load (zip): <archive>/data.pkl + <archive>/data/<key> records.

namespace lingualens::formats {
namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

// Bytes of one entry: a view into the mapping when stored, else decompressed by LibTorch.
struct Archive {
  std::filesystem::path file;
  std::shared_ptr<const MappedFile> mapped;
  std::map<std::string, ZipEntry> entries;
  std::string prefix;  // "<archive>/"
  std::unique_ptr<caffe2::serialize::PyTorchStreamReader> inflater;

  bool has(const std::string& record) const { return entries.count(prefix + record) > 0; }

  // `expected`: the bytes the checkpoint says this record holds (0: not known, a pickle).
  std::pair<std::shared_ptr<const std::byte>, size_t> read(const std::string& record,
                                                           uint64_t expected = 0) {
    const ZipEntry& e = entries.at(prefix + record);
    if (e.method == 0 && e.size == e.compressed_size) {
      return {MappedFile::view(mapped, e.data_offset), e.size};
    }
    // Inflation is bounded before it starts: by the size the tensor declares, and by a ratio
    // no weights reach (float data barely compresses). A 2 MB archive inflating to 2.3 GB is
    // refused here instead of being allocated.
    if (expected > 0 && e.size > expected) {
      throw Error(ErrorKind::kBadFormat, file,
                  "'" + record + "' inflates to " + std::to_string(e.size) +
                      " bytes, but its tensors declare " + std::to_string(expected));
    }
    constexpr uint64_t kMaxRatio = 64, kSlack = 1 << 20;
    if (e.size > kMaxRatio * e.compressed_size + kSlack) {
      throw Error(ErrorKind::kBadFormat, file,
                  "'" + record + "' would inflate " + std::to_string(e.compressed_size) +
                      " compressed bytes to " + std::to_string(e.size) +
                      ": model weights never compress like that (a decompression bomb?)");
    }
    try {
      if (!inflater)
        inflater = std::make_unique<caffe2::serialize::PyTorchStreamReader>(file.string());
      auto [ptr, size] = inflater->getRecord(record);
      auto holder = std::make_shared<at::DataPtr>(std::move(ptr));
      return {
          std::shared_ptr<const std::byte>(holder, static_cast<const std::byte*>(holder->get())),
          size};
    } catch (const c10::Error& err) {
      throw Error(
          ErrorKind::kBadFormat, file,
          "cannot read '" + record + "' (" + first_line(err.what_without_backtrace()) + ")");
    }
  }
};

}  // namespace

StateDict load_torch_zip(const std::filesystem::path& file) {
  const std::string what = file.string();
  Archive ar;
  ar.file = file;
  ar.mapped = MappedFile::open(file);
  const auto index = read_zip_index(*ar.mapped);
  if (!index) {
    throw Error(ErrorKind::kBadFormat, file,
                "not a readable zip archive; the file may be truncated or corrupt");
  }
  for (const auto& e : *index) {
    const std::string suffix = "data.pkl";
    const bool is_pkl = e.name.size() >= suffix.size() &&
                        e.name.compare(e.name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                        std::count(e.name.begin(), e.name.end(), '/') == 1;
    if (is_pkl && ar.prefix.empty()) ar.prefix = e.name.substr(0, e.name.size() - suffix.size());
    ar.entries.emplace(e.name, e);
  }
  if (ar.prefix.empty() || !ar.has("data.pkl")) {
    throw Error(ErrorKind::kBadFormat, file,
                "zip archive without data.pkl: not a PyTorch checkpoint");
  }
  const auto [pkl, pkl_size] = ar.read("data.pkl");
  auto root =
      pickle::load_bytes(pkl.get(), pkl_size, torch_pickle::allow_global, what + " (data.pkl)");

  std::map<std::string, std::shared_ptr<const Storage>> storages;
  auto resolve = [&](const pickle::Value& pid) -> std::shared_ptr<const Storage> {
    StorageRef ref = parse_storage_ref(pid, what);
    auto it = storages.find(ref.key);
    if (it != storages.end()) return it->second;
    const std::string record = "data/" + ref.key;
    if (!ar.has(record))
      throw Error(ErrorKind::kBadFormat, file, "archive lacks tensor data '" + record + "'");
    auto [bytes, size] = ar.read(record, uint64_t(ref.numel) * dtype_size(ref.dtype));
    if (size < uint64_t(ref.numel) * dtype_size(ref.dtype)) {
      throw Error(ErrorKind::kBadFormat, file, "tensor data '" + record + "' is truncated");
    }
    auto st = std::make_shared<Storage>();
    st->data = std::move(bytes);
    st->nbytes = size;
    st->dtype = ref.dtype;
    storages.emplace(ref.key, st);
    return st;
  };
  StateDict out;
  torch_pickle::collect_tensors(*root, resolve, what, out);
  if (out.size() == 0) throw Error(ErrorKind::kBadFormat, file, "archive holds no tensors");
  return out;
}

}  // namespace lingualens::formats
