"""Export to Hugging Face: transformers' LlamaForCausalLM gives the same logits (fp32, max abs diff < 1e-4)."""

from __future__ import annotations

import pytest
import torch

from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint, model_weights, save_checkpoint
from plugins.model.export_hf import export_hf
from plugins.model.transformer import build_model
from tests.model.conftest import micro_config

transformers = pytest.importorskip("transformers")


@pytest.mark.parametrize("tied", [True, False])
def test_transformers_llama_gives_the_same_logits(tmp_path, tied):
    config = micro_config(tie_embeddings=tied, n_heads=4, n_kv_heads=1, rope_theta=500.0)
    torch.manual_seed(1)
    model = build_model(config)
    with torch.no_grad():  # non-trivial norm weights, so a misplaced norm would show
        for name, param in model.named_parameters():
            if "norm" in name:
                param.add_(torch.randn_like(param) * 0.3)
    saved = save_checkpoint(tmp_path, 1, config, {}, model_weights(model))
    checkpoint = load_checkpoint(saved)
    export_hf(checkpoint, tmp_path / "hf")
    hf = transformers.LlamaForCausalLM.from_pretrained(tmp_path / "hf", dtype=torch.float32).eval()
    ours = model_from_checkpoint(checkpoint)
    x = torch.randint(0, config.vocab_size, (2, 40))
    with torch.no_grad():
        diff = (hf(x).logits - ours(x)).abs().max().item()
    assert diff < 1e-4
