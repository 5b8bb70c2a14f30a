// torch.save zip archives and TorchScript archives (both are "PyTorch zip" files).
#include <caffe2/serialize/inline_container.h>
#include <c10/util/Exception.h>

#include <map>

#include "core/error.h"
#include "core/weights/formats.h"
#include "core/weights/torch_pickle.h"

// ref: torch/serialization.py:_load (zip): data.pkl + data/<key> records.

namespace lingualens::formats {
namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

StateDict load_torch_zip(const std::filesystem::path& file) {
  const std::string what = file.string();
  try {
    caffe2::serialize::PyTorchStreamReader reader(file.string());
    if (!reader.hasRecord("data.pkl")) {
      throw Error(ErrorKind::kBadFormat, file,
                  "zip archive without data.pkl: not a PyTorch checkpoint");
    }
    auto [pkl_ptr, pkl_size] = reader.getRecord("data.pkl");
    auto root = pickle::load_bytes(pkl_ptr.get(), pkl_size, torch_pickle::allow_global,
                                   what + " (data.pkl)");

    // Each storage record is read once, into a buffer that becomes the tensor's memory.
    std::map<std::string, std::shared_ptr<const Storage>> storages;
    auto resolve = [&](const pickle::Value& pid) -> std::shared_ptr<const Storage> {
      StorageRef ref = parse_storage_ref(pid, what);
      auto it = storages.find(ref.key);
      if (it != storages.end()) return it->second;
      const std::string record = "data/" + ref.key;
      if (!reader.hasRecord(record)) {
        throw Error(ErrorKind::kBadFormat, file, "archive lacks tensor data '" + record + "'");
      }
      auto [ptr, size] = reader.getRecord(record);
      if (size < uint64_t(ref.numel) * dtype_size(ref.dtype)) {
        throw Error(ErrorKind::kBadFormat, file, "tensor data '" + record + "' is truncated");
      }
      auto holder = std::make_shared<at::DataPtr>(std::move(ptr));
      auto st = std::make_shared<Storage>();
      st->data = std::shared_ptr<const std::byte>(
          holder, static_cast<const std::byte*>(holder->get()));
      st->nbytes = size;
      st->dtype = ref.dtype;
      storages.emplace(ref.key, st);
      return st;
    };
    StateDict out;
    torch_pickle::collect_tensors(*root, resolve, what, out);
    if (out.size() == 0) throw Error(ErrorKind::kBadFormat, file, "archive holds no tensors");
    return out;
  } catch (const c10::Error& e) {
    throw Error(ErrorKind::kBadFormat, file,
                "not a readable PyTorch zip archive (" + first_line(e.what_without_backtrace()) +
                    "); the file may be truncated or corrupt");
  }
}

}  // namespace lingualens::formats
