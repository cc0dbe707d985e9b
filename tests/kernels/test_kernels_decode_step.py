"""The fused decode step (kernels.decode_step) against the model's own modules, its reference."""

from __future__ import annotations

import pytest
import torch

from plugins.model.config import ModelConfig
from plugins.model.generation import GenerationParams, decode_tokens
from plugins.model.transformer import KVCache, Transformer, build_model

SHAPES = {
    "gqa-tied": ModelConfig(d_model=64, n_layers=2, n_heads=4, n_kv_heads=2, d_mlp=96, vocab_size=300, context=64),
    # widths that are not multiples of the 16-float vectors, plain multi-head attention, untied head
    "odd-widths": ModelConfig(
        d_model=40, n_layers=3, n_heads=5, n_kv_heads=5, d_mlp=72, vocab_size=97, context=48, tie_embeddings=False
    ),
}


def make_model(config: ModelConfig, dtype: torch.dtype = torch.float32) -> Transformer:
    torch.manual_seed(0)
    model = build_model(config).eval()
    with torch.no_grad():  # norms away from 1, so a norm weight used in the wrong place shows
        for block in model.layers:
            block.input_layernorm.weight.uniform_(0.5, 1.5)
            block.post_attention_layernorm.weight.uniform_(0.5, 1.5)
        model.norm.weight.uniform_(0.5, 1.5)
    return model.to(dtype)


def step_both_ways(model: Transformer, lengths: list[int], tokens: torch.Tensor):
    """Logits and caches of one decode step, fused and through the modules, from the same cache state."""
    batch = len(lengths)
    prompt = torch.randint(
        0, model.config.vocab_size, (batch, max(lengths)), generator=torch.Generator().manual_seed(1)
    )
    results = []
    for fused in (True, False):
        cache = model.new_cache(batch, 32)
        with torch.inference_mode():
            model(prompt, cache)
            cache.lengths.copy_(torch.tensor(lengths))  # shorter sequences: later slots get overwritten
            model._fused_decode_serves = (lambda: True) if fused else (lambda: False)
            try:
                logits = model(tokens, cache)
            finally:
                del model._fused_decode_serves
        results.append((logits, cache))
    return results


@pytest.mark.parametrize("shape", SHAPES)
def test_fused_step_matches_the_modules_in_float32(compiled, shape):
    model = make_model(SHAPES[shape])
    tokens = torch.tensor([[3], [7], [11]])
    (fused, cache_f), (ref, cache_r) = step_both_ways(model, [9, 5, 2], tokens)
    assert fused.shape == ref.shape == (3, 1, model.config.vocab_size)
    torch.testing.assert_close(fused, ref, atol=2e-5, rtol=1e-5)
    torch.testing.assert_close(cache_f.k, cache_r.k, atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(cache_f.v, cache_r.v, atol=1e-6, rtol=1e-5)
    assert cache_f.lengths.tolist() == cache_r.lengths.tolist() == [10, 6, 3]


def test_fused_step_in_bfloat16_stays_near_float32(compiled):
    config = SHAPES["gqa-tied"]
    tokens = torch.tensor([[5]])
    (fused16, _), (ref16, _) = step_both_ways(make_model(config, torch.bfloat16), [6], tokens)
    (ref32, _), _ = step_both_ways(make_model(config), [6], tokens)
    assert fused16.dtype == torch.bfloat16
    scale = ref32.abs().max()
    # bfloat16 keeps 8 bits of mantissa: both bfloat16 paths land within a few hundredths of float32
    assert (fused16.float() - ref32).abs().max() < 0.03 * scale
    assert (ref16.float() - ref32).abs().max() < 0.03 * scale


def test_greedy_generation_is_the_same_token_for_token(compiled):
    model = make_model(SHAPES["gqa-tied"])
    params = GenerationParams(max_new_tokens=40, temperature=0)
    fused = list(decode_tokens(model, [1, 2, 3, 4], params))
    model._fused_decode_serves = lambda: False
    modules = list(decode_tokens(model, [1, 2, 3, 4], params))
    assert fused == modules and len(fused) == 40


def test_the_step_serves_only_inference_on_the_cpu(compiled):
    model = make_model(SHAPES["gqa-tied"])
    with torch.inference_mode():
        assert model._fused_decode_serves()
    assert not model._fused_decode_serves()  # gradients enabled: the modules run, so training is untouched
    with torch.inference_mode():
        assert not build_model(SHAPES["gqa-tied"]).to(torch.float64)._fused_decode_serves()


def test_bad_inputs_are_refused_with_the_reason(compiled):
    model = make_model(SHAPES["gqa-tied"])
    cache = model.new_cache(1, 4)
    with torch.inference_mode():
        model(torch.tensor([[1, 2, 3, 4]]), cache)
        with pytest.raises(RuntimeError, match="leaves no room"):
            model(torch.tensor([[5]]), cache)
        cache = model.new_cache(1, 8)
        model(torch.tensor([[1]]), cache)
        with pytest.raises(RuntimeError, match="outside the vocabulary"):
            model(torch.tensor([[model.config.vocab_size]]), cache)
        with pytest.raises(RuntimeError, match="6 weights per layer"):
            torch.ops.havoc_kernels.decode_step.default(
                torch.tensor([1]), model.embed_tokens.weight, [], model.norm.weight, model.lm_head.weight,
                model.rope_cos, model.rope_sin, cache.k, cache.v, cache.lengths, 4, 2, 1e-5,
            )  # fmt: skip


def test_a_view_of_some_rows_of_a_larger_cache_is_written_in_place(compiled):
    model = make_model(SHAPES["gqa-tied"])
    prompt = torch.tensor([[1, 2, 3], [4, 5, 6]])
    results = []
    for fused in (True, False):
        cache = model.new_cache(4, 16)  # the server's layout: rows 0..n-1 of a cache for 4 requests
        cache.k.fill_(7.0), cache.v.fill_(7.0)
        rows = KVCache.__new__(KVCache)
        rows.k, rows.v, rows.lengths, rows.max_len = cache.k[:, :2], cache.v[:, :2], cache.lengths[:2], 16
        with torch.inference_mode():
            model(prompt, rows)
            model._fused_decode_serves = (lambda: True) if fused else (lambda: False)
            try:
                logits = model(torch.tensor([[8], [9]]), rows)
            finally:
                del model._fused_decode_serves
        results.append((logits, cache))
    (fused, cache_f), (ref, cache_r) = results
    torch.testing.assert_close(fused, ref, atol=2e-5, rtol=1e-5)
    torch.testing.assert_close(cache_f.k, cache_r.k, atol=1e-6, rtol=1e-5)
    assert cache_f.lengths.tolist() == [4, 4, 0, 0] and bool((cache_f.k[:, 2:] == 7.0).all())
