// Token sampling on CUDA: one block per row, the same steps as the CPU kernel (penalty,
// temperature, top-k, top-p, min-p, inverse-CDF draw with the caller's uniform). Thresholds come
// from a weighted radix select over the order-preserving integer keys of the floats (four 8-bit
// passes with shared-memory histograms), so no row is ever sorted.
#include <ATen/ops/empty.h>
#include <ATen/ops/empty_like.h>
#include <c10/cuda/CUDAException.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/library.h>

#include <cmath>

#include "checks.h"

namespace havoc::cuda {
namespace {

constexpr int kThreads = 256;
constexpr int kDigits = 256;

__device__ __forceinline__ uint32_t ordered_key(float x) {
  const uint32_t bits = __float_as_uint(x);
  return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

__device__ __forceinline__ float from_key(uint32_t key) {
  return __uint_as_float((key & 0x80000000u) ? (key & 0x7fffffffu) : ~key);
}

template <typename T, typename Op>
__device__ T block_reduce(T value, T* scratch, Op op) {
  scratch[threadIdx.x] = value;
  __syncthreads();
  for (int half = kThreads / 2; half > 0; half /= 2) {
    if (threadIdx.x < half) scratch[threadIdx.x] = op(scratch[threadIdx.x], scratch[threadIdx.x + half]);
    __syncthreads();
  }
  const T result = scratch[0];
  __syncthreads();
  return result;
}

struct Scratch {
  double mass[kDigits];
  unsigned int count[kDigits];
  double sums[kThreads];
  float values[kThreads];
  int indices[kThreads];
  uint32_t prefix;
  double above, target;
  int owner, chosen;
};

// The largest t among x >= floor with weight(x > t) < target <= weight(x >= t) (weight 1 when w is
// null); if the weights fall short of target, the smallest such x.
__device__ float select_threshold(const float* x, const float* w, int n, float floor, double target, Scratch& s) {
  uint32_t prefix = 0, mask = 0;
  if (threadIdx.x == 0) s.above = 0.0;
  for (int shift = 24; shift >= 0; shift -= 8) {
    for (int d = threadIdx.x; d < kDigits; d += kThreads) {
      s.mass[d] = 0.0;
      s.count[d] = 0;
    }
    __syncthreads();
    for (int i = threadIdx.x; i < n; i += kThreads) {
      if (!(x[i] >= floor)) continue;
      const uint32_t key = ordered_key(x[i]);
      if ((key & mask) != prefix) continue;
      const int digit = (key >> shift) & 0xff;
      atomicAdd(&s.mass[digit], w ? static_cast<double>(w[i]) : 1.0);
      atomicAdd(&s.count[digit], 1u);
    }
    __syncthreads();
    if (threadIdx.x == 0) {
      int digit = -1, lowest = -1;
      double above = s.above, lowest_above = s.above;
      for (int d = kDigits - 1; d >= 0 && digit < 0; --d) {
        if (s.count[d] == 0) continue;
        lowest = d;
        lowest_above = above;
        if (above + s.mass[d] >= target) digit = d;
        else above += s.mass[d];
      }
      if (digit < 0) digit = lowest;  // target out of reach: descend towards the smallest value
      s.above = lowest_above;
      s.prefix = prefix | (static_cast<uint32_t>(digit) << shift);
    }
    __syncthreads();
    prefix = s.prefix;
    mask |= 0xffu << shift;
  }
  return from_key(prefix);
}

// Index of the first maximum of x (lowest index on ties).
__device__ int block_argmax(const float* x, int n, Scratch& s) {
  float best = -INFINITY;
  int index = n;
  for (int i = threadIdx.x; i < n; i += kThreads) {
    if (x[i] > best || (x[i] == best && i < index)) {
      best = x[i];
      index = i;
    }
  }
  s.values[threadIdx.x] = best;
  s.indices[threadIdx.x] = index;
  __syncthreads();
  for (int half = kThreads / 2; half > 0; half /= 2) {
    if (threadIdx.x < half) {
      const float other = s.values[threadIdx.x + half];
      const int other_index = s.indices[threadIdx.x + half];
      if (other > s.values[threadIdx.x] || (other == s.values[threadIdx.x] && other_index < s.indices[threadIdx.x])) {
        s.values[threadIdx.x] = other;
        s.indices[threadIdx.x] = other_index;
      }
    }
    __syncthreads();
  }
  const int result = s.indices[0] < n ? s.indices[0] : 0;
  __syncthreads();
  return result;
}

// probs[i] = exp(x[i] - top) where x[i] >= floor, else 0; returns the sum.
__device__ double masked_exp(const float* x, float* probs, int n, float top, float floor, Scratch& s) {
  double total = 0.0;
  for (int i = threadIdx.x; i < n; i += kThreads) {
    probs[i] = x[i] >= floor ? expf(x[i] - top) : 0.0f;
    total += probs[i];
  }
  return block_reduce(total, s.sums, [](double a, double b) { return a + b; });
}

// First index whose running sum of probs (in index order) exceeds uniform * total.
__device__ int draw(const float* probs, int n, double uniform, Scratch& s) {
  const int chunk = (n + kThreads - 1) / kThreads;
  const int begin = min(n, threadIdx.x * chunk), end = min(n, begin + chunk);
  double mine = 0.0;
  for (int i = begin; i < end; ++i) mine += probs[i];
  s.sums[threadIdx.x] = mine;
  __syncthreads();
  if (threadIdx.x == 0) {
    double total = 0.0;
    for (int t = 0; t < kThreads; ++t) total += s.sums[t];
    s.target = uniform * total;
    s.above = 0.0;
    s.owner = -1;
    s.chosen = -1;
    for (int t = 0; t < kThreads && s.owner < 0; ++t) {
      if (s.sums[t] > 0.0 && s.above + s.sums[t] > s.target) s.owner = t;
      else s.above += s.sums[t];
    }
    for (int i = n - 1; s.owner < 0 && i >= 0 && s.chosen < 0; --i) {  // rounding: the last token with mass
      if (probs[i] > 0.0f) s.chosen = i;
    }
  }
  __syncthreads();
  if (threadIdx.x == s.owner) {
    double running = s.above;
    for (int i = begin; i < end; ++i) {
      if (probs[i] == 0.0f) continue;
      running += probs[i];
      s.chosen = i;
      if (running > s.target) break;
    }
  }
  __syncthreads();
  return s.chosen;
}

struct SampleArgs {
  const float* logits;
  const float* temperature;
  const int64_t* top_k;
  const float* top_p;
  const float* min_p;
  const float* penalty;
  const int64_t* prev;
  const double* uniforms;
  float* work;
  float* probs;
  int64_t* out;
  int vocab, n_prev;
};

__global__ void sample_kernel(SampleArgs a) {
  __shared__ Scratch s;
  const int row = blockIdx.x, n = a.vocab;
  const float* x = a.logits + static_cast<int64_t>(row) * n;
  float* w = a.work + static_cast<int64_t>(row) * n;
  float* probs = a.probs + static_cast<int64_t>(row) * n;
  const float temp = a.temperature[row], penalty = a.penalty[row];
  const float divisor = temp == 0.0f ? 1.0f : temp;
  for (int i = threadIdx.x; i < n; i += kThreads) w[i] = x[i] / divisor;
  __syncthreads();
  if (penalty != 1.0f) {
    for (int t = threadIdx.x; t < a.n_prev; t += kThreads) {
      const int64_t token = a.prev[static_cast<int64_t>(row) * a.n_prev + t];
      const float logit = x[token];
      w[token] = (logit > 0.0f ? logit / penalty : logit * penalty) / divisor;  // duplicates write equal values
    }
  }
  __syncthreads();
  if (temp == 0.0f) {
    const int best = block_argmax(w, n, s);
    if (threadIdx.x == 0) a.out[row] = best;
    return;
  }
  float local = -INFINITY;
  for (int i = threadIdx.x; i < n; i += kThreads) local = fmaxf(local, w[i]);
  const float top_value = block_reduce(local, s.values, [](float p, float q) { return fmaxf(p, q); });
  float floor = -INFINITY;
  const int64_t k = a.top_k[row];
  if (k > 0 && k < n) floor = select_threshold(w, nullptr, n, floor, static_cast<double>(k), s);
  if (a.top_p[row] < 1.0f) {
    const double total = masked_exp(w, probs, n, top_value, floor, s);
    floor = fmaxf(floor, select_threshold(w, probs, n, floor, a.top_p[row] * total, s));
  }
  if (a.min_p[row] > 0.0f) floor = fmaxf(floor, top_value + logf(a.min_p[row]));
  masked_exp(w, probs, n, top_value, floor, s);
  const int pick = draw(probs, n, a.uniforms[row], s);
  if (threadIdx.x == 0) a.out[row] = pick;
}

at::Tensor sample_cuda(const at::Tensor& logits, const at::Tensor& temperature, const at::Tensor& top_k,
                       const at::Tensor& top_p, const at::Tensor& min_p, const at::Tensor& repetition_penalty,
                       const at::Tensor& prev_tokens, const at::Tensor& uniforms) {
  check_sample(logits, {temperature, top_k, top_p, min_p, repetition_penalty}, prev_tokens, uniforms);
  const c10::cuda::CUDAGuard guard(logits.device());
  const int64_t rows = logits.size(0), vocab = logits.size(1);
  TORCH_CHECK(vocab < (int64_t{1} << 31), "sample (CUDA): vocabulary too large");
  const at::Tensor temp = temperature.to(at::kFloat).contiguous(), k = top_k.to(at::kLong).contiguous();
  const at::Tensor tp = top_p.to(at::kFloat).contiguous(), mp = min_p.to(at::kFloat).contiguous();
  const at::Tensor pen = repetition_penalty.to(at::kFloat).contiguous(), u = uniforms.to(at::kDouble).contiguous();
  const at::Tensor prev = prev_tokens.contiguous();
  // The same argument checks as on the CPU, on host copies of the (small) parameter tensors.
  check_sample_values(temp.cpu(), k.cpu(), tp.cpu(), mp.cpu(), pen.cpu(), prev.cpu(), vocab);
  const at::Tensor x = logits.to(at::kFloat).contiguous();
  at::Tensor work = at::empty_like(x), probs = at::empty_like(x);
  at::Tensor out = at::empty({rows, 1}, logits.options().dtype(at::kLong));
  if (rows == 0) return out;
  const SampleArgs args{x.const_data_ptr<float>(),    temp.const_data_ptr<float>(), k.const_data_ptr<int64_t>(),
                        tp.const_data_ptr<float>(),   mp.const_data_ptr<float>(),   pen.const_data_ptr<float>(),
                        prev.const_data_ptr<int64_t>(), u.const_data_ptr<double>(),  work.mutable_data_ptr<float>(),
                        probs.mutable_data_ptr<float>(), out.mutable_data_ptr<int64_t>(), static_cast<int>(vocab),
                        static_cast<int>(prev.size(1))};
  sample_kernel<<<rows, kThreads, 0, c10::cuda::getCurrentCUDAStream()>>>(args);
  C10_CUDA_KERNEL_LAUNCH_CHECK();
  return out;
}

}  // namespace
}  // namespace havoc::cuda

TORCH_LIBRARY_IMPL(havoc_kernels, CUDA, m) { m.impl("sample", &havoc::cuda::sample_cuda); }
