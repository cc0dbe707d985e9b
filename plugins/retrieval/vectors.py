"""Dense search with faiss: exact inner product (IndexFlatIP) up to a size, HNSW (IndexHNSWFlat) above.

Rows are unit vectors, so the inner product is the cosine similarity. HNSW trades a little recall
for speed; tests and benchmarks/retrieve.py measure its recall@10 against the exact index. A small
index built in memory (a few thousand rows: the reasoning cards) is searched with numpy, the same
exact products, without importing faiss (a third of a second at every cold start); it becomes a
faiss index when it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

HNSW_ABOVE = 100_000  # more vectors than this: HNSW
HNSW_M = 32  # links per node
HNSW_EF_CONSTRUCTION = 128
HNSW_EF_SEARCH = 128
NUMPY_UP_TO = 4096  # rows an exact index built in memory searches with numpy


class NumpyFlat:
    """Exact inner-product search over a small matrix: what IndexFlatIP computes, in numpy."""

    def __init__(self, vectors: np.ndarray) -> None:
        self.rows = vectors
        self.ntotal, self.d = vectors.shape

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores = queries @ self.rows.T
        best = np.argsort(-scores, axis=1, kind="stable")[:, :k]  # ties: the lower row first, as faiss
        return np.take_along_axis(scores, best, axis=1), best.astype(np.int64)

    def reconstruct_n(self, start: int, n: int) -> np.ndarray:
        return self.rows[start : start + n].copy()

    def as_faiss(self) -> Any:
        import faiss

        index = faiss.IndexFlatIP(self.d)
        if self.ntotal:
            index.add(self.rows)
        return index


@dataclass
class VectorIndex:
    """A faiss index over the unit vectors of the chunks, row i = chunk row i."""

    index: Any
    kind: str  # "flat" or "hnsw"

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @property
    def dimension(self) -> int:
        return int(self.index.d)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``(scores, rows)`` of the ``k`` nearest rows to each query (rows -1 when fewer exist)."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        k = max(1, min(k, self.size))
        if self.size == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self.index.search(queries, k)

    def vectors(self) -> np.ndarray:
        """All stored vectors, in row order (for re-use when the index is rebuilt)."""
        if self.size == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self.index.reconstruct_n(0, self.size)

    def to_bytes(self) -> bytes:
        import faiss

        index = self.index.as_faiss() if isinstance(self.index, NumpyFlat) else self.index
        return faiss.serialize_index(index).tobytes()

    @classmethod
    def from_bytes(cls, payload: bytes, kind: str, ef_search: int = HNSW_EF_SEARCH) -> VectorIndex:
        import faiss

        index = faiss.deserialize_index(np.frombuffer(payload, dtype=np.uint8))
        if kind == "hnsw":
            index.hnsw.efSearch = ef_search
        return cls(index, kind)


def build(
    vectors: np.ndarray,
    dimension: int,
    hnsw_above: int = HNSW_ABOVE,
    m: int = HNSW_M,
    ef_construction: int = HNSW_EF_CONSTRUCTION,
    ef_search: int = HNSW_EF_SEARCH,
) -> VectorIndex:
    """An exact index for up to ``hnsw_above`` vectors (numpy up to ``NUMPY_UP_TO``), else HNSW with inner product."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dimension)
    if len(vectors) <= min(hnsw_above, NUMPY_UP_TO):
        return VectorIndex(NumpyFlat(vectors), "flat")
    import faiss

    if len(vectors) > hnsw_above:
        index = faiss.IndexHNSWFlat(dimension, m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = ef_construction
        index.hnsw.efSearch = ef_search
        kind = "hnsw"
    else:
        index = faiss.IndexFlatIP(dimension)
        kind = "flat"
    if len(vectors):
        index.add(vectors)
    return VectorIndex(index, kind)
