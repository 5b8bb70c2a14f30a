// A WordPiece vocabulary (vocab.txt: one token per line, the line number is the id).
// Immutable after loading; safe to use from any number of threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lingualens {

class Vocab {
 public:
  // ref: transformers/models/bert/tokenization_bert.py:load_vocab (rstrip("\n") only; a
  // repeated token keeps its last line number, as the Python dict assignment does).
  static Vocab load(const std::filesystem::path& file);
  static Vocab from_tokens(std::vector<std::string> tokens);

  // The id of `token`, or -1 when it is not in the vocabulary.
  int32_t id(const std::string& token) const;
  const std::string& token(int32_t id) const { return tokens_.at(static_cast<size_t>(id)); }
  size_t size() const { return tokens_.size(); }

 private:
  std::vector<std::string> tokens_;
  std::unordered_map<std::string, int32_t> ids_;
};

}  // namespace lingualens
