// Bounds the pixels being decoded at once by parallel decoding threads. Four 14000 × 14000
// PNGs decoded side by side peak at 3.3 GB; with a budget, a thread that would go over it
// waits until the others have finished theirs. One image always proceeds on its own (an
// image larger than the whole budget is decoded alone), and a thread that already holds a
// share never waits, so there is no deadlock. The decoders take their share when they learn
// the image's size (decoders::check_dimensions); the caller gives it back with release().
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace lingualens {

class PixelBudget {
 public:
  explicit PixelBudget(int64_t max_pixels) : max_(max_pixels) {}

  // Takes `pixels` for the calling thread, waiting while others hold too much.
  void acquire(int64_t pixels);
  // Gives back everything the calling thread took.
  void release();

  int64_t in_use() const;

 private:
  const int64_t max_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  int64_t in_use_ = 0;
};

}  // namespace lingualens
