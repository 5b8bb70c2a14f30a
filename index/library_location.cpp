#include "index/library_location.h"

#include <cstdlib>

#include "core/models/model_pairs.h"

namespace lingualens {

std::filesystem::path default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') {
    return std::filesystem::path(xdg) / "lingualens";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "lingualens";
}

std::filesystem::path default_models_dir() { return default_data_dir() / "models"; }

std::filesystem::path default_library_dir(const std::string& model_pair) {
  const ModelPair* p = model_pair.empty() ? nullptr : find_model_pair(model_pair);
  if (!p || p->is_default) return default_data_dir();
  return default_data_dir() / "libraries" / p->name;
}

}  // namespace lingualens
