// How the text model's tokenizer sees a caption: a reason for a language's results that a
// user can see. With M-BERT's vocabulary a Kannada caption splits into single letters and
// [UNK]s where English keeps whole words; the model can only be as good as those pieces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/text/tokenizer.h"

namespace lingualens {

struct CaptionTokens {
  std::string text;
  std::vector<std::string> pieces;  // the word pieces, as BertTokenizer::tokenize gives them
  double unk_share = 0;             // share of the pieces that are the unknown token
  double pieces_per_word = 0;       // a word starts at every piece not marked "##" (WordPiece)
                                    // or marked "▁" (SentencePiece)
  bool truncated = false;           // longer than the model reads (max_length - 2 pieces)
  std::string unk_token;            // the tokenizer's unknown token ("[UNK]" for BERT)
};

CaptionTokens diagnose_caption(const TextTokenizer& tokenizer, std::string_view text);

// Over a language's captions: the mean [UNK] share and pieces per word, and how many
// captions were cut.
struct TokenStats {
  double unk_share = 0;
  double pieces_per_word = 0;
  int truncated = 0;
};
TokenStats token_stats(const std::vector<CaptionTokens>& captions);

// What the statistics say about a language, in one English sentence for reports ("12 % of the
// word pieces are unknown to the vocabulary; words fall apart into 3.4 pieces each"), or
// "the vocabulary knows its words (1.2 pieces per word)" when nothing stands out.
// Notable: an [UNK] share of 2 % or more, 2.5 or more pieces per word, any caption cut short.
std::string token_reading(const TokenStats& stats);
inline constexpr double kNotableUnkShare = 0.02;
inline constexpr double kNotablePiecesPerWord = 2.5;

}  // namespace lingualens
