#include "core/image/pixel_budget.h"

namespace lingualens {
namespace {
// What this thread holds, per budget (a thread serves one budget at a time in practice).
thread_local const PixelBudget* t_budget = nullptr;
thread_local int64_t t_held = 0;
}  // namespace

void PixelBudget::acquire(int64_t pixels) {
  if (pixels <= 0) return;
  std::unique_lock<std::mutex> lock(mutex_);
  const bool holding = t_budget == this && t_held > 0;
  if (!holding) {
    freed_.wait(lock, [&] { return in_use_ == 0 || in_use_ + pixels <= max_; });
  }
  in_use_ += pixels;
  t_budget = this;
  t_held += pixels;
}

void PixelBudget::release() {
  if (t_budget != this || t_held == 0) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    in_use_ -= t_held;
  }
  t_held = 0;
  t_budget = nullptr;
  freed_.notify_all();
}

int64_t PixelBudget::in_use() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return in_use_;
}

}  // namespace lingualens
