// Decode attention on the CPU: one new query token per sequence against its KV cache, flash-
// decoding style. Work items are (sequence, K/V head, split of the cache): every item reads its
// slice of the cache once for all the query heads of the group, keeps an online softmax over it,
// and a final pass merges the splits. Splitting long caches keeps every core busy at batch 1; short
// ones are one item per (sequence, K/V head) written straight to the output.
#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/empty_like.h>

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "blas.h"
#include "checks.h"
#include "kernels.h"
#include "online_softmax.h"
#include "tiles.h"

namespace havoc {
namespace {

constexpr int64_t kKeyTile = 256;
constexpr int64_t kMinSplit = 256;   // shorter slices cost more in merging than they save
constexpr int64_t kItemsPerThread = 4;

struct Partials {
  at::Tensor acc, m, l;  // (items, group, dim), (items, group), (items, group)
};

// Work buffers of one thread: the group's queries, the tile's scores, and for bfloat16 caches a tile
// of keys and values widened to float32 (float32 caches are read in place).
template <typename scalar_t>
struct Scratch {
  static constexpr bool kWiden = !std::is_same_v<scalar_t, float>;
  Floats q, k, v, scores;
  Scratch(int64_t group, int64_t dim)
      : q(group * dim), k(kWiden ? kKeyTile * dim : 0), v(kWiden ? kKeyTile * dim : 0), scores(group * kKeyTile) {}
};

// The online softmax of the `group` query heads that share K/V head `head` of sequence b, over cache
// positions [start, stop): leaves the running max, sum and unnormalised output in `state`.
template <typename scalar_t>
void attend_slice(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t b, int64_t head,
                  int64_t start, int64_t stop, Scratch<scalar_t>& buf, SoftmaxState& state) {
  const int64_t n_q = q.size(1), dim = q.size(3), group = n_q / k.size(1);
  const int64_t ks2 = k.stride(2), vs2 = v.stride(2);
  const float factor = static_cast<float>(1.0 / std::sqrt(static_cast<double>(dim)));
  state.reset(group);
  const FloatRows q_rows =
      float_rows(q.const_data_ptr<scalar_t>() + (b * n_q + head * group) * dim, dim, group, dim, buf.q.data());
  if (q_rows.data != buf.q.data()) std::memcpy(buf.q.data(), q_rows.data, group * dim * sizeof(float));
  scale(buf.q.data(), group * dim, factor);
  const scalar_t* k_head = k.const_data_ptr<scalar_t>() + b * k.stride(0) + head * k.stride(1);
  const scalar_t* v_head = v.const_data_ptr<scalar_t>() + b * v.stride(0) + head * v.stride(1);
  for (int64_t j0 = start; j0 < stop; j0 += kKeyTile) {
    const int64_t n = std::min(kKeyTile, stop - j0);
    const FloatRows keys = float_rows(k_head + j0 * ks2, ks2, n, dim, buf.k.data());
    gemm_abt(group, n, dim, buf.q.data(), dim, keys.data, keys.ld, 0.0f, buf.scores.data(), kKeyTile);
    online_softmax_step(buf.scores.data(), group, n, kKeyTile, [n](int64_t) { return n; }, state);
    const FloatRows values = float_rows(v_head + j0 * vs2, vs2, n, dim, buf.v.data());
    gemm_ab(group, dim, n, buf.scores.data(), kKeyTile, values.data, values.ld, 1.0f, state.acc, dim);
  }
}

// Short caches: one item per (sequence, K/V head) over its whole cache, normalised and stored
// straight into the output (no partial results, no merge pass, no allocation but the output).
template <typename scalar_t>
void decode_whole(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const int64_t* lengths,
                  at::Tensor& out) {
  const int64_t n_kv = k.size(1), dim = q.size(3), group = q.size(1) / n_kv, items = q.size(0) * n_kv;
  scalar_t* out_data = out.mutable_data_ptr<scalar_t>();
  int64_t longest = 0;
  for (int64_t b = 0; b < q.size(0); ++b) longest = std::max(longest, lengths[b]);
  at::parallel_for(0, items, grain_for(items, 4.0 * group * longest * dim), [&](int64_t begin, int64_t end) {
    Scratch<scalar_t> buf(group, dim);
    Floats m(group), l(group), acc(group * dim);
    SoftmaxState state{m.data(), l.data(), acc.data(), dim};
    for (int64_t item = begin; item < end; ++item) {
      const int64_t head = item % n_kv, b = item / n_kv;
      attend_slice<scalar_t>(q, k, v, b, head, 0, lengths[b], buf, state);
      for (int64_t g = 0; g < group; ++g) {
        scale(state.acc + g * dim, dim, 1.0f / state.l[g]);
        store_row(state.acc + g * dim, out_data + (item * group + g) * dim, dim);
      }
    }
  });
}

// Long caches: items are (sequence, K/V head, split of the cache), each leaving its partial
// softmax state in `parts` for merge_splits.
template <typename scalar_t>
void decode_splits(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const int64_t* lengths,
                   int64_t splits, int64_t split_len, Partials& parts) {
  const int64_t n_kv = k.size(1), dim = q.size(3), group = q.size(1) / n_kv;
  float* acc_all = parts.acc.mutable_data_ptr<float>();
  float* m_all = parts.m.mutable_data_ptr<float>();
  float* l_all = parts.l.mutable_data_ptr<float>();

  const int64_t items = q.size(0) * n_kv * splits;
  at::parallel_for(0, items, grain_for(items, 4.0 * group * split_len * dim), [&](int64_t begin, int64_t end) {
    Scratch<scalar_t> buf(group, dim);
    for (int64_t item = begin; item < end; ++item) {
      const int64_t split = item % splits, head = (item / splits) % n_kv, b = item / (splits * n_kv);
      SoftmaxState state{m_all + item * group, l_all + item * group, acc_all + item * group * dim, dim};
      const int64_t start = split * split_len, stop = std::min(lengths[b], start + split_len);
      if (start >= stop) {
        state.reset(group);
        continue;
      }
      attend_slice<scalar_t>(q, k, v, b, head, start, stop, buf, state);
    }
  });
}

// Merges the splits of each (sequence, query head) into the output row.
template <typename scalar_t>
void merge_splits(const Partials& parts, int64_t splits, int64_t dim, at::Tensor& out) {
  const int64_t rows = out.size(0) * out.size(1);  // query rows, in (b, kv head, group) order
  const float* acc_all = parts.acc.const_data_ptr<float>();
  const float* m_all = parts.m.const_data_ptr<float>();
  const float* l_all = parts.l.const_data_ptr<float>();
  const int64_t group = parts.m.size(1);
  scalar_t* out_data = out.mutable_data_ptr<scalar_t>();
  at::parallel_for(0, rows, grain_for(rows, 2.0 * splits * dim), [&](int64_t begin, int64_t end) {
    Floats merged(dim);
    for (int64_t row = begin; row < end; ++row) {
      const int64_t g = row % group, first = (row / group) * splits;
      float top = -INFINITY;
      for (int64_t s = 0; s < splits; ++s) top = std::max(top, m_all[(first + s) * group + g]);
      std::fill(merged.data(), merged.data() + dim, 0.0f);
      float total = 0.0f;
      for (int64_t s = 0; s < splits; ++s) {
        const int64_t at = (first + s) * group + g;
        if (l_all[at] == 0.0f) continue;
        const float w = std::exp(m_all[at] - top);
        total += w * l_all[at];
        const float* acc = acc_all + at * dim;
        for (int64_t d = 0; d < dim; ++d) merged[d] += w * acc[d];
      }
      scale(merged.data(), dim, 1.0f / total);
      store_row(merged.data(), out_data + row * dim, dim);
    }
  });
}

}  // namespace

at::Tensor decode_attention_cpu(const at::Tensor& q, const at::Tensor& k_cache, const at::Tensor& v_cache,
                                const at::Tensor& lengths) {
  check_decode(q, k_cache, v_cache, lengths);
  const at::Tensor lens = lengths.contiguous();
  const int64_t* len_data = lens.const_data_ptr<int64_t>();
  const int64_t batch = q.size(0), n_kv = k_cache.size(1), dim = q.size(3), group = q.size(1) / n_kv;
  int64_t longest = 0;
  for (int64_t b = 0; b < batch; ++b) {
    TORCH_CHECK(len_data[b] >= 1 && len_data[b] <= k_cache.size(2), "decode_attention: lengths[", b, "] = ",
                len_data[b], " is outside [1, ", k_cache.size(2), "]");
    longest = std::max(longest, len_data[b]);
  }
  const at::Tensor qc = q.contiguous();
  const at::Tensor kc = k_cache.stride(3) == 1 ? k_cache : k_cache.contiguous();
  const at::Tensor vc = v_cache.stride(3) == 1 ? v_cache : v_cache.contiguous();
  at::Tensor out = at::empty_like(qc);
  if (out.numel() == 0) return out;

  const int64_t wanted = (kItemsPerThread * at::get_num_threads() + batch * n_kv - 1) / (batch * n_kv);
  const int64_t splits = std::clamp<int64_t>(wanted, 1, (longest + kMinSplit - 1) / kMinSplit);
  const int64_t split_len = (longest + splits - 1) / splits;
  if (splits == 1) {
    HAVOC_DISPATCH_FLOAT_BF16(q.scalar_type(), "havoc_decode_attention",
                              [&] { decode_whole<scalar_t>(qc, kc, vc, len_data, out); });
    return out;
  }
  const auto f32 = q.options().dtype(at::kFloat);
  const int64_t items = batch * n_kv * splits;
  Partials parts{at::empty({items, group, dim}, f32), at::empty({items, group}, f32), at::empty({items, group}, f32)};
  HAVOC_DISPATCH_FLOAT_BF16(q.scalar_type(), "havoc_decode_attention", [&] {
    decode_splits<scalar_t>(qc, kc, vc, len_data, splits, split_len, parts);
    merge_splits<scalar_t>(parts, splits, dim, out);
  });
  return out;
}

}  // namespace havoc
