// Argument checks shared by the CPU and CUDA kernels, so both reject the same inputs.
#pragma once

#include <ATen/Dispatch.h>
#include <ATen/core/Tensor.h>
#include <c10/util/Exception.h>

// Runs the lambda with scalar_t bound to float or c10::BFloat16, the two supported storage types.
#define HAVOC_DISPATCH_FLOAT_BF16(TYPE, NAME, ...) \
  AT_DISPATCH_SWITCH(TYPE, NAME, AT_DISPATCH_CASE(at::kFloat, __VA_ARGS__) AT_DISPATCH_CASE(at::kBFloat16, __VA_ARGS__))

namespace havoc {

inline void check_float_or_bf16(const at::Tensor& t, const char* name) {
  TORCH_CHECK(t.scalar_type() == at::kFloat || t.scalar_type() == at::kBFloat16, name,
              " must be float32 or bfloat16, got ", t.scalar_type());
}

// q (B, Hq, Lq, D); k, v (B, Hkv, Lk, D) with Hq a multiple of Hkv, all of one dtype.
inline void check_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  TORCH_CHECK(q.dim() == 4 && k.dim() == 4 && v.dim() == 4, "attention: q, k, v must be 4-D (B, H, L, D)");
  check_float_or_bf16(q, "attention: q");
  TORCH_CHECK(k.scalar_type() == q.scalar_type() && v.scalar_type() == q.scalar_type(),
              "attention: q, k, v must share one dtype");
  TORCH_CHECK(k.sizes() == v.sizes(), "attention: k and v must have the same shape");
  TORCH_CHECK(k.size(0) == q.size(0) && k.size(3) == q.size(3), "attention: batch and head_dim of k must match q");
  TORCH_CHECK(k.size(1) > 0 && q.size(1) % k.size(1) == 0, "attention: query heads (", q.size(1),
              ") must be a multiple of key/value heads (", k.size(1), ")");
}

// q (B, Hq, 1, D); caches (B, Hkv, Lmax, D); lengths (B,) int64 in [1, Lmax].
inline void check_decode(const at::Tensor& q, const at::Tensor& k_cache, const at::Tensor& v_cache,
                         const at::Tensor& lengths) {
  check_attention(q, k_cache, v_cache);
  TORCH_CHECK(q.size(2) == 1, "decode_attention: q must hold one token per sequence (B, Hq, 1, D)");
  TORCH_CHECK(lengths.dim() == 1 && lengths.size(0) == q.size(0) && lengths.scalar_type() == at::kLong,
              "decode_attention: lengths must be an int64 tensor of shape (B,)");
}

// logits (B, V); five per-row parameter tensors (B,); prev_tokens (B, T) int64; uniforms (B,).
inline void check_sample(const at::Tensor& logits, std::initializer_list<at::Tensor> per_row,
                         const at::Tensor& prev_tokens, const at::Tensor& uniforms) {
  TORCH_CHECK(logits.dim() == 2 && logits.size(1) > 0, "sample: logits must be (B, V) with V > 0");
  TORCH_CHECK(at::isFloatingType(logits.scalar_type()), "sample: logits must be floating point");
  const int64_t rows = logits.size(0);
  for (const auto& t : per_row) {
    TORCH_CHECK(t.dim() == 1 && t.size(0) == rows, "sample: per-row parameters must have shape (B,)");
  }
  TORCH_CHECK(prev_tokens.dim() == 2 && prev_tokens.size(0) == rows && prev_tokens.scalar_type() == at::kLong,
              "sample: prev_tokens must be an int64 tensor of shape (B, T)");
  TORCH_CHECK(uniforms.dim() == 1 && uniforms.size(0) == rows, "sample: uniforms must have shape (B,)");
}

// Per-row sampling parameters as contiguous CPU tensors: temperature, top_p, min_p and penalty
// float32, top_k int64; prev_tokens a contiguous CPU int64 tensor checked against the vocabulary.
inline void check_sample_values(const at::Tensor& temp, const at::Tensor& top_k, const at::Tensor& top_p,
                                const at::Tensor& min_p, const at::Tensor& penalty, const at::Tensor& prev,
                                int64_t vocab) {
  for (int64_t b = 0; b < temp.size(0); ++b) {
    const float t = temp.const_data_ptr<float>()[b], p = top_p.const_data_ptr<float>()[b];
    const float m = min_p.const_data_ptr<float>()[b], r = penalty.const_data_ptr<float>()[b];
    const int64_t k = top_k.const_data_ptr<int64_t>()[b];
    TORCH_CHECK(t >= 0.0f, "sample: temperature must be >= 0, got ", t);
    TORCH_CHECK(k >= 0, "sample: top_k must be >= 0, got ", k);
    TORCH_CHECK(p > 0.0f && p <= 1.0f, "sample: top_p must be in (0, 1], got ", p);
    TORCH_CHECK(m >= 0.0f && m < 1.0f, "sample: min_p must be in [0, 1), got ", m);
    TORCH_CHECK(r > 0.0f, "sample: repetition_penalty must be > 0, got ", r);
  }
  const int64_t* tokens = prev.const_data_ptr<int64_t>();
  for (int64_t i = 0; i < prev.numel(); ++i) {
    TORCH_CHECK(tokens[i] >= 0 && tokens[i] < vocab, "sample: prev_tokens holds ", tokens[i], ", outside [0, ", vocab,
                ")");
  }
}

}  // namespace havoc
