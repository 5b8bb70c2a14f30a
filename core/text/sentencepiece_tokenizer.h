// Hugging Face's (slow) XLMRobertaTokenizer: the model's own SentencePiece model, run by the
// SentencePiece library (its normaliser included), with fairseq's id conventions on top.
//
// ref: transformers/models/xlm_roberta/tokenization_xlm_roberta.py (fairseq_tokens_to_ids,
//      fairseq_offset = 1, _convert_token_to_id, build_inputs_with_special_tokens) and
//      tokenization_utils.py:PreTrainedTokenizer.tokenize (special tokens written in the text
//      are split out first; whitespace beside them is dropped — both sides, except left only
//      for <mask>, an AddedToken with lstrip).
// ids: <s> 0, <pad> 1, </s> 2, <unk> 3, every SentencePiece piece its id + 1 (SentencePiece's
// own unknown, id 0, becomes 3), <mask> the number of pieces + 1. A text is <s> … </s>.
#pragma once

#include <filesystem>
#include <memory>

#include "core/text/text_tokenizer.h"

namespace lingualens {

class SentencePieceTokenizer : public TextTokenizer {
 public:
  // `model_file`: sentencepiece.bpe.model. Throws lingualens::Error naming the file.
  SentencePieceTokenizer(const std::filesystem::path& model_file, int max_length);
  ~SentencePieceTokenizer() override;

  // sentencepiece.bpe.model and tokenizer_config.json (model_max_length) of a model folder;
  // `max_length` caps it (the model's positions).
  static std::unique_ptr<SentencePieceTokenizer> from_model_dir(const std::filesystem::path& dir,
                                                                int max_length);

  std::vector<std::string> tokenize(std::string_view utf8) const override;
  TokenizedText encode(std::string_view utf8) const override;
  int32_t pad_id() const override { return 1; }
  int max_length() const override { return max_length_; }
  size_t vocab_size() const override;
  const std::string& unk_token() const override { return unk_; }
  bool starts_word(const std::string& piece) const override;
  bool is_unknown(const std::string& piece) const override { return piece_id(piece) == 3; }
  std::string token(int32_t id) const override;

  // The id of one piece as tokenize() gives it.
  int32_t piece_id(const std::string& piece) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int max_length_ = 512;
  std::string unk_ = "<unk>";
};

}  // namespace lingualens
