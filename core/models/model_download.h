// Downloading and verifying the model files (library function behind `lingualens-cli models`
// and the app's first-run dialog).
//
// Each file is fetched to `<path>.part`, resumed with an HTTP Range request after an
// interruption, checked (SHA-256 against the manifest or the server's LFS checksum) and only
// then renamed into place: a file under its final name has always been verified. A
// checksum mismatch deletes the partial file and reports expected and actual digests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/models/model_manifest.h"
#include "core/types.h"

namespace lingualens {

struct DownloadProgress {
  std::string path;    // the file being fetched (manifest path)
  int file_index = 0;  // 0-based, of file_count
  int file_count = 0;
  int64_t received = 0;  // bytes of this file on disk so far
  int64_t total = -1;    // -1: not known yet
  double bytes_per_second = 0;
};
using DownloadProgressFn = std::function<void(const DownloadProgress&)>;

// What a download will take: each file's size as its sources state it, asked without
// downloading (a one-byte ranged request, which servers signing their links for GET answer
// too), and the room on the models folder's disk.
struct DownloadFileSize {
  std::string path;      // manifest path
  int64_t size = -1;     // -1: no source said
  bool present = false;  // already in the models folder (nothing to fetch)
  int64_t partial = 0;   // bytes of an interrupted download (.part) a resume keeps
};
struct DownloadSize {
  std::vector<DownloadFileSize> files;
  int64_t total = 0;        // every file whose size is known, present or not
  int64_t to_fetch = 0;     // what is not here yet, less what .part files hold
  int unknown = 0;          // files to fetch whose size no source stated
  int64_t free_bytes = -1;  // on the models folder's disk; -1: not known
  bool fits() const { return free_bytes < 0 || to_fetch <= free_bytes; }
};

struct DownloadParams {
  std::filesystem::path models_dir;
  ModelManifest manifest;
  bool force = false;  // re-download files already present and verified
  int retries = 3;     // per file, resuming where the last attempt stopped
  long connect_timeout_s = 20;
  long stall_timeout_s = 60;  // give up an attempt receiving nothing for this long
  // Before fetching anything, ask the sizes of the files to fetch and refuse (Error kIo naming
  // the folder, with both sizes) when the disk has not room for them: better than failing
  // gigabytes later. A size no source states is not counted; offline, the check passes.
  bool check_space = true;
  // Told the sizes found by that check (before the first byte is fetched).
  std::function<void(const DownloadSize&)> on_size = nullptr;
};

enum class FileStatus { kOk, kMissing, kMismatch, kUnverified, kDownloaded, kSkipped };
const char* to_string(FileStatus status);

struct FileReport {
  std::string path;  // where the file is (a source may keep its file under its own path)
  FileStatus status = FileStatus::kMissing;
  int64_t size = 0;
  std::string sha256;   // what the file on disk hashes to (when present)
  std::string message;  // human-readable detail for mismatches and failures
  std::string source;   // the URL that served it (downloaded now)
};

// Each file from its sources in turn: one that answers 404, serves a web page instead of the
// file, fails its checksum or stalls past the retries gives way to the next. Throws Error:
// kIo when every source of a file failed ("every source for RN50x4.pt failed:
// openaipublic.azureedge.net: 404 Not Found; huggingface.co: no connection") or the disk
// refuses, kCancelled. Files finished before a failure stay in place; a partial one stays as
// `.part` for the next attempt to resume.
std::vector<FileReport> download_models(const DownloadParams& params,
                                        const DownloadProgressFn& progress = {},
                                        const CancelFn& cancel = {});

// Asks each file's sources for its size in turn (the first to state one counts), without
// downloading; files already present are not asked for (`force`: all are). Never throws for
// network trouble: a size nobody states stays -1. Throws Error(kCancelled).
DownloadSize measure_download_size(const DownloadParams& params, const CancelFn& cancel = {});

// "2.3 GB" (decimal units, as disks and downloads are sold).
std::string human_size(double bytes);

// Hashes every manifest file present in `models_dir`: kOk (matches the pinned checksum or the
// one recorded at download), kMismatch, kMissing, or kUnverified (present, nothing to check
// against). Never throws for a bad file; that is what the report is for.
std::vector<FileReport> verify_models(const std::filesystem::path& models_dir,
                                      const ModelManifest& manifest,
                                      const ProgressFn& progress = {});

// SHA-256 of a file, lowercase hex.
std::string sha256_file(const std::filesystem::path& file, const CancelFn& cancel = {});

}  // namespace lingualens
