// Incremental indexing of photo folders into a library.
//
// Per folder: scan → compare with the database (size + mtime) → hash new and changed files
// (XXH3-128) → reuse the embedding of any indexed file with the same content (moved, renamed,
// copied) → decode in parallel and encode in batches the rest → commit each batch → drop
// files that are gone. A crash or kill loses at most the batch in flight; the next run goes
// on from there. Files that fail are recorded with their error; the run goes on.
//
// The library must belong to one image model: a library indexed with other weights is
// refused (Error kMismatch) instead of mixing incomparable embeddings.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/types.h"
#include "index/scanner.h"

namespace lingualens {

class Library;

struct IndexParams {
  // Folders to add or refresh; empty: every folder of the library. A folder of the library
  // that is not there now (an unplugged drive) is offline: skipped, its photos kept.
  std::vector<std::filesystem::path> folders;
  ScanParams scan;
  DecodeOptions decode;
  int decode_threads = 0;  // 0: all cores
  // Fast indexing (off by default): JPEGs are decoded at reduced size in the DCT domain
  // (short side >= 2 × the model's input) — 6× less decode work per 12 MP photo, embeddings not
  // bit-for-bit the reference's (see BENCHMARKS.md for the measured deviation).
  bool fast = false;
  // Files that failed before are tried again even when unchanged (a codec installed since, a
  // file that was still being copied): the app's "Retry" in its error list.
  bool retry_failed = false;
  // Photos with a GPS position get their place (nearest town, region, country) from the
  // shipped gazetteer; photos indexed before places existed get theirs too, without encoding.
  bool places = true;
};

struct IndexProgress {
  std::string phase;  // "scanning", "hashing", "encoding", "saving"
  int64_t done = 0;   // images finished in this run (encoded, reused or failed)
  int64_t total = 0;  // images this run has to process
  double images_per_second = 0;
  double eta_seconds = 0;  // 0 when unknown
  std::string current;     // the folder or file being worked on
};
using IndexProgressFn = std::function<void(const IndexProgress&)>;

struct IndexSummary {
  int64_t scanned = 0;    // image files seen
  int64_t unchanged = 0;  // skipped: same size and mtime as indexed
  int64_t added = 0;      // encoded, new path
  int64_t updated = 0;    // encoded, known path whose content changed
  int64_t reused = 0;     // embedding taken over from identical content (not re-encoded)
  int64_t removed = 0;    // gone from disk
  int64_t failed = 0;     // could not be read or decoded this run
  double seconds = 0;
  double encode_seconds = 0;  // time inside decode + encode
  double images_per_second = 0;
  std::vector<ScanIssue> scan_issues;
  std::vector<std::string> offline;  // library folders that were not there (kept as they were)
  // Files skipped as not a supported image, by lower-case extension (".cr2"; "" for none).
  std::map<std::string, int64_t> unsupported;
  int64_t places = 0;        // photos whose place was looked up in this run
  std::string places_error;  // why places could not be looked up (the gazetteer is missing)
  std::vector<std::string> without_photos;  // folders of this run that hold no photo at all
  // Files under the folders of this run that stay unreadable after it (failed now or before).
  int64_t unreadable = 0;
};

// Throws Error: kNotFound for a missing folder that is not in the library (nothing is done
// then), kMismatch for a library of another model, kCancelled (after committing what was
// finished) when `cancel` returns true.
IndexSummary index_folders(Library& library, const ImageEncoder& encoder, const IndexParams& params,
                           const IndexProgressFn& progress = {}, const CancelFn& cancel = {});

// "12 files not supported: .cr2 ×10, .mov ×2" (most frequent first; English, for the CLI
// and logs); "" when nothing was skipped.
std::string unsupported_summary(const std::map<std::string, int64_t>& unsupported);

// Removes a library folder and everything indexed under it (the photos stay on disk). Throws
// kNotFound when not a folder of the library. Returns how many images it held.
int64_t forget_folder(Library& library, const std::filesystem::path& folder);

}  // namespace lingualens
