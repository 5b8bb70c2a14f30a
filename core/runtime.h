// Process-wide compute settings for LibTorch (thread pools).
#pragma once

namespace lingualens {

// Debian's LibTorch starts with one intra-op thread; we default to every core.
// `threads <= 0` means "all hardware threads". Call once at start-up, before any model runs.
void configure_compute_threads(int threads);

// The number of intra-op threads LibTorch currently uses.
int compute_threads();

}  // namespace lingualens
