// Prefill attention on CUDA: each block holds kRows query rows of one (batch, query head), one
// warp per row, and streams the shared K/V head through shared-memory tiles with an online
// softmax (grouped-query heads index their K/V head; nothing is repeated).
#include <ATen/ops/empty_like.h>
#include <c10/cuda/CUDAException.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/library.h>

#include <cmath>

#include "checks.h"
#include "flash_cuda.cuh"

namespace havoc::cuda {
namespace {

constexpr int kRows = 4;

template <typename scalar_t>
__global__ void attention_kernel(const scalar_t* __restrict__ q, const scalar_t* __restrict__ k,
                                 const scalar_t* __restrict__ v, scalar_t* __restrict__ out, int n_q, int n_kv,
                                 int len_q, int len_k, int dim, bool causal, float scale) {
  extern __shared__ float shared[];
  float* keys = shared;
  float* values = keys + kTile * (dim + 1);
  const int warp = threadIdx.x / kWarp, lane = threadIdx.x % kWarp;
  float* q_row = values + kTile * (dim + 1) + warp * dim;

  const int b = blockIdx.z, head = blockIdx.y, first = blockIdx.x * kRows;
  const int row = first + warp;
  const int64_t kv_offset = (static_cast<int64_t>(b) * n_kv + head / (n_q / n_kv)) * len_k * dim;
  const int64_t q_offset = ((static_cast<int64_t>(b) * n_q + head) * len_q + row) * dim;
  if (row < len_q) load_query(q_row, q + q_offset, dim, scale);

  const int key_end = causal ? min(len_k, first + kRows) : len_k;
  RowState state;
  for (int j0 = 0; j0 < key_end; j0 += kTile) {
    const int n = min(kTile, key_end - j0);
    __syncthreads();
    load_tile(keys, k + kv_offset, dim, j0, n, dim);
    load_tile(values, v + kv_offset, dim, j0, n, dim);
    __syncthreads();
    if (row < len_q) {
      const int valid = causal ? max(0, min(n, row - j0 + 1)) : n;
      attend_tile(state, q_row, keys, values, valid, dim);
    }
  }
  if (row >= len_q) return;
#pragma unroll
  for (int c = 0; c < kMaxChunks; ++c) {
    const int d = lane + c * kWarp;
    if (d < dim) out[q_offset + d] = static_cast<scalar_t>(state.acc[c] / state.l);
  }
}

at::Tensor attention_cuda(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, bool causal,
                          std::optional<double> scale) {
  check_attention(q, k, v);
  TORCH_CHECK(k.size(2) > 0, "attention: k and v need at least one position");
  TORCH_CHECK(q.size(3) <= kMaxDim, "attention (CUDA): head_dim must be <= ", kMaxDim);
  const c10::cuda::CUDAGuard guard(q.device());
  const at::Tensor qc = q.contiguous(), kc = k.contiguous(), vc = v.contiguous();
  at::Tensor out = at::empty_like(qc);
  if (out.numel() == 0) return out;
  const int dim = static_cast<int>(q.size(3));
  const float factor = static_cast<float>(scale.value_or(1.0 / std::sqrt(static_cast<double>(dim))));
  const dim3 grid((q.size(2) + kRows - 1) / kRows, q.size(1), q.size(0));
  const size_t smem = shared_bytes(dim, kRows);
  HAVOC_DISPATCH_FLOAT_BF16(q.scalar_type(), "havoc_attention_cuda", [&] {
    auto kernel = attention_kernel<scalar_t>;
    C10_CUDA_CHECK(cudaFuncSetAttribute(kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, smem));
    kernel<<<grid, kRows * kWarp, smem, c10::cuda::getCurrentCUDAStream()>>>(
        qc.const_data_ptr<scalar_t>(), kc.const_data_ptr<scalar_t>(), vc.const_data_ptr<scalar_t>(),
        out.mutable_data_ptr<scalar_t>(), q.size(1), k.size(1), q.size(2), k.size(2), dim, causal, factor);
    C10_CUDA_KERNEL_LAUNCH_CHECK();
  });
  return out;
}

}  // namespace
}  // namespace havoc::cuda

TORCH_LIBRARY_IMPL(havoc_kernels, CUDA, m) { m.impl("attention", &havoc::cuda::attention_cuda); }
