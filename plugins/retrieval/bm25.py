"""Okapi BM25 over a sparse document-term matrix (scipy.sparse).

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
import scipy.sparse as sp

from plugins.retrieval.tokens import terms


@dataclass
class BM25:
    """Term weights (documents x terms, CSC) and the vocabulary."""

    weights: sp.csc_matrix
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
        shape = (len(texts), len(vocabulary))
        tf = sp.csr_matrix((np.asarray(tfs, dtype=np.float64), (rows, cols)), shape=shape)
        n = len(texts)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocabulary)).astype(np.float64)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        average = float(lengths.mean()) if n and lengths.any() else 1.0
        norm = k1 * (1.0 - b + b * lengths / average)  # per document
        data = tf.data
        doc_of_entry = np.repeat(np.arange(n), np.diff(tf.indptr))
        weighted = idf[tf.indices] * data * (k1 + 1.0) / (data + norm[doc_of_entry])
        matrix = sp.csr_matrix((weighted.astype(np.float32), tf.indices, tf.indptr), shape=shape)
        return cls(matrix.tocsc(), vocabulary, k1, b)

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
            matrix = sp.csc_matrix((arrays["data"], arrays["indices"], arrays["indptr"]), shape=shape)
            words = json.loads(arrays["vocabulary"].tobytes().decode("utf-8"))
            k1, b = (float(v) for v in arrays["params"])
        return cls(matrix, {w: i for i, w in enumerate(words)}, k1, b)
