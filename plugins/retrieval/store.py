"""The index: its folder format, opening it, and ranking chunks for a query.

An index folder holds ``manifest.json`` and three data files named after a generation id:
``chunks-<gen>.jsonl`` (one record per chunk of every file, duplicates included with ``row: null``),
``vectors-<gen>.faiss`` (the unit vectors of the unique chunks, row i = record with ``row`` i) and
``bm25-<gen>.npz`` (BM25 term weights). A writer writes new data files, then replaces the manifest
(the one switch from the old generation to the new), then deletes the old files: a reader or a
crash at any moment sees one whole generation. docs/retrieve.md describes every field.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plugins.api.files import write_atomic
from plugins.retrieval.chunking import embedding_text

if TYPE_CHECKING:
    import numpy as np

    from plugins.retrieval.bm25 import BM25
    from plugins.retrieval.embedders import TextEmbedder
    from plugins.retrieval.vectors import VectorIndex

FORMAT = "havoc-retrieval-index"
VERSION = 1
MANIFEST = "manifest.json"
METHODS = ("dense", "lexical", "hybrid")
DEFAULT_METHOD = "hybrid"
RRF_K = 60  # reciprocal-rank fusion constant (Cormack et al. 2009)
_DATA_PREFIXES = ("chunks-", "vectors-", "bm25-")


class IndexMissing(FileNotFoundError):
    """No index in the folder; the message says how to build one."""


class IndexMismatch(ValueError):
    """The index was built by another embedder than the one asked for."""


class IndexCorrupt(ValueError):
    """The folder holds something that is not a readable havoc index."""


def default_index_dir() -> Path:
    """``$HAVOC_INDEX`` if set, else ``runs/index``."""
    return Path(os.environ.get("HAVOC_INDEX") or "runs/index")


@dataclass(frozen=True)
class Hit:
    """One ranked chunk. ``heading``: a docstring's qualified name, or a document's heading path."""

    chunk_id: str
    source: str
    heading: str
    start_line: int
    end_line: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Record:
    """A chunk as stored: ``row`` is its vector's row, or None for a duplicate of an earlier chunk."""

    chunk_id: str
    key: str
    source: str
    heading: str
    start_line: int
    end_line: int
    text: str
    row: int | None

    def hit(self, score: float) -> Hit:
        return Hit(self.chunk_id, self.source, self.heading, self.start_line, self.end_line, self.text, float(score))

    @property
    def embedding_text(self) -> str:
        return embedding_text(self.heading, self.text)


@dataclass(frozen=True)
class FileEntry:
    """An indexed file: its content hash, size and how many chunks it gave (duplicates included)."""

    sha256: str
    size: int
    chunks: int


class Index:
    """Chunks, their vectors and their BM25 weights; ``search`` ranks them for a query."""

    def __init__(
        self,
        records: list[Record],
        vectors: VectorIndex,
        bm25: BM25,
        embedder: str,
        files: dict[str, FileEntry] | None = None,
        path: Path | None = None,
        method: str = DEFAULT_METHOD,
        chunking: dict[str, int] | None = None,
    ) -> None:
        self.records = records
        self.rows = sorted((r for r in records if r.row is not None), key=lambda r: r.row)
        self.vectors = vectors
        self.bm25 = bm25
        self.embedder_name = embedder
        self.files = files or {}
        self.path = path
        self.method = method
        self.chunking = chunking or {}  # how the chunks were cut: chunking.VERSION and the token budget

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def from_texts(cls, docs: list[tuple[str, str]], embedder: str = "lexical") -> Index:
        """An in-memory index of ``(source, text)`` pairs, chunked as files are (format from the source's suffix)."""
        from plugins.retrieval.indexing import build_in_memory

        return build_in_memory(docs, embedder)

    def embedder(self) -> TextEmbedder:
        from plugins.retrieval.embedders import load_embedder

        return load_embedder(self.embedder_name)

    # ---- ranking -----------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, method: str | None = None) -> list[Hit]:
        """The ``k`` best chunks for ``query`` by ``method`` (dense, lexical or hybrid; None: the index's)."""
        method = method or self.method
        if method not in METHODS:
            raise ValueError(f"unknown ranking method '{method}' (use one of: {', '.join(METHODS)})")
        if not query.strip():
            raise ValueError("the query is empty: give a few words to search for")
        if k < 1:
            raise ValueError(f"k must be at least 1, found {k}")
        if not self.rows:
            return []
        if method == "dense":
            ranked = self._dense(query, k)
        elif method == "lexical":
            ranked = self._lexical(query, k)
        else:
            ranked = self._hybrid(query, k)
        return [self.rows[row].hit(score) for row, score in ranked[:k]]

    def _dense(self, query: str, depth: int) -> list[tuple[int, float]]:
        vector = self.embedder().embed([query])
        if not vector.any():  # nothing the embedder knows: every similarity would be 0
            return []
        scores, rows = self.vectors.search(vector, depth)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]

    def _lexical(self, query: str, depth: int) -> list[tuple[int, float]]:
        import numpy as np

        scores = self.bm25.scores(query)
        depth = min(depth, len(scores))
        top = np.argpartition(-scores, depth - 1)[:depth]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(r), float(scores[r])) for r in top if scores[r] > 0]

    def _hybrid(self, query: str, k: int) -> list[tuple[int, float]]:
        """Reciprocal-rank fusion: sum of 1 / (60 + rank) over the dense and the BM25 rankings."""
        depth = max(100, 10 * k)
        fused: dict[int, float] = {}
        for ranking in (self._dense(query, depth), self._lexical(query, depth)):
            for rank, (row, _) in enumerate(ranking, start=1):
                fused[row] = fused.get(row, 0.0) + 1.0 / (RRF_K + rank)
        return sorted(fused.items(), key=lambda item: (-item[1], item[0]))

    # ---- the folder --------------------------------------------------------------------------
    def save(self, path: Path, hnsw_above: int) -> None:
        """Write this index to ``path`` as a new generation, then remove the files of older ones."""
        path.mkdir(parents=True, exist_ok=True)
        generation = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        names = {p: f"{p}{generation}" for p in _DATA_PREFIXES}
        chunks_file, vectors_file, bm25_file = (
            names["chunks-"] + ".jsonl",
            names["vectors-"] + ".faiss",
            names["bm25-"] + ".npz",
        )
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "generation": generation,
            "updated": datetime.now(UTC).isoformat(timespec="seconds"),
            "embedder": {"name": self.embedder_name, "dimension": self.vectors.dimension},
            "method": self.method,
            "chunking": self.chunking,
            "vectors": {"file": vectors_file, "kind": self.vectors.kind, "hnsw_above": hnsw_above},
            "chunks": {"file": chunks_file, "unique": len(self.rows), "records": len(self.records)},
            "bm25": {"file": bm25_file, "k1": self.bm25.k1, "b": self.bm25.b},
            "files": {source: asdict(entry) for source, entry in sorted(self.files.items())},
        }
        lines = "".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in self.records)
        try:
            write_atomic(path / chunks_file, lines)
            write_atomic(path / vectors_file, self.vectors.to_bytes())
            write_atomic(path / bm25_file, self.bm25.to_bytes())
            write_atomic(path / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        except BaseException:  # the manifest still names the old generation: drop the new one's files
            current = read_manifest(path) if (path / MANIFEST).is_file() else {}
            if current.get("generation") != generation:
                for name in (chunks_file, vectors_file, bm25_file):
                    (path / name).unlink(missing_ok=True)
            raise
        remove_stale_files(path, keep={chunks_file, vectors_file, bm25_file})
        self.path = path


def remove_stale_files(path: Path, keep: set[str]) -> None:
    """Delete data files of other generations and temporary files left by an interrupted write."""
    for entry in path.iterdir():
        stale_data = entry.name.startswith(_DATA_PREFIXES) and entry.name not in keep
        stale_temp = entry.name.startswith(".") and entry.name.endswith(".partial")
        if entry.is_file() and (stale_data or stale_temp):
            entry.unlink(missing_ok=True)


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of the index in ``path``; IndexMissing or IndexCorrupt with what to do."""
    manifest_path = path / MANIFEST
    if not manifest_path.is_file():
        raise IndexMissing(
            f"no index in {path}: build one with `havoc retrieve index PATH... --index {path}` "
            "(or set HAVOC_INDEX to the folder of an existing index)"
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexCorrupt(f"{manifest_path} is not readable ({exc}); rebuild the index into a new folder") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexCorrupt(f"{path} does not hold a havoc retrieval index (no '{FORMAT}' manifest)")
    if manifest.get("version") != VERSION:
        raise IndexCorrupt(
            f"{path} holds an index of format version {manifest.get('version')}; this havoc reads version "
            f"{VERSION}: rebuild it with `havoc retrieve index`"
        )
    return manifest


def open_index(path: Path, embedder: str | None = None) -> Index:
    """Open the index in ``path``. With ``embedder``, refuse an index built by another one."""
    from plugins.retrieval.bm25 import BM25
    from plugins.retrieval.vectors import VectorIndex

    path = Path(path)
    manifest = read_manifest(path)
    built_by = manifest["embedder"]["name"]
    if embedder is not None and embedder != built_by:
        raise IndexMismatch(
            f"the index in {path} was built with the '{built_by}' embedder, not '{embedder}': query it with "
            f"--embedder {built_by}, or build a new index with --embedder {embedder} into another folder"
        )
    try:
        records = [
            Record(**json.loads(line))
            for line in (path / manifest["chunks"]["file"]).read_text(encoding="utf-8").splitlines()
        ]
        vectors = VectorIndex.from_bytes((path / manifest["vectors"]["file"]).read_bytes(), manifest["vectors"]["kind"])
        bm25 = BM25.from_bytes((path / manifest["bm25"]["file"]).read_bytes())
    except (OSError, KeyError, TypeError, ValueError, RuntimeError) as exc:
        raise IndexCorrupt(f"the index in {path} is damaged ({type(exc).__name__}: {exc}); rebuild it") from None
    files = {source: FileEntry(**entry) for source, entry in manifest["files"].items()}
    method = manifest.get("method", DEFAULT_METHOD)
    return Index(records, vectors, bm25, built_by, files, path, method, manifest.get("chunking"))


def vectors_by_id(index: Index) -> dict[str, np.ndarray]:
    """The stored vector of every unique chunk, by chunk id (so unchanged text is never embedded again)."""
    stored = index.vectors.vectors()
    return {record.chunk_id: stored[record.row] for record in index.rows}
