#include "index/folder_path.h"

namespace lingualens {
namespace {

std::string without_trailing_slashes(std::string s) {
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

FolderPath FolderPath::from_user(const std::filesystem::path& path) {
  if (path.empty()) return {};
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(path, ec);
  if (ec) abs = path;
  // weakly_canonical resolves links in the part that exists and normalises the rest
  // lexically: an unplugged drive's folder keeps the spelling it was indexed under.
  std::filesystem::path canonical = std::filesystem::weakly_canonical(abs, ec);
  if (ec) canonical = abs.lexically_normal();
  return FolderPath(without_trailing_slashes(canonical.string()));
}

FolderPath FolderPath::from_stored(std::string path) {
  return FolderPath(without_trailing_slashes(std::move(path)));
}

bool FolderPath::contains(std::string_view p) const { return relative(p).has_value(); }

std::optional<std::string> FolderPath::relative(std::string_view p) const {
  if (path_.empty()) return std::nullopt;
  if (path_ == "/") {
    if (p.empty() || p.front() != '/') return std::nullopt;
    return std::string(p.substr(1));
  }
  if (p.size() < path_.size() || p.compare(0, path_.size(), path_) != 0) return std::nullopt;
  if (p.size() == path_.size()) return std::string();
  if (p[path_.size()] != '/') return std::nullopt;  // "/photos/2023-old" is not in "/photos/2023"
  return std::string(p.substr(path_.size() + 1));
}

}  // namespace lingualens
