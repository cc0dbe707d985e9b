"""Indexing: incremental updates, duplicates, atomic writes, the embedder check, and ranking."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from plugins.retrieval import store
from plugins.retrieval.indexing import index_paths
from plugins.retrieval.loaders import LoadError
from plugins.retrieval.store import Hit, Index, IndexMismatch, IndexMissing, open_index


def _index(corpus: Path, tmp_path: Path, **options):
    return index_paths([corpus], tmp_path / "index", embedder="lexical", **options)


def test_first_build_embeds_every_chunk_and_writes_one_generation(corpus, tmp_path, embedded):
    report = _index(corpus, tmp_path)
    assert report.written and report.files_new == 4 and report.chunks_added == report.chunks_total == len(embedded)
    folder = tmp_path / "index"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["embedder"]["name"] == "lexical" and manifest["vectors"]["kind"] == "flat"
    data_files = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    generation = manifest["generation"]
    assert data_files == sorted(
        ["manifest.json", f"chunks-{generation}.jsonl", f"vectors-{generation}.faiss", f"bm25-{generation}.npz"]
    )
    index = open_index(folder)
    assert len(index) == report.chunks_total and set(index.files) == {str(p) for p in corpus.iterdir()}


def test_reindexing_embeds_only_the_changed_file_and_drops_deleted_ones(corpus, tmp_path, embedded):
    first = _index(corpus, tmp_path)
    embedded.clear()
    again = _index(corpus, tmp_path)  # nothing changed
    assert (again.embedded, again.written, again.files_unchanged, again.chunks_kept) == (
        0,
        False,
        4,
        first.chunks_total,
    )

    os.utime(corpus / "notes.txt", (1, 1))  # touched, same content: still nothing to do
    assert _index(corpus, tmp_path).embedded == 0

    (corpus / "notes.txt").write_text("Levene's test checks whether groups have equal variances.\n\nA new paragraph.\n")
    changed = _index(corpus, tmp_path)
    assert changed.files_changed == 1 and changed.files_unchanged == 3
    assert embedded and all(text.startswith(("A new paragraph", "Levene")) for text in embedded)
    assert changed.embedded == len(embedded) and changed.chunks_added == changed.embedded

    embedded.clear()
    (corpus / "designs.rst").unlink()
    removed = _index(corpus, tmp_path)
    assert removed.files_removed == 1 and removed.embedded == 0 and removed.chunks_removed >= 2
    index = open_index(tmp_path / "index")
    assert not any(r.source.endswith("designs.rst") for r in index.records)
    assert len(index) == changed.chunks_total - removed.chunks_removed


def test_vectors_of_kept_chunks_are_reused_not_recomputed(corpus, tmp_path):
    _index(corpus, tmp_path)
    before = open_index(tmp_path / "index")
    (corpus / "guide.md").write_text((corpus / "guide.md").read_text() + "\n## Pp\n\nPp uses the overall sigma.\n")
    _index(corpus, tmp_path)
    after = open_index(tmp_path / "index")
    old = store.vectors_by_id(before)
    new = store.vectors_by_id(after)
    assert set(old) < set(new)
    for chunk_id, vector in old.items():
        np.testing.assert_array_equal(new[chunk_id], vector)


def test_duplicate_chunks_are_kept_once(corpus, tmp_path, embedded):
    (corpus / "copy.txt").write_text((corpus / "notes.txt").read_text().upper())  # same text up to case
    report = _index(corpus, tmp_path)
    assert report.duplicates == 1
    index = open_index(tmp_path / "index")
    texts = [" ".join(r.text.lower().split()) for r in index.rows]
    assert len(texts) == len(set(texts))
    assert len(embedded) == report.chunks_total
    duplicate = [r for r in index.records if r.row is None]
    assert [r.source.endswith("notes.txt") for r in duplicate] == [True]  # the first in path order is kept


def test_a_crash_while_writing_leaves_the_previous_index_whole(corpus, tmp_path, monkeypatch):
    _index(corpus, tmp_path)
    folder = tmp_path / "index"
    before = sorted(p.name for p in folder.iterdir())
    hits_before = open_index(folder).search("equal variances", 3)

    real_write = store.write_atomic

    def crash_on_manifest(path, data):
        if Path(path).name == "manifest.json":
            raise KeyboardInterrupt  # Ctrl+C just before the switch to the new generation
        real_write(path, data)

    monkeypatch.setattr(store, "write_atomic", crash_on_manifest)
    (corpus / "notes.txt").write_text("Entirely different content about control charts.\n")
    with pytest.raises(KeyboardInterrupt):
        _index(corpus, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == before  # no new files left behind
    assert open_index(folder).search("equal variances", 3) == hits_before


def test_a_crash_inside_a_file_write_leaves_no_partial_file(corpus, tmp_path, monkeypatch):
    _index(corpus, tmp_path)
    folder = tmp_path / "index"
    before = sorted(p.name for p in folder.iterdir())
    import plugins.api.files as files

    def dying_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "fsync", dying_fsync)
    (corpus / "notes.txt").write_text("Something new.\n")
    with pytest.raises(OSError, match="disk full"):
        _index(corpus, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == before
    open_index(folder)


def test_a_failed_first_build_leaves_no_folder(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("   \n")
    with pytest.raises(LoadError, match="no text to index"):
        index_paths([empty], tmp_path / "index", embedder="lexical")
    assert not (tmp_path / "index").exists()


def test_an_index_refuses_another_embedder(corpus, tmp_path):
    _index(corpus, tmp_path)
    with pytest.raises(IndexMismatch, match="built with the 'lexical' embedder, not 'minilm'"):
        open_index(tmp_path / "index", embedder="minilm")
    with pytest.raises(IndexMismatch):
        index_paths([corpus], tmp_path / "index", embedder="minilm")


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexMissing, match=r"havoc retrieve index PATH\.\.\. --index") as caught:
        open_index(tmp_path / "none")
    assert isinstance(caught.value, FileNotFoundError)


def test_unreadable_walked_file_is_skipped_but_a_named_one_is_an_error(corpus, tmp_path):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    report = _index(corpus, tmp_path)
    assert [s["path"].endswith("broken.pdf") for s in report.skipped] == [True]
    with pytest.raises(LoadError, match="broken.pdf"):
        index_paths([corpus / "broken.pdf"], tmp_path / "other", embedder="lexical")
    assert not (tmp_path / "other").exists()


def test_hnsw_is_chosen_above_the_threshold(corpus, tmp_path):
    report = _index(corpus, tmp_path, hnsw_above=2)
    assert report.vector_index == "hnsw"
    index = open_index(tmp_path / "index")
    assert index.vectors.kind == "hnsw" and index.search("Cpk specification limit", 1, "dense")


def test_every_method_finds_the_passage_that_answers(corpus, tmp_path):
    _index(corpus, tmp_path)
    index = open_index(tmp_path / "index")
    for method in ("dense", "lexical", "hybrid"):
        hits = index.search("which test checks equal variances across groups", 2, method)
        assert hits[0].source.endswith("notes.txt"), (method, hits)
        assert all(isinstance(h, Hit) and set(h.to_dict()) == set(Hit.__dataclass_fields__) for h in hits)
    top = index.search("least squares coefficients", 1, "lexical")[0]
    assert (top.heading, top.source.endswith("stats.py")) == ("Model.fit", True)
    lines = Path(top.source).read_text().splitlines()
    assert "ordinary least squares" in lines[top.start_line - 1]


def test_hybrid_is_reciprocal_rank_fusion_of_the_two_rankings(corpus, tmp_path):
    _index(corpus, tmp_path)
    index = open_index(tmp_path / "index")
    query = "specification limits sigma"
    dense = [h.chunk_id for h in index.search(query, 50, "dense")]
    lexical = [h.chunk_id for h in index.search(query, 50, "lexical")]
    expected: dict[str, float] = {}
    for ranking in (dense, lexical):
        for rank, chunk_id in enumerate(ranking, start=1):
            expected[chunk_id] = expected.get(chunk_id, 0.0) + 1 / (60 + rank)
    hybrid = index.search(query, 3, "hybrid")
    best = sorted(expected.items(), key=lambda item: -item[1])[:3]
    assert [h.chunk_id for h in hybrid] == [c for c, _ in best]
    assert [h.score for h in hybrid] == pytest.approx([s for _, s in best])


def test_bad_queries_are_value_errors(corpus, tmp_path):
    _index(corpus, tmp_path)
    index = open_index(tmp_path / "index")
    for query, k, method, message in (
        ("", 3, None, "empty"),
        ("x", 0, None, "at least 1"),
        ("x", 3, "fuzzy", "unknown ranking method"),
    ):
        with pytest.raises(ValueError, match=message):
            index.search(query, k, method)
    assert index.search("zzzqqq", 3, "lexical") == []


def test_from_texts_builds_the_same_kind_of_index_in_memory():
    index = Index.from_texts(
        [("cards/capability.md", "# Process capability\n\nCpk compares the mean with the nearest limit.\n"),
         ("cards/ttest.md", "# t-test\n\nCompare the means of two groups.\n")],
        embedder="lexical",
    )  # fmt: skip
    assert index.path is None and len(index) == 2
    hit = index.search("nearest specification limit", 1)[0]
    assert (hit.source, hit.heading, hit.start_line) == ("cards/capability.md", "Process capability", 3)


def test_an_index_cut_by_an_older_chunker_is_read_again_but_not_re_embedded(corpus, tmp_path, embedded):
    first = _index(corpus, tmp_path)
    manifest_path = tmp_path / "index" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["chunking"]["version"] -= 1  # as if an older havoc had cut these files
    manifest_path.write_text(json.dumps(manifest))
    embedded.clear()
    again = _index(corpus, tmp_path)
    assert again.written and again.files_changed == 4 and again.files_unchanged == 0
    assert again.embedded == 0 and not embedded and again.chunks_kept == first.chunks_total
    assert json.loads(manifest_path.read_text())["chunking"] == first_chunking(tmp_path)


def first_chunking(tmp_path: Path) -> dict:
    from plugins.retrieval.chunking import VERSION

    return {"version": VERSION, "max_tokens": open_index(tmp_path / "index").embedder().max_tokens}
