#include "core/eval/token_diagnostics.h"

#include <algorithm>

namespace lingualens {

CaptionTokens diagnose_caption(const BertTokenizer& tokenizer, std::string_view text) {
  CaptionTokens out;
  out.text = std::string(text);
  out.pieces = tokenizer.tokenize(text);
  out.unk_token = tokenizer.options().unk_token;
  const auto& unk = out.unk_token;
  const auto unknown = std::count(out.pieces.begin(), out.pieces.end(), unk);
  const auto words = std::count_if(out.pieces.begin(), out.pieces.end(),
                                   [](const std::string& p) { return p.rfind("##", 0) != 0; });
  if (!out.pieces.empty()) out.unk_share = double(unknown) / double(out.pieces.size());
  if (words > 0) out.pieces_per_word = double(out.pieces.size()) / double(words);
  // As encode() decides (ref: core/text/tokenizer.cpp:BertTokenizer::encode): what does not
  // fit beside [CLS] and [SEP] is dropped; derived here rather than tokenizing twice.
  out.truncated =
      out.pieces.size() > static_cast<size_t>(std::max(0, tokenizer.options().max_length - 2));
  return out;
}

TokenStats token_stats(const std::vector<CaptionTokens>& captions) {
  TokenStats s;
  if (captions.empty()) return s;
  for (const auto& c : captions) {
    s.unk_share += c.unk_share;
    s.pieces_per_word += c.pieces_per_word;
    s.truncated += c.truncated ? 1 : 0;
  }
  s.unk_share /= double(captions.size());
  s.pieces_per_word /= double(captions.size());
  return s;
}

}  // namespace lingualens
