// Token sampling on the CPU, one fused pass per row: repetition penalty, temperature, top-k,
// top-p and min-p filtering, then an inverse-CDF draw with a uniform supplied by the caller (so
// the torch.Generator is consumed in Python exactly as the reference consumes it).
//
// Every filter keeps an upper set of logits, {x >= threshold}, so the row is never sorted:
// thresholds come from a weighted selection (histogram over the value range, then an exact
// resolution inside the one bin that crosses the target) in two linear passes.
#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

#include "checks.h"
#include "online_softmax.h"
#include "kernels.h"
#include "vec_math.h"

namespace havoc {
namespace {

constexpr int64_t kBins = 2048;

// The largest value t among x[i] >= floor such that the weight of the elements strictly above t
// is below target while the weight of those >= t reaches it (weight 1 each when weights is null).
// If the whole weight falls short of target (rounding), every element >= floor is kept.
float select_threshold(const float* x, const float* weights, int64_t n, float floor, float lo, float hi,
                       double target) {
  if (!(hi > lo)) return hi;
  const float inv_width = static_cast<float>(kBins) / (hi - lo);
  // lo and hi are finite (callers pass the finite range), so every counted value lands in [0, kBins).
  auto bin_of = [&](float value) {
    const float position = (value - lo) * inv_width;
    return position >= static_cast<float>(kBins - 1) ? kBins - 1 : std::max<int64_t>(0, static_cast<int64_t>(position));
  };
  // -inf logits (masked tokens, or overflow under a tiny temperature) can never be drawn: skip them.
  auto counted = [&](float value) { return value >= floor && value > -INFINITY; };
  std::array<double, kBins> mass{};
  for (int64_t i = 0; i < n; ++i) {
    if (counted(x[i])) mass[bin_of(x[i])] += weights ? weights[i] : 1.0;
  }
  double above = 0.0;
  int64_t crossing = kBins - 1;
  while (crossing >= 0 && above + mass[crossing] < target) above += mass[crossing--];
  if (crossing < 0) return lo;

  std::vector<std::pair<float, double>> members;
  for (int64_t i = 0; i < n; ++i) {
    if (counted(x[i]) && bin_of(x[i]) == crossing) members.emplace_back(x[i], weights ? weights[i] : 1.0);
  }
  std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < members.size();) {
    const float value = members[i].first;
    for (; i < members.size() && members[i].first == value; ++i) above += members[i].second;
    if (above >= target) return value;
  }
  return members.back().first;
}

// The smallest value above -inf (the finite lower end of the range the filters select in).
float finite_min_of(const float* x, int64_t n, float top) {
  float lowest = top;
  for (int64_t i = 0; i < n; ++i) {
    if (x[i] > -INFINITY && x[i] < lowest) lowest = x[i];
  }
  return lowest;
}

// Index of the first maximum (lowest index on ties).
int64_t argmax(const float* x, int64_t n) {
  const float best = max_of(x, n);
  for (int64_t i = 0; i < n; ++i) {
    if (x[i] == best) return i;
  }
  return 0;
}

struct RowParams {
  float temperature, top_p, min_p, penalty;
  int64_t top_k;
  double uniform;
};

// One row: x the float logits, prev the row's previous tokens; work and probs are V-float buffers.
int64_t sample_row(const float* x, int64_t vocab, const int64_t* prev, int64_t n_prev, const RowParams& p,
                   float* work, float* probs) {
  const bool penalise = p.penalty != 1.0f && n_prev > 0;
  auto penalised = [&](float logit) { return logit > 0.0f ? logit / p.penalty : logit * p.penalty; };
  if (p.temperature == 0.0f) {
    if (!penalise) return argmax(x, vocab);
    std::copy(x, x + vocab, work);
    for (int64_t t = 0; t < n_prev; ++t) work[prev[t]] = penalised(x[prev[t]]);
    return argmax(work, vocab);
  }
  divide(x, work, vocab, p.temperature);
  if (penalise) {
    for (int64_t t = 0; t < n_prev; ++t) work[prev[t]] = penalised(x[prev[t]]) / p.temperature;
  }
  const float top = max_of(work, vocab);
  if (!(top > -INFINITY)) return argmax(work, vocab);  // every token masked: nothing to weigh, take the first
  const float lowest = finite_min_of(work, vocab, top);
  float floor = -INFINITY;
  if (p.top_k > 0 && p.top_k < vocab) {
    floor = select_threshold(work, nullptr, vocab, floor, lowest, top, static_cast<double>(p.top_k));
  }
  if (p.top_p < 1.0f) {
    const double total = exp_shift_masked(work, probs, vocab, top, floor);
    const float lo = std::isinf(floor) ? lowest : floor;
    floor = std::max(floor, select_threshold(work, probs, vocab, floor, lo, top, p.top_p * total));
  }
  if (p.min_p > 0.0f) floor = std::max(floor, top + std::log(p.min_p));

  const double kept = exp_shift_masked(work, probs, vocab, top, floor);
  const double target = p.uniform * kept;
  double cumulative = 0.0;
  int64_t last = -1;
  for (int64_t i = 0; i < vocab; ++i) {
    if (probs[i] == 0.0f) continue;
    cumulative += probs[i];
    last = i;
    if (cumulative > target) return i;
  }
  return last;
}

}  // namespace

at::Tensor sample_cpu(const at::Tensor& logits, const at::Tensor& temperature, const at::Tensor& top_k,
                      const at::Tensor& top_p, const at::Tensor& min_p, const at::Tensor& repetition_penalty,
                      const at::Tensor& prev_tokens, const at::Tensor& uniforms) {
  check_sample(logits, {temperature, top_k, top_p, min_p, repetition_penalty}, prev_tokens, uniforms);
  const at::Tensor x = logits.to(at::kFloat).contiguous();
  const at::Tensor prev = prev_tokens.contiguous();
  const at::Tensor temp = temperature.to(at::kFloat).contiguous(), k = top_k.to(at::kLong).contiguous();
  const at::Tensor tp = top_p.to(at::kFloat).contiguous(), mp = min_p.to(at::kFloat).contiguous();
  const at::Tensor pen = repetition_penalty.to(at::kFloat).contiguous(), u = uniforms.to(at::kDouble).contiguous();
  const int64_t rows = x.size(0), vocab = x.size(1), n_prev = prev.size(1);
  check_sample_values(temp, k, tp, mp, pen, prev, vocab);

  std::vector<RowParams> params(rows);
  for (int64_t b = 0; b < rows; ++b) {
    params[b] = {temp.const_data_ptr<float>()[b], tp.const_data_ptr<float>()[b], mp.const_data_ptr<float>()[b],
                 pen.const_data_ptr<float>()[b],  k.const_data_ptr<int64_t>()[b], u.const_data_ptr<double>()[b]};
  }
  at::Tensor out = at::empty({rows, 1}, logits.options().dtype(at::kLong));
  int64_t* out_data = out.mutable_data_ptr<int64_t>();
  const float* x_data = x.const_data_ptr<float>();
  const int64_t* prev_data = prev.const_data_ptr<int64_t>();
  at::parallel_for(0, rows, grain_for(rows, 20.0 * vocab), [&](int64_t begin, int64_t end) {
    std::vector<float> work(vocab), probs(vocab);
    for (int64_t b = begin; b < end; ++b) {
      out_data[b] = sample_row(x_data + b * vocab, vocab, prev_data + b * n_prev, n_prev, params[b], work.data(),
                               probs.data());
    }
  });
  return out;
}

}  // namespace havoc
