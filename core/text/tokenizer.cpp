#include "core/text/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/util/json_file.h"
#include "core/util/utf8.h"

namespace lingualens {
namespace {

uint32_t gc_mask(char32_t c) { return U_GET_GC_MASK(static_cast<UChar32>(c)); }

// ref: tokenization_bert.py:_is_whitespace
bool is_bert_whitespace(char32_t c) {
  if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') return true;
  return gc_mask(c) & U_GC_ZS_MASK;
}

// ref: tokenization_bert.py:_is_control (every C* category except tab, newline, CR;
// C* includes Cn, so characters unassigned in the Unicode tables are dropped).
bool is_bert_control(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r') return false;
  return gc_mask(c) & U_GC_C_MASK;
}

// ref: tokenization_bert.py:_is_punctuation (ASCII symbol ranges + every P* category).
bool is_bert_punctuation(char32_t c) {
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
      (c >= 123 && c <= 126)) {
    return true;
  }
  return gc_mask(c) & U_GC_P_MASK;
}

// ref: tokenization_bert.py:BasicTokenizer._is_chinese_char
bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
         (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

// Python's str.isspace(), which str.split() and str.strip() use: category Zs or
// bidirectional class WS, B or S (so U+2028/U+2029 split words even though BERT keeps them).
bool is_python_space(char32_t c) {
  if (gc_mask(c) & U_GC_ZS_MASK) return true;
  const UCharDirection d = u_charDirection(static_cast<UChar32>(c));
  return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

// ref: tokenization_bert.py:whitespace_tokenize (text.strip().split())
void python_split(std::u32string_view text, std::vector<std::u32string>& out) {
  size_t k = 0;
  while (k < text.size()) {
    while (k < text.size() && is_python_space(text[k])) ++k;
    size_t start = k;
    while (k < text.size() && !is_python_space(text[k])) ++k;
    if (k > start) out.emplace_back(text.substr(start, k - start));
  }
}

std::u32string strip_accents(const std::u32string& word) {
  // ref: BasicTokenizer._run_strip_accents: NFD, then drop Mn characters.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return word;
  icu::UnicodeString in = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(word.data()), static_cast<int32_t>(word.size()));
  icu::UnicodeString decomposed = nfd->normalize(in, status);
  if (U_FAILURE(status)) return word;
  std::u32string out;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    if (!(U_GET_GC_MASK(c) & U_GC_MN_MASK)) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// special_tokens_map.json values are strings or {"content": "...", ...} objects.
void read_special(const nlohmann::json& j, const char* key, std::string& out) {
  if (!j.contains(key)) return;
  const auto& v = j[key];
  if (v.is_string()) out = v.get<std::string>();
  if (v.is_object() && v.contains("content") && v["content"].is_string()) {
    out = v["content"].get<std::string>();
  }
}

}  // namespace

BertTokenizer::BertTokenizer(Vocab vocab, TokenizerOptions options)
    : vocab_(std::move(vocab)), options_(std::move(options)) {
  auto need = [&](const std::string& tok) {
    int32_t id = vocab_.id(tok);
    if (id < 0) {
      throw Error(ErrorKind::kMismatch, "the vocabulary has no special token '" + tok + "'");
    }
    return id;
  };
  unk_id_ = need(options_.unk_token);
  cls_id_ = need(options_.cls_token);
  sep_id_ = need(options_.sep_token);
  pad_id_ = need(options_.pad_token);
  for (const auto* t : {&options_.unk_token, &options_.sep_token, &options_.pad_token,
                        &options_.cls_token, &options_.mask_token}) {
    if (!t->empty()) specials_.push_back(utf8_decode(*t));
  }
  if (options_.max_length < 2) {
    throw Error(ErrorKind::kInvalidArgument, "tokenizer max_length must be at least 2");
  }
}

BertTokenizer BertTokenizer::from_model_dir(const std::filesystem::path& dir) {
  TokenizerOptions opt;
  const auto cfg_path = dir / "tokenizer_config.json";
  const auto cfg = read_json_object_if_present(cfg_path);
  try {
    if (cfg.contains("do_lower_case")) opt.lower_case = cfg["do_lower_case"].get<bool>();
    if (cfg.contains("tokenize_chinese_chars")) {
      opt.tokenize_chinese_chars = cfg["tokenize_chinese_chars"].get<bool>();
    }
    if (cfg.contains("strip_accents") && !cfg["strip_accents"].is_null()) {
      opt.strip_accents = cfg["strip_accents"].get<bool>();
    }
    // Hugging Face writes a huge sentinel when no limit was configured.
    if (cfg.contains("model_max_length") && cfg["model_max_length"].is_number()) {
      double m = cfg["model_max_length"].get<double>();
      if (m >= 2 && m <= 1e6) opt.max_length = static_cast<int>(m);
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::kBadFormat, cfg_path, std::string("unexpected value: ") + e.what());
  }
  const auto special = read_json_object_if_present(dir / "special_tokens_map.json");
  read_special(special, "unk_token", opt.unk_token);
  read_special(special, "cls_token", opt.cls_token);
  read_special(special, "sep_token", opt.sep_token);
  read_special(special, "pad_token", opt.pad_token);
  read_special(special, "mask_token", opt.mask_token);
  const auto vocab_path = dir / "vocab.txt";
  try {
    return BertTokenizer(Vocab::load(vocab_path), std::move(opt));
  } catch (const Error& e) {
    if (!e.file().empty()) throw;
    throw Error(e.kind(), vocab_path, e.what());
  }
}

void BertTokenizer::basic_tokenize(std::u32string_view text,
                                   std::vector<std::u32string>& words) const {
  // ref: BasicTokenizer._clean_text and _tokenize_chinese_chars
  std::u32string clean;
  clean.reserve(text.size());
  for (char32_t c : text) {
    if (c == 0 || c == 0xFFFD || is_bert_control(c)) continue;
    if (is_bert_whitespace(c)) {
      clean.push_back(U' ');
    } else if (options_.tokenize_chinese_chars && is_cjk(c)) {
      clean.push_back(U' ');
      clean.push_back(c);
      clean.push_back(U' ');
    } else {
      clean.push_back(c);
    }
  }
  std::vector<std::u32string> tokens;
  python_split(clean, tokens);
  const bool strip = options_.strip_accents.value_or(options_.lower_case);
  for (auto& token : tokens) {
    if (options_.lower_case) {
      // Simple case mapping (ICU); Python's str.lower() differs only for a handful of
      // characters with multi-character lower forms (e.g. U+0130). Cased models skip this.
      for (char32_t& c : token) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
    if (strip) token = strip_accents(token);
    // ref: BasicTokenizer._run_split_on_punc
    std::u32string current;
    for (char32_t c : token) {
      if (is_bert_punctuation(c)) {
        if (!current.empty()) words.push_back(std::move(current));
        current.clear();
        words.emplace_back(1, c);
      } else {
        current.push_back(c);
      }
    }
    if (!current.empty()) words.push_back(std::move(current));
  }
}

void BertTokenizer::wordpiece(const std::u32string& word, std::vector<std::string>& out) const {
  // ref: WordpieceTokenizer.tokenize (greedy longest match first)
  if (word.size() > static_cast<size_t>(options_.max_input_chars_per_word)) {
    out.push_back(options_.unk_token);
    return;
  }
  std::string utf8;
  std::vector<size_t> offset;  // byte offset of each code point, plus the end
  for (char32_t c : word) {
    offset.push_back(utf8.size());
    utf8_append(utf8, c);
  }
  offset.push_back(utf8.size());
  const size_t first = out.size();
  std::string candidate;
  size_t start = 0;
  while (start < word.size()) {
    size_t end = word.size();
    bool found = false;
    while (start < end) {
      candidate.assign(start > 0 ? "##" : "");
      candidate.append(utf8, offset[start], offset[end] - offset[start]);
      if (vocab_.id(candidate) >= 0) {
        found = true;
        break;
      }
      --end;
    }
    if (!found) {
      out.resize(first);
      out.push_back(options_.unk_token);
      return;
    }
    out.push_back(candidate);
    start = end;
  }
}

std::vector<std::string> BertTokenizer::tokenize(std::string_view utf8) const {
  const std::u32string text = utf8_decode(utf8);
  std::vector<std::string> pieces;
  std::vector<std::u32string> words;
  // ref: PreTrainedTokenizer.tokenize: split out special tokens first (leftmost match,
  // longest at the same position), then run the BERT tokenizer on the pieces between them.
  size_t chunk_start = 0;
  auto flush = [&](size_t end) {
    words.clear();
    basic_tokenize(std::u32string_view(text).substr(chunk_start, end - chunk_start), words);
    for (const auto& w : words) wordpiece(w, pieces);
  };
  for (size_t k = 0; k < text.size();) {
    const std::u32string* match = nullptr;
    for (const auto& s : specials_) {
      if (text.compare(k, s.size(), s) == 0 && (!match || s.size() > match->size())) match = &s;
    }
    if (!match) {
      ++k;
      continue;
    }
    flush(k);
    pieces.push_back(utf8_encode(*match));
    k += match->size();
    chunk_start = k;
  }
  flush(text.size());
  return pieces;
}

TokenizedText BertTokenizer::encode(std::string_view utf8) const {
  const auto pieces = tokenize(utf8);
  TokenizedText out;
  out.word_pieces = pieces.size();
  const size_t keep = std::min(pieces.size(), static_cast<size_t>(options_.max_length - 2));
  out.truncated = keep < pieces.size();
  out.ids.reserve(keep + 2);
  out.ids.push_back(cls_id_);
  for (size_t k = 0; k < keep; ++k) {
    const int32_t id = vocab_.id(pieces[k]);
    out.ids.push_back(id >= 0 ? id : unk_id_);
  }
  out.ids.push_back(sep_id_);
  return out;
}

}  // namespace lingualens
