// What the text encoder needs of a tokenizer, whichever vocabulary the model has: BERT's
// WordPiece (M-BERT, DistilBERT, LaBSE: core/text/tokenizer.h) or XLM-RoBERTa's SentencePiece
// (core/text/sentencepiece_tokenizer.h).
//
// Immutable after construction; encode() is safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lingualens {

struct TokenizedText {
  std::vector<int32_t> ids;  // with the model's start and end tokens ([CLS] … [SEP], <s> … </s>)
  bool truncated = false;    // pieces beyond max_length - 2 were dropped
  size_t word_pieces = 0;    // before truncation
};

class TextTokenizer {
 public:
  virtual ~TextTokenizer() = default;

  // The pieces of `utf8` without start/end tokens and without truncation.
  virtual std::vector<std::string> tokenize(std::string_view utf8) const = 0;
  // Ids with the start and end tokens, truncated to max_length().
  virtual TokenizedText encode(std::string_view utf8) const = 0;

  virtual int32_t pad_id() const = 0;
  virtual int max_length() const = 0;     // ids per text, start and end included
  virtual size_t vocab_size() const = 0;  // ids are below this
  virtual const std::string& unk_token() const = 0;
  // True when `piece` (from tokenize) begins a word: WordPiece marks continuations with "##",
  // SentencePiece marks word starts with "▁".
  virtual bool starts_word(const std::string& piece) const = 0;
  // The piece an id stands for ("[CLS]", "▁Hund", "##en").
  virtual std::string token(int32_t id) const = 0;
  // True when `piece` (from tokenize) becomes the unknown id.
  virtual bool is_unknown(const std::string& piece) const = 0;
};

}  // namespace lingualens
