"""The sampling kernel: the filtered support, the distribution of draws, seeding and greedy decoding."""

from __future__ import annotations

import pytest
import torch
from scipy.stats import chisquare

import kernels
from kernels import reference

FILTERS = [
    {"temperature": 1.0},
    {"temperature": 0.7, "top_k": 5},
    {"temperature": 1.3, "top_p": 0.8},
    {"temperature": 1.0, "min_p": 0.1},
    {"temperature": 0.9, "top_k": 8, "top_p": 0.7, "min_p": 0.05},
    {"temperature": 1.0, "top_p": 0.6, "repetition_penalty": 1.5},
]


def op_args(logits, rows=None, prev=None, uniforms=None, **params):
    """The operator's tensor arguments with explicit uniforms (default: an even grid over [0, 1))."""
    logits = logits.expand(rows or logits.shape[0], -1)
    args = list(reference.sampling_inputs(logits, *_params(params), prev, None))
    if uniforms is not None:
        args[-1] = uniforms
    return args


def _params(params):
    names = ("temperature", "top_k", "top_p", "min_p", "repetition_penalty")
    defaults = (1.0, 0, 1.0, 0.0, 1.0)
    return [params.get(name, default) for name, default in zip(names, defaults, strict=True)]


def previous(rows, tokens):
    return torch.tensor(tokens, dtype=torch.int64).expand(rows, -1)


@pytest.mark.parametrize("params", FILTERS)
def test_inverse_cdf_equals_reference_on_a_grid_of_uniforms(compiled, params):
    """Same uniforms, same tokens: the whole filtered CDF, boundaries of the support included."""
    gen = torch.Generator().manual_seed(1)
    logits = torch.randn(1, 50, generator=gen) * 2
    grid = (torch.arange(997, dtype=torch.float64) + 0.5) / 997
    args = op_args(logits, rows=997, prev=previous(997, [3, 3, 7]), uniforms=grid, **params)
    assert torch.equal(torch.ops.havoc_kernels.sample(*args), reference.sample_rows(*args))


@pytest.mark.parametrize("params", FILTERS)
def test_masked_logits_match_the_reference_and_are_never_drawn(compiled, params):
    """-inf logits (masked tokens, or overflow under a tiny temperature) must not break the selection."""
    gen = torch.Generator().manual_seed(2)
    logits = torch.randn(1, 50, generator=gen) * 2
    masked = torch.tensor([0, 5, 17, 49])
    logits[0, masked] = float("-inf")
    grid = (torch.arange(997, dtype=torch.float64) + 0.5) / 997
    args = op_args(logits, rows=997, prev=previous(997, [3, 3, 7]), uniforms=grid, **params)
    tokens = torch.ops.havoc_kernels.sample(*args)
    assert torch.equal(tokens, reference.sample_rows(*args))
    assert not torch.isin(tokens, masked).any()


def test_a_row_with_every_logit_masked_does_not_crash(compiled):
    logits = torch.full((2, 30), float("-inf"))
    for params in FILTERS:
        args = op_args(logits, **params)
        assert torch.ops.havoc_kernels.sample(*args).shape == (2, 1)


def test_temperature_overflow_to_minus_infinity_is_handled(compiled):
    logits = torch.randn(1, 40, generator=torch.Generator().manual_seed(4))
    logits[0, 3] = -1e9
    args = op_args(logits, rows=64, temperature=1e-30, top_p=0.9)
    assert torch.equal(torch.ops.havoc_kernels.sample(*args), reference.sample_rows(*args))


@pytest.mark.parametrize("params", FILTERS)
def test_draws_stay_in_and_cover_the_reference_support_with_its_frequencies(compiled, params):
    gen = torch.Generator().manual_seed(2)
    logits = torch.randn(1, 12, generator=gen)
    draws_n = 20000
    args = op_args(logits, rows=draws_n, prev=previous(draws_n, [0, 5]), **params)
    args[-1] = torch.rand(draws_n, generator=gen, dtype=torch.float64)
    draws = torch.ops.havoc_kernels.sample(*args).flatten()

    filtered = reference.filtered_logits(*args[:7])[0]
    allowed = torch.isfinite(filtered)
    probs = torch.softmax(filtered, dim=-1)
    assert allowed[draws].all(), "a draw fell outside the filtered support"
    counts = torch.bincount(draws, minlength=12)
    assert torch.equal(counts > 0, probs > 0), "the tokens drawn differ from the tokens with probability"
    support = probs > 0
    if int(support.sum()) > 1:
        share = probs[support].double()
        expected = (share / share.sum() * draws_n).numpy()
        assert chisquare(counts[support].double().numpy(), expected).pvalue > 1e-3


def test_large_vocabulary_top_p_and_top_k_match_reference(compiled):
    gen = torch.Generator().manual_seed(4)
    logits = torch.randn(4, 32000, generator=gen) * 3
    uniforms = torch.rand(4, generator=gen, dtype=torch.float64)
    for params in ({"top_p": 0.9}, {"top_p": 0.3, "temperature": 0.5}, {"top_k": 40, "top_p": 0.95}):
        args = op_args(logits, uniforms=uniforms, **params)
        assert torch.equal(torch.ops.havoc_kernels.sample(*args), reference.sample_rows(*args))


def test_same_seed_same_tokens_and_the_generator_advances(compiled):
    logits = torch.randn(3, 100)
    first = kernels.sample(logits, top_p=0.9, generator=torch.Generator().manual_seed(7))
    again = kernels.sample(logits, top_p=0.9, generator=torch.Generator().manual_seed(7))
    assert torch.equal(first, again)
    gen = torch.Generator().manual_seed(7)
    draws = torch.cat([kernels.sample(logits, generator=gen) for _ in range(20)], dim=1)
    assert len({tuple(column.tolist()) for column in draws.T}) > 1


def test_kernel_and_reference_consume_the_generator_alike(compiled):
    logits = torch.randn(2, 64)
    tokens = kernels.sample(logits, top_k=10, generator=torch.Generator().manual_seed(11))
    expected = reference.sample(logits, top_k=10, generator=torch.Generator().manual_seed(11))
    assert torch.equal(tokens, expected)


def test_greedy_is_argmax_with_lowest_index_on_ties(compiled):
    logits = torch.randn(4, 33)
    logits[1, 5] = logits[1, 20] = logits[1].max() + 1.0
    tokens = kernels.sample(logits, temperature=0.0)
    assert tokens.shape == (4, 1) and tokens.dtype == torch.int64
    assert torch.equal(tokens, logits.argmax(dim=-1, keepdim=True))
    assert tokens[1, 0] == 5


def test_greedy_sees_the_repetition_penalty(compiled):
    logits = torch.tensor([[1.0, 3.0, 2.9, -1.0]])
    prev = torch.tensor([[1, 1]])
    assert kernels.sample(logits, temperature=0.0, repetition_penalty=1.2, prev_tokens=prev).item() == 2


def test_per_row_parameters_match_rows_sampled_alone(compiled):
    gen = torch.Generator().manual_seed(9)
    logits = torch.randn(4, 200, generator=gen) * 2
    params = {
        "temperature": torch.tensor([0.0, 0.8, 1.2, 1.0]),
        "top_k": torch.tensor([0, 10, 0, 50]),
        "top_p": torch.tensor([1.0, 0.9, 0.5, 1.0]),
        "min_p": torch.tensor([0.0, 0.0, 0.05, 0.2]),
        "repetition_penalty": torch.tensor([1.3, 1.0, 2.0, 1.1]),
    }
    prev = torch.randint(0, 200, (4, 6), generator=gen)
    uniforms = torch.rand(4, generator=gen, dtype=torch.float64)
    args = list(reference.sampling_inputs(logits, *_params(params), prev, None))
    args[-1] = uniforms
    batched = torch.ops.havoc_kernels.sample(*args)
    for row in range(4):
        alone = [args[0][row : row + 1]] + [a[row : row + 1] for a in args[1:]]
        assert torch.equal(batched[row], torch.ops.havoc_kernels.sample(*alone)[0])
    assert torch.equal(batched, reference.sample_rows(*args))


def test_empty_prev_tokens_and_low_precision_logits(compiled):
    logits = torch.randn(2, 50)
    for prev in (None, torch.empty((2, 0), dtype=torch.int64)):
        for dtype in (torch.float32, torch.bfloat16, torch.float16):
            g1, g2 = torch.Generator().manual_seed(3), torch.Generator().manual_seed(3)
            tokens = kernels.sample(logits.to(dtype), top_p=0.8, repetition_penalty=1.2, prev_tokens=prev, generator=g1)
            expected = reference.sample(
                logits.to(dtype), top_p=0.8, repetition_penalty=1.2, prev_tokens=prev, generator=g2
            )
            assert torch.equal(tokens, expected)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"temperature": -1.0}, "temperature"),
        ({"top_p": 0.0}, "top_p"),
        ({"min_p": 1.0}, "min_p"),
        ({"top_k": -2}, "top_k"),
        ({"repetition_penalty": 0.0}, "repetition_penalty"),
    ],
)
def test_bad_parameters_are_rejected_by_both_paths(compiled, params, message):
    logits = torch.randn(1, 10)
    with pytest.raises(RuntimeError, match=message):
        kernels.sample(logits, **params)
    with pytest.raises(ValueError, match=message):
        reference.sample(logits, **params)


def test_out_of_range_prev_tokens_are_rejected(compiled):
    with pytest.raises(RuntimeError, match="prev_tokens"):
        kernels.sample(torch.randn(1, 10), repetition_penalty=1.2, prev_tokens=torch.tensor([[10]]))
