#include "core/text/vocab.h"

#include <fstream>
#include <iterator>

#include "core/error.h"
#include "core/util/regular_file.h"

namespace lingualens {

Vocab Vocab::from_tokens(std::vector<std::string> tokens) {
  Vocab v;
  v.tokens_ = std::move(tokens);
  v.ids_.reserve(v.tokens_.size());
  for (size_t k = 0; k < v.tokens_.size(); ++k) v.ids_[v.tokens_[k]] = static_cast<int32_t>(k);
  return v;
}

Vocab Vocab::load(const std::filesystem::path& file) {
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::error_code ec;
    throw Error(std::filesystem::exists(file, ec) ? ErrorKind::kIo : ErrorKind::kNotFound, file,
                "cannot open the vocabulary");
  }
  // Python opens vocab.txt in text mode: "\n", "\r\n" and a lone "\r" all end a line.
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.find('\0') != std::string::npos) {
    throw Error(ErrorKind::kBadFormat, file, "contains NUL bytes: not a vocab.txt");
  }
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find_first_of("\r\n", start);
    if (end == std::string::npos) end = bytes.size();
    tokens.emplace_back(bytes, start, end - start);
    start = end + 1;
    if (end + 1 < bytes.size() && bytes[end] == '\r' && bytes[end + 1] == '\n') ++start;
  }
  if (tokens.empty()) throw Error(ErrorKind::kBadFormat, file, "the vocabulary is empty");
  return from_tokens(std::move(tokens));
}

int32_t Vocab::id(const std::string& token) const {
  auto it = ids_.find(token);
  return it == ids_.end() ? -1 : it->second;
}

}  // namespace lingualens
