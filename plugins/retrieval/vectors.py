"""Dense search with faiss: exact inner product (IndexFlatIP) up to a size, HNSW (IndexHNSWFlat) above.

Rows are unit vectors, so the inner product is the cosine similarity. HNSW trades a little recall
for speed; tests and benchmarks/retrieve.py measure its recall@10 against the exact index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

HNSW_ABOVE = 100_000  # more vectors than this: HNSW
HNSW_M = 32  # links per node
HNSW_EF_CONSTRUCTION = 128
HNSW_EF_SEARCH = 128


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

        return faiss.serialize_index(self.index).tobytes()

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
    """An exact index for up to ``hnsw_above`` vectors, else HNSW with inner product."""
    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, dimension)
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
