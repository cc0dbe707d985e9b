"""Prefill and decode attention kernels against the reference and against SDPA with repeated heads."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

import kernels
from kernels import reference

TOLERANCE = {torch.float32: 1e-5, torch.bfloat16: 2e-2}

# (length, head_dim, query heads per K/V head): odd lengths, tile edges, odd head_dim, GQA 1..8
PREFILL_SHAPES = [
    (1, 64, 1),
    (7, 40, 2),
    (33, 128, 4),
    (129, 64, 8),
    (7, 128, 1),
    (33, 40, 8),
    (129, 40, 4),
    (1, 128, 2),
    (300, 64, 2),
]


def sdpa_repeated(q, k, v, causal, scale=None):
    """torch's scaled_dot_product_attention on explicitly repeated K/V heads (an independent reference)."""
    group = q.shape[1] // k.shape[1]
    return F.scaled_dot_product_attention(
        q, k.repeat_interleave(group, 1), v.repeat_interleave(group, 1), is_causal=causal, scale=scale
    )


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("causal", [True, False])
@pytest.mark.parametrize(("length", "dim", "group"), PREFILL_SHAPES)
def test_prefill_matches_reference(compiled, length, dim, group, causal, dtype):
    gen = torch.Generator().manual_seed(length * 1000 + dim + group)
    n_kv, batch = 2, 2
    q = torch.randn(batch, n_kv * group, length, dim, generator=gen).to(dtype)
    k, v = torch.randn(2, batch, n_kv, length, dim, generator=gen).to(dtype)
    out = kernels.attention(q, k, v, causal=causal)
    assert out.shape == q.shape and out.dtype == dtype
    torch.testing.assert_close(out, reference.attention(q, k, v, causal), atol=TOLERANCE[dtype], rtol=0)
    if dtype == torch.float32:
        torch.testing.assert_close(out, sdpa_repeated(q, k, v, causal), atol=1e-5, rtol=0)


def test_prefill_custom_scale_and_strided_inputs(compiled):
    gen = torch.Generator().manual_seed(3)
    q = torch.randn(1, 20, 8, 64, generator=gen).transpose(1, 2)  # (1, 8, 20, 64), not contiguous
    k, v = (torch.randn(1, 20, 2, 64, generator=gen).transpose(1, 2) for _ in range(2))
    out = kernels.attention(q, k, v, causal=True, scale=0.3)
    torch.testing.assert_close(out, sdpa_repeated(q, k, v, True, scale=0.3), atol=1e-5, rtol=0)


def test_prefill_rejects_bad_head_counts(compiled):
    q, k = torch.randn(1, 6, 4, 16), torch.randn(1, 4, 4, 16)
    with pytest.raises(RuntimeError, match="multiple of key/value heads"):
        kernels.attention(q, k, k)


def test_inputs_needing_gradients_take_the_differentiable_reference(compiled):
    q = torch.randn(1, 2, 5, 16, requires_grad=True)
    k, v = torch.randn(1, 2, 5, 16), torch.randn(1, 2, 5, 16)
    kernels.attention(q, k, v).sum().backward()
    assert q.grad is not None and q.grad.abs().sum() > 0


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize(
    ("lmax", "dim", "group", "lengths"),
    [
        (9, 64, 1, [1, 9, 4]),
        (40, 40, 2, [33, 7, 40]),
        (700, 128, 4, [1, 700, 129]),
        (1100, 64, 8, [1100]),
        (300, 40, 2, [300, 1]),
    ],
)
def test_decode_matches_reference_and_sdpa(compiled, lmax, dim, group, lengths, dtype):
    gen = torch.Generator().manual_seed(lmax + dim + group)
    batch, n_kv = len(lengths), 2
    lens = torch.tensor(lengths, dtype=torch.int64)
    q = torch.randn(batch, n_kv * group, 1, dim, generator=gen).to(dtype)
    k, v = torch.randn(2, batch, n_kv, lmax, dim, generator=gen).to(dtype)
    out = kernels.decode_attention(q, k, v, lens)
    assert out.shape == q.shape and out.dtype == dtype
    torch.testing.assert_close(out, reference.decode_attention(q, k, v, lens), atol=TOLERANCE[dtype], rtol=0)
    if dtype == torch.float32:
        for b, n in enumerate(lengths):
            expected = sdpa_repeated(q[b : b + 1], k[b : b + 1, :, :n], v[b : b + 1, :, :n], causal=False)
            torch.testing.assert_close(out[b : b + 1], expected, atol=1e-5, rtol=0)


def test_decode_reads_a_view_of_a_larger_cache(compiled):
    gen = torch.Generator().manual_seed(5)
    storage = torch.randn(2, 2, 2, 64, 32, generator=gen)
    k, v = storage[0, :, :, :50], storage[1, :, :, :50]  # strided in the position dimension's parent
    q, lens = torch.randn(2, 4, 1, 32, generator=gen), torch.tensor([50, 17])
    out = kernels.decode_attention(q, k, v, lens)
    torch.testing.assert_close(out, reference.decode_attention(q, k, v, lens), atol=1e-5, rtol=0)


def test_decode_rejects_lengths_outside_the_cache(compiled):
    q, cache = torch.randn(1, 2, 1, 16), torch.randn(1, 2, 8, 16)
    with pytest.raises(RuntimeError, match="outside"):
        kernels.decode_attention(q, cache, cache, torch.tensor([9]))
    with pytest.raises(RuntimeError, match="outside"):
        kernels.decode_attention(q, cache, cache, torch.tensor([0]))
