// Hugging Face's (slow, Python) BertTokenizer, reimplemented exactly.
//
// ref: transformers/models/bert/tokenization_bert.py (BertTokenizer, BasicTokenizer,
//      WordpieceTokenizer) and tokenization_utils.py:PreTrainedTokenizer.tokenize
//      (special tokens written in the text are kept whole).
// Character classes come from ICU (Unicode 15 in Debian 12's ICU 72). No Unicode normalisation
// is applied, as in the reference for cased models.
//
// Immutable after construction; encode() is safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/text_tokenizer.h"
#include "core/text/vocab.h"

namespace lingualens {

struct TokenizerOptions {
  bool lower_case = false;             // tokenizer_config.json: do_lower_case
  bool tokenize_chinese_chars = true;  // tokenize_chinese_chars
  std::optional<bool> strip_accents;   // strip_accents (null: follows lower_case)
  int max_length = 512;                // model_max_length, capped by max_position_embeddings
  int max_input_chars_per_word = 100;  // WordpieceTokenizer default
  std::string unk_token = "[UNK]";
  std::string cls_token = "[CLS]";
  std::string sep_token = "[SEP]";
  std::string pad_token = "[PAD]";
  std::string mask_token = "[MASK]";
};

class BertTokenizer : public TextTokenizer {
 public:
  BertTokenizer(Vocab vocab, TokenizerOptions options);

  // Reads vocab.txt, tokenizer_config.json and special_tokens_map.json (the last two are
  // optional) from a Hugging Face model folder. Throws lingualens::Error naming the file.
  static BertTokenizer from_model_dir(const std::filesystem::path& dir);

  // Word pieces of `utf8` without [CLS]/[SEP] and without truncation.
  std::vector<std::string> tokenize(std::string_view utf8) const override;
  // Ids with [CLS] and [SEP], truncated to options().max_length.
  TokenizedText encode(std::string_view utf8) const override;

  const Vocab& vocab() const { return vocab_; }
  const TokenizerOptions& options() const { return options_; }
  int32_t pad_id() const override { return pad_id_; }
  int max_length() const override { return options_.max_length; }
  size_t vocab_size() const override { return vocab_.size(); }
  const std::string& unk_token() const override { return options_.unk_token; }
  bool starts_word(const std::string& piece) const override { return piece.rfind("##", 0) != 0; }
  bool is_unknown(const std::string& piece) const override { return piece == options_.unk_token; }
  std::string token(int32_t id) const override { return vocab_.token(id); }

 private:
  void basic_tokenize(std::u32string_view text, std::vector<std::u32string>& words) const;
  void wordpiece(const std::u32string& word, std::vector<std::string>& out) const;

  Vocab vocab_;
  TokenizerOptions options_;
  std::vector<std::u32string> specials_;  // kept whole when written in the text
  int32_t unk_id_, cls_id_, sep_id_, pad_id_;
};

}  // namespace lingualens
