#include "app/cli/text_input.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/util/regular_file.h"

namespace lingualens::cli {
namespace {

void read_lines(std::istream& in, std::vector<std::string>& out) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF from Windows editors
    out.push_back(line);
  }
}

void read_jsonl(const std::string& path, std::vector<std::string>& out) {
  require_regular_file(path);  // a folder read as an empty file said "no texts given"
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, path, "cannot open the JSONL file");
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_string()) {
      out.push_back(j.get<std::string>());
    } else if (j.is_object() && j.contains("text") && j["text"].is_string()) {
      out.push_back(j["text"].get<std::string>());
    } else {
      throw Error(ErrorKind::kBadFormat, path,
                  "line " + std::to_string(n) +
                      ": expected a JSON string or an object with a "
                      "\"text\" string");
    }
  }
}

}  // namespace

std::vector<std::string> gather_texts(const TextSources& sources, std::istream& stdin_stream) {
  std::vector<std::string> texts;
  bool stdin_used = false;
  for (const auto& a : sources.args) {
    if (a == "-") {
      if (stdin_used) throw Error(ErrorKind::kInvalidArgument, "'-' may be given only once");
      stdin_used = true;
      read_lines(stdin_stream, texts);
    } else {
      texts.push_back(a);
    }
  }
  if (!sources.jsonl_file.empty()) read_jsonl(sources.jsonl_file, texts);
  if (texts.empty()) {
    throw Error(ErrorKind::kInvalidArgument, "no texts given (pass TEXT..., '-' or --jsonl FILE)");
  }
  return texts;
}

}  // namespace lingualens::cli
