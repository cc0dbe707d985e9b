"""BM25 against scores worked out by hand, and the tokenizer rules it relies on."""

from __future__ import annotations

import numpy as np
import pytest

from plugins.retrieval.bm25 import BM25
from plugins.retrieval.tokens import stem, terms

DOCS = ["cat sat mat", "cat cat dog", "dog runs"]


def test_scores_match_the_hand_computed_values():
    # N = 3 documents of 3, 3 and 2 terms: avgdl = 8/3. k1 = 1.2, b = 0.75.
    # 'cat' is in 2 documents: idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004.
    # |d| = 3: K = 1.2 (0.25 + 0.75 * 3 / (8/3)) = 1.3125.
    # doc 1, tf 1: 0.470004 * 1 * 2.2 / (1 + 1.3125) = 0.447139
    # doc 2, tf 2: 0.470004 * 2 * 2.2 / (2 + 1.3125) = 0.624307
    # 'dog' (df 2) in doc 3, |d| = 2: K = 1.2 (0.25 + 0.75 * 2 / (8/3)) = 0.975 -> 0.470004 * 2.2 / 1.975 = 0.523548
    bm25 = BM25.build(DOCS)
    np.testing.assert_allclose(bm25.scores("cat"), [0.447139, 0.624307, 0.0], atol=2e-6)
    np.testing.assert_allclose(bm25.scores("dog"), [0.0, 0.447139, 0.523548], atol=2e-6)
    np.testing.assert_allclose(bm25.scores("cat dog"), bm25.scores("cat") + bm25.scores("dog"), rtol=1e-6)


def test_repeated_query_terms_count_again_and_unknown_terms_score_nothing():
    bm25 = BM25.build(DOCS)
    np.testing.assert_allclose(bm25.scores("cat cat"), 2 * bm25.scores("cat"), rtol=1e-6)
    assert not bm25.scores("zebra").any()
    assert not bm25.scores("the of and").any()  # stop words only


def test_a_term_in_every_document_still_scores_above_zero():
    bm25 = BM25.build(["alpha beta", "alpha gamma"])
    scores = bm25.scores("alpha")
    assert (scores > 0).all()  # the Lucene idf never goes negative
    assert scores[0] == pytest.approx(np.log1p(0.5 / 2.5) * 2.2 / (1 + 1.2), rel=1e-6)


def test_round_trip_through_bytes_keeps_every_score():
    bm25 = BM25.build(DOCS + ["a longer document about cats and dogs running"])
    again = BM25.from_bytes(bm25.to_bytes())
    assert again.vocabulary == bm25.vocabulary and (again.k1, again.b) == (bm25.k1, bm25.b)
    for query in ("cat", "dog runs", "running cats"):
        np.testing.assert_array_equal(again.scores(query), bm25.scores(query))


def test_terms_split_identifiers_drop_stop_words_and_stem():
    assert terms("Levene's test of equal variances") == ["leven", "test", "equal", "varianc"]
    assert terms("ttest_ind") == ["ttest", "ind", "ttest_ind"]
    assert terms("HNSWFlat") == ["hnsw", "flat", "hnswflat"]
    assert stem("fitted") == stem("fit") == "fit"
    assert stem("estimation") == stem("estimates") == stem("estimate")
    assert stem("variances") == stem("variance")
