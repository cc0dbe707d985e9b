// Fused forward and backward passes of the model's elementwise layers for training on the CPU:
// SwiGLU (silu(gate) * up over a fused gate/up projection) and rotary positions (float32 or bfloat16,
// which is what bf16 autocast gives them, computed in float32), and RMS norm (float32: autocast
// keeps the residual stream in float32).
//
// Run op by op, each of these is three to eight passes over activation-sized tensors, each pass a
// fresh allocation; fused, the forward is one pass and one output, the backward one pass and the
// gradients. Autograd wiring lives in Python (kernels/__init__.py).
#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <ATen/ops/empty_like.h>
#include <ATen/ops/sum.h>
#include <ATen/ops/zeros.h>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include "kernels.h"
#include "vec_math.h"

namespace havoc {
namespace {

constexpr int64_t kRowGrain = 16;  // rows per work item: enough work to amortise the task handoff

void check_float_cpu(const at::Tensor& t, const char* name) {
  TORCH_CHECK(t.device().is_cpu() && t.scalar_type() == at::kFloat && t.is_contiguous(), name,
              " must be a contiguous float32 CPU tensor, got ", t.scalar_type(), " on ", t.device());
}

void check_swiglu_tensor(const at::Tensor& t, const char* name) {
  TORCH_CHECK(t.device().is_cpu() && t.is_contiguous() &&
                  (t.scalar_type() == at::kFloat || t.scalar_type() == at::kBFloat16),
              name, " must be a contiguous float32 or bfloat16 CPU tensor, got ", t.scalar_type(), " on ", t.device());
}

// Rows of a float32 or bfloat16 tensor as float32: the row itself, or its widened copy in `scratch`.
const float* row_as_float(const at::Tensor& t, int64_t offset, int64_t n, float* scratch) {
  if (t.scalar_type() == at::kFloat) return t.const_data_ptr<float>() + offset;
  bf16_to_float(reinterpret_cast<const uint16_t*>(t.const_data_ptr<c10::BFloat16>()) + offset, scratch, n);
  return scratch;
}

// Where a row of float32 results goes: straight into a float32 tensor, or through `scratch` (then
// `store_row`) into a bfloat16 one.
float* row_target(at::Tensor& t, int64_t offset, float* scratch) {
  return t.scalar_type() == at::kFloat ? t.mutable_data_ptr<float>() + offset : scratch;
}

void store_row(at::Tensor& t, int64_t offset, int64_t n, const float* scratch) {
  if (t.scalar_type() == at::kFloat) return;
  float_to_bf16(scratch, reinterpret_cast<uint16_t*>(t.mutable_data_ptr<c10::BFloat16>()) + offset, n);
}

// gate_up (..., 2F) -> rows and the half width F.
std::pair<int64_t, int64_t> swiglu_shape(const at::Tensor& gate_up) {
  check_swiglu_tensor(gate_up, "swiglu: gate_up");
  TORCH_CHECK(gate_up.dim() >= 1 && gate_up.size(-1) % 2 == 0, "swiglu: the last dimension must be even (gate, up)");
  const int64_t width = gate_up.size(-1) / 2;
  return {width == 0 ? 0 : gate_up.numel() / (2 * width), width};
}

// x (B, H, L, D) with a contiguous last dimension, any other strides; cos, sin (L, D) float32.
void check_rope(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin) {
  TORCH_CHECK(x.dim() == 4 && x.size(3) % 2 == 0 && (x.size(3) == 0 || x.stride(3) == 1),
              "rope: x must be (B, H, L, D) with an even, contiguous last dimension");
  TORCH_CHECK(x.device().is_cpu() && (x.scalar_type() == at::kFloat || x.scalar_type() == at::kBFloat16),
              "rope: x must be a float32 or bfloat16 CPU tensor");
  for (const auto* table : {&cos, &sin}) {
    check_float_cpu(*table, "rope: cos/sin");
    TORCH_CHECK(table->dim() == 2 && table->size(0) == x.size(2) && table->size(1) == x.size(3),
                "rope: cos and sin must be (L, D) for x (B, H, L, D)");
  }
}

// out[i] = x[i] c[i] + x[j] s[i] with j the partner of i (i +- D/2): the rotation of rope_tables'
// signed sin; with `transposed`, out[i] = x[i] c[i] + x[j] s[j], the gradient of that rotation.
at::Tensor rotate(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin, bool transposed) {
  const int64_t batch = x.size(0), heads = x.size(1), length = x.size(2), dim = x.size(3), half = dim / 2;
  at::Tensor out = at::empty(x.sizes(), x.options());  // contiguous (B, H, L, D)
  const float* c = cos.const_data_ptr<float>();
  const float* s = sin.const_data_ptr<float>();
  at::parallel_for(0, batch * heads * length, kRowGrain * 16, [&](int64_t begin, int64_t end) {
    std::vector<float> in_row(dim), out_row(dim);
    for (int64_t row = begin; row < end; ++row) {
      const int64_t b = row / (heads * length), h = row / length % heads, l = row % length;
      const float* in = row_as_float(x, b * x.stride(0) + h * x.stride(1) + l * x.stride(2), dim, in_row.data());
      float* dst = row_target(out, row * dim, out_row.data());
      const float *cl = c + l * dim, *sl = s + l * dim;
      const float* s_low = transposed ? sl + half : sl;  // the sin that multiplies the partner x[i + D/2]
      const float* s_high = transposed ? sl : sl + half;
#pragma omp simd
      for (int64_t i = 0; i < half; ++i) {
        dst[i] = in[i] * cl[i] + in[i + half] * s_low[i];
        dst[i + half] = in[i + half] * cl[i + half] + in[i] * s_high[i];
      }
      store_row(out, row * dim, dim, out_row.data());
    }
  });
  return out;
}

}  // namespace

at::Tensor rope_cpu(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin) {
  check_rope(x, cos, sin);
  return rotate(x, cos, sin, false);
}

at::Tensor rope_backward_cpu(const at::Tensor& grad, const at::Tensor& cos, const at::Tensor& sin) {
  check_rope(grad, cos, sin);
  return rotate(grad, cos, sin, true);
}

at::Tensor swiglu_cpu(const at::Tensor& gate_up) {
  const auto [rows, width] = swiglu_shape(gate_up);
  auto sizes = gate_up.sizes().vec();
  sizes.back() = width;
  at::Tensor out = at::empty(sizes, gate_up.options());
  at::parallel_for(0, rows, kRowGrain, [&](int64_t begin, int64_t end) {
    std::vector<float> in_row(2 * width), out_row(width);
    for (int64_t r = begin; r < end; ++r) {
      const float* in = row_as_float(gate_up, 2 * r * width, 2 * width, in_row.data());
      silu_mul(in, in + width, row_target(out, r * width, out_row.data()), width);
      store_row(out, r * width, width, out_row.data());
    }
  });
  return out;
}

at::Tensor swiglu_backward_cpu(const at::Tensor& grad, const at::Tensor& gate_up) {
  const auto [rows, width] = swiglu_shape(gate_up);
  check_swiglu_tensor(grad, "swiglu_backward: grad");
  TORCH_CHECK(grad.numel() == rows * width, "swiglu_backward: grad must have the output's shape");
  at::Tensor d_gate_up = at::empty_like(gate_up);
  at::parallel_for(0, rows, kRowGrain, [&](int64_t begin, int64_t end) {
    std::vector<float> in_row(2 * width), grad_row(width), out_row(2 * width);
    for (int64_t r = begin; r < end; ++r) {
      const float* in = row_as_float(gate_up, 2 * r * width, 2 * width, in_row.data());
      const float* g = row_as_float(grad, r * width, width, grad_row.data());
      float* dst = row_target(d_gate_up, 2 * r * width, out_row.data());
      silu_mul_backward(in, in + width, g, dst, dst + width, width);
      store_row(d_gate_up, 2 * r * width, 2 * width, out_row.data());
    }
  });
  return d_gate_up;
}

std::tuple<at::Tensor, at::Tensor> rms_norm_cpu(const at::Tensor& x, const at::Tensor& weight, double eps) {
  check_float_cpu(x, "rms_norm: x");
  check_float_cpu(weight, "rms_norm: weight");
  const int64_t dim = weight.numel();
  TORCH_CHECK(x.dim() >= 1 && x.size(-1) == dim, "rms_norm: x's last dimension must match the weight (", dim, ")");
  const int64_t rows = dim == 0 ? 0 : x.numel() / dim;
  at::Tensor out = at::empty_like(x);
  at::Tensor inv_rms = at::empty({rows}, x.options());
  const float* src = x.const_data_ptr<float>();
  const float* w = weight.const_data_ptr<float>();
  float* dst = out.mutable_data_ptr<float>();
  float* r_out = inv_rms.mutable_data_ptr<float>();
  at::parallel_for(0, rows, kRowGrain, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) {
      const float* row = src + r * dim;
      const float inv = 1.0f / std::sqrt(sum_squares(row, dim) / static_cast<float>(dim) + static_cast<float>(eps));
      r_out[r] = inv;
      scale_by(row, inv, w, dst + r * dim, dim);
    }
  });
  return {out, inv_rms};
}

std::tuple<at::Tensor, at::Tensor> rms_norm_backward_cpu(const at::Tensor& grad, const at::Tensor& x,
                                                         const at::Tensor& weight, const at::Tensor& inv_rms) {
  check_float_cpu(grad, "rms_norm_backward: grad");
  check_float_cpu(x, "rms_norm_backward: x");
  check_float_cpu(weight, "rms_norm_backward: weight");
  check_float_cpu(inv_rms, "rms_norm_backward: inv_rms");
  const int64_t dim = weight.numel(), rows = inv_rms.numel();
  TORCH_CHECK(grad.numel() == x.numel() && x.numel() == rows * dim, "rms_norm_backward: shapes do not agree");
  // the weight's gradient sums over rows: one partial sum per chunk of rows, then one sum of the
  // partials; chunks depend only on the thread count, so a run repeats bit for bit
  const int64_t chunks = std::max<int64_t>(1, std::min<int64_t>(at::get_num_threads(), rows / kRowGrain));
  at::Tensor partial = at::zeros({chunks, dim}, x.options());
  at::Tensor dx = at::empty_like(x);
  const float* g = grad.const_data_ptr<float>();
  const float* src = x.const_data_ptr<float>();
  const float* w = weight.const_data_ptr<float>();
  const float* inv = inv_rms.const_data_ptr<float>();
  float* dst = dx.mutable_data_ptr<float>();
  float* sums = partial.mutable_data_ptr<float>();
  at::parallel_for(0, chunks, 1, [&](int64_t begin, int64_t end) {
    for (int64_t c = begin; c < end; ++c) {
      for (int64_t r = rows * c / chunks; r < rows * (c + 1) / chunks; ++r) {
        rms_norm_backward_row(src + r * dim, g + r * dim, w, inv[r], dst + r * dim, sums + c * dim, dim);
      }
    }
  });
  return {dx, partial.sum(0)};
}

}  // namespace havoc
