// Moving tiles between the tensors' storage type and the float32 work buffers of the CPU kernels.
#pragma once

#include <c10/util/BFloat16.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "vec_math.h"

namespace havoc {

// A float work buffer left uninitialised: std::vector would zero it on every call (the key and
// value tiles alone are 128 KiB, several microseconds of a decode step that takes ten).
class Floats {
 public:
  explicit Floats(int64_t n) : data_(n > 0 ? new float[n] : nullptr) {}
  float* data() { return data_.get(); }
  float& operator[](int64_t i) { return data_[i]; }

 private:
  std::unique_ptr<float[]> data_;
};

// Rows [0, n) of a (rows x dim) tile with the given row stride, as float32. Float storage is used
// in place (returns src, leading dimension = stride); bfloat16 is widened into buf (ld = dim).
struct FloatRows {
  const float* data;
  int64_t ld;
};

inline FloatRows float_rows(const float* src, int64_t stride, int64_t, int64_t, float*) { return {src, stride}; }

inline FloatRows float_rows(const c10::BFloat16* src, int64_t stride, int64_t n, int64_t dim, float* buf) {
  for (int64_t r = 0; r < n; ++r) {
    bf16_to_float(reinterpret_cast<const uint16_t*>(src + r * stride), buf + r * dim, dim);
  }
  return {buf, dim};
}

// Writes n float values to storage of the tensor's type.
inline void store_row(const float* src, float* dst, int64_t n) { std::memcpy(dst, src, n * sizeof(float)); }

inline void store_row(const float* src, c10::BFloat16* dst, int64_t n) {
  float_to_bf16(src, reinterpret_cast<uint16_t*>(dst), n);
}

}  // namespace havoc
