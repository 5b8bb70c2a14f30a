#include "core/weights/numpy_pickle.h"

#include <fstream>
#include <map>

#include "core/error.h"
#include "core/util/regular_file.h"
#include "core/weights/pickle.h"

// ref: numpy/core/src/multiarray/methods.c (array_reduce, array_setstate: state =
// (version, shape, dtype, is_fortran, data)) and numpy/core/numeric.py:_frombuffer
// (protocol 5: _frombuffer(buffer, dtype, shape, order)).

namespace lingualens {
namespace {

bool allow_numpy(const std::string& module, const std::string& name) {
  const bool np = module == "numpy.core.multiarray" || module == "numpy._core.multiarray" ||
                  module == "numpy.core.numeric" || module == "numpy._core.numeric" ||
                  module == "numpy";
  if (np && (name == "_reconstruct" || name == "ndarray" || name == "dtype" ||
             name == "_frombuffer" || name == "scalar")) {
    return true;
  }
  return module == "_codecs" && name == "encode";
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

DType parse_dtype(const pickle::Value& d, const std::filesystem::path& file) {
  if (!d.is(pickle::Kind::kCall) || !ends_with(d.s, ".dtype") || d.items.empty() ||
      !d.items[0]->is(pickle::Kind::kStr)) {
    throw Error(ErrorKind::kBadFormat, file, "array without a NumPy dtype");
  }
  static const std::map<std::string, DType> kTypes = {
      {"f2", DType::kF16}, {"f4", DType::kF32}, {"f8", DType::kF64},
      {"i8", DType::kI64}, {"i4", DType::kI32}, {"i2", DType::kI16},
      {"i1", DType::kI8},  {"u1", DType::kU8},  {"b1", DType::kBool},
  };
  auto it = kTypes.find(d.items[0]->s);
  if (it == kTypes.end()) {
    throw Error(ErrorKind::kUnsupported, file,
                "NumPy dtype '" + d.items[0]->s + "' is not supported");
  }
  // BUILD state: (version, byteorder, ...). Only little-endian / not-applicable data.
  if (d.state && d.state->is(pickle::Kind::kTuple) && d.state->items.size() > 1 &&
      d.state->items[1]->is(pickle::Kind::kStr) && d.state->items[1]->s == ">") {
    throw Error(ErrorKind::kUnsupported, file, "big-endian NumPy arrays are not supported");
  }
  return it->second;
}

std::vector<int64_t> parse_shape(const pickle::Value& v, const std::filesystem::path& file) {
  if (!v.is(pickle::Kind::kTuple))
    throw Error(ErrorKind::kBadFormat, file, "array shape is not a tuple");
  std::vector<int64_t> shape;
  for (const auto& x : v.items) {
    if (!x->is(pickle::Kind::kInt) || x->i < 0) {
      throw Error(ErrorKind::kBadFormat, file, "array shape has a bad dimension");
    }
    shape.push_back(x->i);
  }
  return shape;
}

RawTensor make_array(DType dtype, std::vector<int64_t> shape, bool fortran,
                     const std::string& bytes, const std::filesystem::path& file) {
  RawTensor t;
  t.dtype = dtype;
  t.shape = std::move(shape);
  uint64_t expect = dtype_size(dtype);
  for (int64_t d : t.shape) {
    if (__builtin_mul_overflow(expect, uint64_t(d), &expect)) expect = UINT64_MAX;
  }
  if (expect != bytes.size()) {
    throw Error(ErrorKind::kBadFormat, file,
                "array " + t.shape_string() + " holds " + std::to_string(bytes.size()) +
                    " bytes, expected " + std::to_string(expect));
  }
  auto buf = std::make_shared<std::string>(bytes);
  auto st = std::make_shared<Storage>();
  st->data = std::shared_ptr<const std::byte>(buf, reinterpret_cast<const std::byte*>(buf->data()));
  st->nbytes = buf->size();
  st->dtype = dtype;
  t.storage = st;
  if (fortran) {  // column-major: stride of dim k is the product of the dims before it
    int64_t s = 1;
    t.strides.resize(t.shape.size());
    for (size_t k = 0; k < t.shape.size(); ++k) {
      t.strides[k] = s;
      s *= t.shape[k];
    }
  }
  return t;
}

RawTensor parse_array(const pickle::Value& v, const std::filesystem::path& file) {
  if (v.is(pickle::Kind::kCall) && ends_with(v.s, "._reconstruct")) {
    // state = (version, shape, dtype, is_fortran, data)
    const auto& st = v.state;
    if (!st || !st->is(pickle::Kind::kTuple) || st->items.size() != 5) {
      throw Error(ErrorKind::kBadFormat, file, "NumPy array without its state");
    }
    const auto& it = st->items;
    if (!it[4]->is(pickle::Kind::kBytes) && !it[4]->is(pickle::Kind::kStr)) {
      throw Error(ErrorKind::kUnsupported, file, "object arrays are not supported");
    }
    return make_array(parse_dtype(*it[2], file), parse_shape(*it[1], file),
                      it[3]->is(pickle::Kind::kBool) && it[3]->b, it[4]->s, file);
  }
  if (v.is(pickle::Kind::kCall) && ends_with(v.s, "._frombuffer")) {
    // _frombuffer(buffer, dtype, shape, order)
    const auto& it = v.items;
    if (it.size() != 4 || !it[0]->is(pickle::Kind::kBytes) || !it[3]->is(pickle::Kind::kStr)) {
      throw Error(ErrorKind::kBadFormat, file, "malformed NumPy buffer record");
    }
    return make_array(parse_dtype(*it[1], file), parse_shape(*it[2], file), it[3]->s == "F",
                      it[0]->s, file);
  }
  throw Error(ErrorKind::kBadFormat, file, "expected a NumPy array, found " + pickle::describe(v));
}

}  // namespace

std::vector<RawTensor> load_numpy_array_list(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw Error(ErrorKind::kNotFound, file, "file not found");
  }
  require_regular_file(file);
  const auto size = std::filesystem::file_size(file, ec);
  if (size > (1ull << 31)) throw Error(ErrorKind::kUnsupported, file, "file too large for a head");
  std::ifstream in(file, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
    throw Error(ErrorKind::kIo, file, "cannot read");
  }
  if (bytes.empty() || static_cast<uint8_t>(bytes[0]) != 0x80) {
    throw Error(ErrorKind::kBadFormat, file, "not a Python pickle (protocol 2 or newer)");
  }
  auto root = pickle::load_bytes(bytes.data(), bytes.size(), allow_numpy, file.string());
  if (!root->is(pickle::Kind::kList) && !root->is(pickle::Kind::kTuple)) {
    throw Error(ErrorKind::kBadFormat, file,
                "expected a list of NumPy arrays, found " + pickle::describe(*root));
  }
  std::vector<RawTensor> out;
  for (const auto& v : root->items) out.push_back(parse_array(*v, file));
  return out;
}

}  // namespace lingualens
