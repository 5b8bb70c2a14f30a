// AVX2 versions of the resampling passes (core/image/resample_passes.h). Internal: callers go
// through resample_horizontal / resample_vertical, which choose them when the CPU allows.
#pragma once

#include "core/image/image.h"
#include "core/image/resample_taps.h"

namespace lingualens {

bool resample_avx2_supported();
void resample_horizontal_avx2(const Image8& in, Image8& out, int row_offset, int x_begin,
                              const ResampleTaps& taps);
void resample_vertical_avx2(const Image8& in, Image8& out, int y_begin, int row_shift,
                            const ResampleTaps& taps);

}  // namespace lingualens
