#include "index/scanner.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include "core/error.h"
#include "core/image/decode.h"

namespace lingualens {
namespace {

struct Walker {
  const std::filesystem::path& root;
  const ScanParams& params;
  const CancelFn& cancel;
  ScanResult result;
  std::set<std::pair<dev_t, ino_t>> visited;  // real folders already entered

  bool excluded(const std::string& rel) const {
    for (const auto& p : params.exclude_patterns) {
      if (::fnmatch(p.c_str(), rel.c_str(), 0) == 0) return true;
    }
    return false;
  }

  void walk(const std::filesystem::path& dir, const std::string& rel_dir) {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "scan cancelled");
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      result.issues.push_back({dir.string(), std::strerror(errno)});
      return;
    }
    if (!visited.insert({st.st_dev, st.st_ino}).second) return;  // a symlink loop or alias
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec), end;
    if (ec) {
      result.issues.push_back({dir.string(), "cannot read folder: " + ec.message()});
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        result.issues.push_back({dir.string(), "error while listing: " + ec.message()});
        break;
      }
      const std::string name = it->path().filename().string();
      if (params.skip_hidden && !name.empty() && name[0] == '.') continue;
      const std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
      if (excluded(rel)) continue;
      struct stat fst {};
      if (::stat(it->path().c_str(), &fst) != 0) continue;  // dangling symlink
      if (S_ISDIR(fst.st_mode)) {
        walk(it->path(), rel);
      } else if (S_ISREG(fst.st_mode)) {  // FIFOs, sockets, devices: never opened
        const std::string ext = it->path().extension().string();
        if (!is_supported_image_extension(ext)) {
          std::string lower = ext;
          for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          ++result.unsupported[lower];
          continue;
        }
        const int64_t mtime = int64_t(fst.st_mtim.tv_sec) * 1000000000 + fst.st_mtim.tv_nsec;
        result.files.push_back({rel, static_cast<int64_t>(fst.st_size), mtime});
      }
    }
  }
};

}  // namespace

ScanResult scan_folder(const std::filesystem::path& root, const ScanParams& params,
                       const CancelFn& cancel) {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec))
    throw Error(ErrorKind::kNotFound, root, "folder not found");
  Walker w{root, params, cancel, {}, {}};
  w.walk(root, "");
  std::sort(w.result.files.begin(), w.result.files.end(),
            [](const ScannedFile& a, const ScannedFile& b) { return a.rel_path < b.rel_path; });
  return std::move(w.result);
}

}  // namespace lingualens
