"""Eval test fixtures: a micro random-weight checkpoint with a tiny tokenizer, a live server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.evals.evalkit import CORPUS


@pytest.fixture(scope="session")
def checkpoint(tmp_path_factory) -> Path:
    """A checkpoint of a micro random-weight model with a 400-piece tokenizer trained on CORPUS."""
    import torch

    from plugins.model.checkpoint import model_weights, save_checkpoint
    from plugins.model.config import ModelConfig
    from plugins.model.tokenizer import Tokenizer, train_tokenizer
    from plugins.model.transformer import build_model

    root = tmp_path_factory.mktemp("eval-model")
    (root / "corpus.txt").write_text(CORPUS, encoding="utf-8")
    train_tokenizer([root / "corpus.txt"], root / "tokenizer", 400)
    vocab = Tokenizer.load(root / "tokenizer").vocab_size
    torch.manual_seed(0)
    config = ModelConfig(d_model=32, n_layers=2, n_heads=4, n_kv_heads=2, d_mlp=64, vocab_size=vocab, context=64)
    model = build_model(config).eval()
    return save_checkpoint(root / "run", 1, config, {}, model_weights(model), tokenizer_dir=root / "tokenizer")


@contextmanager
def serving(checkpoint: Path, index_dir: Path | None = None) -> Iterator[str]:
    """A live ``havoc serve`` app over the checkpoint's model (and a document index), on a free loopback port."""
    from havoc_cli.server.app import create_app
    from havoc_cli.server.background import background_server
    from havoc_cli.server.engine import Engine
    from havoc_cli.server.state import ServerState
    from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint
    from plugins.model.tokenizer import Tokenizer

    loaded = load_checkpoint(checkpoint, with_trainer=False)
    tokenizer = Tokenizer.load(loaded.tokenizer_dir)
    engine = Engine(model_from_checkpoint(loaded), tokenizer, 4, 16)
    state = ServerState(engine, tokenizer, "havoc-eval-test", "cpu", 1 << 20, index_dir=index_dir)
    with background_server(create_app(state, None)) as url:
        yield url


@pytest.fixture(scope="session")
def server_url(checkpoint) -> Iterator[str]:
    """A live ``havoc serve`` app over the checkpoint's model."""
    with serving(checkpoint) as url:
        yield url
