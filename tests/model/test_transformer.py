"""Model properties: shapes, causality, KV-cache decoding, rotary positions, parameter counts."""

from __future__ import annotations

import torch

from plugins.model.config import load_model_config
from plugins.model.transformer import apply_rope, build_model, rope_tables
from tests.model.conftest import micro_config


def test_logits_shape_and_parameter_count_formula():
    for tied in (True, False):
        config = micro_config(tie_embeddings=tied)
        model = build_model(config)
        assert model(torch.randint(0, config.vocab_size, (3, 17))).shape == (3, 17, config.vocab_size)
        assert sum(p.numel() for p in model.parameters()) == config.parameter_count()


def test_future_tokens_do_not_change_past_logits():
    config = micro_config()
    model = build_model(config).eval()
    x = torch.randint(0, config.vocab_size, (2, 20))
    changed = x.clone()
    changed[:, 12:] = torch.randint(0, config.vocab_size, (2, 8))
    with torch.no_grad():
        a, b = model(x), model(changed)
    torch.testing.assert_close(a[:, :12], b[:, :12], atol=1e-6, rtol=0)
    assert (a[:, 12:] - b[:, 12:]).abs().max() > 1e-3


def test_kv_cache_decode_equals_full_forward():
    config = micro_config()
    model = build_model(config).eval()
    x = torch.randint(0, config.vocab_size, (2, 24))
    with torch.no_grad():
        full = model(x)
        cache = model.new_cache(2, 32)
        steps = [model(x[:, :10], cache)]
        steps += [model(x[:, i : i + 1], cache) for i in range(10, 24)]
    torch.testing.assert_close(torch.cat(steps, dim=1), full, atol=1e-5, rtol=1e-5)
    assert cache.lengths.tolist() == [24, 24]


def test_ragged_batch_decode_matches_each_sequence_alone():
    """Two sequences of different lengths decoded side by side in one cache."""
    config = micro_config()
    model = build_model(config).eval()
    a, b = torch.randint(0, config.vocab_size, (1, 9)), torch.randint(0, config.vocab_size, (1, 5))
    with torch.no_grad():
        cache = model.new_cache(2, 16)
        cache_a, cache_b = model.new_cache(1, 16), model.new_cache(1, 16)
        model(a[:, :-1], cache_a)
        model(b[:, :-1], cache_b)
        for layer in range(config.n_layers):  # assemble the batch cache from the two single ones
            cache.k[layer, 0], cache.v[layer, 0] = cache_a.k[layer, 0], cache_a.v[layer, 0]
            cache.k[layer, 1], cache.v[layer, 1] = cache_b.k[layer, 0], cache_b.v[layer, 0]
        cache.lengths = torch.tensor([8, 4])
        batched = model(torch.cat([a[:, -1:], b[:, -1:]]), cache)
    torch.testing.assert_close(batched[0, -1], model(a)[0, -1], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(batched[1, -1], model(b)[0, -1], atol=1e-5, rtol=1e-5)


def test_rope_scores_depend_only_on_relative_position():
    cos, sin = rope_tables(16, 64, 10000.0)
    q, k = torch.randn(1, 1, 1, 16), torch.randn(1, 1, 1, 16)

    def score(m: int, n: int) -> float:
        rq = apply_rope(q, cos[m : m + 1], sin[m : m + 1])
        rk = apply_rope(k, cos[n : n + 1], sin[n : n + 1])
        return float((rq * rk).sum())

    assert abs(score(7, 3) - score(40, 36)) < 1e-4
    assert abs(score(0, 0) - float((q * k).sum())) < 1e-5  # position 0 is the identity
    assert abs(score(7, 3) - score(7, 5)) > 1e-3


def test_7b_dry_run_parameter_count_by_formula():
    d, vocab, layers, mlp, kv = 4096, 70000, 32, 11008, 1024
    per_layer = 2 * d * d + 2 * d * kv + 3 * d * mlp + 2 * d
    expected = 2 * vocab * d + layers * per_layer + d  # untied embeddings and output head, final norm
    config = load_model_config("7b")
    model = build_model(config, "meta")
    assert sum(p.numel() for p in model.parameters()) == expected == config.parameter_count() == 6_244_405_248
    assert all(p.device.type == "meta" for p in model.parameters())
