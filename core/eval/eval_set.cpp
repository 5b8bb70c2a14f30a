#include "core/eval/eval_set.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/error.h"
#include "core/util/regular_file.h"

namespace lingualens {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

}  // namespace

std::vector<std::string> EvalSet::languages() const {
  std::set<std::string> all;
  for (const auto& item : items) {
    for (const auto& [lang, text] : item.captions) all.insert(lang);
  }
  std::vector<std::string> out;
  if (all.count(reference_language)) out.push_back(reference_language);
  for (const auto& l : all) {
    if (l != reference_language) out.push_back(l);
  }
  return out;
}

bool is_language_tag(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  size_t start = 0;
  for (bool first = true;; first = false) {
    const size_t end = std::min(code.find('-', start), code.size());
    const size_t len = end - start;
    if (len < (first ? 2u : 1u) || len > 8) return false;
    for (size_t k = start; k < end; ++k) {
      const auto c = static_cast<unsigned char>(code[k]);
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && (first || !(c >= '0' && c <= '9'))) return false;
    }
    if (end == code.size()) return true;
    start = end + 1;
  }
}

namespace {

void check_language(const std::string& code, const std::filesystem::path& file,
                    const std::string& where) {
  if (!is_language_tag(code)) {
    throw Error(
        ErrorKind::kBadFormat, file,
        where + ": \"" + code + "\" is not a language code (BCP-47, such as en, sv, zh-Hans)");
  }
}

}  // namespace

EvalSet load_eval_set(const std::filesystem::path& file, const std::filesystem::path& images_dir) {
  require_regular_file(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, file, "cannot open the evaluation set");
  const std::filesystem::path base = images_dir.empty() ? file.parent_path() : images_dir;
  auto resolve = [&](const std::string& p) {
    const std::filesystem::path path(p);
    return path.is_absolute() ? path : std::filesystem::absolute(base / path).lexically_normal();
  };
  EvalSet set;
  set.name = file.stem().string();
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (ext == ".tsv" || ext == ".txt") {
    std::string line;
    if (!std::getline(in, line)) throw Error(ErrorKind::kBadFormat, file, "empty file");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto header = split_tabs(line);
    if (header.size() < 2 || header[0] != "image") {
      throw Error(ErrorKind::kBadFormat, file, "line 1 must be: image<TAB>language<TAB>...");
    }
    for (size_t c = 1; c < header.size(); ++c) check_language(header[c], file, "line 1");
    set.reference_language = header[1];
    for (size_t n = 2; std::getline(in, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      const auto cells = split_tabs(line);
      if (cells.size() > header.size())
        throw Error(ErrorKind::kBadFormat, file,
                    "line " + std::to_string(n) + " has too many columns");
      EvalItem item;
      item.image = resolve(cells[0]);
      for (size_t c = 1; c < cells.size(); ++c) {
        if (!cells[c].empty()) item.captions[header[c]] = cells[c];
      }
      set.items.push_back(std::move(item));
    }
    return set;
  }
  const auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("items") || !j["items"].is_array()) {
    throw Error(ErrorKind::kBadFormat, file, "expected a JSON object with an \"items\" array");
  }
  if (j.contains("name") && j["name"].is_string()) set.name = j["name"].get<std::string>();
  if (j.contains("reference_language") && j["reference_language"].is_string()) {
    set.reference_language = j["reference_language"].get<std::string>();
    check_language(set.reference_language, file, "reference_language");
  }
  size_t k = 0;
  for (const auto& it : j["items"]) {
    ++k;
    if (!it.is_object() || !it.contains("image") || !it["image"].is_string()) {
      throw Error(ErrorKind::kBadFormat, file,
                  "item " + std::to_string(k) + " has no \"image\" path");
    }
    EvalItem item;
    item.image = resolve(it["image"].get<std::string>());
    if (it.contains("captions")) {
      if (!it["captions"].is_object())
        throw Error(ErrorKind::kBadFormat, file,
                    "item " + std::to_string(k) + ": \"captions\" must be an object");
      for (const auto& [lang, text] : it["captions"].items()) {
        check_language(lang, file, "item " + std::to_string(k));
        if (!text.is_string())
          throw Error(ErrorKind::kBadFormat, file,
                      "item " + std::to_string(k) + ": caption \"" + lang + "\" is not text");
        if (!text.get<std::string>().empty()) item.captions[lang] = text.get<std::string>();
      }
    }
    set.items.push_back(std::move(item));
  }
  return set;
}

void save_eval_set_json(const EvalSet& set, const std::filesystem::path& file,
                        const std::filesystem::path& relative_to) {
  nlohmann::json j;
  j["name"] = set.name;
  j["reference_language"] = set.reference_language;
  j["items"] = nlohmann::json::array();
  for (const auto& item : set.items) {
    j["items"].push_back({{"image", item.image.lexically_relative(relative_to).string()},
                          {"captions", item.captions}});
  }
  std::ofstream out(file, std::ios::trunc);
  out << j.dump(2) << "\n";
  if (!out.flush()) throw Error(ErrorKind::kIo, file, "cannot write the evaluation set");
}

}  // namespace lingualens
