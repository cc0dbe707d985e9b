"""The fused training operators (SwiGLU, RMS norm): forward and backward against float64 autograd."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

import kernels


def _double_swiglu(gate_up: torch.Tensor) -> torch.Tensor:
    gate, up = gate_up.double().chunk(2, dim=-1)
    return F.silu(gate) * up


def _double_rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    x, weight = x.double(), weight.double()
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight


def _grads(output: torch.Tensor, inputs: tuple[torch.Tensor, ...], seed: int) -> tuple[torch.Tensor, ...]:
    grad = torch.randn(output.shape, generator=torch.Generator().manual_seed(seed))  # same draw for any dtype
    return torch.autograd.grad(output, inputs, grad.to(output.dtype))


@pytest.mark.parametrize("shape", [(2, 7, 2 * 33), (1, 300, 2 * 1408), (5, 2 * 1), (0, 2 * 16)])
def test_swiglu_matches_float64_autograd(compiled, shape):
    gate_up = torch.randn(shape, generator=torch.Generator().manual_seed(1)).mul_(4).requires_grad_()
    exact_input = gate_up.detach().double().requires_grad_()
    out, exact = kernels.swiglu(gate_up), _double_swiglu(exact_input)
    assert out.shape == (*shape[:-1], shape[-1] // 2) and out.grad_fn is not None
    torch.testing.assert_close(out.double(), exact, rtol=1e-5, atol=1e-6)
    (grad,), (exact_grad,) = _grads(out, (gate_up,), 2), _grads(exact, (exact_input,), 2)
    torch.testing.assert_close(grad.double(), exact_grad, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("shape", [(2, 9, 40), (3, 129, 512), (1, 1, 3)])
def test_rms_norm_matches_float64_autograd(compiled, shape):
    generator = torch.Generator().manual_seed(3)
    x = (torch.randn(shape, generator=generator) * 3 + 0.5).requires_grad_()
    weight = torch.randn(shape[-1], generator=generator).requires_grad_()
    exact_x, exact_w = x.detach().double().requires_grad_(), weight.detach().double().requires_grad_()
    out, exact = kernels.rms_norm(x, weight, 1e-5), _double_rms_norm(exact_x, exact_w, 1e-5)
    torch.testing.assert_close(out.double(), exact, rtol=1e-5, atol=1e-5)
    grads, exact_grads = _grads(out, (x, weight), 4), _grads(exact, (exact_x, exact_w), 4)
    for got, want in zip(grads, exact_grads, strict=True):
        torch.testing.assert_close(got.double(), want, rtol=1e-4, atol=1e-4)


def test_rms_norm_backward_repeats_bit_for_bit(compiled):
    x = torch.randn(4, 100, 64, requires_grad=True)
    weight = torch.randn(64, requires_grad=True)
    first, second = (_grads(kernels.rms_norm(x, weight, 1e-6), (x, weight), 5) for _ in range(2))
    for a, b in zip(first, second, strict=True):
        assert torch.equal(a, b)


def test_inputs_the_kernels_do_not_take_run_the_reference(compiled):
    gate_up = torch.randn(4, 2 * 8, dtype=torch.float64, requires_grad=True)
    torch.testing.assert_close(kernels.swiglu(gate_up), _double_swiglu(gate_up))
    strided = torch.randn(4, 2 * 8).t().contiguous().t()  # not contiguous
    torch.testing.assert_close(kernels.swiglu(strided).double(), _double_swiglu(strided), rtol=1e-6, atol=1e-6)
    bf16 = torch.randn(3, 16, dtype=torch.bfloat16)
    assert kernels.rms_norm(bf16, torch.ones(16, dtype=torch.bfloat16), 1e-5).dtype == torch.bfloat16


def test_odd_gate_up_width_is_refused(compiled):
    with pytest.raises(RuntimeError, match="last dimension must be even"):
        torch.ops.havoc_kernels.swiglu.default(torch.randn(2, 7))


def test_swiglu_in_bfloat16_rounds_the_float32_result_once(compiled):
    gate_up = torch.randn(3, 40, 2 * 72, generator=torch.Generator().manual_seed(6)).bfloat16().requires_grad_()
    exact_input = gate_up.detach().double().requires_grad_()
    out, exact = kernels.swiglu(gate_up), _double_swiglu(exact_input)
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(out.double(), exact.bfloat16().double(), rtol=0, atol=0.02 * exact.abs().max().item())
    (grad,), (exact_grad,) = _grads(out, (gate_up,), 7), _grads(exact, (exact_input,), 7)
    assert grad.dtype == torch.bfloat16
    torch.testing.assert_close(grad.double(), exact_grad, rtol=0.02, atol=0.02)


def _tables(dim: int, length: int) -> tuple[torch.Tensor, torch.Tensor]:
    from plugins.model.transformer import rope_tables

    return rope_tables(dim, length, 10000.0)


def _double_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Pairs (i, i + D/2) rotated by the angle whose cosine and sine the tables hold, in float64."""
    x, half = x.double(), x.shape[-1] // 2
    low, high = x[..., :half], x[..., half:]
    c, s = cos[:, :half].double(), sin[:, half:].double()  # the unsigned sine sits in the second half
    return torch.cat([low * c - high * s, high * c + low * s], dim=-1)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_rope_of_transposed_heads_matches_the_float64_rotation(compiled, dtype):
    cos, sin = _tables(32, 50)
    heads_last = torch.randn(3, 50, 6, 32, generator=torch.Generator().manual_seed(8)).to(dtype)
    x = heads_last.transpose(1, 2).requires_grad_()  # (B, H, L, D) view of (B, L, H, D), as in the model
    exact_x = x.detach().double().requires_grad_()
    out, exact = kernels.rope(x, cos, sin), _double_rope(exact_x, cos, sin)
    assert out.is_contiguous() and out.dtype == dtype
    tol = 1e-6 if dtype == torch.float32 else 0.02
    torch.testing.assert_close(out.double(), exact, rtol=tol, atol=tol)
    (grad,), (exact_grad,) = _grads(out, (x,), 9), _grads(exact, (exact_x,), 9)
    torch.testing.assert_close(grad.double(), exact_grad, rtol=tol, atol=tol)


def test_rope_keeps_norms_of_each_pair(compiled):
    cos, sin = _tables(16, 8)
    x = torch.randn(1, 2, 8, 16)
    out = kernels.rope(x, cos, sin)
    pair_norms = (x[..., :8] ** 2 + x[..., 8:] ** 2, out[..., :8] ** 2 + out[..., 8:] ** 2)
    torch.testing.assert_close(*pair_norms)


def test_rope_with_mismatched_tables_is_refused(compiled):
    cos, sin = _tables(16, 8)
    with pytest.raises(RuntimeError, match="cos and sin must be"):
        torch.ops.havoc_kernels.rope.default(torch.randn(1, 2, 9, 16), cos, sin)
