// Parallel decoding holds at most the pixel budget at once (four 14000² PNGs peaked at 3.3 GB).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "core/image/pixel_budget.h"

namespace lingualens {
namespace {

TEST(PixelBudget, ThreadsNeverHoldMoreThanTheBudgetTogether) {
  PixelBudget budget(250);
  std::atomic<int64_t> peak{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round) {
        budget.acquire(100);
        int64_t now = budget.in_use(), seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::yield();
        budget.release();
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(peak.load(), 200);  // two images of 100 fit in 250, a third never does
  EXPECT_EQ(budget.in_use(), 0);
}

TEST(PixelBudget, AnImageLargerThanTheBudgetStillDecodesAlone) {
  PixelBudget budget(100);
  budget.acquire(1000);  // alone: allowed
  EXPECT_EQ(budget.in_use(), 1000);
  budget.acquire(50);  // the same thread, already holding: never waits (no deadlock)
  EXPECT_EQ(budget.in_use(), 1050);
  std::atomic<bool> got{false};
  std::thread other([&] {
    budget.acquire(10);  // waits until the first thread has released
    got = true;
    budget.release();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(got.load());
  budget.release();
  other.join();
  EXPECT_TRUE(got.load());
  EXPECT_EQ(budget.in_use(), 0);
}

}  // namespace
}  // namespace lingualens
