"""A real uvicorn server on a free loopback port, over a micro random-weight model and a tiny tokenizer."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import torch

from havoc_cli.server.app import create_app
from havoc_cli.server.background import background_server
from havoc_cli.server.engine import Engine
from havoc_cli.server.state import ServerState
from plugins.model.config import ModelConfig
from plugins.model.tokenizer import Tokenizer, train_tokenizer
from plugins.model.transformer import build_model

CORPUS = (
    "The mean of a sample is the sum of its values divided by their count. "
    "A p-value is the probability of data at least as extreme as observed, assuming the null hypothesis. "
    "The standard deviation measures spread; the variance is its square. "
    "Control charts plot a statistic against time with limits at three sigma. "
) * 60
API_KEY = "test-key-123"


class SlowModel:
    """A model whose every forward takes ``delay`` seconds and that never picks a stop token, so a
    generation holds its batch row for exactly max_new_tokens steps."""

    def __init__(self, model, delay: float, never: tuple[int, ...]) -> None:
        self._model, self._delay, self._never = model, delay, list(never)

    def __getattr__(self, name):
        return getattr(self._model, name)

    def __call__(self, *args, **kwargs):
        time.sleep(self._delay)
        logits = self._model(*args, **kwargs)
        logits[..., self._never] = -1e4
        return logits


@pytest.fixture(scope="session")
def tokenizer_dir(tmp_path_factory) -> Path:
    """A 400-piece BPE tokenizer trained on CORPUS (a second or so)."""
    root = tmp_path_factory.mktemp("serve-tok")
    corpus = root / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    train_tokenizer([corpus], root / "tokenizer", 400)
    return root / "tokenizer"


@pytest.fixture(scope="session")
def tokenizer(tokenizer_dir) -> Tokenizer:
    return Tokenizer.load(tokenizer_dir)


@pytest.fixture(scope="session")
def model(tokenizer):
    torch.manual_seed(0)
    config = ModelConfig(
        d_model=32, n_layers=2, n_heads=4, n_kv_heads=2, d_mlp=64, vocab_size=tokenizer.vocab_size, context=128
    )
    return build_model(config).eval()


@contextlib.contextmanager
def running_server(
    model, tokenizer, api_key=None, max_batch=8, max_queue=16, max_body=1 << 20, index_dir=None, state_out=None
) -> Iterator[str]:
    """A live server over ``model`` (and the document index in ``index_dir``); yields its base URL."""
    engine = Engine(model, tokenizer, max_batch, max_queue)
    state = ServerState(engine, tokenizer, "havoc-test", "cpu", max_body, index_dir=index_dir)
    if state_out is not None:
        state_out.append(state)
    with background_server(create_app(state, api_key)) as url:
        yield url


DOCS = {
    "capability.md": "# Capability\n\n## Cpk\n\nCpk compares the distance from the mean to the nearest "
    "specification limit with three standard deviations.\n",
    "charts.md": "# Control charts\n\n## EWMA\n\nAn exponentially weighted moving average chart detects "
    "small sustained shifts in the process mean.\n",
}


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """A lexical index of the two DOCS files."""
    from plugins.retrieval.indexing import index_paths

    root = tmp_path_factory.mktemp("serve-docs")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    index_paths([root], root / "index", embedder="lexical")
    return root / "index"


@pytest.fixture(scope="session")
def base_url(model, tokenizer, index_dir) -> Iterator[str]:
    with running_server(model, tokenizer, index_dir=index_dir) as url:
        yield url


@pytest.fixture(scope="session")
def client(base_url) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def slow_url(model, tokenizer) -> Iterator[str]:
    """One batch row, no queue, 30 ms a forward: the second concurrent request gets 429."""
    with running_server(
        SlowModel(model, 0.03, (tokenizer.eos_id, tokenizer.special_ids["<|end|>"])),
        tokenizer,
        max_batch=1,
        max_queue=0,
    ) as url:
        yield url


@pytest.fixture(scope="session")
def auth_url(model, tokenizer) -> Iterator[str]:
    with running_server(model, tokenizer, api_key=API_KEY, max_body=2048) as url:
        yield url


def sse_events(lines) -> list:
    """The JSON documents of an SSE stream (``data: [DONE]`` must end it)."""
    import json

    data = [line[len("data: ") :] for line in lines if line.startswith("data: ")]
    assert data[-1] == "[DONE]", data[-3:]
    return [json.loads(d) for d in data[:-1]]
