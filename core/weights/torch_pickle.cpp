#include "core/weights/torch_pickle.h"

#include <map>

#include "core/error.h"

// ref: torch/serialization.py (_load, _legacy_load: persistent_load) and
// torch/_utils.py (_rebuild_tensor_v2, _rebuild_parameter).

namespace lingualens::torch_pickle {
namespace {

const std::map<std::string, DType>& storage_types() {
  static const std::map<std::string, DType> kTypes = {
      {"torch.HalfStorage", DType::kF16},  {"torch.BFloat16Storage", DType::kBF16},
      {"torch.FloatStorage", DType::kF32}, {"torch.DoubleStorage", DType::kF64},
      {"torch.LongStorage", DType::kI64},  {"torch.IntStorage", DType::kI32},
      {"torch.ShortStorage", DType::kI16}, {"torch.CharStorage", DType::kI8},
      {"torch.ByteStorage", DType::kU8},   {"torch.BoolStorage", DType::kBool},
  };
  return kTypes;
}

bool is_tensor_call(const pickle::Value& v) {
  return v.is(pickle::Kind::kCall) &&
         (v.s == "torch._utils._rebuild_tensor_v2" || v.s == "torch._utils._rebuild_tensor" ||
          v.s == "torch._utils._rebuild_parameter");
}

std::vector<int64_t> int_tuple(const pickle::Value& v, const std::string& what) {
  if (!v.is(pickle::Kind::kTuple) && !v.is(pickle::Kind::kList)) {
    throw Error(ErrorKind::kBadFormat, what + ": tensor size/stride is not a tuple");
  }
  std::vector<int64_t> out;
  for (const auto& x : v.items) {
    if (!x->is(pickle::Kind::kInt)) throw Error(ErrorKind::kBadFormat, what + ": non-integer size");
    out.push_back(x->i);
  }
  return out;
}

RawTensor make_tensor(const pickle::Value& outer, const StorageResolver& resolve,
                      const std::string& what) {
  // A parameter wraps a tensor; torch.save writes one level. Followed in a loop, a few levels
  // at most: a crafted chain of 100,000 nested parameters overflowed the stack when recursive.
  const pickle::Value* c = &outer;
  for (int hops = 0; c->s == "torch._utils._rebuild_parameter"; ++hops) {
    if (c->items.empty() || !is_tensor_call(*c->items[0])) {
      throw Error(ErrorKind::kBadFormat, what + ": parameter without tensor data");
    }
    if (hops >= 4) throw Error(ErrorKind::kBadFormat, what + ": parameters nested too deeply");
    c = c->items[0];
  }
  const pickle::Value& call = *c;
  // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, hooks[, meta])
  if (call.items.size() < 4 || !call.items[0]->is(pickle::Kind::kPersistentId) ||
      !call.items[1]->is(pickle::Kind::kInt)) {
    throw Error(ErrorKind::kBadFormat, what + ": malformed tensor record");
  }
  RawTensor t;
  t.storage = resolve(*call.items[0]);
  t.dtype = t.storage->dtype;
  t.offset = call.items[1]->i;
  t.shape = int_tuple(*call.items[2], what);
  t.strides = int_tuple(*call.items[3], what);
  if (t.strides.size() != t.shape.size()) {
    throw Error(ErrorKind::kBadFormat, what + ": tensor stride and size lengths differ");
  }
  return t;
}

// Visits of containers while collecting tensors. A pickle may share one object under many
// keys (memo references); 60 levels of a dict shared under two keys are 2^60 paths, which
// hung the loader. Real checkpoints visit each container about once (thousands in all).
constexpr int64_t kMaxVisits = 1 << 20;

void walk(const pickle::Value& v, const std::string& prefix, const StorageResolver& resolve,
          const std::string& what, StateDict& out, int depth, int64_t& visits) {
  if (depth > 64) throw Error(ErrorKind::kBadFormat, what + ": object graph nested too deeply");
  if (++visits > kMaxVisits) {
    throw Error(ErrorKind::kBadFormat,
                what +
                    ": object graph too large (shared objects repeated under many names); "
                    "not a model checkpoint");
  }
  if (is_tensor_call(v)) {
    out.add(prefix, make_tensor(v, resolve, what));
    return;
  }
  const pickle::Value* dict = nullptr;
  if (v.is(pickle::Kind::kDict)) {
    dict = &v;
  } else if (v.is(pickle::Kind::kCall) && v.s.rfind("__torch__.", 0) == 0 && v.state &&
             v.state->is(pickle::Kind::kDict)) {
    dict = v.state;  // a TorchScript module: its attributes
  }
  if (!dict) return;  // ints, strings, hyper-parameters: not tensors
  for (const auto& [k, child] : dict->entries) {
    if (!k->is(pickle::Kind::kStr)) continue;
    walk(*child, prefix.empty() ? k->s : prefix + "." + k->s, resolve, what, out, depth + 1,
         visits);
  }
}

}  // namespace

bool allow_global(const std::string& module, const std::string& name) {
  if (module == "collections" && name == "OrderedDict") return true;
  if (module == "torch._utils" &&
      (name == "_rebuild_tensor_v2" || name == "_rebuild_tensor" || name == "_rebuild_parameter")) {
    return true;
  }
  if (module == "torch" && storage_types().count("torch." + name)) return true;
  if (module == "torch.jit._pickle" &&
      (name == "build_intlist" || name == "build_doublelist" || name == "build_boollist" ||
       name == "build_tensorlist" || name == "restore_type_tag")) {
    return true;
  }
  // TorchScript module classes: inert containers of attributes (their code is never run).
  return module.rfind("__torch__", 0) == 0;
}

bool storage_dtype(const std::string& global_name, DType& out) {
  auto it = storage_types().find(global_name);
  if (it == storage_types().end()) return false;
  out = it->second;
  return true;
}

void collect_tensors(const pickle::Value& root, const StorageResolver& resolve,
                     const std::string& what, StateDict& out) {
  int64_t visits = 0;
  walk(root, "", resolve, what, out, 0, visits);
}

}  // namespace lingualens::torch_pickle
