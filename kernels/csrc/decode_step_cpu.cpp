// One decoding step of the whole decoder on the CPU: embedding, every block (RMS norm, fused q/k/v
// projection, rotary positions, cache write, grouped-query attention, output projection, SwiGLU MLP,
// residuals), final norm and output projection, for one new token per sequence.
//
// At batch 1 a step is a chain of small matrix-vector products. Run op by op from Python, each of
// the ~25 operators per block costs several microseconds of dispatch, more than its arithmetic for
// small models; here activations stay in float32 work buffers, weights (float32 or bfloat16) are
// streamed once by vectorised matrix-vector products, and the only operator call per block is the
// attention kernel of decode_cpu.cpp.
#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/add.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/from_blob.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "checks.h"
#include "kernels.h"
#include "online_softmax.h"
#include "tiles.h"

namespace havoc {
namespace {

constexpr int64_t kWeightsPerLayer = 6;  // input norm, q/k/v, output, post-attention norm, gate/up, down
constexpr int64_t kRowBlock = 128;       // weight rows per work item, reused for every sequence of the batch

// n values of a float32 or bfloat16 tensor's storage, from element `offset`, as float32.
void load_floats(const at::Tensor& t, int64_t offset, int64_t n, float* dst) {
  if (t.scalar_type() == at::kFloat) {
    std::memcpy(dst, t.const_data_ptr<float>() + offset, n * sizeof(float));
  } else {
    bf16_to_float(reinterpret_cast<const uint16_t*>(t.const_data_ptr<c10::BFloat16>()) + offset, dst, n);
  }
}

// out (batch x rows) = x (batch x k) times w^T, for w (rows x k) contiguous float32 or bfloat16.
void linear(const at::Tensor& w, const float* x, int64_t batch, float* out) {
  const int64_t rows = w.size(0), k = w.size(1), blocks = (rows + kRowBlock - 1) / kRowBlock;
  const bool bf16 = w.scalar_type() == at::kBFloat16;
  const float* w32 = bf16 ? nullptr : w.const_data_ptr<float>();
  const uint16_t* w16 = bf16 ? reinterpret_cast<const uint16_t*>(w.const_data_ptr<c10::BFloat16>()) : nullptr;
  at::parallel_for(0, blocks, grain_for(blocks, 2.0 * kRowBlock * k * batch), [&](int64_t begin, int64_t end) {
    for (int64_t block = begin; block < end; ++block) {
      const int64_t r0 = block * kRowBlock, n = std::min(kRowBlock, rows - r0);
      for (int64_t b = 0; b < batch; ++b) {
        if (bf16) {
          matvec(w16 + r0 * k, k, n, x + b * k, k, out + b * rows + r0);
        } else {
          matvec(w32 + r0 * k, k, n, x + b * k, k, out + b * rows + r0);
        }
      }
    }
  });
}

void rms_norm(const float* x, const float* weight, int64_t batch, int64_t dim, double eps, float* out) {
  for (int64_t b = 0; b < batch; ++b) {
    const float mean_square = sum_squares(x + b * dim, dim) / static_cast<float>(dim);
    const float inv_rms = 1.0f / std::sqrt(mean_square + static_cast<float>(eps));
    scale_by(x + b * dim, inv_rms, weight, out + b * dim, dim);
  }
}

// Rotates `heads` consecutive heads of x in place: x[i] cos[i] + x[(i + D/2) mod D] sin[i], with the
// signed sin table of plugins/model/transformer.py (its first half negated).
void rotate(float* x, int64_t heads, int64_t dim, const float* cos, const float* sin, float* scratch) {
  const int64_t half = dim / 2;
  for (int64_t h = 0; h < heads; ++h) {
    float* head = x + h * dim;
    std::memcpy(scratch, head, dim * sizeof(float));
    for (int64_t i = 0; i < dim; ++i) head[i] = scratch[i] * cos[i] + scratch[(i + half) % dim] * sin[i];
  }
}

// Writes n floats into cache storage of the cache's type at element `offset`.
void store_floats(const float* src, at::Tensor& cache, int64_t offset, int64_t n) {
  if (cache.scalar_type() == at::kFloat) {
    std::memcpy(cache.mutable_data_ptr<float>() + offset, src, n * sizeof(float));
  } else {
    store_row(src, cache.mutable_data_ptr<c10::BFloat16>() + offset, n);
  }
}

struct Dims {
  int64_t batch, d_model, n_heads, n_kv, head_dim, d_mlp, vocab, layers, max_len;
};

Dims check_step(const at::Tensor& tokens, const at::Tensor& embed, at::TensorList layers, const at::Tensor& norm,
                const at::Tensor& lm_head, const at::Tensor& rope_cos, const at::Tensor& rope_sin,
                const at::Tensor& k_cache, const at::Tensor& v_cache, const at::Tensor& lengths, int64_t n_heads,
                int64_t n_kv_heads) {
  TORCH_CHECK(tokens.dim() == 1 && tokens.scalar_type() == at::kLong, "decode_step: tokens must be int64 (B,)");
  TORCH_CHECK(embed.dim() == 2, "decode_step: embed must be (V, D)");
  check_float_or_bf16(embed, "decode_step: weights");
  TORCH_CHECK(n_heads > 0 && n_kv_heads > 0 && n_heads % n_kv_heads == 0,
              "decode_step: n_heads must be a positive multiple of n_kv_heads");
  TORCH_CHECK(k_cache.dim() == 5 && k_cache.sizes() == v_cache.sizes() && k_cache.strides() == v_cache.strides() &&
                  k_cache.stride(4) == 1,
              "decode_step: caches must be (layers, B, Hkv, Lmax, head_dim) of one shape and layout, head_dim "
              "contiguous");
  TORCH_CHECK(layers.size() % kWeightsPerLayer == 0 &&
                  static_cast<int64_t>(layers.size()) / kWeightsPerLayer == k_cache.size(0),
              "decode_step: need ", kWeightsPerLayer, " weights per layer for ", k_cache.size(0), " layers");
  const int64_t d_model = embed.size(1), head_dim = k_cache.size(4), n_layers = k_cache.size(0);
  const int64_t d_mlp = layers.size() ? layers[4].size(0) / 2 : 0;
  Dims dims{tokens.size(0), d_model, n_heads, n_kv_heads, head_dim, d_mlp, lm_head.size(0), n_layers, k_cache.size(3)};
  TORCH_CHECK(n_heads * head_dim == d_model && k_cache.size(2) == n_kv_heads && k_cache.size(1) == dims.batch,
              "decode_step: cache shape does not match the model's heads and the batch");
  TORCH_CHECK(lengths.dim() == 1 && lengths.size(0) == dims.batch && lengths.scalar_type() == at::kLong,
              "decode_step: lengths must be int64 (B,)");
  TORCH_CHECK(k_cache.scalar_type() == embed.scalar_type() && v_cache.scalar_type() == embed.scalar_type(),
              "decode_step: caches must have the weights' dtype");
  TORCH_CHECK(rope_cos.dim() == 2 && rope_cos.size(1) == head_dim && rope_sin.sizes() == rope_cos.sizes() &&
                  rope_cos.is_contiguous() && rope_sin.is_contiguous(),
              "decode_step: rope tables must be contiguous (positions, head_dim)");
  check_float_or_bf16(rope_cos, "decode_step: rope tables");
  TORCH_CHECK(rope_sin.scalar_type() == rope_cos.scalar_type(), "decode_step: rope tables must share one dtype");
  const int64_t qkv_rows = (n_heads + 2 * n_kv_heads) * head_dim;
  const std::pair<const at::Tensor*, std::vector<int64_t>> expected[] = {
      {&lm_head, {dims.vocab, d_model}}, {&norm, {d_model}}, {&embed, {embed.size(0), d_model}}};
  for (const auto& [t, shape] : expected) {
    TORCH_CHECK(t->sizes() == at::IntArrayRef(shape) && t->is_contiguous() && t->scalar_type() == embed.scalar_type(),
                "decode_step: weight of shape ", t->sizes(), " must be contiguous ", at::IntArrayRef(shape), " ",
                embed.scalar_type());
  }
  for (int64_t layer = 0; layer < n_layers; ++layer) {
    const std::vector<int64_t> shapes[kWeightsPerLayer] = {
        {d_model}, {qkv_rows, d_model}, {d_model, d_model}, {d_model}, {2 * d_mlp, d_model}, {d_model, d_mlp}};
    for (int64_t i = 0; i < kWeightsPerLayer; ++i) {
      const at::Tensor& w = layers[layer * kWeightsPerLayer + i];
      TORCH_CHECK(w.sizes() == at::IntArrayRef(shapes[i]) && w.is_contiguous() && w.scalar_type() == embed.scalar_type(),
                  "decode_step: layer ", layer, " weight ", i, " has shape ", w.sizes(), ", expected contiguous ",
                  at::IntArrayRef(shapes[i]), " ", embed.scalar_type());
    }
  }
  const int64_t* len = lengths.const_data_ptr<int64_t>();
  const int64_t* ids = tokens.const_data_ptr<int64_t>();
  for (int64_t b = 0; b < dims.batch; ++b) {
    TORCH_CHECK(len[b] >= 0 && len[b] < dims.max_len && len[b] < rope_cos.size(0), "decode_step: lengths[", b,
                "] = ", len[b], " leaves no room in the cache or the rope tables");
    TORCH_CHECK(ids[b] >= 0 && ids[b] < embed.size(0), "decode_step: token ", ids[b], " is outside the vocabulary");
  }
  return dims;
}

}  // namespace

at::Tensor decode_step_cpu(const at::Tensor& tokens, const at::Tensor& embed, at::TensorList layers,
                           const at::Tensor& norm, const at::Tensor& lm_head, const at::Tensor& rope_cos,
                           const at::Tensor& rope_sin, at::Tensor& k_cache, at::Tensor& v_cache,
                           const at::Tensor& lengths, int64_t n_heads, int64_t n_kv_heads, double eps) {
  const at::Tensor lens = lengths.contiguous(), ids = tokens.contiguous();
  const Dims d = check_step(ids, embed, layers, norm, lm_head, rope_cos, rope_sin, k_cache, v_cache, lens, n_heads,
                            n_kv_heads);
  const int64_t B = d.batch, D = d.d_model, Dh = d.head_dim, F = d.d_mlp;
  const int64_t qkv_width = (d.n_heads + 2 * d.n_kv) * Dh, kv_width = d.n_kv * Dh;
  const int64_t* len = lens.const_data_ptr<int64_t>();
  const at::Tensor attended_lengths = at::add(lens, 1);

  Floats x(B * D), h(B * D), qkv(B * qkv_width), attended(B * D), gate_up(B * 2 * F), act(B * F);
  Floats cos(B * Dh), sin(B * Dh), norm_w(D), scratch(Dh);
  for (int64_t b = 0; b < B; ++b) {
    load_floats(embed, ids.const_data_ptr<int64_t>()[b] * D, D, x.data() + b * D);
    load_floats(rope_cos, len[b] * Dh, Dh, cos.data() + b * Dh);
    load_floats(rope_sin, len[b] * Dh, Dh, sin.data() + b * Dh);
  }
  const auto cache_options = k_cache.options();
  at::Tensor q = at::empty({B, d.n_heads, 1, Dh}, cache_options);

  for (int64_t layer = 0; layer < d.layers; ++layer) {
    const at::Tensor* w = layers.data() + layer * kWeightsPerLayer;
    load_floats(w[0], 0, D, norm_w.data());
    rms_norm(x.data(), norm_w.data(), B, D, eps, h.data());
    linear(w[1], h.data(), B, qkv.data());
    for (int64_t b = 0; b < B; ++b) {
      float* row = qkv.data() + b * qkv_width;  // q heads, k heads, v heads
      rotate(row, d.n_heads + d.n_kv, Dh, cos.data() + b * Dh, sin.data() + b * Dh, scratch.data());
      const int64_t slot = layer * k_cache.stride(0) + b * k_cache.stride(1) + len[b] * k_cache.stride(3);
      for (int64_t head = 0; head < d.n_kv; ++head) {
        const int64_t at_head = slot + head * k_cache.stride(2);
        store_floats(row + D + head * Dh, k_cache, at_head, Dh);
        store_floats(row + D + kv_width + head * Dh, v_cache, at_head, Dh);
      }
      store_floats(row, q, b * D, D);
    }
    const at::Tensor out = decode_attention_cpu(q, k_cache.select(0, layer), v_cache.select(0, layer), attended_lengths);
    load_floats(out, 0, B * D, attended.data());
    linear(w[2], attended.data(), B, h.data());
    add_into(x.data(), h.data(), B * D);

    load_floats(w[3], 0, D, norm_w.data());
    rms_norm(x.data(), norm_w.data(), B, D, eps, h.data());
    linear(w[4], h.data(), B, gate_up.data());
    for (int64_t b = 0; b < B; ++b) {
      const float* row = gate_up.data() + b * 2 * F;
      silu_mul(row, row + F, act.data() + b * F, F);
    }
    linear(w[5], act.data(), B, h.data());
    add_into(x.data(), h.data(), B * D);
  }
  load_floats(norm, 0, D, norm_w.data());
  rms_norm(x.data(), norm_w.data(), B, D, eps, h.data());
  at::Tensor logits = at::empty({B, d.vocab}, embed.options().dtype(at::kFloat));
  linear(lm_head, h.data(), B, logits.mutable_data_ptr<float>());
  return logits;
}

}  // namespace havoc
