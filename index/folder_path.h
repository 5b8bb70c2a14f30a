// A folder as the library names it: absolute, "." and ".." resolved, symbolic links resolved
// as far as the folder exists, no trailing slash. Matching is by whole path components, so
// /photos/2023 contains /photos/2023/a.jpg and /photos/2023/x/y/b.jpg but not
// /photos/2023-old/a.jpg, whichever way the user spelled the folder (relative, through a
// symbolic link, with a trailing slash). The CLI's --under and the app's folder filter both
// go through it, so they always give the same answer.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace lingualens {

class FolderPath {
 public:
  FolderPath() = default;
  // What a user typed or chose: relative to the working directory, symlinked, "dir/".
  static FolderPath from_user(const std::filesystem::path& path);
  // As the library recorded it (already in this form).
  static FolderPath from_stored(std::string path);

  const std::string& str() const { return path_; }
  std::filesystem::path path() const { return path_; }
  bool empty() const { return path_.empty(); }

  // The folder itself or anything below it, at any depth.
  bool contains(std::string_view absolute_path) const;
  bool contains(const FolderPath& other) const { return contains(other.path_); }
  // `absolute_path` relative to this folder ("" for the folder itself); nullopt outside it.
  std::optional<std::string> relative(std::string_view absolute_path) const;

  bool operator==(const FolderPath& o) const { return path_ == o.path_; }
  bool operator!=(const FolderPath& o) const { return path_ != o.path_; }
  bool operator<(const FolderPath& o) const { return path_ < o.path_; }

 private:
  explicit FolderPath(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace lingualens
