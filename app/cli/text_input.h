// Where the CLI's texts come from: arguments, "-" (standard input, one text per line) or
// --jsonl FILE (one JSON string or {"text": ...} object per line: the only way to pass
// texts with newlines or NUL characters intact).
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace lingualens::cli {

struct TextSources {
  std::vector<std::string> args;  // "-" reads standard input at that position
  std::string jsonl_file;         // empty: none
};

// Throws lingualens::Error naming the file and line for malformed JSONL.
std::vector<std::string> gather_texts(const TextSources& sources, std::istream& stdin_stream);

}  // namespace lingualens::cli
