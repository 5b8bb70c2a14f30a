#include "app/cli/progress_bar.h"

#include <cstdio>
#include <string>

namespace lingualens::cli {

void ProgressBar::update(const IndexProgress& p) {
  if (!enabled_) return;
  constexpr int kWidth = 30;
  const double frac = p.total > 0 ? static_cast<double>(p.done) / p.total : 0.0;
  const int filled = static_cast<int>(frac * kWidth);
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(kWidth, '.');
  char eta[32] = "";
  if (p.eta_seconds > 0) {
    const int s = static_cast<int>(p.eta_seconds);
    std::snprintf(eta, sizeof eta, " ETA %d:%02d", s / 60, s % 60);
  }
  std::fprintf(stderr, "\r%-9s [%s] %lld/%lld %.1f img/s%s\033[K", p.phase.c_str(), bar.c_str(),
               static_cast<long long>(p.done), static_cast<long long>(p.total), p.images_per_second,
               eta);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\n");
  drawn_ = false;
}

}  // namespace lingualens::cli
