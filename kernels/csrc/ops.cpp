// Operator schemas of the havoc_kernels library and the registration of their CPU kernels.
// The CUDA kernels register themselves in the .cu files; fake (meta) kernels live in Python.
#include <torch/library.h>

#include "kernels.h"

TORCH_LIBRARY(havoc_kernels, m) {
  m.def("attention(Tensor q, Tensor k, Tensor v, bool causal=True, float? scale=None) -> Tensor");
  m.def("decode_attention(Tensor q, Tensor k_cache, Tensor v_cache, Tensor lengths) -> Tensor");
  m.def(
      "decode_step(Tensor tokens, Tensor embed, Tensor[] layers, Tensor norm, Tensor lm_head, Tensor rope_cos, "
      "Tensor rope_sin, Tensor(a!) k_cache, Tensor(b!) v_cache, Tensor lengths, int n_heads, int n_kv_heads, "
      "float eps) -> Tensor");
  m.def(
      "sample(Tensor logits, Tensor temperature, Tensor top_k, Tensor top_p, Tensor min_p, "
      "Tensor repetition_penalty, Tensor prev_tokens, Tensor uniforms) -> Tensor");
  m.def("rope(Tensor x, Tensor cos, Tensor sin) -> Tensor");
  m.def("rope_backward(Tensor grad, Tensor cos, Tensor sin) -> Tensor");
  m.def("swiglu(Tensor gate_up) -> Tensor");
  m.def("swiglu_backward(Tensor grad, Tensor gate_up) -> Tensor");
  m.def("rms_norm(Tensor x, Tensor weight, float eps) -> (Tensor, Tensor)");
  m.def("rms_norm_backward(Tensor grad, Tensor x, Tensor weight, Tensor inv_rms) -> (Tensor, Tensor)");
}

TORCH_LIBRARY_IMPL(havoc_kernels, CPU, m) {
  m.impl("attention", &havoc::attention_cpu);
  m.impl("decode_attention", &havoc::decode_attention_cpu);
  m.impl("decode_step", &havoc::decode_step_cpu);
  m.impl("sample", &havoc::sample_cpu);
  m.impl("rope", &havoc::rope_cpu);
  m.impl("rope_backward", &havoc::rope_backward_cpu);
  m.impl("swiglu", &havoc::swiglu_cpu);
  m.impl("swiglu_backward", &havoc::swiglu_backward_cpu);
  m.impl("rms_norm", &havoc::rms_norm_cpu);
  m.impl("rms_norm_backward", &havoc::rms_norm_backward_cpu);
}
