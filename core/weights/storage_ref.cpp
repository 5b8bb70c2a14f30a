// The persistent ids torch.save writes for tensor storages, shared by the zip and legacy readers.
#include "core/error.h"
#include "core/weights/formats.h"
#include "core/weights/torch_pickle.h"

namespace lingualens::formats {

StorageRef parse_storage_ref(const pickle::Value& pid, const std::string& what) {
  const auto bad = [&](const std::string& m) {
    return Error(ErrorKind::kBadFormat, what + ": " + m);
  };
  if (pid.items.size() != 1 || !pid.items[0]->is(pickle::Kind::kTuple)) {
    throw bad("unexpected persistent id");
  }
  const auto& t = pid.items[0]->items;
  if (t.size() < 5 || !t[0]->is(pickle::Kind::kStr) || t[0]->s != "storage" ||
      !t[1]->is(pickle::Kind::kGlobal) || !t[2]->is(pickle::Kind::kStr) ||
      !t[4]->is(pickle::Kind::kInt)) {
    throw bad("unexpected storage record");
  }
  StorageRef ref;
  if (!torch_pickle::storage_dtype(t[1]->s, ref.dtype)) {
    throw Error(ErrorKind::kUnsupported, what + ": unsupported storage type " + t[1]->s);
  }
  ref.key = t[2]->s;
  ref.numel = t[4]->i;
  if (ref.numel < 0) throw bad("negative storage size");
  if (t.size() > 5 && !t[5]->is(pickle::Kind::kNone)) {
    throw Error(ErrorKind::kUnsupported, what + ": storage views (pre-1.0 checkpoints)");
  }
  return ref;
}

}  // namespace lingualens::formats
