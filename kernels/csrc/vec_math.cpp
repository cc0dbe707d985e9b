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

namespace {

// Helpers on 64-byte vectors are always inlined into the target clones: a call would pass the vectors
// through memory (and in a baseline-ISA body), which costs more than the loop they serve.
#define HAVOC_INLINE inline __attribute__((always_inline))
#pragma GCC diagnostic ignored "-Wpsabi"

// 16 floats (or 16 bfloat16 patterns widened to floats) as one vector: GCC emits one AVX-512 register,
// or two or four narrower ones on the other clones. Explicit vectors here: the same loop written with
// `omp simd reduction` over scalar sums streams weights at a fifth of the memory bandwidth.
typedef float Lanes __attribute__((vector_size(64)));
typedef uint16_t Halves __attribute__((vector_size(32)));
typedef uint32_t Words __attribute__((vector_size(64)));
constexpr int64_t kLanes = 16;

HAVOC_INLINE Lanes load_lanes(const float* p) {
  Lanes v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

HAVOC_INLINE Lanes load_lanes(const uint16_t* p) {
  Halves h;
  __builtin_memcpy(&h, p, sizeof h);
  return reinterpret_cast<Lanes>(__builtin_convertvector(h, Words) << 16);
}

inline float widen(float w) { return w; }

inline float widen(uint16_t w) { return bits_to_float(static_cast<uint32_t>(w) << 16); }

HAVOC_INLINE float lane_sum(Lanes v) {
  float total = 0.0f;
  for (int64_t l = 0; l < kLanes; ++l) total += v[l];
  return total;
}

// kRows rows at once, each with a vector accumulator, prefetching the matching lines of the next
// kRows rows: weights stream from memory once per token, and a single core keeps too few cache misses
// in flight on its own (the prefetch lifts bfloat16 rows from 6 to 10 GB/s on a 2-core Xeon VM).
template <int64_t kRows, typename weight_t>
HAVOC_INLINE void dot_rows(const weight_t* w, int64_t ld, const float* x, int64_t k, float* out, bool prefetch) {
  constexpr int64_t kPerLine = 64 / sizeof(weight_t);
  const int64_t body = k - k % kLanes;
  Lanes acc[kRows] = {};
  for (int64_t i = 0; i < body; i += kLanes) {
    const Lanes xv = load_lanes(x + i);
    for (int64_t j = 0; j < kRows; ++j) {
      if (prefetch && i % kPerLine == 0) __builtin_prefetch(w + (j + kRows) * ld + i);
      acc[j] += load_lanes(w + j * ld + i) * xv;
    }
  }
  for (int64_t j = 0; j < kRows; ++j) {
    float total = lane_sum(acc[j]);
    for (int64_t i = body; i < k; ++i) total += widen(w[j * ld + i]) * x[i];
    out[j] = total;
  }
}

template <typename weight_t>
HAVOC_INLINE void matvec_rows(const weight_t* w, int64_t ld, int64_t rows, const float* x, int64_t k, float* out) {
  constexpr int64_t kRows = 8;
  int64_t r = 0;
  for (; r + kRows <= rows; r += kRows) dot_rows<kRows>(w + r * ld, ld, x, k, out + r, r + 2 * kRows <= rows);
  for (; r < rows; ++r) dot_rows<1>(w + r * ld, ld, x, k, out + r, false);
}

}  // namespace

HAVOC_CLONES void matvec(const float* w, int64_t ld, int64_t rows, const float* x, int64_t k, float* out) {
  matvec_rows(w, ld, rows, x, k, out);
}

HAVOC_CLONES void matvec(const uint16_t* w, int64_t ld, int64_t rows, const float* x, int64_t k, float* out) {
  matvec_rows(w, ld, rows, x, k, out);
}

HAVOC_CLONES float sum_squares(const float* x, int64_t n) {
  float total = 0.0f;
#pragma omp simd reduction(+ : total)
  for (int64_t i = 0; i < n; ++i) total += x[i] * x[i];
  return total;
}

HAVOC_CLONES void scale_by(const float* x, float inv_rms, const float* w, float* out, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) out[i] = x[i] * inv_rms * w[i];
}

HAVOC_CLONES void silu_mul(const float* gate, const float* up, float* out, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) out[i] = gate[i] / (1.0f + exp_poly(-gate[i])) * up[i];
}

HAVOC_CLONES void silu_mul_backward(const float* gate, const float* up, const float* grad, float* d_gate,
                                    float* d_up, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) {
    const float sigmoid = 1.0f / (1.0f + exp_poly(-gate[i]));
    const float silu = gate[i] * sigmoid;
    d_up[i] = grad[i] * silu;
    d_gate[i] = grad[i] * up[i] * (sigmoid + silu * (1.0f - sigmoid));
  }
}

HAVOC_CLONES void rms_norm_backward_row(const float* x, const float* g, const float* w, float inv_rms, float* dx,
                                        float* dw_sum, int64_t n) {
  float dot = 0.0f;
#pragma omp simd reduction(+ : dot)
  for (int64_t i = 0; i < n; ++i) dot += g[i] * w[i] * x[i];
  const float c = inv_rms * inv_rms * dot / static_cast<float>(n);
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) {
    dx[i] = inv_rms * (g[i] * w[i] - x[i] * c);
    dw_sum[i] += g[i] * x[i] * inv_rms;
  }
}

HAVOC_CLONES void add_into(float* x, const float* y, int64_t n) {
#pragma omp simd
  for (int64_t i = 0; i < n; ++i) x[i] += y[i];
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
