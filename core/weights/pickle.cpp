#include "core/weights/pickle.h"

#include <cstring>
#include <unordered_map>

#include "core/error.h"

// ref: CPython Lib/pickle.py (_Unpickler.load_* methods) and Lib/pickletools.py for the
// opcode table. We implement the opcodes torch.save, TorchScript and NumPy emit with
// protocols 2-5 plus the text forms of protocol 0/1 that old files may carry.

namespace lingualens::pickle {
namespace {

// Opcodes (pickletools names).
enum : uint8_t {
  MARK = '(', STOP = '.', POP = '0', POP_MARK = '1', DUP = '2', FLOAT = 'F', INT = 'I',
  BININT = 'J', BININT1 = 'K', LONG = 'L', BININT2 = 'M', NONE = 'N', PERSID = 'P',
  BINPERSID = 'Q', REDUCE = 'R', STRING = 'S', BINSTRING = 'T', SHORT_BINSTRING = 'U',
  UNICODE = 'V', BINUNICODE = 'X', APPEND = 'a', BUILD = 'b', GLOBAL = 'c', DICT = 'd',
  EMPTY_DICT = '}', APPENDS = 'e', GET = 'g', BINGET = 'h', LONG_BINGET = 'j', LIST = 'l',
  EMPTY_LIST = ']', PUT = 'p', BINPUT = 'q', LONG_BINPUT = 'r', SETITEM = 's', TUPLE = 't',
  EMPTY_TUPLE = ')', SETITEMS = 'u', BINFLOAT = 'G',
  PROTO = 0x80, NEWOBJ = 0x81, TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, NEWTRUE = 0x88,
  NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
  SHORT_BINBYTES = 'C', BINBYTES = 'B',
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f,
  ADDITEMS = 0x90, FROZENSET = 0x91, NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94,
  FRAME = 0x95, BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
};

// Owns every value of one pickle.
struct Arena {
  std::vector<std::unique_ptr<Value>> values;
};

class Unpickler {
 public:
  Unpickler(ByteSource& src, const GlobalAllowFn& allow, const std::string& what,
            const Limits& limits)
      : src_(src), allow_(allow), what_(what), limits_(limits), arena_(std::make_shared<Arena>()) {}

  ValuePtr run();

 private:
  [[noreturn]] void fail(const std::string& msg) const {
    throw Error(ErrorKind::kBadFormat, what_, "not a valid pickle: " + msg);
  }
  [[noreturn]] void unsupported(const std::string& msg) const {
    throw Error(ErrorKind::kUnsupported, what_, msg);
  }

  template <typename T>
  T read_le() {
    uint8_t b[sizeof(T)];
    read(b, sizeof(T));
    uint64_t v = 0;
    for (size_t k = 0; k < sizeof(T); ++k) v |= uint64_t(b[k]) << (8 * k);
    T out;
    std::memcpy(&out, &v, sizeof(T));  // little-endian host assumed (x86_64 / aarch64)
    return out;
  }
  void read(void* dst, size_t n) {
    if (n > src_.remaining()) fail("truncated (needs " + std::to_string(n) + " more bytes)");
    src_.read(dst, n);
  }
  std::string read_string(uint64_t n) {
    if (n > src_.remaining()) fail("a length of " + std::to_string(n) + " runs past the end");
    std::string s(n, '\0');
    if (n) src_.read(s.data(), n);
    return s;
  }
  std::string read_line() {
    std::string s;
    for (;;) {
      char c;
      read(&c, 1);
      if (c == '\n') return s;
      if (s.size() > 65536) fail("text line too long");
      s.push_back(c);
    }
  }

  void push(Ref v) {
    if (stack_.size() >= limits_.max_depth * 16) fail("stack too deep");
    stack_.push_back(std::move(v));
  }
  Ref pop() {
    if (stack_.size() <= mark_floor()) fail("stack underflow");
    auto v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }
  Ref& top() {
    if (stack_.size() <= mark_floor()) fail("stack underflow");
    return stack_.back();
  }
  size_t mark_floor() const { return marks_.empty() ? 0 : marks_.back(); }
  std::vector<Ref> pop_mark() {
    if (marks_.empty()) fail("MARK expected");
    size_t m = marks_.back();
    marks_.pop_back();
    std::vector<Ref> items(stack_.begin() + static_cast<std::ptrdiff_t>(m), stack_.end());
    stack_.resize(m);
    return items;
  }
  void memo_put(uint64_t idx) {
    if (memo_.size() >= limits_.max_memo && !memo_.count(idx)) fail("memo too large");
    memo_[idx] = top();
  }
  Ref memo_get(uint64_t idx) {
    auto it = memo_.find(idx);
    if (it == memo_.end()) fail("memo key " + std::to_string(idx) + " missing");
    return it->second;
  }

  Ref make_global(const std::string& module, const std::string& name);
  Ref make_call(Ref callee, Ref args);
  Ref make_int_from_le(const std::string& bytes);
  Ref make_tuple(std::vector<Ref> items) {
    auto t = make(Kind::kTuple);
    t->items = std::move(items);
    return t;
  }
  void set_items(Ref target, std::vector<Ref>& kv);
  void append_items(Ref target, std::vector<Ref>& items);
  Ref parse_text_int(const std::string& line);
  uint64_t parse_index(const std::string& line) const {
    if (line.empty() || line.size() > 18 ||
        line.find_first_not_of("0123456789") != std::string::npos) {
      fail("bad memo index '" + line + "'");
    }
    return std::stoull(line);
  }

  ByteSource& src_;
  const GlobalAllowFn& allow_;
  const std::string& what_;
  const Limits& limits_;
  std::vector<Ref> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint64_t, Ref> memo_;
  std::shared_ptr<Arena> arena_;

  Ref make(Kind k) {
    if (arena_->values.size() >= limits_.max_values) fail("too many values");
    arena_->values.push_back(std::make_unique<Value>());
    Ref v = arena_->values.back().get();
    v->kind = k;
    return v;
  }
};

Ref Unpickler::make_global(const std::string& module, const std::string& name) {
  if (!allow_ || !allow_(module, name)) {
    unsupported("refusing to load: the pickle references '" + module + "." + name +
                "', which is not an allowed model-file type (nothing was executed)");
  }
  auto g = make(Kind::kGlobal);
  g->s = module + "." + name;
  return g;
}

// Python 2 pickles (protocol 2) store `bytes` as `_codecs.encode(text, 'latin1')`.
std::string utf8_to_latin1(const std::string& in, const std::string& what) {
  std::string out;
  out.reserve(in.size());
  for (size_t k = 0; k < in.size(); ++k) {
    auto c = static_cast<uint8_t>(in[k]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if ((c & 0xE0) == 0xC0 && k + 1 < in.size()) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<uint8_t>(in[k + 1]) & 0x3Fu);
      if (cp > 0xFF) break;
      out.push_back(static_cast<char>(cp));
      ++k;
    } else {
      throw Error(ErrorKind::kBadFormat, what, "_codecs.encode text is not latin-1");
    }
  }
  return out;
}

Ref Unpickler::make_call(Ref callee, Ref args) {
  if (!callee->is(Kind::kGlobal)) fail("REDUCE on something that is not a class or function");
  if (!args->is(Kind::kTuple)) fail("REDUCE arguments are not a tuple");
  const std::string& fn = callee->s;
  // The few callables whose result is itself a plain value are folded here.
  if (fn == "collections.OrderedDict" && args->items.empty()) return make(Kind::kDict);
  if (fn == "_codecs.encode" && args->items.size() == 2 && args->items[0]->is(Kind::kStr)) {
    auto b = make(Kind::kBytes);
    b->s = utf8_to_latin1(args->items[0]->s, what_);
    return b;
  }
  if ((fn == "builtins.bytearray" || fn == "__builtin__.bytearray") && args->items.size() <= 1) {
    auto b = make(Kind::kBytes);
    if (!args->items.empty()) {
      if (!args->items[0]->is(Kind::kBytes)) fail("bytearray() of a non-bytes value");
      b->s = args->items[0]->s;
    }
    return b;
  }
  auto c = make(Kind::kCall);
  c->s = fn;
  c->items = args->items;
  return c;
}

Ref Unpickler::make_int_from_le(const std::string& bytes) {
  auto v = make(Kind::kInt);
  v->s = bytes;  // kept for callers that need integers wider than 64 bits (magic numbers)
  if (bytes.size() > 8) return v;
  uint64_t u = 0;
  for (size_t k = 0; k < bytes.size(); ++k) u |= uint64_t(uint8_t(bytes[k])) << (8 * k);
  if (!bytes.empty() && bytes.size() < 8 && (uint8_t(bytes.back()) & 0x80)) {
    u |= ~uint64_t(0) << (8 * bytes.size());  // sign-extend
  }
  std::memcpy(&v->i, &u, sizeof(u));
  return v;
}

Ref Unpickler::parse_text_int(const std::string& line) {
  if (line == "00") {
    auto v = make(Kind::kBool);
    return v;
  }
  if (line == "01") {
    auto v = make(Kind::kBool);
    v->b = true;
    return v;
  }
  std::string digits = line;
  if (!digits.empty() && digits.back() == 'L') digits.pop_back();
  try {
    size_t used = 0;
    auto v = make(Kind::kInt);
    v->i = std::stoll(digits, &used);
    if (used != digits.size()) fail("bad integer '" + line + "'");
    return v;
  } catch (const std::logic_error&) {
    fail("bad or too large integer '" + line + "'");
  }
}

void Unpickler::set_items(Ref target, std::vector<Ref>& kv) {
  if (kv.size() % 2) fail("odd number of items for SETITEMS");
  if (!target->is(Kind::kDict) && !target->is(Kind::kCall)) fail("SETITEM on a non-dict");
  if (target->entries.size() + kv.size() / 2 > limits_.max_items) fail("dict too large");
  for (size_t k = 0; k < kv.size(); k += 2) target->entries.emplace_back(kv[k], kv[k + 1]);
}

void Unpickler::append_items(Ref target, std::vector<Ref>& items) {
  if (!target->is(Kind::kList)) fail("APPEND on a non-list");
  if (target->items.size() + items.size() > limits_.max_items) fail("list too large");
  for (Ref v : items) target->items.push_back(v);
}

ValuePtr Unpickler::run() {
  for (;;) {
    uint8_t op;
    read(&op, 1);
    switch (op) {
      case PROTO: {
        uint8_t proto;
        read(&proto, 1);
        if (proto > 5) unsupported("pickle protocol " + std::to_string(proto) + " is too new");
        break;
      }
      case FRAME: (void)read_le<uint64_t>(); break;  // frames only group bytes
      case STOP: {
        if (stack_.size() != 1 || !marks_.empty()) fail("STOP with an unbalanced stack");
        return ValuePtr(arena_, stack_.back());  // the root shares ownership of the arena
      }
      case MARK:
        if (marks_.size() >= limits_.max_depth) fail("too deeply nested");
        marks_.push_back(stack_.size());
        break;
      case POP: pop(); break;
      case POP_MARK: pop_mark(); break;
      case DUP: push(top()); break;
      case NONE: push(make(Kind::kNone)); break;
      case NEWTRUE:
      case NEWFALSE: {
        auto v = make(Kind::kBool);
        v->b = op == NEWTRUE;
        push(v);
        break;
      }
      case INT: push(parse_text_int(read_line())); break;
      case LONG: push(parse_text_int(read_line())); break;
      case BININT: {
        auto v = make(Kind::kInt);
        v->i = read_le<int32_t>();
        push(v);
        break;
      }
      case BININT1: {
        auto v = make(Kind::kInt);
        v->i = read_le<uint8_t>();
        push(v);
        break;
      }
      case BININT2: {
        auto v = make(Kind::kInt);
        v->i = read_le<uint16_t>();
        push(v);
        break;
      }
      case LONG1: push(make_int_from_le(read_string(read_le<uint8_t>()))); break;
      case LONG4: {
        int32_t n = read_le<int32_t>();
        if (n < 0) fail("negative LONG4 length");
        push(make_int_from_le(read_string(uint64_t(n))));
        break;
      }
      case BINFLOAT: {
        uint8_t b[8];
        read(b, 8);  // big-endian IEEE double
        uint64_t u = 0;
        for (uint8_t x : b) u = (u << 8) | x;
        auto v = make(Kind::kFloat);
        std::memcpy(&v->f, &u, 8);
        push(v);
        break;
      }
      case FLOAT: {
        auto v = make(Kind::kFloat);
        std::string line = read_line();
        try {
          v->f = std::stod(line);
        } catch (const std::logic_error&) {
          fail("bad float '" + line + "'");
        }
        push(v);
        break;
      }
      case STRING: {
        std::string line = read_line();  // repr() of a py2 str: 'abc' with escapes
        if (line.size() < 2 || (line.front() != '\'' && line.front() != '"')) {
          fail("bad STRING literal");
        }
        if (line.find('\\') != std::string::npos) unsupported("escaped STRING literals");
        auto v = make(Kind::kStr);
        v->s = line.substr(1, line.size() - 2);
        push(v);
        break;
      }
      case BINSTRING:
      case BINUNICODE: {
        int64_t n = op == BINSTRING ? read_le<int32_t>() : read_le<uint32_t>();
        if (n < 0) fail("negative string length");
        auto v = make(Kind::kStr);
        v->s = read_string(uint64_t(n));
        push(v);
        break;
      }
      case SHORT_BINSTRING:
      case SHORT_BINUNICODE: {
        auto v = make(Kind::kStr);
        v->s = read_string(read_le<uint8_t>());
        push(v);
        break;
      }
      case BINUNICODE8: {
        auto v = make(Kind::kStr);
        v->s = read_string(read_le<uint64_t>());
        push(v);
        break;
      }
      case UNICODE: {
        std::string line = read_line();  // raw-unicode-escape; plain ASCII names only
        if (line.find('\\') != std::string::npos) unsupported("escaped UNICODE literals");
        auto v = make(Kind::kStr);
        v->s = line;
        push(v);
        break;
      }
      case SHORT_BINBYTES:
      case BINBYTES:
      case BINBYTES8:
      case BYTEARRAY8: {
        uint64_t n = op == SHORT_BINBYTES ? read_le<uint8_t>()
                     : op == BINBYTES     ? read_le<uint32_t>()
                                          : read_le<uint64_t>();
        auto v = make(Kind::kBytes);
        v->s = read_string(n);
        push(v);
        break;
      }
      case EMPTY_TUPLE: push(make_tuple({})); break;
      case TUPLE: push(make_tuple(pop_mark())); break;
      case TUPLE1: {
        auto a = pop();
        push(make_tuple({a}));
        break;
      }
      case TUPLE2: {
        auto b = pop();
        auto a = pop();
        push(make_tuple({a, b}));
        break;
      }
      case TUPLE3: {
        auto c = pop();
        auto b = pop();
        auto a = pop();
        push(make_tuple({a, b, c}));
        break;
      }
      case EMPTY_LIST: push(make(Kind::kList)); break;
      case LIST: {
        auto l = make(Kind::kList);
        l->items = pop_mark();
        push(l);
        break;
      }
      case APPEND: {
        std::vector<Ref> one{pop()};
        append_items(top(), one);
        break;
      }
      case APPENDS: {
        auto items = pop_mark();
        append_items(top(), items);
        break;
      }
      case EMPTY_DICT: push(make(Kind::kDict)); break;
      case DICT: {
        auto kv = pop_mark();
        auto d = make(Kind::kDict);
        set_items(d, kv);
        push(d);
        break;
      }
      case SETITEM: {
        auto v = pop();
        auto k = pop();
        std::vector<Ref> kv{k, v};
        set_items(top(), kv);
        break;
      }
      case SETITEMS: {
        auto kv = pop_mark();
        set_items(top(), kv);
        break;
      }
      case GLOBAL: {
        std::string module = read_line();
        std::string name = read_line();
        push(make_global(module, name));
        break;
      }
      case STACK_GLOBAL: {
        auto name = pop();
        auto module = pop();
        if (!name->is(Kind::kStr) || !module->is(Kind::kStr)) fail("STACK_GLOBAL needs two strings");
        push(make_global(module->s, name->s));
        break;
      }
      case REDUCE:
      case NEWOBJ: {
        auto args = pop();
        auto callee = pop();
        push(make_call(callee, args));
        break;
      }
      case NEWOBJ_EX: {
        auto kwargs = pop();
        auto args = pop();
        auto callee = pop();
        if (!kwargs->is(Kind::kDict) || !kwargs->entries.empty()) {
          unsupported("NEWOBJ_EX with keyword arguments");
        }
        push(make_call(callee, args));
        break;
      }
      case BUILD: {
        auto state = pop();
        auto& obj = top();
        if (!obj->is(Kind::kCall) && !obj->is(Kind::kDict)) fail("BUILD on a plain value");
        obj->state = state;
        break;
      }
      case PERSID:
      case BINPERSID: {
        auto p = make(Kind::kPersistentId);
        if (op == PERSID) {
          auto s = make(Kind::kStr);
          s->s = read_line();
          p->items.push_back(s);
        } else {
          p->items.push_back(pop());
        }
        push(p);
        break;
      }
      case PUT: memo_put(parse_index(read_line())); break;
      case BINPUT: memo_put(read_le<uint8_t>()); break;
      case LONG_BINPUT: memo_put(read_le<uint32_t>()); break;
      case MEMOIZE: memo_put(memo_.size()); break;
      case GET: push(memo_get(parse_index(read_line()))); break;
      case BINGET: push(memo_get(read_le<uint8_t>())); break;
      case LONG_BINGET: push(memo_get(read_le<uint32_t>())); break;
      case EMPTY_SET:
      case ADDITEMS:
      case FROZENSET: unsupported("sets are not used by model files");
      case NEXT_BUFFER:
      case READONLY_BUFFER: unsupported("out-of-band pickle buffers are not supported");
      default: {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", op);
        fail(std::string("unknown opcode ") + hex);
      }
    }
  }
}

}  // namespace

Ref Value::get(const std::string& key) const {
  if (kind != Kind::kDict) return nullptr;
  for (const auto& [k, v] : entries) {
    if (k->is(Kind::kStr) && k->s == key) return v;
  }
  return nullptr;
}

void MemorySource::read(void* dst, size_t n) {
  if (n > n_ - pos_) {
    throw Error(ErrorKind::kBadFormat, "unexpected end of data");
  }
  std::memcpy(dst, p_ + pos_, n);
  pos_ += n;
}

ValuePtr load(ByteSource& src, const GlobalAllowFn& allow, const std::string& what,
              const Limits& limits) {
  Unpickler u(src, allow, what, limits);
  return u.run();
}

ValuePtr load_bytes(const void* data, size_t size, const GlobalAllowFn& allow,
                    const std::string& what, const Limits& limits) {
  MemorySource src(data, size);
  return load(src, allow, what, limits);
}

std::string describe(const Value& v) {
  switch (v.kind) {
    case Kind::kNone: return "None";
    case Kind::kBool: return "bool";
    case Kind::kInt: return "int";
    case Kind::kFloat: return "float";
    case Kind::kStr: return "str";
    case Kind::kBytes: return "bytes";
    case Kind::kTuple: return "tuple";
    case Kind::kList: return "list";
    case Kind::kDict: return "dict";
    case Kind::kGlobal: return "reference to " + v.s;
    case Kind::kCall: return "object " + v.s + "(...)";
    case Kind::kPersistentId: return "persistent id";
  }
  return "value";
}

}  // namespace lingualens::pickle
