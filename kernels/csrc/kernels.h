// Declarations of the CPU implementations registered in ops.cpp.
#pragma once

#include <ATen/core/Tensor.h>

#include <optional>

namespace havoc {

at::Tensor attention_cpu(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, bool causal,
                         std::optional<double> scale);

at::Tensor decode_attention_cpu(const at::Tensor& q, const at::Tensor& k_cache, const at::Tensor& v_cache,
                                const at::Tensor& lengths);

at::Tensor sample_cpu(const at::Tensor& logits, const at::Tensor& temperature, const at::Tensor& top_k,
                      const at::Tensor& top_p, const at::Tensor& min_p, const at::Tensor& repetition_penalty,
                      const at::Tensor& prev_tokens, const at::Tensor& uniforms);

}  // namespace havoc
