"""The faiss side: exact search equals brute force, HNSW keeps recall@10 >= 0.95, the switch is automatic."""

from __future__ import annotations

import numpy as np

from plugins.retrieval.vectors import VectorIndex, build


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_exact_search_is_brute_force_inner_product():
    rng = np.random.default_rng(1)
    data, queries = _unit(rng.normal(size=(500, 32))), _unit(rng.normal(size=(20, 32)))
    index = build(data, 32)
    assert index.kind == "flat"
    scores, rows = index.search(queries, 5)
    expected = np.argsort(-(queries @ data.T), axis=1)[:, :5]
    np.testing.assert_array_equal(rows, expected)
    np.testing.assert_allclose(scores, np.take_along_axis(queries @ data.T, expected, axis=1), rtol=1e-5)


def test_hnsw_recall_at_10_against_exact_search_on_random_vectors():
    import faiss

    rng = np.random.default_rng(7)
    data, queries = _unit(rng.normal(size=(4000, 64))), _unit(rng.normal(size=(100, 64)))
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)  # on a busy shared machine one thread builds fastest
    try:
        approximate = build(data, 64, hnsw_above=len(data) - 1)
    finally:
        faiss.omp_set_num_threads(threads)
    exact = build(data, 64, hnsw_above=len(data))
    assert (approximate.kind, exact.kind) == ("hnsw", "flat")
    _, truth = exact.search(queries, 10)
    _, found = approximate.search(queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
    assert recall >= 0.95, recall


def test_serialised_index_and_its_vectors_come_back_unchanged():
    rng = np.random.default_rng(3)
    data = _unit(rng.normal(size=(50, 16)))
    for threshold in (10, 100):  # hnsw, then flat
        index = build(data, 16, hnsw_above=threshold)
        again = VectorIndex.from_bytes(index.to_bytes(), index.kind)
        np.testing.assert_array_equal(again.vectors(), data)
        np.testing.assert_array_equal(again.search(data[:3], 4)[1], index.search(data[:3], 4)[1])


def test_asking_for_more_neighbours_than_rows_returns_what_there_is():
    data = _unit(np.eye(3, dtype=np.float32))
    scores, rows = build(data, 3).search(data[0], 10)
    assert rows.shape == (1, 3) and rows[0, 0] == 0 and scores[0, 0] == 1.0


def test_small_exact_index_searches_with_numpy_like_faiss_and_saves_as_faiss():
    import faiss

    rng = np.random.default_rng(3)
    data, queries = _unit(rng.normal(size=(300, 16))), _unit(rng.normal(size=(10, 16)))
    small = build(data, 16)
    reference = faiss.IndexFlatIP(16)
    reference.add(data)
    want_scores, want_rows = reference.search(queries, 7)
    scores, rows = small.search(queries, 7)
    np.testing.assert_array_equal(rows, want_rows)
    np.testing.assert_allclose(scores, want_scores, rtol=1e-5)
    reopened = VectorIndex.from_bytes(small.to_bytes(), small.kind)
    assert isinstance(reopened.index, faiss.Index) and reopened.size == 300
    np.testing.assert_array_equal(reopened.search(queries, 7)[1], want_rows)
    np.testing.assert_array_equal(small.vectors(), data)
