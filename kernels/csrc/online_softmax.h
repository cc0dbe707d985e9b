// The online-softmax step shared by the prefill and decode CPU kernels.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "vec_math.h"

namespace havoc {

// Grain size for at::parallel_for over `items` work items of about `flops` each: everything on one
// thread when the whole job is too small to repay waking the others (a fork/join costs a few
// microseconds, far more on a busy machine), else one item at a time.
inline int64_t grain_for(int64_t items, double flops) {
  constexpr double kSerialFlops = 1e6;
  return static_cast<double>(items) * flops < kSerialFlops ? std::max<int64_t>(items, 1) : 1;
}

// Running state of `rows` query rows: max score m, sum of exponentials l, unnormalised output acc.
struct SoftmaxState {
  float* m;
  float* l;
  float* acc;  // rows x dim
  int64_t dim;

  void reset(int64_t rows) {
    std::fill(m, m + rows, -INFINITY);
    std::fill(l, l + rows, 0.0f);
    std::fill(acc, acc + rows * dim, 0.0f);
  }
};

// Turns a score tile s (rows x n, leading dimension ld) into exp(s - new max) in place, rescaling
// each row's running sum and accumulator to the new max. valid(r) is how many leading columns row
// r attends to; columns past it become 0. The caller then adds s @ V to the accumulators.
template <typename Valid>
void online_softmax_step(float* s, int64_t rows, int64_t n, int64_t ld, Valid valid, SoftmaxState& st) {
  for (int64_t r = 0; r < rows; ++r) {
    float* row = s + r * ld;
    const int64_t used = std::min<int64_t>(n, valid(r));
    if (used <= 0) {
      std::fill(row, row + n, 0.0f);
      continue;
    }
    const float m_new = std::max(st.m[r], max_of(row, used));
    const float alpha = std::exp(st.m[r] - m_new);
    const float sum = exp_shift_sum(row, used, m_new);
    std::fill(row + used, row + n, 0.0f);
    st.l[r] = st.l[r] * alpha + sum;
    if (alpha != 1.0f) scale(st.acc + r * st.dim, st.dim, alpha);
    st.m[r] = m_new;
  }
}

}  // namespace havoc
