// Prefill attention on the CPU: flash-attention tiling with an online softmax. Each work item is
// one (batch, query head, block of query rows); it streams its K/V head in tiles, so memory stays
// O(tile) whatever the sequence length, and grouped-query heads index their shared K/V head.
#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty_like.h>

#include <cmath>
#include <type_traits>

#include "blas.h"
#include "checks.h"
#include "kernels.h"
#include "online_softmax.h"
#include "tiles.h"

namespace havoc {
namespace {

constexpr int64_t kQueryTile = 64;
constexpr int64_t kKeyTile = 512;

template <typename scalar_t>
void attention_kernel(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, at::Tensor& out, bool causal,
                      float scale_factor) {
  const int64_t batch = q.size(0), n_q = q.size(1), len_q = q.size(2), dim = q.size(3);
  const int64_t n_kv = k.size(1), len_k = k.size(2), group = n_q / n_kv;
  const int64_t q_blocks = (len_q + kQueryTile - 1) / kQueryTile;
  const scalar_t* q_data = q.const_data_ptr<scalar_t>();
  const scalar_t* k_data = k.const_data_ptr<scalar_t>();
  const scalar_t* v_data = v.const_data_ptr<scalar_t>();
  scalar_t* out_data = out.mutable_data_ptr<scalar_t>();

  const int64_t items = batch * n_q * q_blocks;
  const double flops = 4.0 * kQueryTile * (causal ? (len_k + 1) / 2 : len_k) * dim;
  at::parallel_for(0, items, grain_for(items, flops), [&](int64_t begin, int64_t end) {
    constexpr bool widen = !std::is_same_v<scalar_t, float>;  // float32 keys and values are read in place
    Floats q_buf(kQueryTile * dim), k_buf(widen ? kKeyTile * dim : 0), v_buf(widen ? kKeyTile * dim : 0);
    Floats scores(kQueryTile * kKeyTile), m(kQueryTile), l(kQueryTile), acc(kQueryTile * dim);
    SoftmaxState state{m.data(), l.data(), acc.data(), dim};
    for (int64_t item = begin; item < end; ++item) {
      // Causal blocks grow in cost with their index; alternating first/last blocks in item order gives
      // each thread's contiguous share of items about the same amount of work.
      const int64_t turn = item % q_blocks, head = (item / q_blocks) % n_q, b = item / (q_blocks * n_q);
      const int64_t block = turn % 2 == 0 ? turn / 2 : q_blocks - 1 - turn / 2;
      const int64_t first = block * kQueryTile, rows = std::min(kQueryTile, len_q - first);
      const int64_t q_offset = ((b * n_q + head) * len_q + first) * dim;
      const int64_t kv_offset = (b * n_kv + head / group) * len_k * dim;

      const FloatRows q_rows = float_rows(q_data + q_offset, dim, rows, dim, q_buf.data());
      if (q_rows.data != q_buf.data()) std::memcpy(q_buf.data(), q_rows.data, rows * dim * sizeof(float));
      scale(q_buf.data(), rows * dim, scale_factor);
      state.reset(rows);

      const int64_t key_end = causal ? std::min(len_k, first + rows) : len_k;
      for (int64_t j0 = 0; j0 < key_end; j0 += kKeyTile) {
        const int64_t n = std::min(kKeyTile, key_end - j0);
        const FloatRows keys = float_rows(k_data + kv_offset + j0 * dim, dim, n, dim, k_buf.data());
        gemm_abt(rows, n, dim, q_buf.data(), dim, keys.data, keys.ld, 0.0f, scores.data(), kKeyTile);
        online_softmax_step(
            scores.data(), rows, n, kKeyTile, [&](int64_t r) { return causal ? first + r - j0 + 1 : n; }, state);
        const FloatRows values = float_rows(v_data + kv_offset + j0 * dim, dim, n, dim, v_buf.data());
        gemm_ab(rows, dim, n, scores.data(), kKeyTile, values.data, values.ld, 1.0f, acc.data(), dim);
      }
      for (int64_t r = 0; r < rows; ++r) {
        scale(acc.data() + r * dim, dim, 1.0f / l[r]);
        store_row(acc.data() + r * dim, out_data + q_offset + r * dim, dim);
      }
    }
  });
}

}  // namespace

at::Tensor attention_cpu(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, bool causal,
                         std::optional<double> scale_factor) {
  check_attention(q, k, v);
  TORCH_CHECK(k.size(2) > 0, "attention: k and v need at least one position");
  const at::Tensor qc = q.contiguous(), kc = k.contiguous(), vc = v.contiguous();
  at::Tensor out = at::empty_like(qc);
  if (out.numel() == 0) return out;
  const float factor = static_cast<float>(scale_factor.value_or(1.0 / std::sqrt(static_cast<double>(q.size(3)))));
  HAVOC_DISPATCH_FLOAT_BF16(q.scalar_type(), "havoc_attention",
                           [&] { attention_kernel<scalar_t>(qc, kc, vc, out, causal, factor); });
  return out;
}

}  // namespace havoc
