// Walks photo folders: every file with an image extension, recursively, with its size and
// modification time. Never hangs or aborts: symbolic-link loops are detected (each real
// folder is entered once), FIFOs, sockets and devices are never opened, and folders that
// cannot be read are reported and skipped. Thread-safety: a pure function.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/types.h"

namespace lingualens {

struct ScanParams {
  bool skip_hidden = true;                    // names starting with '.'
  std::vector<std::string> exclude_patterns;  // fnmatch patterns on the path relative to the root
};

struct ScannedFile {
  std::string rel_path;  // relative to the root, '/'-separated
  int64_t size = 0;
  int64_t mtime_ns = 0;
};

struct ScanIssue {
  std::string path;
  std::string error;
};

struct ScanResult {
  std::vector<ScannedFile> files;  // sorted by rel_path
  std::vector<ScanIssue> issues;
  // Regular files left out because their type is not a supported image, by lower-case
  // extension with its dot (".cr2", ".mov"; "" for none): the user is told what was skipped.
  std::map<std::string, int64_t> unsupported;
};

// Throws Error(kNotFound) when `root` is not a readable folder, Error(kCancelled) on cancel.
ScanResult scan_folder(const std::filesystem::path& root, const ScanParams& params,
                       const CancelFn& cancel = {});

}  // namespace lingualens
