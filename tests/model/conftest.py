"""Shared pieces for the model tests: a byte-level stand-in tokenizer and small prepared runs."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import numpy as np
import pytest
import torch

from plugins.model.config import ModelConfig
from plugins.model.data import write_token_data
from plugins.model.settings import resolve_settings

SPECIALS = ("<|system|>", "<|user|>", "<|assistant|>", "<|end|>")


class ByteTokenizer:
    """Stand-in with the project tokenizer's interface: one token per UTF-8 byte, specials after 255."""

    bos_id, eos_id, pad_id = 256, 257, 258
    special_ids = {name: 259 + i for i, name in enumerate(SPECIALS)}
    vocab_size = 263

    @classmethod
    def load(cls, directory) -> ByteTokenizer:
        return cls()

    def encode(self, text: str) -> list[int]:
        return list(text.encode("utf-8"))

    def decode(self, ids: list[int]) -> str:
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")

    def encode_chat(self, messages: list[dict], add_generation_prompt: bool = True) -> list[int]:
        ids = []
        for message in messages:
            ids += [
                self.special_ids[f"<|{message['role']}|>"],
                *self.encode(message["content"]),
                self.special_ids["<|end|>"],
            ]
        return ids + ([self.special_ids["<|assistant|>"]] if add_generation_prompt else [])


TEXT = "the mean of a sample is the sum of its values divided by their count. " * 400


@pytest.fixture
def stand_in_tokenizer(monkeypatch):
    """Route plugins.model.tokenizer to the stand-in (the CLI imports it by that name)."""
    module = types.ModuleType("plugins.model.tokenizer")
    module.Tokenizer = ByteTokenizer
    monkeypatch.setitem(sys.modules, "plugins.model.tokenizer", module)
    return ByteTokenizer()


def micro_config(**changes) -> ModelConfig:
    values = dict(
        d_model=32, n_layers=2, n_heads=4, n_kv_heads=2, d_mlp=64, vocab_size=ByteTokenizer.vocab_size, context=64
    )
    values.update(changes)
    return ModelConfig(**values)


def prepare_run(run_dir: Path, tokenizer_dir: Path | None = None) -> Path:
    """A run directory whose data is the byte-encoded TEXT (no corpus build, no tokenizer training)."""
    tokens = np.frombuffer(TEXT.encode(), dtype=np.uint8).astype(np.int32)
    cut = int(len(tokens) * 0.9)
    write_token_data(run_dir / "data", tokens[:cut], tokens[cut:], ByteTokenizer.vocab_size, tokenizer_dir, 2.5)
    return run_dir


def micro_settings(run_dir: Path, *overrides: str, **model_changes) -> dict:
    """Settings for a few quick steps of a micro model (written to run_dir/model.yaml)."""
    model_file = run_dir / "model.yaml"
    model_file.write_text("\n".join(f"{k}: {v}" for k, v in micro_config(**model_changes).to_dict().items()))
    base = [
        f"model={model_file}",
        "train.max_steps=8",
        "train.batch_size=4",
        "train.seq_len=32",
        "train.eval_every=4",
        "train.eval_batches=2",
        "train.checkpoint_every=2",
        "train.log_every=1",
        "optim.warmup_steps=2",
        "train.time_limit_s=null",
        "train.dtype=float32",
    ]
    return resolve_settings(overrides=[*base, *overrides])


@pytest.fixture(autouse=True)
def _deterministic_threads():
    torch.manual_seed(0)
    yield
