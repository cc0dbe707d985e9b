"""Okapi BM25 over a sparse document-term matrix (compressed sparse columns, in numpy).

score(d, q) = sum over query terms t of  idf(t) * tf(t, d) * (k1 + 1) / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl))
with idf(t) = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5)) (the Lucene form, never negative), |d| the
number of terms of d, k1 = 1.2, b = 0.75. The per-document term weights are computed once at
build time, so a query is one sparse column gather and a sum.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass

import numpy as np

from plugins.retrieval.tokens import terms


@dataclass(frozen=True)
class Columns:
    """A documents x terms matrix stored by column (compressed sparse column arrays, in numpy: scipy.sparse
    would cost a fifth of a second to import at every cold start of ``havoc reason``, for three arrays)."""

    data: np.ndarray  # float32 weights, column after column, rows ascending within a column
    indices: np.ndarray  # the row of each weight
    indptr: np.ndarray  # column c's entries are data[indptr[c]:indptr[c + 1]]
    shape: tuple[int, int]


@dataclass
class BM25:
    """Term weights (documents x terms, by column) and the vocabulary."""

    weights: Columns
    vocabulary: dict[str, int]
    k1: float = 1.2
    b: float = 0.75

    @classmethod
    def build(cls, texts: list[str], k1: float = 1.2, b: float = 0.75) -> BM25:
        """Index ``texts``: one row of weights per text."""
        vocabulary: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(texts), dtype=np.float64)
        for row, text in enumerate(texts):
            counts = Counter(terms(text))
            lengths[row] = sum(counts.values())
            for term, count in counts.items():
                rows.append(row)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                tfs.append(count)
        n, row_of, col_of = len(texts), np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
        tf = np.asarray(tfs, dtype=np.float64)
        df = np.bincount(col_of, minlength=len(vocabulary)).astype(np.float64)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        average = float(lengths.mean()) if n and lengths.any() else 1.0
        norm = k1 * (1.0 - b + b * lengths / average)  # per document
        weighted = (idf[col_of] * tf * (k1 + 1.0) / (tf + norm[row_of])).astype(np.float32)
        order = np.lexsort((row_of, col_of))  # by column, then row
        indptr = np.concatenate([[0], np.cumsum(df.astype(np.int64))])
        columns = Columns(weighted[order], row_of[order].astype(np.int32), indptr, (n, len(vocabulary)))
        return cls(columns, vocabulary, k1, b)

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every document for ``query`` (a repeated query term counts again)."""
        counts = Counter(t for t in terms(query) if t in self.vocabulary)
        out = np.zeros(self.weights.shape[0], dtype=np.float32)
        for term, count in counts.items():
            column = self.vocabulary[term]
            start, end = self.weights.indptr[column], self.weights.indptr[column + 1]
            out[self.weights.indices[start:end]] += count * self.weights.data[start:end]
        return out

    def to_bytes(self) -> bytes:
        """The matrix and vocabulary in one .npz payload."""
        buffer = io.BytesIO()
        terms_in_order = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez(
            buffer,
            data=self.weights.data,
            indices=self.weights.indices,
            indptr=self.weights.indptr,
            shape=np.asarray(self.weights.shape),
            params=np.asarray([self.k1, self.b]),
            vocabulary=np.frombuffer(json.dumps(terms_in_order).encode("utf-8"), dtype=np.uint8),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, payload: bytes) -> BM25:
        with np.load(io.BytesIO(payload), allow_pickle=False) as arrays:
            shape = tuple(int(v) for v in arrays["shape"])
            matrix = Columns(arrays["data"], arrays["indices"], arrays["indptr"], shape)
            words = json.loads(arrays["vocabulary"].tobytes().decode("utf-8"))
            k1, b = (float(v) for v in arrays["params"])
        return cls(matrix, {w: i for i, w in enumerate(words)}, k1, b)
