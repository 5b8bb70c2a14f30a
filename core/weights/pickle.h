// A strict, non-executing reader for Python pickles (protocols 2-5).
//
// Model files (torch.save checkpoints, TorchScript archives, NumPy arrays pickled by the
// Multilingual-CLIP head) are pickles. Python's unpickler runs arbitrary callables; this one
// never runs anything: it builds a tree of plain values, and a GLOBAL is only accepted when
// the caller's allow-list says so. REDUCE / NEWOBJ / BUILD become `Call` nodes that a
// format-specific interpreter (state dict, NumPy array) reads afterwards.
//
// Every length and count is checked against the bytes actually left before anything is
// allocated, so a crafted file cannot exhaust memory. Thread-safety: stateless functions.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lingualens::pickle {

struct Value;
// A parsed pickle: the root value, keeping every value of that pickle alive. Values refer to
// each other with plain pointers into one arena, so self-referencing pickles (which Python
// can write) cannot leak through reference cycles.
using ValuePtr = std::shared_ptr<Value>;
using Ref = Value*;

enum class Kind {
  kNone,
  kBool,
  kInt,
  kFloat,
  kStr,     // text (UTF-8)
  kBytes,   // bytes / bytearray / latin-1 bytes from _codecs.encode
  kTuple,
  kList,
  kDict,    // ordered; keys may be any value
  kGlobal,  // a reference to module.name (only allowed names ever get here)
  kCall,    // callee(args...) from REDUCE / NEWOBJ, plus BUILD state and appended items
  kPersistentId,  // payload of a persistent id (torch storages)
};

struct Value {
  Kind kind = Kind::kNone;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string s;                 // kStr, kBytes; for kGlobal/kCall: "module.name"
  std::vector<Ref> items;        // kTuple, kList; kCall: args; kPersistentId: [payload]
  std::vector<std::pair<Ref, Ref>> entries;  // kDict; kCall: dict items (SETITEMS)
  Ref state = nullptr;           // kCall / kDict: the BUILD state, if any

  bool is(Kind k) const { return kind == k; }
  // For kGlobal and kCall: the callee, e.g. "collections.OrderedDict".
  const std::string& global_name() const { return s; }
  // Dict lookup by string key; nullptr when absent (or not a dict).
  Ref get(const std::string& key) const;
};

// Decides whether "module.name" may appear in the pickle.
using GlobalAllowFn = std::function<bool(const std::string& module, const std::string& name)>;

struct Limits {
  size_t max_depth = 10000;        // stack + mark nesting
  size_t max_memo = 1u << 24;      // memo entries
  size_t max_items = 1u << 26;     // elements of one container
  size_t max_values = 4u << 20;    // values in one pickle (a model's data.pkl has thousands)
};

// Reads bytes on demand; the unpickler asks for exactly what each opcode needs.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Bytes that remain, used to reject lengths larger than the file before allocating.
  virtual uint64_t remaining() const = 0;
  // Copies exactly n bytes or throws (truncated).
  virtual void read(void* dst, size_t n) = 0;
};

// A ByteSource over bytes in memory (not owned).
class MemorySource final : public ByteSource {
 public:
  MemorySource(const void* data, size_t size) : p_(static_cast<const uint8_t*>(data)), n_(size) {}
  uint64_t remaining() const override { return n_ - pos_; }
  void read(void* dst, size_t n) override;

 private:
  const uint8_t* p_;
  size_t n_;
  size_t pos_ = 0;
};

// Parses one pickle (up to and including STOP) from `src`. `what` (usually the file path)
// prefixes every error message. Throws lingualens::Error (kBadFormat / kUnsupported).
ValuePtr load(ByteSource& src, const GlobalAllowFn& allow, const std::string& what,
              const Limits& limits = {});

// Convenience: a whole in-memory pickle.
ValuePtr load_bytes(const void* data, size_t size, const GlobalAllowFn& allow,
                    const std::string& what, const Limits& limits = {});

// A short description of a value's type for error messages ("dict", "tuple", ...).
std::string describe(const Value& v);

}  // namespace lingualens::pickle
