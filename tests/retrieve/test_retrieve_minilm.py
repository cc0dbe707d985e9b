"""The MiniLM embedder, offline: unit vectors, chunks that fit its window, semantically sensible neighbours."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from plugins.retrieval.chunking import chunk_document
from plugins.retrieval.loaders import load_file
from plugins.retrieval.store import Index

pytestmark = pytest.mark.slow  # importing sentence-transformers and running the model takes 10-30 s

DOCS = [
    ("cars.md", "# Engines\n\nThe mechanic replaced the spark plugs and the timing belt of the motor."),
    ("kitchen.md", "# Pasta\n\nBoil salted water, add the spaghetti and stir until al dente."),
    ("markets.md", "# Shares\n\nEquity prices fell sharply as investors sold their stock holdings."),
    ("weather.md", "# Forecast\n\nHeavy rain and strong winds are expected along the coast tomorrow."),
]


def test_minilm_finds_the_passage_that_shares_meaning_but_not_words(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # the model must load from the package files alone
    index = Index.from_texts(DOCS, embedder="minilm")
    model = index.embedder()
    vectors = model.embed(["a car that will not start", "cooking noodles"])
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    for query, expected in (
        ("repairing a vehicle", "cars.md"),  # no word in common with the passage
        ("how to cook noodles", "kitchen.md"),
        ("the stock market crashed", "markets.md"),
        ("will it storm at the beach", "weather.md"),
    ):
        assert index.search(query, 1, "dense")[0].source == expected, query
    # The lexical ranker has nothing to go on for the first query: only the dense one finds it.
    assert index.search("repairing a vehicle", 1, "lexical") == []


def test_chunks_of_real_docstrings_fit_the_model_window():
    from plugins.retrieval.embedders import load_embedder

    model = load_embedder("minilm")
    path = Path(importlib.util.find_spec("scipy.stats._morestats").origin)
    chunks = chunk_document(load_file(path, path.read_bytes()), model.max_tokens, model.count_tokens)
    sizes = [model.count_tokens(c.embedding_text) + 2 for c in chunks]
    assert model.count_tokens("hello world") == 2  # word pieces, no padding
    assert len(chunks) > 100 and max(sizes) <= 256 and np.mean(sizes) > 100  # full, not fragmented
