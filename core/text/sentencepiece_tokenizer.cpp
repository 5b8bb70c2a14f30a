#include "core/text/sentencepiece_tokenizer.h"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "core/error.h"
#include "core/text/sentencepiece_module/sentencepiece_api.h"
#include "core/util/json_file.h"
#include "core/util/regular_file.h"
#include "core/util/utf8.h"

namespace lingualens {
namespace {

constexpr int32_t kBos = 0, kPad = 1, kEos = 2, kUnk = 3;
constexpr int32_t kFairseqOffset = 1;

// Python's str.isspace(), which lstrip()/rstrip() use (ref: Objects/unicodetype_db.h).
bool python_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

struct Special {
  std::u32string text;
  int32_t id;
  bool strip_left, strip_right;
  std::string utf8 = {};
};

// The SentencePiece library, isolated in the lingualens_sentencepiece module (its
// CMakeLists.txt says why): loaded once, on first use, into its own symbol scope.
struct Module {
  decltype(&llspm_load) load = nullptr;
  decltype(&llspm_free) free = nullptr;
  decltype(&llspm_piece_size) piece_size = nullptr;
  decltype(&llspm_piece_to_id) piece_to_id = nullptr;
  decltype(&llspm_id_to_piece) id_to_piece = nullptr;
  decltype(&llspm_encode) encode = nullptr;
  decltype(&llspm_release) release = nullptr;
  std::string error;  // why it could not be loaded
};

std::vector<std::filesystem::path> module_candidates() {
  std::vector<std::filesystem::path> out;
  if (const char* env = std::getenv("LINGUALENS_SENTENCEPIECE_MODULE"); env && *env)
    out.emplace_back(env);
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {  // installed: <prefix>/bin/… and <prefix>/lib/lingualens/modules/
    const auto prefix =
        std::filesystem::path(std::string(exe, static_cast<size_t>(n))).parent_path().parent_path();
    out.push_back(prefix / "lib" / "lingualens" / "modules" / "lingualens_sentencepiece.so");
  }
  out.emplace_back(LINGUALENS_SENTENCEPIECE_MODULE_BUILT);  // the build tree
  return out;
}

const Module& module() {
  static const Module m = [] {
    Module r;
    void* handle = nullptr;
    std::string tried;
    for (const auto& path : module_candidates()) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) {
        tried += "\n  " + path.string() + " (not there)";
        continue;
      }
      handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
      if (handle) break;
      const char* why = dlerror();
      tried += "\n  " + path.string() + " (" + (why ? why : "cannot be loaded") + ")";
    }
    if (!handle) {
      r.error =
          "the SentencePiece module (lingualens_sentencepiece.so) of this installation is "
          "missing; looked for:" +
          tried;
      return r;
    }
    const auto get = [&](auto& fn, const char* name) {
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(handle, name));
      if (!fn) r.error = std::string("the SentencePiece module lacks ") + name;
    };
    get(r.load, "llspm_load");
    get(r.free, "llspm_free");
    get(r.piece_size, "llspm_piece_size");
    get(r.piece_to_id, "llspm_piece_to_id");
    get(r.id_to_piece, "llspm_id_to_piece");
    get(r.encode, "llspm_encode");
    get(r.release, "llspm_release");
    return r;  // the module stays loaded for the life of the process
  }();
  return m;
}

}  // namespace

struct SentencePieceTokenizer::Impl {
  const Module* m = nullptr;
  void* sp = nullptr;
  std::vector<Special> specials;
  int32_t mask_id = 0;

  ~Impl() {
    if (sp) m->free(sp);
  }
};

SentencePieceTokenizer::SentencePieceTokenizer(const std::filesystem::path& model_file,
                                               int max_length)
    : impl_(std::make_unique<Impl>()), max_length_(max_length) {
  require_regular_file(model_file);
  if (max_length_ < 2) throw Error(ErrorKind::kInvalidArgument, "max_length must be at least 2");
  const Module& m = module();
  if (!m.error.empty()) throw Error(ErrorKind::kNotFound, model_file, m.error);
  impl_->m = &m;
  char err[512] = {};
  impl_->sp = m.load(model_file.c_str(), err, sizeof err);
  if (!impl_->sp) {
    throw Error(
        ErrorKind::kBadFormat, model_file,
        std::string("not a SentencePiece model the SentencePiece library can read: ") + err);
  }
  impl_->mask_id = m.piece_size(impl_->sp) + kFairseqOffset;
  // Leftmost match first, the longest at one position (PreTrainedTokenizer's trie).
  impl_->specials = {{U"<s>", kBos, true, true},
                     {U"</s>", kEos, true, true},
                     {U"<unk>", kUnk, true, true},
                     {U"<pad>", kPad, true, true},
                     {U"<mask>", impl_->mask_id, true, false}};
  for (auto& s : impl_->specials) s.utf8 = utf8_encode(s.text);
}

SentencePieceTokenizer::~SentencePieceTokenizer() = default;

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::from_model_dir(
    const std::filesystem::path& dir, int max_length) {
  const auto cfg = read_json_object_if_present(dir / "tokenizer_config.json");
  // Hugging Face writes a huge sentinel when no limit was configured.
  if (cfg.contains("model_max_length") && cfg["model_max_length"].is_number()) {
    const double m = cfg["model_max_length"].get<double>();
    if (m >= 2 && m <= 1e6) max_length = std::min(max_length, static_cast<int>(m));
  }
  return std::make_unique<SentencePieceTokenizer>(dir / "sentencepiece.bpe.model", max_length);
}

size_t SentencePieceTokenizer::vocab_size() const {
  return static_cast<size_t>(impl_->mask_id) + 1;
}

bool SentencePieceTokenizer::starts_word(const std::string& piece) const {
  return piece.rfind("\xE2\x96\x81", 0) == 0;  // "▁"
}

// ref: XLMRobertaTokenizer._convert_id_to_token
std::string SentencePieceTokenizer::token(int32_t id) const {
  for (const auto& s : impl_->specials)
    if (s.id == id) return s.utf8;
  if (id < kFairseqOffset || id >= impl_->mask_id) return unk_;
  std::string piece(64, '\0');
  size_t n = impl_->m->id_to_piece(impl_->sp, id - kFairseqOffset, piece.data(), piece.size());
  if (n > piece.size()) {
    piece.resize(n);
    n = impl_->m->id_to_piece(impl_->sp, id - kFairseqOffset, piece.data(), piece.size());
  }
  piece.resize(n);
  return piece;
}

// ref: XLMRobertaTokenizer._convert_token_to_id
int32_t SentencePieceTokenizer::piece_id(const std::string& piece) const {
  for (const auto& s : impl_->specials)
    if (s.utf8 == piece) return s.id;
  const int id = impl_->m->piece_to_id(impl_->sp, piece.data(), piece.size());
  return id ? id + kFairseqOffset : kUnk;
}

// ref: PreTrainedTokenizer.tokenize (transformers 4.21): split on the special tokens, strip
// the whitespace beside them, SentencePiece on each non-empty piece between.
std::vector<std::string> SentencePieceTokenizer::tokenize(std::string_view utf8) const {
  const std::u32string text = utf8_decode(utf8);
  struct Chunk {
    std::u32string text;
    const Special* special = nullptr;
  };
  std::vector<Chunk> chunks;
  size_t start = 0;
  for (size_t k = 0; k < text.size();) {
    const Special* match = nullptr;
    for (const auto& s : impl_->specials) {
      if (text.compare(k, s.text.size(), s.text) == 0 &&
          (!match || s.text.size() > match->text.size()))
        match = &s;
    }
    if (!match) {
      ++k;
      continue;
    }
    chunks.push_back({text.substr(start, k - start), nullptr});
    chunks.push_back({match->text, match});
    k += match->text.size();
    start = k;
  }
  chunks.push_back({text.substr(start), nullptr});
  for (size_t i = 0; i < chunks.size(); ++i) {
    const Special* s = chunks[i].special;
    if (!s) continue;
    if (s->strip_right && i + 1 < chunks.size()) {
      auto& right = chunks[i + 1].text;
      size_t n = 0;
      while (n < right.size() && python_space(right[n])) ++n;
      right.erase(0, n);
    }
    if (s->strip_left && i > 0) {
      auto& left = chunks[i - 1].text;
      while (!left.empty() && python_space(left.back())) left.pop_back();
    }
  }
  std::vector<std::string> pieces;
  for (const auto& c : chunks) {
    if (c.text.empty()) continue;
    if (c.special) {
      pieces.push_back(utf8_encode(c.text));
      continue;
    }
    const std::string text = utf8_encode(c.text);
    char err[512] = {};
    size_t len = 0;
    char* out = impl_->m->encode(impl_->sp, text.data(), text.size(), &len, err, sizeof err);
    if (!out) throw Error(ErrorKind::kInvalidArgument, std::string("SentencePiece: ") + err);
    for (size_t at = 0; at + sizeof(uint32_t) <= len;) {
      uint32_t n = 0;
      std::memcpy(&n, out + at, sizeof n);
      at += sizeof n;
      pieces.emplace_back(out + at, std::min<size_t>(n, len - at));
      at += n;
    }
    impl_->m->release(out);
  }
  return pieces;
}

// ref: XLMRobertaTokenizer.build_inputs_with_special_tokens: <s> A </s>; truncation keeps the
// first max_length - 2 pieces.
TokenizedText SentencePieceTokenizer::encode(std::string_view utf8) const {
  const auto pieces = tokenize(utf8);
  TokenizedText out;
  out.word_pieces = pieces.size();
  const size_t keep = std::min(pieces.size(), static_cast<size_t>(max_length_ - 2));
  out.truncated = keep < pieces.size();
  out.ids.reserve(keep + 2);
  out.ids.push_back(kBos);
  for (size_t k = 0; k < keep; ++k) out.ids.push_back(piece_id(pieces[k]));
  out.ids.push_back(kEos);
  return out;
}

}  // namespace lingualens
