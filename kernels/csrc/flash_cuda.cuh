// Device helpers shared by the CUDA attention kernels: warp reductions, K/V tiles in shared memory
// and the online-softmax update of one query row held by one warp.
//
// Layout: a block's warps each own one query row at a time; the block loads kTile keys and values
// into shared memory (as float, rows padded to dim + 1 to avoid bank conflicts); lane j scores key
// j of the tile, then every lane accumulates the output dimensions d = lane + 32 c.
#pragma once

#include <c10/util/BFloat16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace havoc::cuda {

constexpr int kWarp = 32;
constexpr int kTile = 32;        // keys per shared-memory tile (one per lane)
constexpr int kMaxChunks = 8;    // head_dim <= 32 * kMaxChunks = 256
constexpr int kMaxDim = kWarp * kMaxChunks;

__device__ __forceinline__ float warp_max(float x) {
  for (int offset = kWarp / 2; offset > 0; offset /= 2) x = fmaxf(x, __shfl_xor_sync(0xffffffffu, x, offset));
  return x;
}

__device__ __forceinline__ float warp_sum(float x) {
  for (int offset = kWarp / 2; offset > 0; offset /= 2) x += __shfl_xor_sync(0xffffffffu, x, offset);
  return x;
}

template <typename scalar_t>
__device__ __forceinline__ float to_float(scalar_t x) {
  return static_cast<float>(x);
}

// Rows [first, first + n) of a (rows x dim) matrix with the given row stride into a padded float
// tile; all threads of the block take part, and the caller synchronises.
template <typename scalar_t>
__device__ void load_tile(float* tile, const scalar_t* src, int64_t stride, int first, int n, int dim) {
  for (int idx = threadIdx.x; idx < n * dim; idx += blockDim.x) {
    const int r = idx / dim, d = idx % dim;
    tile[r * (dim + 1) + d] = to_float(src[(first + r) * stride + d]);
  }
}

// Online-softmax state of one query row, distributed over the lanes of a warp.
struct RowState {
  float m = -INFINITY;
  float l = 0.0f;
  float acc[kMaxChunks] = {};
};

// Adds keys [0, valid) of the shared tile to the row's state; q is the row's scaled query (shared).
__device__ __forceinline__ void attend_tile(RowState& st, const float* q, const float* keys, const float* values,
                                            int valid, int dim) {
  const int lane = threadIdx.x % kWarp;
  float score = -INFINITY;
  if (lane < valid) {
    score = 0.0f;
    const float* key = keys + lane * (dim + 1);
    for (int d = 0; d < dim; ++d) score += q[d] * key[d];
  }
  const float m_new = fmaxf(st.m, warp_max(score));
  if (m_new == -INFINITY) return;
  const float p = lane < valid ? __expf(score - m_new) : 0.0f;
  const float alpha = __expf(st.m - m_new);
  st.l = st.l * alpha + warp_sum(p);
#pragma unroll
  for (int c = 0; c < kMaxChunks; ++c) st.acc[c] *= alpha;
  for (int j = 0; j < valid; ++j) {
    const float pj = __shfl_sync(0xffffffffu, p, j);
    const float* value = values + j * (dim + 1);
#pragma unroll
    for (int c = 0; c < kMaxChunks; ++c) {
      const int d = lane + c * kWarp;
      if (d < dim) st.acc[c] += pj * value[d];
    }
  }
  st.m = m_new;
}

// Copies a query row into shared memory as float, multiplied by scale (one warp).
template <typename scalar_t>
__device__ __forceinline__ void load_query(float* dst, const scalar_t* src, int dim, float scale) {
  for (int d = threadIdx.x % kWarp; d < dim; d += kWarp) dst[d] = to_float(src[d]) * scale;
  __syncwarp();
}

// Shared memory of a block with `warps` query rows: K and V tiles then one query row per warp.
inline size_t shared_bytes(int dim, int warps) {
  return sizeof(float) * (2 * kTile * (dim + 1) + warps * dim);
}

}  // namespace havoc::cuda
