// Image files → embeddings, with per-file errors as values: one unreadable photo never
// stops the others. Decoding and preprocessing run in parallel; encoding runs in batches.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/image/decode.h"
#include "core/image/image_encoder.h"
#include "core/types.h"

namespace lingualens {

struct ImageFileResult {
  std::filesystem::path path;
  std::optional<Embedding> embedding;  // empty when the file failed
  std::string error;                   // what went wrong, naming the file
  ErrorKind error_kind = ErrorKind::kBadFormat;
};

struct EncodeFilesParams {
  DecodeOptions decode;
  int decode_threads = 0;  // 0: all cores
  // At most this many pixels decoded at once across the decoding threads (see PixelBudget):
  // bounds memory on folders of huge images. One image larger than this still decodes, alone.
  int64_t decode_pixel_budget = 256'000'000;
  // Called on a decoding thread for each file that decoded (index into `paths`), e.g. to
  // record its size or read its metadata. Must not throw.
  std::function<void(size_t index, const DecodedImage& image)> on_decoded;
  // Called on the calling thread after each batch is encoded, with the finished results
  // [start, start + count): the place to save them. May throw (stops the run).
  std::function<void(size_t start, size_t count, std::vector<ImageFileResult>& results)> on_batch;
};

// One result per path, in order. `progress` counts files; `cancel` is checked per batch and
// throws Error(kCancelled).
std::vector<ImageFileResult> encode_image_files(const ImageEncoder& encoder,
                                                const std::vector<std::filesystem::path>& paths,
                                                const EncodeFilesParams& params = {},
                                                const ProgressFn& progress = {},
                                                const CancelFn& cancel = {});

}  // namespace lingualens
