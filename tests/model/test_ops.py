"""The attention and sampling boundary (plugins/model/ops.py) against direct computations."""

from __future__ import annotations

import math

import pytest
import torch

from plugins.model import ops


def reference_attention(q, k, v, causal=True):
    """Plain softmax(q k^T / sqrt(d)) v with K/V heads repeated to match the query heads."""
    group = q.shape[1] // k.shape[1]
    k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
    scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if causal:
        length = q.shape[2]
        scores = scores.masked_fill(torch.ones(length, length).triu(1).bool(), float("-inf"))
    return torch.softmax(scores, -1) @ v


def test_gqa_attention_equals_mha_with_repeated_heads():
    q = torch.randn(2, 8, 10, 16)
    k, v = torch.randn(2, 2, 10, 16), torch.randn(2, 2, 10, 16)
    out = ops.attention(q, k, v, causal=True)
    mha = ops.attention(q, k.repeat_interleave(4, 1), v.repeat_interleave(4, 1), causal=True)
    assert out.shape == (2, 8, 10, 16)
    torch.testing.assert_close(out, mha, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(out, reference_attention(q, k, v), atol=1e-5, rtol=1e-5)


def test_decode_attention_with_ragged_lengths_matches_per_sequence_attention():
    lmax, lengths = 12, torch.tensor([5, 12, 1])
    q = torch.randn(3, 4, 1, 8)
    k_cache, v_cache = torch.randn(3, 2, lmax, 8), torch.randn(3, 2, lmax, 8)
    out = ops.decode_attention(q, k_cache, v_cache, lengths)
    assert out.shape == (3, 4, 1, 8)
    for b, n in enumerate(lengths.tolist()):
        expected = reference_attention(q[b : b + 1], k_cache[b : b + 1, :, :n], v_cache[b : b + 1, :, :n], causal=False)
        torch.testing.assert_close(out[b : b + 1], expected, atol=1e-5, rtol=1e-5)


def test_greedy_is_argmax_and_repetition_penalty_changes_it():
    logits = torch.tensor([[1.0, 3.0, 2.0], [0.5, -1.0, 0.2]])
    assert ops.sample(logits, temperature=0).tolist() == [[1], [0]]
    prev = torch.tensor([[1], [0]])
    # 3/2 = 1.5 < 2 for row 0; 0.5/10 = 0.05 < 0.2 for row 1
    assert ops.sample(logits, temperature=0, repetition_penalty=2.0, prev_tokens=prev).tolist() == [[2], [0]]
    assert ops.sample(logits, temperature=0, repetition_penalty=10.0, prev_tokens=prev).tolist() == [[2], [2]]


def many(logits, n, **filters):
    generator = torch.Generator().manual_seed(1)
    return {int(ops.sample(logits, generator=generator, **filters)) for _ in range(n)}


PROBS = torch.tensor([[0.4, 0.25, 0.15, 0.1, 0.06, 0.04]])
LOGITS = PROBS.log()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"top_k": 2}, {0, 1}),
        ({"top_p": 0.5}, {0, 1}),  # 0.4 < 0.5, 0.4 + 0.25 reaches it
        ({"top_p": 0.75}, {0, 1, 2}),  # 0.4 + 0.25 < 0.75 <= 0.4 + 0.25 + 0.15
        ({"min_p": 0.3}, {0, 1, 2}),  # keep p >= 0.12
        ({"top_k": 0, "top_p": 1.0, "min_p": 0.0}, {0, 1, 2, 3, 4, 5}),
    ],
)
def test_sampling_filters_have_the_expected_support(filters, expected):
    assert many(LOGITS, 400, temperature=1.0, **filters) == expected


def test_sampling_frequencies_follow_temperature_scaled_probabilities():
    generator = torch.Generator().manual_seed(3)
    logits = LOGITS.expand(4000, -1)
    draws = ops.sample(logits, temperature=2.0, generator=generator).flatten()
    expected = torch.softmax(LOGITS[0] / 2.0, -1)
    observed = torch.bincount(draws, minlength=6).float() / len(draws)
    assert (observed - expected).abs().max() < 0.03


def test_same_generator_seed_gives_same_tokens():
    logits = torch.randn(4, 50)
    a = [ops.sample(logits, 1.0, generator=torch.Generator().manual_seed(7)) for _ in range(3)]
    b = [ops.sample(logits, 1.0, generator=torch.Generator().manual_seed(7)) for _ in range(3)]
    assert all(torch.equal(x, y) for x, y in zip(a, b, strict=True))
    assert a[0].shape == (4, 1) and a[0].dtype == torch.int64
