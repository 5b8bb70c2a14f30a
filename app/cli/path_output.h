// How the CLI prints file paths so that every byte survives. Linux paths are bytes; JSON
// strings are Unicode. A path that is valid UTF-8 is printed as it is. One that is not (a
// Latin-1 name from an old camera card) keeps "path" readable (invalid bytes as U+FFFD) and
// adds "path_b64": the exact bytes in base64, which scripts decode to open the file. Plain
// (line-per-result) output escapes backslash, newline, tab and other control bytes as \\, \n,
// \t and \xHH, so every result stays on one line.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace lingualens::cli {

bool is_valid_utf8(const std::string& s);
// Sets j[key] and, for a path that is not UTF-8, j[key + "_b64"].
void put_path(nlohmann::json& j, const std::string& key, const std::string& path);
std::string escape_for_line(const std::string& path);
// JSON on one line; invalid UTF-8 in strings that did not go through put_path becomes U+FFFD.
std::string dump(const nlohmann::json& j);

}  // namespace lingualens::cli
