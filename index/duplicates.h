// Finding copies in a library, from what indexing already recorded:
//  - identical: the same content hash (the same file twice);
//  - same photo, other file: resized, recompressed, converted, slightly cropped, turned by a
//    quarter or a half, or mirrored — perceptual hashes (core/image/perceptual_hash.h) within a
//    few bits in any orientation, the borderline ones confirmed by the embeddings;
//  - similar shots (bursts, retakes): embeddings nearly equal and taken within minutes.
// Each group suggests the photo to keep (the most pixels, then the camera's format over a
// conversion, then EXIF data, then the largest file, then the oldest) and says why. Nothing here
// touches a file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"
#include "index/library.h"
#include "index/library_db.h"

namespace lingualens {

enum class DuplicateKind { kIdentical = 0, kSame = 1, kSimilar = 2 };  // closest first
const char* to_string(DuplicateKind kind);                             // "identical", …
std::optional<DuplicateKind> parse_duplicate_kind(std::string_view text);

struct DuplicateParams {
  // Only groups of this kind, held together by links of this kind or closer (asking for
  // "same" never merges two groups through a burst).
  std::optional<DuplicateKind> only;
  LibraryScope scope;  // folder, dates; offline folders are included by default
  // Same photo: perceptual hashes at most this many bits apart (of 64, any orientation) …
  // (measured on the seed photos: resized, recompressed, converted, turned and mirrored copies
  // 0–2 bits; 5 % crops 2–10; the two most alike different photos, two apples held in a hand,
  // 4 — tests/core/test_perceptual_hash.cpp)
  int same_sure_bits = 3;
  // … or up to this many when the embeddings agree too (cosine >= same_confirm_cosine).
  int same_max_bits = 10;
  float same_confirm_cosine = 0.95f;
  // Similar shots: cosine of the embeddings and time between the shots.
  float similar_min_cosine = 0.95f;
  int64_t similar_max_seconds = 300;
};

struct DuplicateFile {
  DuplicateCandidate photo;
  bool removable = true;  // false: its folder is not connected now, or not writable
  std::string note;       // why not removable; for the kept photo, why it is kept
};

struct DuplicateGroup {
  DuplicateKind kind = DuplicateKind::kIdentical;  // the loosest link that holds it together
  std::vector<DuplicateFile> files;                // the one to keep first
};

// Groups ordered by their first photo's path. Throws Error as the library does.
std::vector<DuplicateGroup> find_duplicates(Library& library, const DuplicateParams& params,
                                            const ProgressFn& progress = {},
                                            const CancelFn& cancel = {});

}  // namespace lingualens
