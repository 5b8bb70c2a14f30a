#include "core/image/encode_files.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace lingualens {

std::vector<ImageFileResult> encode_image_files(const ImageEncoder& encoder,
                                                const std::vector<std::filesystem::path>& paths,
                                                const EncodeFilesParams& params,
                                                const ProgressFn& progress, const CancelFn& cancel) {
  std::vector<ImageFileResult> results(paths.size());
  const int S = encoder.input_size();
  const size_t per_image = static_cast<size_t>(3) * S * S;
  const size_t batch = static_cast<size_t>(std::max(1, encoder.max_batch()));
  int threads = params.decode_threads > 0 ? params.decode_threads
                                          : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(1, threads);
  std::vector<float> inputs(per_image * batch);
  for (size_t start = 0; start < paths.size(); start += batch) {
    if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "image encoding cancelled");
    const size_t n = std::min(batch, paths.size() - start);
    std::vector<char> ok(n, 0);
    // Decode + preprocess the batch in parallel; failures become values, never exceptions
    // crossing the thread boundary.
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t k; (k = next.fetch_add(1)) < n;) {
        ImageFileResult& r = results[start + k];
        r.path = paths[start + k];
        try {
          const DecodedImage d = decode_image_file(r.path, params.decode);
          if (params.on_decoded) params.on_decoded(start + k, d);
          const auto in = encoder.preprocess(d.image);
          std::copy(in.begin(), in.end(), inputs.begin() + static_cast<std::ptrdiff_t>(k * per_image));
          ok[k] = 1;
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
    const int t = static_cast<int>(std::min<size_t>(static_cast<size_t>(threads), n));
    for (int i = 1; i < t; ++i) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
    // Encode the good ones, packed together.
    std::vector<size_t> good;
    for (size_t k = 0; k < n; ++k) {
      if (!ok[k]) continue;
      if (good.size() != k) {
        std::copy_n(inputs.begin() + static_cast<std::ptrdiff_t>(k * per_image), per_image,
                    inputs.begin() + static_cast<std::ptrdiff_t>(good.size() * per_image));
      }
      good.push_back(k);
    }
    if (!good.empty()) {
      auto emb = encoder.encode_inputs(inputs.data(), static_cast<int>(good.size()));
      for (size_t g = 0; g < good.size(); ++g) results[start + good[g]].embedding = std::move(emb[g]);
    }
    if (progress) progress(static_cast<int64_t>(start + n), static_cast<int64_t>(paths.size()));
  }
  return results;
}

}  // namespace lingualens
