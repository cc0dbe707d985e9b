"""The ``retrieve`` verb in a study (spec section 5): hits in the result, clear errors without an index."""

from __future__ import annotations

import pytest

from plugins.retrieval.indexing import index_paths


@pytest.fixture
def study_index(corpus, tmp_path):
    index_paths([corpus], tmp_path / "index", embedder="lexical")
    return tmp_path / "index"


def test_retrieve_returns_ranked_hits(run_study, study_index):
    run = run_study('retrieve "Box-Behnken versus central composite" k=2 index="index"\n')
    assert run.exit_code == 0, run.stderr
    result = run.step("retrieve")
    assert result["kind"] == "retrieve" and result["k"] == 2 and result["method"] == "hybrid"
    assert result["embedder"] == "lexical" and result["index"].endswith("index")
    hits = result["hits"]
    assert len(hits) == 2 and {h["heading"] for h in hits} == {"Designs > Box-Behnken", "Designs > Central composite"}
    assert hits[0]["score"] >= hits[1]["score"]


def test_method_and_default_index_from_the_environment(run_study, study_index, monkeypatch):
    monkeypatch.setenv("HAVOC_INDEX", str(study_index))
    run = run_study('retrieve "Welch\'s t-test for unequal variances" k=1 method=lexical\n')
    assert run.exit_code == 0, run.stderr
    hit = run.step("retrieve")["hits"][0]
    assert hit["heading"] == "welch" and run.step("retrieve")["method"] == "lexical"


def test_missing_index_is_a_study_error_saying_how_to_build_one(run_study, tmp_path):
    run = run_study('retrieve "anything" index="nowhere"\n')
    assert run.exit_code == 2 and run.stdout == ""
    assert "no document index at" in run.stderr and "havoc retrieve index PATH... --index" in run.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('retrieve "x" k=0 index="index"', "at least 1"),
        ('retrieve "x" method=fuzzy index="index"', "unknown ranking method 'fuzzy'"),
        ('retrieve "x" top=3 index="index"', "unknown argument 'top'"),
        ("retrieve k=3", "retrieve needs a query"),
    ],
)
def test_bad_arguments_are_reported_with_exit_2(run_study, study_index, line, message):
    run = run_study(line + "\n")
    assert run.exit_code == 2 and message in run.stderr, run.stderr
