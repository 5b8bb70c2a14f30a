// The two passes of Pillow's 8-bit bicubic resize, each over a window of its output so that a
// resize followed by a crop computes only the cropped pixels (same bytes as the whole image).
// Both have a portable implementation (Pillow's loops) and an AVX2 one; the sums are integers
// that no partial sum can overflow (|sum| ≤ 255 · Σ|k| < 1.4 · 2^30), so their order does not
// change the result and both give Pillow's bytes exactly
// (tests/core/test_resample_passes.cpp compares them on every channel count and edge).
//
// ref: Pillow src/libImaging/Resample.c (ImagingResampleHorizontal_8bpc,
//      ImagingResampleVertical_8bpc)
#pragma once

#include "core/image/image.h"
#include "core/image/resample_taps.h"

namespace lingualens {

enum class ResampleKernels {
  kBest,      // AVX2 when this CPU has it, else portable
  kPortable,  // Pillow's scalar loops
};

// out(y, x) = clip8(Σₜ k[x + x_begin][t] · in(y + row_offset, first[x + x_begin] + t)) per channel,
// for every pixel of `out` (allocated by the caller, same mode as `in`).
void resample_horizontal(const Image8& in, Image8& out, int row_offset, int x_begin,
                         const ResampleTaps& taps, ResampleKernels kernels);

// out(y, x) = clip8(Σₜ k[y + y_begin][t] · in(first[y + y_begin] + t - row_shift, x)) per byte,
// for every pixel of `out` (same width and mode as `in`).
void resample_vertical(const Image8& in, Image8& out, int y_begin, int row_shift,
                       const ResampleTaps& taps, ResampleKernels kernels);

}  // namespace lingualens
