#include "core/eval/token_diagnostics.h"

#include <algorithm>
#include <cstdio>

namespace lingualens {

CaptionTokens diagnose_caption(const TextTokenizer& tokenizer, std::string_view text) {
  CaptionTokens out;
  out.text = std::string(text);
  out.pieces = tokenizer.tokenize(text);
  out.unk_token = tokenizer.unk_token();
  const auto unknown = std::count_if(out.pieces.begin(), out.pieces.end(),
                                     [&](const std::string& p) { return tokenizer.is_unknown(p); });
  const auto words = std::count_if(out.pieces.begin(), out.pieces.end(),
                                   [&](const std::string& p) { return tokenizer.starts_word(p); });
  if (!out.pieces.empty()) out.unk_share = double(unknown) / double(out.pieces.size());
  if (words > 0) out.pieces_per_word = double(out.pieces.size()) / double(words);
  // As encode() decides (ref: core/text/tokenizer.cpp:BertTokenizer::encode): what does not
  // fit beside [CLS] and [SEP] is dropped; derived here rather than tokenizing twice.
  out.truncated = out.pieces.size() > static_cast<size_t>(std::max(0, tokenizer.max_length() - 2));
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

std::string token_reading(const TokenStats& stats) {
  std::vector<std::string> parts;
  char buf[160];
  if (stats.unk_share >= kNotableUnkShare) {
    std::snprintf(buf, sizeof buf, "%.0f %% of the word pieces are unknown to the vocabulary",
                  100 * stats.unk_share);
    parts.push_back(buf);
  }
  if (stats.pieces_per_word >= kNotablePiecesPerWord) {
    std::snprintf(buf, sizeof buf, "words fall apart into %.1f pieces each", stats.pieces_per_word);
    parts.push_back(buf);
  }
  if (stats.truncated > 0) {
    std::snprintf(buf, sizeof buf, "%d caption%s longer than the model reads", stats.truncated,
                  stats.truncated == 1 ? " is" : "s are");
    parts.push_back(buf);
  }
  if (parts.empty()) {
    std::snprintf(buf, sizeof buf, "the vocabulary knows its words (%.1f pieces per word)",
                  stats.pieces_per_word);
    return buf;
  }
  std::string out = parts[0];
  for (size_t k = 1; k < parts.size(); ++k) out += "; " + parts[k];
  return out;
}

}  // namespace lingualens
