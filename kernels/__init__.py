"""Compiled attention and sampling kernels (C++ with at::parallel_for, CUDA twins), with a pure-PyTorch fallback.

    import kernels
    out = kernels.attention(q, k, v, causal=True)            # prefill, grouped-query aware
    out = kernels.decode_attention(q, k_cache, v_cache, lengths)
    ids = kernels.sample(logits, temperature=0.8, top_p=0.9, generator=g)
    logits = kernels.decode_step(tokens, weights..., k_cache, v_cache, lengths, ...)  # a whole one-token forward
    h = kernels.swiglu(gate_up)                                # training: fused forward and backward
    q = kernels.rope(x, cos, sin)
    y = kernels.rms_norm(x, weight, eps)
    kernels.backend()                                          # "cpp", "cuda" or "reference"

Nothing is built at import: the first call loads the ahead-of-time module or builds the JIT
extension (cached, see kernels.build). HAVOC_KERNELS=reference forces the reference; if the
extension cannot be built or loaded, one warning is issued and the reference runs. Calls the
extension cannot serve (other dtypes or devices; inputs that need gradients, except for the
training operators ``swiglu``, ``rope`` and ``rms_norm``, which have their own backward) go to the reference.
"""

from __future__ import annotations

import os
import threading
import warnings

import torch

from kernels import reference
from kernels.reference import PerRow

__all__ = [
    "attention",
    "backend",
    "decode_attention",
    "decode_step",
    "rms_norm",
    "rope",
    "sample",
    "serves_decode_step",
    "swiglu",
]

_ATTENTION_DTYPES = (torch.float32, torch.bfloat16)
_lock = threading.Lock()
_backend: str | None = None


def _register_fakes() -> None:
    """Shape-only implementations so torch.compile and FakeTensor can trace the operators."""

    @torch.library.register_fake("havoc_kernels::attention")
    def _attention(q, k, v, causal=True, scale=None):
        return torch.empty_like(q, memory_format=torch.contiguous_format)

    @torch.library.register_fake("havoc_kernels::decode_attention")
    def _decode(q, k_cache, v_cache, lengths):
        return torch.empty_like(q, memory_format=torch.contiguous_format)

    @torch.library.register_fake("havoc_kernels::decode_step")
    def _step(tokens, embed, layers, norm, lm_head, rope_cos, rope_sin, k_cache, v_cache, lengths, *sizes):
        return embed.new_empty((tokens.shape[0], lm_head.shape[0]), dtype=torch.float32)

    @torch.library.register_fake("havoc_kernels::sample")
    def _sample(logits, temperature, top_k, top_p, min_p, repetition_penalty, prev_tokens, uniforms):
        return logits.new_empty((logits.shape[0], 1), dtype=torch.int64)

    @torch.library.register_fake("havoc_kernels::rope")
    def _rope(x, cos, sin):
        return x.new_empty(x.shape)

    @torch.library.register_fake("havoc_kernels::rope_backward")
    def _rope_backward(grad, cos, sin):
        return grad.new_empty(grad.shape)

    @torch.library.register_fake("havoc_kernels::swiglu")
    def _swiglu(gate_up):
        return gate_up.new_empty((*gate_up.shape[:-1], gate_up.shape[-1] // 2))

    @torch.library.register_fake("havoc_kernels::swiglu_backward")
    def _swiglu_backward(grad, gate_up):
        return torch.empty_like(gate_up)

    @torch.library.register_fake("havoc_kernels::rms_norm")
    def _rms_norm(x, weight, eps):
        return torch.empty_like(x), x.new_empty((x.numel() // max(x.shape[-1], 1),))

    @torch.library.register_fake("havoc_kernels::rms_norm_backward")
    def _rms_norm_backward(grad, x, weight, inv_rms):
        return torch.empty_like(x), torch.empty_like(weight)


def _register_autograd() -> None:
    """Backward passes of the training operators (each one fused kernel)."""

    def save_input(ctx, inputs, output) -> None:
        ctx.save_for_backward(inputs[0])

    def swiglu_backward(ctx, grad):
        (gate_up,) = ctx.saved_tensors
        return torch.ops.havoc_kernels.swiglu_backward.default(grad.contiguous(), gate_up)

    torch.library.register_autograd("havoc_kernels::swiglu", swiglu_backward, setup_context=save_input)

    def save_tables(ctx, inputs, output) -> None:
        ctx.save_for_backward(inputs[1], inputs[2])

    def rope_backward(ctx, grad):
        cos, sin = ctx.saved_tensors
        return torch.ops.havoc_kernels.rope_backward.default(grad.contiguous(), cos, sin), None, None

    torch.library.register_autograd("havoc_kernels::rope", rope_backward, setup_context=save_tables)

    def save_norm(ctx, inputs, output) -> None:
        ctx.save_for_backward(inputs[0], inputs[1], output[1])

    def rms_norm_backward(ctx, grad, _grad_inv_rms):
        x, weight, inv_rms = ctx.saved_tensors
        dx, dw = torch.ops.havoc_kernels.rms_norm_backward.default(grad.contiguous(), x, weight, inv_rms)
        return dx, dw, None

    torch.library.register_autograd("havoc_kernels::rms_norm", rms_norm_backward, setup_context=save_norm)


def _resolve() -> str:
    choice = os.environ.get("HAVOC_KERNELS", "auto").strip().lower()
    if choice == "reference":
        warnings.warn("HAVOC_KERNELS=reference: using the pure-PyTorch kernels", RuntimeWarning, stacklevel=4)
        return "reference"
    if choice != "auto":
        raise ValueError(f"HAVOC_KERNELS must be 'auto' or 'reference', got {choice!r}")
    from kernels import build

    try:
        kind = build.load()
    except Exception as exc:  # any build or load failure: havoc still runs, on the reference
        warnings.warn(
            f"havoc kernels: the compiled extension is unavailable ({type(exc).__name__}: {str(exc)[:300]}); "
            "using the pure-PyTorch reference",
            RuntimeWarning,
            stacklevel=4,
        )
        return "reference"
    _register_fakes()
    _register_autograd()
    return kind


def backend() -> str:
    """Which implementation serves calls: "cuda", "cpp" or "reference" (loads or builds on first call)."""
    global _backend
    if _backend is None:
        with _lock:
            if _backend is None:
                _backend = _resolve()
    return _backend


def _compiled(*tensors: torch.Tensor) -> bool:
    """Whether the extension takes these inputs: right device, and no gradient to track.

    Called on every kernel call, so it sticks to cheap attribute reads (this matters at decode sizes,
    where a whole call takes a few microseconds).
    """
    kind = _backend or backend()
    if kind == "reference":
        return False
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        return False
    if kind == "cuda":
        return all(t.is_cpu or t.is_cuda for t in tensors)
    return all(t.is_cpu for t in tensors)


def attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True, scale: float | None = None
) -> torch.Tensor:
    """Prefill attention: q (B, Hq, L, D), k/v (B, Hkv, L, D), Hq a multiple of Hkv -> (B, Hq, L, D)."""
    if q.dtype in _ATTENTION_DTYPES and _compiled(q, k, v):
        return torch.ops.havoc_kernels.attention.default(q, k, v, causal, scale)
    return reference.attention(q, k, v, causal, scale)


def decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor, lengths: torch.Tensor
) -> torch.Tensor:
    """One token per sequence: q (B, Hq, 1, D) against caches (B, Hkv, Lmax, D) up to lengths (B,) -> like q."""
    if q.dtype in _ATTENTION_DTYPES and _compiled(q, k_cache, v_cache, lengths):
        return torch.ops.havoc_kernels.decode_attention.default(q, k_cache, v_cache, lengths)
    return reference.decode_attention(q, k_cache, v_cache, lengths)


def serves_decode_step(weight: torch.Tensor) -> bool:
    """Whether ``decode_step`` runs for a model whose weights look like ``weight``: the C++ extension, a
    CPU float32 or bfloat16 model, no gradients. There is no reference twin: otherwise the model runs
    its own modules, which are the reference."""
    return weight.is_cpu and weight.dtype in _ATTENTION_DTYPES and _compiled(weight)


def decode_step(
    tokens: torch.Tensor,
    embed: torch.Tensor,
    layers: list[torch.Tensor],
    norm: torch.Tensor,
    lm_head: torch.Tensor,
    rope_tables: tuple[torch.Tensor, torch.Tensor],
    caches: tuple[torch.Tensor, torch.Tensor],
    lengths: torch.Tensor,
    heads: tuple[int, int],
    eps: float,
) -> torch.Tensor:
    """One token per sequence through the whole decoder on the CPU -> float32 logits (B, V).

    tokens (B,) int64; per layer six weights: input norm, fused q/k/v, output, post-attention norm,
    fused gate/up, down; rope tables (positions, head_dim) with the signed sin; caches (layers, B, Hkv,
    Lmax, head_dim), written at each sequence's position ``lengths`` (B,) (the caller advances lengths);
    heads = (query heads, key/value heads). Check ``serves_decode_step`` first.
    """
    return torch.ops.havoc_kernels.decode_step.default(
        tokens, embed, layers, norm, lm_head, *rope_tables, *caches, lengths, *heads, eps
    )


def _trains(*tensors: torch.Tensor, dtypes: tuple[torch.dtype, ...] = (torch.float32,)) -> bool:
    """Whether the training operators' kernels take these inputs: contiguous CPU tensors of ``dtypes``."""
    kind = _backend or backend()
    return kind != "reference" and all(t.is_cpu and t.dtype in dtypes and t.is_contiguous() for t in tensors)


def swiglu(gate_up: torch.Tensor) -> torch.Tensor:
    """silu(gate) * up for gate_up (..., 2F), gate in the first half -> (..., F); differentiable.

    float32 or bfloat16 (what bf16 autocast makes of the projection), computed in float32."""
    if _trains(gate_up, dtypes=_ATTENTION_DTYPES):
        return torch.ops.havoc_kernels.swiglu.default(gate_up)
    return reference.swiglu(gate_up)


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary positions: x (B, H, L, D) rotated by tables (L, D) from the model's ``rope_tables`` (signed
    sin; pairs (i, i + D/2)) -> contiguous (B, H, L, D); differentiable. x may be a strided view (the
    projection's heads, transposed) as long as its last dimension is contiguous."""
    if (
        x.dim() == 4
        and cos.dim() == 2
        and x.stride(-1) == 1
        and _trains(cos, sin)
        and x.is_cpu
        and x.dtype in _ATTENTION_DTYPES
        and not (torch.is_grad_enabled() and (cos.requires_grad or sin.requires_grad))
    ):
        return torch.ops.havoc_kernels.rope.default(x, cos, sin)
    return reference.rope(x, cos, sin)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """x / sqrt(mean(x^2) + eps) * weight over the last dimension; differentiable."""
    if _trains(x, weight):
        return torch.ops.havoc_kernels.rms_norm.default(x, weight, eps)[0]
    return reference.rms_norm(x, weight, eps)


def sample(
    logits: torch.Tensor,
    temperature: PerRow = 1.0,
    top_k: PerRow = 0,
    top_p: PerRow = 1.0,
    min_p: PerRow = 0.0,
    repetition_penalty: PerRow = 1.0,
    prev_tokens: torch.Tensor | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Next token per row of logits (B, V) -> (B, 1) int64; semantics and RNG use as reference.sample."""
    inputs = reference.sampling_inputs(
        logits.detach(), temperature, top_k, top_p, min_p, repetition_penalty, prev_tokens, generator
    )
    if logits.is_floating_point() and _compiled(logits):
        return torch.ops.havoc_kernels.sample.default(*inputs)
    return reference.sample_rows(*inputs)
