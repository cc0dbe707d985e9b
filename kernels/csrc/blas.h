// Row-major single-precision GEMM on top of the Fortran BLAS symbol that libtorch_cpu exports
// (MKL or OpenBLAS, whichever this torch build carries). Called from inside at::parallel_for,
// where the BLAS runs on the calling thread only.
#pragma once

extern "C" void sgemm_(const char* transa, const char* transb, const int* m, const int* n, const int* k,
                       const float* alpha, const float* a, const int* lda, const float* b, const int* ldb,
                       const float* beta, float* c, const int* ldc);

namespace havoc {

// C (m x n) = A (m x k) * B^T + beta * C, where B is stored as n rows of k.
inline void gemm_abt(int m, int n, int k, const float* a, int lda, const float* b, int ldb, float beta, float* c,
                     int ldc) {
  const float one = 1.0f;
  sgemm_("T", "N", &n, &m, &k, &one, b, &ldb, a, &lda, &beta, c, &ldc);
}

// C (m x n) = A (m x k) * B (k x n) + beta * C.
inline void gemm_ab(int m, int n, int k, const float* a, int lda, const float* b, int ldb, float beta, float* c,
                    int ldc) {
  const float one = 1.0f;
  sgemm_("N", "N", &n, &m, &k, &one, b, &ldb, a, &lda, &beta, c, &ldc);
}

}  // namespace havoc
