// Declarations of the CPU implementations registered in ops.cpp.
#pragma once

#include <ATen/core/Tensor.h>

#include <optional>
#include <tuple>

namespace havoc {

at::Tensor attention_cpu(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, bool causal,
                         std::optional<double> scale);

at::Tensor decode_attention_cpu(const at::Tensor& q, const at::Tensor& k_cache, const at::Tensor& v_cache,
                                const at::Tensor& lengths);

at::Tensor decode_step_cpu(const at::Tensor& tokens, const at::Tensor& embed, at::TensorList layers,
                           const at::Tensor& norm, const at::Tensor& lm_head, const at::Tensor& rope_cos,
                           const at::Tensor& rope_sin, at::Tensor& k_cache, at::Tensor& v_cache,
                           const at::Tensor& lengths, int64_t n_heads, int64_t n_kv_heads, double eps);

at::Tensor sample_cpu(const at::Tensor& logits, const at::Tensor& temperature, const at::Tensor& top_k,
                      const at::Tensor& top_p, const at::Tensor& min_p, const at::Tensor& repetition_penalty,
                      const at::Tensor& prev_tokens, const at::Tensor& uniforms);

// Training: fused SwiGLU, rotary positions and RMS norm, forward and backward.
at::Tensor rope_cpu(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin);

at::Tensor rope_backward_cpu(const at::Tensor& grad, const at::Tensor& cos, const at::Tensor& sin);

at::Tensor swiglu_cpu(const at::Tensor& gate_up);

at::Tensor swiglu_backward_cpu(const at::Tensor& grad, const at::Tensor& gate_up);

std::tuple<at::Tensor, at::Tensor> rms_norm_cpu(const at::Tensor& x, const at::Tensor& weight, double eps);

std::tuple<at::Tensor, at::Tensor> rms_norm_backward_cpu(const at::Tensor& grad, const at::Tensor& x,
                                                         const at::Tensor& weight, const at::Tensor& inv_rms);

}  // namespace havoc
