// Translation-evaluation sets: images, each with a caption in any number of languages.
//
// JSON: {"name": ..., "reference_language": "en",
//        "items": [{"image": PATH_RELATIVE_TO_THE_FILE, "captions": {"en": ..., "sv": ...}}]}
// TSV:  a header "image<TAB>en<TAB>sv...", then one row per image; empty cells = no caption.
// Missing captions are allowed. Language codes are BCP-47 ("en", "zh-Hans").
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lingualens {

struct EvalItem {
  std::filesystem::path image;                  // absolute once loaded
  std::map<std::string, std::string> captions;  // language → caption
};

struct EvalSet {
  std::string name;
  std::string reference_language = "en";
  std::vector<EvalItem> items;

  // The reference language first, then the others in alphabetical order.
  std::vector<std::string> languages() const;
};

// Whether `code` has the shape of a BCP-47 language tag: a 2–8 letter language subtag, then
// "-"-separated subtags of 1–8 letters or digits ("en", "zh-Hans", "sr-Latn-RS"). Codes name
// report files, so nothing else ("../../x", "/abs/x", "a.b") is ever accepted.
bool is_language_tag(const std::string& code);

// Throws Error naming the file (kNotFound, kBadFormat with the line or field at fault; a
// language code that is not a BCP-47 tag is kBadFormat).
// Relative image paths are resolved against `images_dir`, else the set file's folder.
EvalSet load_eval_set(const std::filesystem::path& file,
                      const std::filesystem::path& images_dir = {});
void save_eval_set_json(const EvalSet& set, const std::filesystem::path& file,
                        const std::filesystem::path& relative_to);

}  // namespace lingualens
