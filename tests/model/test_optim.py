"""AdamW groups and the learning-rate schedule."""

from __future__ import annotations

import math

import pytest

from plugins.model.optim import lr_factor, param_groups
from plugins.model.transformer import build_model
from tests.model.conftest import micro_config


def test_no_weight_decay_on_norms_and_embeddings():
    model = build_model(micro_config(tie_embeddings=False))
    decay, plain = param_groups(model, 0.1)
    names = {id(p): n for n, p in model.named_parameters()}
    assert decay["weight_decay"] == 0.1 and plain["weight_decay"] == 0.0
    assert {names[id(p)] for p in plain["params"]} == {
        n for n in names.values() if "norm" in n or n == "embed_tokens.weight"
    }
    assert "lm_head.weight" in {names[id(p)] for p in decay["params"]}


def test_warmup_then_cosine_to_the_floor():
    assert lr_factor(0, 10, 100, 0.1) == pytest.approx(0.1)
    assert lr_factor(9, 10, 100, 0.1) == pytest.approx(1.0)
    assert lr_factor(55, 10, 100, 0.1) == pytest.approx(0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * 0.5)))
    assert lr_factor(100, 10, 100, 0.1) == pytest.approx(0.1) == lr_factor(500, 10, 100, 0.1)
