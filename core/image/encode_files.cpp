#include "core/image/encode_files.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

#include "core/image/pixel_budget.h"

namespace lingualens {
namespace {

// One batch of decoded, preprocessed inputs; `ok[k]` says whether file k got there.
struct Batch {
  size_t start = 0, count = 0;
  std::vector<float> inputs;
  std::vector<char> ok;
};

// Decodes and preprocesses paths[start, start + count) on `threads` threads. Per-file
// failures become values in `results`; nothing is thrown across the thread boundary.
void decode_batch(const ImageEncoder& encoder, const std::vector<std::filesystem::path>& paths,
                  const EncodeFilesParams& params, int threads, Batch& b,
                  std::vector<ImageFileResult>& results) {
  const size_t per_image = static_cast<size_t>(3) * encoder.input_size() * encoder.input_size();
  b.inputs.resize(per_image * b.count);
  b.ok.assign(b.count, 0);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < b.count;) {
      ImageFileResult& r = results[b.start + k];
      r.path = paths[b.start + k];
      // The decoded pixels are gone once preprocessed (or failed): give their budget back.
      struct Release {
        PixelBudget* budget;
        ~Release() {
          if (budget) budget->release();
        }
      } release{params.decode.budget};
      try {
        const DecodedImage d = decode_image_file(r.path, params.decode);
        if (params.on_decoded) params.on_decoded(b.start + k, d);
        const auto in = encoder.preprocess(d.image);
        std::copy(in.begin(), in.end(),
                  b.inputs.begin() + static_cast<std::ptrdiff_t>(k * per_image));
        b.ok[k] = 1;
      } catch (const Error& e) {
        r.error = e.what();
        r.error_kind = e.kind();
      } catch (const std::exception& e) {
        r.error = r.path.string() + ": " + e.what();
        r.error_kind = ErrorKind::kIo;
      }
    }
  };
  std::vector<std::thread> pool;
  const int t =
      static_cast<int>(std::min<size_t>(static_cast<size_t>(std::max(1, threads)), b.count));
  for (int i = 1; i < t; ++i) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
}

}  // namespace

std::vector<ImageFileResult> encode_image_files(const ImageEncoder& encoder,
                                                const std::vector<std::filesystem::path>& paths,
                                                const EncodeFilesParams& given,
                                                const ProgressFn& progress,
                                                const CancelFn& cancel) {
  std::vector<ImageFileResult> results(paths.size());
  if (paths.empty()) return results;
  PixelBudget budget(given.decode_pixel_budget);
  EncodeFilesParams params = given;
  if (!params.decode.budget) params.decode.budget = &budget;
  const size_t per_image = static_cast<size_t>(3) * encoder.input_size() * encoder.input_size();
  const size_t batch = static_cast<size_t>(std::max(1, encoder.max_batch()));
  const int threads = params.decode_threads > 0
                          ? params.decode_threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Two batches in flight: the next one is decoded while the current one is encoded.
  Batch buffers[2];
  auto start_decode = [&](size_t start, Batch& b) {
    b.start = start;
    b.count = std::min(batch, paths.size() - start);
    return std::async(std::launch::async,
                      [&, threads] { decode_batch(encoder, paths, params, threads, b, results); });
  };
  std::future<void> pending = start_decode(0, buffers[0]);
  for (size_t start = 0, i = 0; start < paths.size(); start += batch, ++i) {
    pending.get();
    Batch& b = buffers[i % 2];
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "image encoding cancelled");
    if (start + batch < paths.size()) pending = start_decode(start + batch, buffers[(i + 1) % 2]);
    // Encode the files that decoded, packed together.
    std::vector<size_t> good;
    for (size_t k = 0; k < b.count; ++k) {
      if (!b.ok[k]) continue;
      if (good.size() != k) {
        std::copy_n(b.inputs.begin() + static_cast<std::ptrdiff_t>(k * per_image), per_image,
                    b.inputs.begin() + static_cast<std::ptrdiff_t>(good.size() * per_image));
      }
      good.push_back(k);
    }
    if (!good.empty()) {
      auto emb = encoder.encode_inputs(b.inputs.data(), static_cast<int>(good.size()));
      for (size_t g = 0; g < good.size(); ++g)
        results[b.start + good[g]].embedding = std::move(emb[g]);
    }
    if (params.on_batch) params.on_batch(b.start, b.count, results);
    if (progress)
      progress(static_cast<int64_t>(b.start + b.count), static_cast<int64_t>(paths.size()));
  }
  return results;
}

}  // namespace lingualens
