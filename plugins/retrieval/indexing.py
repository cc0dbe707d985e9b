"""Building and updating an index from files: incremental, deduplicated, written atomically.

A file whose content hash is unchanged keeps its chunks; a changed or new file is read and chunked
again, and only chunks whose text is new are embedded (vectors are reused by chunk id); a file that
no longer exists loses its chunks. Chunks with the same normalised text are kept once (the first in
path order). Nothing is written until everything is embedded, and then as a new generation (see
store.py), so a crash or Ctrl+C leaves the previous index as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plugins.retrieval.chunking import VERSION, Chunk, chunk_document
from plugins.retrieval.loaders import Document, LoadError, collect_files, load_file, load_text
from plugins.retrieval.store import MANIFEST, FileEntry, Index, Record, open_index, vectors_by_id
from plugins.retrieval.vectors import HNSW_ABOVE

if TYPE_CHECKING:
    import numpy as np

    from plugins.retrieval.embedders import TextEmbedder

Progress = Callable[[str, int, int], None]  # (phase, done, total)
EMBED_BATCH = 256


class IndexBusy(RuntimeError):
    """Another process is writing the same index folder."""


def default_embedder() -> str:
    """``$HAVOC_EMBEDDER`` if set, else ``minilm``."""
    return os.environ.get("HAVOC_EMBEDDER") or "minilm"


@dataclass
class IndexReport:
    """What an indexing run did: files seen, chunks added / kept / removed, and the time it took."""

    index: str
    embedder: str
    vector_index: str
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    chunks_added: int = 0
    chunks_kept: int = 0
    chunks_removed: int = 0
    duplicates: int = 0
    chunks_total: int = 0
    embedded: int = 0
    written: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "embedder": self.embedder,
            "vector_index": self.vector_index,
            "files": {
                "new": self.files_new,
                "changed": self.files_changed,
                "unchanged": self.files_unchanged,
                "removed": self.files_removed,
                "skipped": self.skipped,
            },
            "chunks": {
                "added": self.chunks_added,
                "kept": self.chunks_kept,
                "removed": self.chunks_removed,
                "duplicates_skipped": self.duplicates,
                "total": self.chunks_total,
            },
            "embedded": self.embedded,
            "written": self.written,
            "seconds": round(self.seconds, 3),
        }


def index_paths(
    paths: list[Path],
    index_dir: Path,
    embedder: str | None = None,
    progress: Progress | None = None,
    hnsw_above: int = HNSW_ABOVE,
) -> IndexReport:
    """Index the files at ``paths`` (folders are walked) into ``index_dir``, updating what is there.

    Raises LoadError (missing path, unreadable named file, no text at all), IndexMismatch (the folder
    holds an index of another embedder), IndexCorrupt or IndexBusy; in every case nothing is written.
    """
    from plugins.retrieval.embedders import load_embedder

    started = time.perf_counter()
    embedder = embedder or default_embedder()
    named, walked = collect_files([Path(p) for p in paths])
    if not named and not walked:
        raise LoadError(f"nothing to index under {', '.join(map(str, paths))}: no .md, .txt, .rst, .py or .pdf files")
    index_dir = Path(index_dir)
    with _locked(index_dir):
        old = open_index(index_dir, embedder) if (index_dir / MANIFEST).is_file() else None
        model = load_embedder(embedder)
        report = IndexReport(str(index_dir), embedder, "")
        chunking = chunking_settings(model)
        rechunk = old is not None and old.chunking != chunking  # cut differently now: every file is read again
        files, chunks = _read_files(named, walked, old, model, report, progress or _quiet, rechunk)
        records, report.duplicates = _deduplicate(chunks)
        new_ids = {r.chunk_id for r in records if r.row is not None}
        if not new_ids:
            raise LoadError(f"no text to index in {', '.join(map(str, paths))}: the files hold no text")
        old_ids = {r.chunk_id for r in old.rows} if old is not None else set()
        report.chunks_added = len(new_ids - old_ids)
        report.chunks_kept = len(new_ids & old_ids)
        report.chunks_removed = len(old_ids - new_ids)
        report.chunks_total = len(new_ids)
        kind = "hnsw" if len(new_ids) > hnsw_above else "flat"
        unchanged = old is not None and old.records == records and old.files == files
        if unchanged and old.vectors.kind == kind and old.chunking == chunking:
            report.vector_index = kind  # nothing changed: nothing to embed, build or write
        else:
            reusable = vectors_by_id(old) if old is not None and old.vectors.dimension == model.dimension else {}
            index, report.embedded = _assemble(records, model, reusable, progress or _quiet, hnsw_above)
            index.files, index.chunking = files, chunking
            report.vector_index = index.vectors.kind
            index.save(index_dir, hnsw_above)
            report.written = True
    report.seconds = time.perf_counter() - started
    return report


def build_in_memory(docs: list[tuple[str, str]], embedder: str = "lexical") -> Index:
    """An index of ``(source, text)`` pairs that lives in memory only (see Index.from_texts)."""
    from plugins.retrieval.embedders import load_embedder

    model = load_embedder(embedder)
    chunks = [c for source, text in docs for c in _chunks(load_text(source, text), model)]
    records, _ = _deduplicate(chunks)
    index, _ = _assemble(records, model, {}, _quiet, HNSW_ABOVE)
    index.chunking = chunking_settings(model)
    return index


def chunking_settings(model: TextEmbedder) -> dict[str, int]:
    """What decides how files are cut: the chunker's version and the embedder's token budget."""
    return {"version": VERSION, "max_tokens": model.max_tokens}


# ---- steps -----------------------------------------------------------------------------------
def _read_files(
    named: list[Path],
    walked: list[Path],
    old: Index | None,
    model: TextEmbedder,
    report: IndexReport,
    progress: Progress,
    rechunk: bool = False,
) -> tuple[dict[str, FileEntry], list[Chunk | Record]]:
    """The file table and the chunks of every file in the new index, in path order.

    With ``rechunk`` every file is read and cut again, those indexed before and not given now included.
    """
    old_files = old.files if old is not None else {}
    old_records: dict[str, list[Record]] = {}
    for record in old.records if old is not None else []:
        old_records.setdefault(record.source, []).append(record)
    given = {str(p): p for p in [*named, *walked]}
    if rechunk:
        given.update({source: Path(source) for source in old_files if source not in given and Path(source).is_file()})
    files: dict[str, FileEntry] = {}
    pieces: dict[str, list[Chunk | Record]] = {}
    for source, entry in old_files.items():  # files indexed before and not given now: kept while they exist
        if source not in given:
            if Path(source).is_file():
                files[source], pieces[source] = entry, old_records.get(source, [])
            else:
                report.files_removed += 1
    explicit = {str(p) for p in named}
    for done, (source, path) in enumerate(sorted(given.items()), start=1):
        progress("reading files", done - 1, len(given))
        try:
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            previous = old_files.get(source)
            if previous is not None and previous.sha256 == digest and not rechunk:
                report.files_unchanged += 1
                found: list[Chunk | Record] = list(old_records.get(source, []))
            else:
                found = list(_chunks(load_file(path, data), model))
                if previous is None:
                    report.files_new += 1
                else:
                    report.files_changed += 1
        except (LoadError, OSError) as exc:
            message = str(exc) if isinstance(exc, LoadError) else f"cannot read {path}: {exc.strerror or exc}"
            if source in explicit:
                raise LoadError(message) from None
            report.skipped.append({"path": source, "reason": message})
            if source in old_files:
                report.files_removed += 1
            continue
        files[source] = FileEntry(digest, len(data), len(found))
        pieces[source] = found
    progress("reading files", len(given), len(given))
    return files, [piece for source in sorted(pieces) for piece in pieces[source]]


def _chunks(document: Document, model: TextEmbedder) -> list[Chunk]:
    return chunk_document(document, model.max_tokens, model.count_tokens)


def _deduplicate(pieces: list[Chunk | Record]) -> tuple[list[Record], int]:
    """Records with rows: the first chunk of each normalised text gets the next row, later copies None."""
    rows: dict[str, int] = {}
    records: list[Record] = []
    duplicates = 0
    for piece in pieces:
        record = piece if isinstance(piece, Record) else _record(piece)
        key = record.key
        if key in rows:
            duplicates += 1
            records.append(replace(record, row=None))
        else:
            rows[key] = len(rows)
            records.append(replace(record, row=rows[key]))
    return records, duplicates


def _record(chunk: Chunk) -> Record:
    return Record(
        chunk.chunk_id,
        chunk.dedupe_key,
        chunk.source,
        chunk.heading,
        chunk.start_line,
        chunk.end_line,
        chunk.text,
        None,
    )


def _assemble(
    records: list[Record],
    model: TextEmbedder,
    reusable: dict[str, np.ndarray],
    progress: Progress,
    hnsw_above: int,
) -> tuple[Index, int]:
    """Embed the chunks with no stored vector, then build the vector index and BM25 over the unique rows."""
    import numpy as np

    from plugins.retrieval.bm25 import BM25
    from plugins.retrieval.vectors import build

    unique = sorted((r for r in records if r.row is not None), key=lambda r: r.row)
    matrix = np.zeros((len(unique), model.dimension), dtype=np.float32)
    missing = [r for r in unique if r.chunk_id not in reusable]
    for record in unique:
        if record.chunk_id in reusable:
            matrix[record.row] = reusable[record.chunk_id]
    for start in range(0, len(missing), EMBED_BATCH):
        progress("embedding chunks", start, len(missing))
        batch = missing[start : start + EMBED_BATCH]
        matrix[[r.row for r in batch]] = model.embed([r.embedding_text for r in batch])
    progress("embedding chunks", len(missing), len(missing))
    vectors = build(matrix, model.dimension, hnsw_above=hnsw_above)
    bm25 = BM25.build([r.embedding_text for r in unique])
    return Index(records, vectors, bm25, model.name), len(missing)


@contextlib.contextmanager
def _locked(index_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder while writing it (a second writer is refused, not queued).

    A folder this run created is removed again when the run fails, so a failed first build leaves nothing.
    """
    import fcntl

    created = not index_dir.exists()
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = index_dir / ".lock"
    try:
        with open(lock, "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise IndexBusy(
                    f"another `havoc retrieve index` is writing {index_dir}; wait for it to finish"
                ) from None
            yield
    except BaseException:
        if created:
            lock.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                index_dir.rmdir()  # only if empty: an interrupted first build leaves no folder behind
        raise


def _quiet(phase: str, done: int, total: int) -> None:
    """The progress callback when nobody watches."""
