// Decode attention on CUDA, flash-decoding style: each block takes one (sequence, K/V head, split
// of the cache); its warps hold the group's query heads (one row each, looping if the group is
// larger than the block) and share the K/V tiles. A second kernel merges the splits.
#include <ATen/ops/empty.h>
#include <ATen/ops/empty_like.h>
#include <c10/cuda/CUDAException.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/library.h>

#include <algorithm>
#include <cmath>

#include "checks.h"
#include "flash_cuda.cuh"

namespace havoc::cuda {
namespace {

constexpr int kWarps = 4;
constexpr int kSplitLength = 512;

struct DecodeShape {
  int n_q, n_kv, group, dim, splits;
  int64_t ks0, ks1, ks2, vs0, vs1, vs2;  // cache strides (the last dimension is contiguous)
  float scale;
};

// Partial results per (sequence, K/V head, split, group member): m, l and dim accumulators.
template <typename scalar_t>
__global__ void decode_split_kernel(const scalar_t* __restrict__ q, const scalar_t* __restrict__ k,
                                    const scalar_t* __restrict__ v, const int64_t* __restrict__ lengths,
                                    DecodeShape s, float* __restrict__ part_m, float* __restrict__ part_l,
                                    float* __restrict__ part_acc) {
  extern __shared__ float shared[];
  float* keys = shared;
  float* values = keys + kTile * (s.dim + 1);
  const int warp = threadIdx.x / kWarp, lane = threadIdx.x % kWarp;
  float* q_row = values + kTile * (s.dim + 1) + warp * s.dim;
  const int split = blockIdx.x, head = blockIdx.y, b = blockIdx.z;
  const int64_t item = (static_cast<int64_t>(b) * s.n_kv + head) * s.splits + split;
  const int start = split * kSplitLength;
  const int stop = min(static_cast<int>(lengths[b]), start + kSplitLength);
  const scalar_t* k_head = k + b * s.ks0 + head * s.ks1;
  const scalar_t* v_head = v + b * s.vs0 + head * s.vs1;

  for (int g0 = 0; g0 < s.group; g0 += kWarps) {
    const int g = g0 + warp;
    const bool active = g < s.group;
    if (active) load_query(q_row, q + (static_cast<int64_t>(b) * s.n_q + head * s.group + g) * s.dim, s.dim, s.scale);
    RowState state;
    for (int j0 = start; j0 < stop; j0 += kTile) {
      const int n = min(kTile, stop - j0);
      __syncthreads();
      load_tile(keys, k_head, s.ks2, j0, n, s.dim);
      load_tile(values, v_head, s.vs2, j0, n, s.dim);
      __syncthreads();
      if (active) attend_tile(state, q_row, keys, values, n, s.dim);
    }
    if (!active) continue;
    const int64_t at = item * s.group + g;
    if (lane == 0) {
      part_m[at] = state.m;
      part_l[at] = state.l;
    }
#pragma unroll
    for (int c = 0; c < kMaxChunks; ++c) {
      const int d = lane + c * kWarp;
      if (d < s.dim) part_acc[at * s.dim + d] = state.acc[c];
    }
  }
}

// One warp per query row (b, kv head, group member): weighted sum of its splits.
template <typename scalar_t>
__global__ void decode_merge_kernel(const float* __restrict__ part_m, const float* __restrict__ part_l,
                                    const float* __restrict__ part_acc, DecodeShape s, int64_t rows,
                                    scalar_t* __restrict__ out) {
  const int64_t row = (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x) / kWarp;
  const int lane = threadIdx.x % kWarp;
  if (row >= rows) return;
  const int64_t g = row % s.group, first = (row / s.group) * s.splits;
  float top = -INFINITY;
  for (int sp = 0; sp < s.splits; ++sp) top = fmaxf(top, part_m[(first + sp) * s.group + g]);
  float total = 0.0f, acc[kMaxChunks] = {};
  for (int sp = 0; sp < s.splits; ++sp) {
    const int64_t at = (first + sp) * s.group + g;
    if (part_l[at] == 0.0f) continue;
    const float w = __expf(part_m[at] - top);
    total += w * part_l[at];
#pragma unroll
    for (int c = 0; c < kMaxChunks; ++c) {
      const int d = lane + c * kWarp;
      if (d < s.dim) acc[c] += w * part_acc[at * s.dim + d];
    }
  }
#pragma unroll
  for (int c = 0; c < kMaxChunks; ++c) {
    const int d = lane + c * kWarp;
    if (d < s.dim) out[row * s.dim + d] = static_cast<scalar_t>(acc[c] / total);
  }
}

at::Tensor decode_attention_cuda(const at::Tensor& q, const at::Tensor& k_cache, const at::Tensor& v_cache,
                                 const at::Tensor& lengths) {
  check_decode(q, k_cache, v_cache, lengths);
  TORCH_CHECK(q.size(3) <= kMaxDim, "decode_attention (CUDA): head_dim must be <= ", kMaxDim);
  TORCH_CHECK(lengths.device() == q.device(), "decode_attention: lengths must be on the device of q");
  const c10::cuda::CUDAGuard guard(q.device());
  // Validating lengths needs their values: one small device-to-host copy per call.
  const at::Tensor host_lengths = lengths.cpu();
  const int64_t* len = host_lengths.const_data_ptr<int64_t>();
  const int64_t batch = q.size(0), lmax = k_cache.size(2);
  int64_t longest = 0;
  for (int64_t b = 0; b < batch; ++b) {
    TORCH_CHECK(len[b] >= 1 && len[b] <= lmax, "decode_attention: lengths[", b, "] = ", len[b], " is outside [1, ",
                lmax, "]");
    longest = std::max(longest, len[b]);
  }
  const at::Tensor qc = q.contiguous(), lens = lengths.contiguous();
  const at::Tensor kc = k_cache.stride(3) == 1 ? k_cache : k_cache.contiguous();
  const at::Tensor vc = v_cache.stride(3) == 1 ? v_cache : v_cache.contiguous();
  at::Tensor out = at::empty_like(qc);
  if (out.numel() == 0) return out;

  const int dim = static_cast<int>(q.size(3)), n_kv = static_cast<int>(k_cache.size(1));
  const int group = static_cast<int>(q.size(1)) / n_kv;
  const int splits = static_cast<int>((longest + kSplitLength - 1) / kSplitLength);
  const DecodeShape shape{static_cast<int>(q.size(1)), n_kv, group, dim, splits,
                          kc.stride(0), kc.stride(1), kc.stride(2), vc.stride(0), vc.stride(1), vc.stride(2),
                          static_cast<float>(1.0 / std::sqrt(static_cast<double>(dim)))};
  const auto f32 = q.options().dtype(at::kFloat);
  const int64_t items = batch * n_kv * splits;
  at::Tensor part_m = at::empty({items, group}, f32), part_l = at::empty({items, group}, f32);
  at::Tensor part_acc = at::empty({items, group, dim}, f32);
  const int64_t rows = batch * q.size(1);
  const size_t smem = shared_bytes(dim, kWarps);
  const auto stream = c10::cuda::getCurrentCUDAStream();
  HAVOC_DISPATCH_FLOAT_BF16(q.scalar_type(), "havoc_decode_attention_cuda", [&] {
    auto split_kernel = decode_split_kernel<scalar_t>;
    C10_CUDA_CHECK(cudaFuncSetAttribute(split_kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, smem));
    split_kernel<<<dim3(splits, n_kv, batch), kWarps * kWarp, smem, stream>>>(
        qc.const_data_ptr<scalar_t>(), kc.const_data_ptr<scalar_t>(), vc.const_data_ptr<scalar_t>(),
        lens.const_data_ptr<int64_t>(), shape, part_m.mutable_data_ptr<float>(), part_l.mutable_data_ptr<float>(),
        part_acc.mutable_data_ptr<float>());
    C10_CUDA_KERNEL_LAUNCH_CHECK();
    const int threads = 8 * kWarp;
    const int64_t blocks = (rows * kWarp + threads - 1) / threads;
    decode_merge_kernel<scalar_t><<<blocks, threads, 0, stream>>>(part_m.const_data_ptr<float>(),
                                                                   part_l.const_data_ptr<float>(),
                                                                   part_acc.const_data_ptr<float>(), shape, rows,
                                                                   out.mutable_data_ptr<scalar_t>());
    C10_CUDA_KERNEL_LAUNCH_CHECK();
  });
  return out;
}

}  // namespace
}  // namespace havoc::cuda

TORCH_LIBRARY_IMPL(havoc_kernels, CUDA, m) { m.impl("decode_attention", &havoc::cuda::decode_attention_cuda); }
