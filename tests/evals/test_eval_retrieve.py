"""The retrieve task type: recall@k and MRR on a labelled set over tests/evals/corpus/, per ranking method."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from havoc_cli.evals.tasks.retrieve import module_file, ranking_metrics, relevant
from tests.evals.evalkit import run_eval, write_suite

SMALL = Path(__file__).parent / "retrieve_small.yaml"


def _hit(source: str, heading: str) -> dict:
    return {"source": source, "heading": heading, "start_line": 1, "score": 0.5}


def test_relevance_needs_the_heading_and_a_path_boundary():
    label = {"source": "scipy/stats/_stats_py.py", "heading": "ttest_ind"}
    assert relevant(_hit("/site-packages/scipy/stats/_stats_py.py", "ttest_ind"), label)
    assert relevant(_hit("scipy/stats/_stats_py.py", "ttest_ind"), label)
    assert not relevant(_hit("/site-packages/scipy/stats/_stats_py.py", "ttest_ind_from_stats"), label)
    assert not relevant(_hit("/x/notscipy/stats/_stats_py.py", "ttest_ind"), label)


def test_recall_and_reciprocal_rank():
    labels = [{"source": "a.md", "heading": "A"}, {"source": "b.md", "heading": "B"}]
    hits = [_hit("x.md", "X"), _hit("b.md", "B"), _hit("y.md", "Y"), _hit("a.md", "A")]
    assert ranking_metrics(hits, labels, 3) == {"recall": 0.5, "mrr": 0.5, "rank": 2}
    assert ranking_metrics(hits, labels, 4) == {"recall": 1.0, "mrr": 0.5, "rank": 2}
    assert ranking_metrics(hits, labels, 1) == {"recall": 0.0, "mrr": 0.0, "rank": None}


def test_module_files_are_found_without_importing_them():
    name = "email.mime.audio"
    if name in sys.modules:
        pytest.skip(f"{name} was imported by another test")
    found = module_file(name)
    assert found is not None and found.as_posix().endswith("email/mime/audio.py")
    assert name not in sys.modules
    assert module_file("json").name == "__init__.py"
    assert module_file("no_such_package_xyz.sub") is None and module_file("json.no_such_module") is None


def test_labelled_set_over_markdown(tmp_path):
    run = run_eval(SMALL, "--json", "--out", tmp_path)
    assert run.exit_code == 0, run.stderr
    (suite,) = run.json["suites"]
    items = {i["id"]: i for i in suite["items"]}
    assert suite["settings"]["chunks_indexed"] == 11  # 3 files, one chunk per heading
    for method in ("hybrid", "lexical", "dense"):
        for metric in ("recall@3", "mrr"):
            values = [i["metrics"][f"{method}/{metric}"] for i in suite["items"]]
            assert suite["metrics"][f"{method}/{metric}"] == pytest.approx(sum(values) / len(values))
    # the unprefixed metrics are the first method's
    assert suite["metrics"]["recall@3"] == suite["metrics"]["hybrid/recall@3"]
    assert items["cpk"]["passed"] and items["cpk"]["output"]["hybrid"]["hits"][0]["heading"] == "Capability > Cpk"
    assert items["ranks"]["metrics"]["recall@3"] == 0.5 and items["ranks"]["passed"]  # one label is not in the corpus
    mislabelled = items["mislabelled"]
    assert not mislabelled["passed"] and mislabelled["metrics"]["mrr"] == 0.0
    assert "expected one of" in mislabelled["detail"] and "CUSUM chart" in mislabelled["detail"]
    assert set(suite["categories"]) == {"capability", "charts", "tests"}


def test_method_metrics_take_thresholds(tmp_path):
    run = run_eval(SMALL, "--out", tmp_path, "--fail-under", "lexical/mrr=0.95")
    assert run.exit_code == 1 and "lexical/mrr >= 0.95" in run.stderr
    run = run_eval(SMALL, "--out", tmp_path, "--fail-under", "tests:recall@3=0.8")
    assert run.exit_code == 0, run.stderr


def test_modules_are_indexed_from_their_source(tmp_path):
    items = [{"id": "median", "query": "median of the data, the middle value",
              "relevant": [{"source": "statistics.py", "heading": "median"}]}]  # fmt: skip
    document = {"suite": "stdlib", "type": "retrieve", "index": {"modules": ["statistics"], "embedder": "lexical"},
                "k": 3, "items": items}  # fmt: skip
    run = run_eval(write_suite(tmp_path / "s.yaml", document), "--json", "--out", tmp_path / "out")
    assert run.exit_code == 0, run.stderr
    (item,) = run.json["suites"][0]["items"]
    assert item["passed"] and item["output"]["default"]["hits"][0]["source"].endswith("statistics.py")


@pytest.mark.parametrize(
    "index, extra, message",
    [
        ({"modules": ["no_such_package_xyz"]}, {}, "no Python source file for module 'no_such_package_xyz'"),
        ({"paths": ["missing"]}, {}, "no such file or folder"),
        ({"paths": ["."], "embedder": "minilmm"}, {}, "did you mean 'minilm'"),
        ({"paths": ["."]}, {"methods": ["bm25"]}, "unknown method 'bm25'"),
        ({}, {}, "nothing to index"),
    ],
)
def test_bad_index_specs(tmp_path, index, extra, message):
    items = [{"id": "q", "query": "x", "relevant": [{"source": "a.md", "heading": "A"}]}]
    path = write_suite(tmp_path / "s.yaml", {"suite": "s", "type": "retrieve", "index": index, **extra, "items": items})
    run = run_eval(path, "--out", tmp_path / "out")
    assert run.exit_code == 2 and message in run.stderr


def test_remote_retrieve_matches_local(checkpoint, tmp_path):
    """--url sends the queries to POST /v1/retrieve of a server holding the same index: same ranks."""
    from plugins.retrieval.indexing import index_paths
    from tests.evals.conftest import serving

    index_paths([SMALL.parent / "corpus"], tmp_path / "index", embedder="lexical")
    local = run_eval(SMALL, "--json", "--out", tmp_path / "local")
    with serving(checkpoint, tmp_path / "index") as url:
        remote = run_eval(SMALL, "--json", "--url", url, "--out", tmp_path / "remote")
    assert remote.exit_code == local.exit_code == 0, remote.stderr
    (r,), (loc,) = remote.json["suites"], local.json["suites"]
    assert r["metrics"] == loc["metrics"]
    assert [i["metrics"] for i in r["items"]] == [i["metrics"] for i in loc["items"]]
