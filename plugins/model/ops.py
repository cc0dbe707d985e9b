"""The one boundary for attention and sampling: everything in the model calls only these.

``decode_step`` runs a whole one-token forward of the model as one compiled call on the CPU
(``serves_decode_step`` says when); the model's own modules are its reference.

They route to the compiled ``kernels`` extension (C++ on CPU, CUDA on GPU), which falls back to its
own pure-PyTorch reference when it cannot be built or for inputs it does not serve;
``HAVOC_KERNELS=reference`` forces that reference for comparison. Training keeps PyTorch's fused
SDPA (the attention kernels have no backward pass); ``swiglu``, ``rope`` and ``rms_norm`` are fused
forward and backward on the CPU. Shapes: q (B, Hq, L, D); k, v (B, Hkv, L, D) with Hq a
multiple of Hkv (grouped-query attention).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

import kernels
from kernels import decode_step, rms_norm, rope, serves_decode_step, swiglu

__all__ = [
    "attention",
    "decode_attention",
    "decode_step",
    "rms_norm",
    "rope",
    "sample",
    "serves_decode_step",
    "swiglu",
]


def attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool = True, scale: float | None = None
) -> torch.Tensor:
    """Scaled dot-product attention over a whole sequence; returns (B, Hq, L, D)."""
    if torch.is_grad_enabled() and (q.requires_grad or k.requires_grad or v.requires_grad):
        return F.scaled_dot_product_attention(
            q, k, v, is_causal=causal, scale=scale, enable_gqa=q.shape[1] != k.shape[1]
        )
    return kernels.attention(q, k, v, causal=causal, scale=scale)


def decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor, lengths: torch.Tensor
) -> torch.Tensor:
    """One new query per sequence against its cache; returns (B, Hq, 1, D).

    q (B, Hq, 1, D); caches (B, Hkv, Lmax, D); lengths (B,) int64: sequence b attends to its first
    lengths[b] cache slots (the new token's K/V already written).
    """
    return kernels.decode_attention(q, k_cache, v_cache, lengths)


def sample(
    logits: torch.Tensor,
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
    min_p: float = 0.0,
    repetition_penalty: float = 1.0,
    prev_tokens: torch.Tensor | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Choose the next token of each sequence from logits (B, V); returns (B, 1) int64.

    Repetition penalty on prev_tokens (B, T), then greedy argmax when temperature == 0, else
    temperature, top-k, top-p, min-p and a draw from ``generator``. top_k=0, top_p=1.0, min_p=0.0 and
    repetition_penalty=1.0 switch a filter off.
    """
    return kernels.sample(
        logits,
        temperature=temperature,
        top_k=top_k,
        top_p=top_p,
        min_p=min_p,
        repetition_penalty=repetition_penalty,
        prev_tokens=prev_tokens,
        generator=generator,
    )
