// Portable vectorised helpers for the CPU kernels.
//
// Each function is compiled several times (x86-64-v4 / v3 / baseline) and the loader picks the
// best one for the running CPU (GCC target_clones), so the binary never assumes the build host's
// instruction set. On other compilers or architectures a single -O3 version is built.
#pragma once

#include <cstdint>

namespace havoc {

// x[i] = exp(x[i] - shift) for i < n, and returns the sum of the results.
float exp_shift_sum(float* x, int64_t n, float shift);

// x[i] = exp(x[i] - shift) where x[i] >= floor, else 0; returns the sum of the results in double.
double exp_shift_masked(const float* x, float* out, int64_t n, float shift, float floor);

// Largest element (n >= 1).
float max_of(const float* x, int64_t n);

// x[i] *= a.
void scale(float* x, int64_t n, float a);

// out[i] = x[i] / d (a true division, so results match x / d in PyTorch bit for bit).
void divide(const float* x, float* out, int64_t n, float d);

// out[r] = dot(w[r * ld : r * ld + k], x) for r < rows: a matrix-vector product over weight rows
// stored as float32 or as bfloat16 bit patterns (widened on the fly, accumulated in float32).
void matvec(const float* w, int64_t ld, int64_t rows, const float* x, int64_t k, float* out);
void matvec(const uint16_t* w, int64_t ld, int64_t rows, const float* x, int64_t k, float* out);

// Sum of x[i]^2, accumulated in float32.
float sum_squares(const float* x, int64_t n);

// out[i] = x[i] * inv_rms * w[i]: the scaling of an RMS norm.
void scale_by(const float* x, float inv_rms, const float* w, float* out, int64_t n);

// out[i] = silu(gate[i]) * up[i] = gate[i] / (1 + exp(-gate[i])) * up[i].
void silu_mul(const float* gate, const float* up, float* out, int64_t n);

// d_gate[i], d_up[i]: the gradients of silu_mul's output at grad[i] with respect to gate and up.
void silu_mul_backward(const float* gate, const float* up, const float* grad, float* d_gate, float* d_up, int64_t n);

// Gradients of one row of out = x * inv_rms * w: dx = inv_rms * (g * w - x * inv_rms^2 * mean(g * w * x)),
// and dw_sum[i] += g[i] * x[i] * inv_rms (the weight's gradient summed over rows).
void rms_norm_backward_row(const float* x, const float* g, const float* w, float inv_rms, float* dx, float* dw_sum,
                           int64_t n);

// x[i] += y[i].
void add_into(float* x, const float* y, int64_t n);

// bfloat16 bit patterns to float and back (round to nearest even, NaN preserved).
void bf16_to_float(const uint16_t* src, float* dst, int64_t n);
void float_to_bf16(const float* src, uint16_t* dst, int64_t n);

}  // namespace havoc
