// Definitions of vec_math.h: plain loops written so that GCC vectorises each target clone.
#include "vec_math.h"

#include <cmath>

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define HAVOC_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define HAVOC_CLONES
#endif

namespace havoc {
namespace {

inline float bits_to_float(uint32_t bits) { return __builtin_bit_cast(float, bits); }

inline uint32_t float_to_bits(float f) { return __builtin_bit_cast(uint32_t, f); }

// exp(x) to about 2 ulp for x <= 88; exactly 0 below -87.3 (where float denormals would begin).
// Range reduction x = n ln2 + r with |r| <= ln2/2, degree-7 Taylor polynomial for e^r, 2^n by
// building the exponent bits. Branch-free, so the loops calling it vectorise.
inline float exp_poly(float x) {
  const float low = x > -87.3f ? x : -87.3f;
  const float clamped = low < 88.0f ? low : 88.0f;
  // round to nearest by the 1.5 * 2^23 trick: exact for |t| < 2^22, and vectorises (floorf may not)
  const float n = (clamped * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
  const float r = (clamped - n * 0.693359375f) + n * 2.12194440e-4f;
  float p = 1.0f / 5040.0f;
  p = p * r + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const float two_n = bits_to_float(static_cast<uint32_t>(static_cast<int32_t>(n) + 127) << 23);
  return x < -87.3f ? 0.0f : p * two_n;
}

}  // namespace

HAVOC_CLONES float exp_shift_sum(float* x, int64_t n, float shift) {
  float total = 0.0f;
#pragma omp simd reduction(+ : total)
  for (int64_t i = 0; i < n; ++i) {
    const float e = exp_poly(x[i] - shift);
    x[i] = e;
    total += e;
  }
  return total;
}

HAVOC_CLONES double exp_shift_masked(const float* x, float* out, int64_t n, float shift, float floor) {
  double total = 0.0;
#pragma omp simd reduction(+ : total)
  for (int64_t i = 0; i < n; ++i) {
    const float e = exp_poly(x[i] - shift);
    const float kept = x[i] >= floor ? e : 0.0f;
    out[i] = kept;
    total += kept;
  }
  return total;
}

HAVOC_CLONES float max_of(const float* x, int64_t n) {
  float best = x[0];
#pragma omp simd reduction(max : best)
  for (int64_t i = 0; i < n; ++i) best = x[i] > best ? x[i] : best;
  return best;
}

HAVOC_CLONES void scale(float* x, int64_t n, float a) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) x[i] *= a;
}

HAVOC_CLONES void divide(const float* x, float* out, int64_t n, float d) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) out[i] = x[i] / d;
}

HAVOC_CLONES void bf16_to_float(const uint16_t* src, float* dst, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) dst[i] = bits_to_float(static_cast<uint32_t>(src[i]) << 16);
}

HAVOC_CLONES void float_to_bf16(const float* src, uint16_t* dst, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) {
    const uint32_t bits = float_to_bits(src[i]);
    const uint32_t rounded = (bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16;
    dst[i] = static_cast<uint16_t>(src[i] != src[i] ? 0x7fc0u : rounded);
  }
}

}  // namespace havoc
