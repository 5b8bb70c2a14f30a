#include "index/library_location.h"

#include <cstdlib>

namespace lingualens {

std::filesystem::path default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') {
    return std::filesystem::path(xdg) / "lingualens";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "lingualens";
}

std::filesystem::path default_models_dir() { return default_data_dir() / "models"; }

}  // namespace lingualens
