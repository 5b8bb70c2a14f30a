// The matrix kernels behind the text encoder and exact search (core/util/few_rows_gemm.h,
// half_linear.h, fast_linear.h) against a plain double-precision computation, over shapes that
// exercise every edge: row counts around the 4-row blocks and the 48-row tiles, input sizes
// that are not a multiple of 8, output counts that are not a multiple of 3, split ranges.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "core/util/fast_linear.h"
#include "core/util/few_rows_gemm.h"
#include "core/util/half_linear.h"

namespace lingualens {
namespace {

struct Problem {
  int64_t rows, in, out;
  std::vector<float> x, w, b;
};

Problem make(int64_t rows, int64_t in, int64_t out, uint32_t seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> d(0.f, 1.f);
  Problem p{rows, in, out, {}, {}, {}};
  p.x.resize(static_cast<size_t>(rows * in));
  p.w.resize(static_cast<size_t>(out * in));
  p.b.resize(static_cast<size_t>(out));
  for (auto* v : {&p.x, &p.w, &p.b}) {
    for (auto& f : *v) f = d(rng);
  }
  return p;
}

// y = x · wᵀ + b in double, with w as given.
std::vector<double> reference(const Problem& p, const std::vector<float>& w) {
  std::vector<double> y(static_cast<size_t>(p.rows * p.out));
  for (int64_t r = 0; r < p.rows; ++r) {
    for (int64_t n = 0; n < p.out; ++n) {
      double s = p.b[n];
      for (int64_t k = 0; k < p.in; ++k) s += double(p.x[r * p.in + k]) * w[n * p.in + k];
      y[r * p.out + n] = s;
    }
  }
  return y;
}

// Rounding error of a float sum of `in` products: a few ulps of the sum of magnitudes.
void expect_near(const std::vector<float>& got, const std::vector<double>& want, int64_t in,
                 const char* what) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    ASSERT_NEAR(got[i], want[i], 1e-5 * std::sqrt(double(in)) * (1 + std::abs(want[i])))
        << what << " at " << i;
  }
}

// IEEE half's rounding, written from its definition (11 significant bits, subnormals spaced
// 2⁻²⁴ apart, ties to even) independently of the F16C instruction under test.
float round_to_half(float f) {
  const double a = std::abs(double(f));
  const double ulp =
      a >= std::ldexp(1.0, -14) ? std::ldexp(1.0, std::ilogb(a) - 10) : std::ldexp(1.0, -24);
  return static_cast<float>(std::nearbyint(double(f) / ulp) * ulp);
}

std::vector<float> rounded_to_half(const std::vector<float>& w) {
  std::vector<float> out(w.size());
  for (size_t i = 0; i < w.size(); ++i) out[i] = round_to_half(w[i]);
  return out;
}

class LinearKernels : public ::testing::TestWithParam<std::tuple<int, int, int>> {
 protected:
  void SetUp() override {
    if (!few_rows_gemm_supported()) GTEST_SKIP() << "this CPU has no AVX2 + FMA + F16C";
  }
};

TEST_P(LinearKernels, FloatWeightsMatchDoublePrecision) {
  const auto [rows, in, out] = GetParam();
  const auto p = make(rows, in, out, 1);
  std::vector<float> y(static_cast<size_t>(rows * out));
  few_rows_gemm(p.x.data(), rows, p.w.data(), p.b.data(), in, out, 0, out, y.data());
  expect_near(y, reference(p, p.w), in, "fp32");
}

TEST_P(LinearKernels, SplitRangesGiveTheSameResult) {
  const auto [rows, in, out] = GetParam();
  const auto p = make(rows, in, out, 2);
  std::vector<float> whole(static_cast<size_t>(rows * out)), split(whole.size());
  few_rows_gemm(p.x.data(), rows, p.w.data(), p.b.data(), in, out, 0, out, whole.data());
  for (int64_t begin = 0; begin < out; begin += 5) {
    few_rows_gemm(p.x.data(), rows, p.w.data(), p.b.data(), in, out, begin,
                  std::min<int64_t>(out, begin + 5), split.data());
  }
  EXPECT_EQ(whole, split);
}

TEST_P(LinearKernels, HalfWeightsComputeWithTheRoundedWeights) {
  const auto [rows, in, out] = GetParam();
  const auto p = make(rows, in, out, 3);
  const HalfLinear half(p.w.data(), p.b.data(), out, in);
  std::vector<float> y(static_cast<size_t>(rows * out));
  half.run(p.x.data(), rows, y.data());
  // Exactly the fp32 computation with each weight rounded to the nearest half.
  expect_near(y, reference(p, rounded_to_half(p.w)), in, "half");
}

TEST_P(LinearKernels, FastLinearAgreesForFewAndManyRows) {
  const auto [rows, in, out] = GetParam();
  const auto p = make(rows, in, out, 4);
  const FastLinear f(p.w.data(), p.b.data(), out, in);
  std::vector<float> y(static_cast<size_t>(rows * out));
  f.run(p.x.data(), rows, y.data());  // few rows: this kernel; many: oneDNN
  expect_near(y, reference(p, p.w), in, "FastLinear");
}

INSTANTIATE_TEST_SUITE_P(Shapes, LinearKernels,
                         ::testing::Values(std::tuple{1, 8, 1}, std::tuple{1, 640, 1000},
                                           std::tuple{3, 7, 5}, std::tuple{4, 16, 3},
                                           std::tuple{5, 33, 7}, std::tuple{11, 768, 96},
                                           std::tuple{11, 3072, 12}, std::tuple{32, 100, 31},
                                           std::tuple{49, 64, 10}, std::tuple{100, 24, 9}));

TEST(HalfLinear, RoundsToNearestLikePyTorch) {
  if (!HalfLinear::supported()) GTEST_SKIP() << "this CPU has no AVX2 + FMA + F16C";
  // 1 + 2⁻¹¹ is halfway between two halves: ties go to even (1.0); 1 + 3·2⁻¹¹ goes up.
  const std::vector<float> w = {1.f + std::ldexp(1.f, -11), 1.f + 3 * std::ldexp(1.f, -11), 65504.f,
                                1e-8f};
  const HalfLinear one_by_one(w.data(), nullptr, 4, 1);
  const float x = 1.f;
  std::vector<float> y(4);
  one_by_one.run(&x, 1, y.data());
  EXPECT_EQ(y[0], 1.f);
  EXPECT_EQ(y[1], 1.f + std::ldexp(1.f, -9));
  EXPECT_EQ(y[2], 65504.f);
  EXPECT_EQ(y[3], 0.f);  // below half's smallest subnormal (6e-8)
}

}  // namespace
}  // namespace lingualens
