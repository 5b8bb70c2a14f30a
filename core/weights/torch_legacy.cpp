// The legacy (pre-zip) torch.save format, used by checkpoints written before PyTorch 1.6.
#include <fstream>
#include <map>

#include "core/error.h"
#include "core/util/regular_file.h"
#include "core/weights/formats.h"
#include "core/weights/torch_pickle.h"

// ref: torch/serialization.py:_legacy_load. Layout: pickle(magic number), pickle(protocol
// version), pickle(sys_info), pickle(object; storages as persistent ids), pickle(list of
// storage keys), then per key in that order: int64 element count + raw little-endian bytes.

namespace lingualens::formats {
namespace {

class FileSource final : public pickle::ByteSource {
 public:
  FileSource(std::ifstream& in, uint64_t size, std::filesystem::path file)
      : in_(in), size_(size), file_(std::move(file)) {}
  uint64_t remaining() const override { return size_ - pos_; }
  void read(void* dst, size_t n) override {
    in_.read(static_cast<char*>(dst), static_cast<std::streamsize>(n));
    if (static_cast<size_t>(in_.gcount()) != n) {
      throw Error(ErrorKind::kBadFormat, file_, "truncated: the file ends early");
    }
    pos_ += n;
  }

 private:
  std::ifstream& in_;
  uint64_t size_;
  std::filesystem::path file_;
  uint64_t pos_ = 0;
};

// 0x1950a86a20f9469cfc6c as the little-endian bytes LONG1 carries.
const std::string kMagic("\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 10);

}  // namespace

StateDict load_torch_legacy(const std::filesystem::path& file) {
  const std::string what = file.string();
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, file, "cannot open for reading");
  FileSource src(in, std::filesystem::file_size(file), file);
  auto no_globals = [](const std::string&, const std::string&) { return false; };
  {
    auto magic = pickle::load(src, no_globals, what);
    if (!magic->is(pickle::Kind::kInt) || magic->s != kMagic) {
      throw Error(ErrorKind::kBadFormat, file, "a pickle, but not a torch.save checkpoint");
    }
    auto proto = pickle::load(src, no_globals, what);
    if (!proto->is(pickle::Kind::kInt) || proto->i != 1001) {
      throw Error(ErrorKind::kUnsupported, file, "unknown legacy torch.save protocol version");
    }
    auto sys_info = pickle::load(src, no_globals, what);
    if (auto le = sys_info->get("little_endian"); le && le->is(pickle::Kind::kBool) && !le->b) {
      throw Error(ErrorKind::kUnsupported, file, "big-endian checkpoints are not supported");
    }
    auto root = pickle::load(src, torch_pickle::allow_global, what);

    // Storages are filled after the object pickle, so resolve to placeholders first.
    std::map<std::string, std::shared_ptr<Storage>> storages;
    std::map<std::string, int64_t> expected_numel;
    auto resolve = [&](const pickle::Value& pid) -> std::shared_ptr<const Storage> {
      StorageRef ref = parse_storage_ref(pid, what);
      auto& st = storages[ref.key];
      if (!st) {
        st = std::make_shared<Storage>();
        st->dtype = ref.dtype;
        expected_numel[ref.key] = ref.numel;
      }
      return st;
    };
    StateDict out;
    torch_pickle::collect_tensors(*root, resolve, what, out);

    auto keys = pickle::load(src, no_globals, what);
    if (!keys->is(pickle::Kind::kList))
      throw Error(ErrorKind::kBadFormat, file, "bad storage list");
    for (const auto& k : keys->items) {
      if (!k->is(pickle::Kind::kStr)) throw Error(ErrorKind::kBadFormat, file, "bad storage key");
      int64_t numel = 0;
      src.read(&numel, sizeof numel);
      auto it = storages.find(k->s);
      if (it == storages.end()) {
        throw Error(ErrorKind::kBadFormat, file,
                    "storage '" + k->s + "' is not used by any tensor");
      }
      const size_t esize = dtype_size(it->second->dtype);
      if (numel < 0 || uint64_t(numel) > src.remaining() / esize) {
        throw Error(ErrorKind::kBadFormat, file, "storage '" + k->s + "' runs past the end");
      }
      const size_t nbytes = size_t(numel) * esize;
      std::shared_ptr<std::byte[]> buf(new std::byte[nbytes]);
      src.read(buf.get(), nbytes);
      it->second->data = std::shared_ptr<const std::byte>(buf, buf.get());
      it->second->nbytes = nbytes;
    }
    for (const auto& [key, st] : storages) {
      if (!st->data) throw Error(ErrorKind::kBadFormat, file, "storage '" + key + "' is missing");
    }
    return out;
  }
}

}  // namespace lingualens::formats
