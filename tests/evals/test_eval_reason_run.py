"""`havoc eval` on reason suites, in process: thresholds and exit codes, JSON, JSONL, markdown and JUnit XML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from scipy import stats

from tests.evals.evalkit import run_eval, write_suite

A = [20.1, 19.8, 20.5, 20.3, 19.9, 20.2]
B = [21.0, 20.7, 21.3, 20.9, 21.1, 20.8]
QUESTION = "compare line A 20.1 19.8 20.5 20.3 19.9 20.2 with line B 21.0 20.7 21.3 20.9 21.1 20.8"
WELCH = float(stats.ttest_ind(A, B, equal_var=False).pvalue)
MANN_WHITNEY = float(stats.mannwhitneyu(A, B).pvalue)
ITEM_KEYS = {
    "id",
    "category",
    "input",
    "output",
    "expected",
    "score",
    "passed",
    "seconds",
    "metrics",
    "detail",
    "error",
}


def _items():
    test = {"mode": "hypothesis_test", "compare": {"rule": "number", "tol": 1e-6, "key": "p_value"}}
    return [
        {"id": "d1", "question": "derivative of x^3 sin x", "mode": "calculus", "compare": {"rule": "expr"},
         "reference": "x**3*cos(x) + 3*x**2*sin(x)"},
        {"id": "d2", "question": "derivative of x^3", "mode": "calculus", "compare": {"rule": "expr"},
         "reference": "2*x"},  # deliberately wrong: the item must fail
        {"id": "t1", "question": QUESTION, **test, "reference": WELCH},
        {"id": "r1", "question": "hello, how are you", "mode": None, "compare": {"rule": "refuse"}},
    ]  # fmt: skip


@pytest.fixture
def suite(tmp_path) -> Path:
    return write_suite(
        tmp_path / "mini.yaml", {"suite": "mini", "type": "reason", "thresholds": {"accuracy": 0.7}, "items": _items()}
    )


@pytest.fixture
def ran(suite, tmp_path):
    run = run_eval(suite, "--json", "--out", tmp_path / "out", "--junit", tmp_path / "junit.xml")
    assert run.exit_code == 0, run.stderr
    return run


def test_json_document_shape(ran):
    doc = ran.json
    assert doc["passed"] is True and doc["seed"] == 0 and len(doc["suites"]) == 1
    suite = doc["suites"][0]
    assert suite["suite"] == "mini" and suite["type"] == "reason" and suite["passed"]
    assert suite["counts"] == {"in_suite": 4, "scored": 4, "passed": 3, "errors": 0}
    assert suite["metrics"] == {
        "accuracy": 0.75,
        "overconfident": 0.25,
    }  # d2: a confident answer its wrong reference rejects
    assert suite["categories"]["calculus"] == {
        "items": 2,
        "passed": 1,
        "metrics": {"accuracy": 0.5, "overconfident": 0.5},
    }
    assert suite["thresholds"] == [{"metric": "accuracy", "category": None, "direction": "min", "value": 0.7,
                                    "actual": 0.75, "status": "passed", "origin": "suite"}]  # fmt: skip
    by_id = {item["id"]: item for item in suite["items"]}
    assert [i["id"] for i in suite["items"]] == ["d1", "d2", "t1", "r1"]
    for item in suite["items"]:
        assert set(item) == ITEM_KEYS and item["seconds"] > 0
    assert not by_id["d2"]["passed"] and by_id["d2"]["score"] == 0.0
    assert "expected mode calculus, expr '2*x'" in by_id["d2"]["detail"]
    assert by_id["t1"]["output"]["result"]["p_value"] == pytest.approx(WELCH, rel=1e-6)
    assert by_id["r1"]["passed"] and by_id["r1"]["output"]["answered"] is False
    assert by_id["d1"]["input"] == {"question": "derivative of x^3 sin x", "split": None}


def test_files_results_samples_summary(ran, tmp_path):
    folder = tmp_path / "out" / "mini"
    suite = ran.json["suites"][0]
    assert suite["outputs"] == {"results": str(folder / "results.json"), "samples": str(folder / "samples.jsonl"),
                                "summary": str(folder / "summary.md")}  # fmt: skip
    assert json.loads((folder / "results.json").read_text()) == suite
    lines = (folder / "samples.jsonl").read_text().splitlines()
    assert len(lines) == 4
    samples = [json.loads(line) for line in lines]
    assert [s["id"] for s in samples] == ["d1", "d2", "t1", "r1"]
    assert all(set(s) == ITEM_KEYS | {"suite"} and s["suite"] == "mini" for s in samples)
    summary = (folder / "summary.md").read_text()
    assert "| scope | items | passed | accuracy | overconfident | thresholds | result |" in summary
    assert "| **suite** | 4 | 3 | 0.75 | 0.25 | accuracy >= 0.7 (got 0.75) ✓ | pass |" in summary
    assert "| calculus | 2 | 1 | 0.5 | 0.5 |  |  |" in summary
    assert "- `d2`: expected mode calculus" in summary
    assert not list(folder.glob("*.partial"))


def test_junit_xml_is_valid_and_structured(ran, tmp_path):
    root = ET.parse(tmp_path / "junit.xml").getroot()
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    items = [c for c in cases if c.get("classname") != "mini.thresholds"]
    assert [c.get("name") for c in items] == ["d1", "d2", "t1", "r1"]
    assert {c.get("classname") for c in items} == {"mini.calculus", "mini.hypothesis_test", "mini.unclassified"}
    assert [c.get("name") for c in cases if c.get("classname") == "mini.thresholds"] == ["accuracy >= 0.7"]
    failures = suite.findall("testcase/failure")
    assert len(failures) == 1 and failures[0].get("type") == "mismatch"
    assert "expected:" in failures[0].text and "got:" in failures[0].text and '"2*x"' in failures[0].text
    assert int(suite.get("tests")) == len(cases) == 5
    assert int(suite.get("failures")) == 1 and int(suite.get("errors")) == 0 and int(suite.get("skipped")) == 0
    assert float(suite.get("time")) >= sum(float(c.get("time")) for c in items)
    assert root.get("tests") == "5" and root.get("failures") == "1"
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["metric.accuracy"] == "0.75" and props["type"] == "reason"


def test_threshold_missed_exits_1(suite, tmp_path):
    run = run_eval(suite, "--json", "--out", tmp_path / "out", "--fail-under", "accuracy=0.8")
    assert run.exit_code == 1
    (doc,) = run.json["suites"]
    assert not doc["passed"] and doc["failures"] == ["threshold missed: accuracy >= 0.8 (got 0.75)"]
    assert doc["thresholds"][0]["origin"] == "command line"
    assert (tmp_path / "out" / "mini" / "results.json").is_file()  # outputs are written for a failed run too


def test_category_thresholds_from_file_and_command_line(tmp_path):
    document = {"suite": "mini", "type": "reason", "categories": {"calculus": {"accuracy": 1.0}}, "items": _items()}
    path = write_suite(tmp_path / "mini.yaml", document)
    run = run_eval(path, "--json", "--out", tmp_path / "out")
    assert run.exit_code == 1
    (check,) = run.json["suites"][0]["thresholds"]
    assert check["category"] == "calculus" and check["actual"] == 0.5 and check["status"] == "failed"
    run = run_eval(path, "--out", tmp_path / "out", "--fail-under", "calculus:accuracy=0.5")
    assert run.exit_code == 0, run.stderr
    run = run_eval(path, "--json", "--out", tmp_path / "out", "--category", "hypothesis_test")
    assert run.exit_code == 0  # the calculus threshold is skipped: no calculus item ran
    suite = run.json["suites"][0]
    assert [i["id"] for i in suite["items"]] == ["t1"] and suite["thresholds"][0]["status"] == "skipped"


def test_overconfident_wrong_answers_fail_their_threshold(tmp_path):
    items = [dict(_items()[1])]  # answered with high confidence, but the reference says otherwise
    path = write_suite(
        tmp_path / "s.yaml", {"suite": "s", "type": "reason", "thresholds": {"overconfident": 0.0}, "items": items}
    )
    run = run_eval(path, "--json", "--out", tmp_path / "out")
    assert run.exit_code == 1
    assert run.json["suites"][0]["metrics"] == {"accuracy": 0.0, "overconfident": 1.0}


def test_nothing_scored_exits_1(tmp_path):
    path = write_suite(tmp_path / "empty.yaml", {"suite": "empty", "type": "reason", "items": []})
    run = run_eval(path, "--json", "--out", tmp_path / "out", "--junit", tmp_path / "j.xml")
    assert run.exit_code == 1
    (doc,) = run.json["suites"]
    assert doc["failures"] == ["nothing was scored (zero items)"] and doc["items"] == []
    root = ET.parse(tmp_path / "j.xml").getroot()
    assert root.find("testsuite/testcase[@name='items scored > 0']/failure") is not None
    limited = write_suite(tmp_path / "one.yaml", {"suite": "one", "type": "reason", "items": _items()[:1]})
    assert run_eval(limited, "--limit", "0", "--out", tmp_path / "out").exit_code == 1


def test_alternative_method_end_to_end(tmp_path):
    """The pipeline answers with Welch's test: a Welch alternative counts, a pooled one with Welch's value does not."""
    test = {"question": QUESTION, "mode": "hypothesis_test", "compare": {"rule": "number", "tol": 1e-6, "key": "p_value"},
            "reference": MANN_WHITNEY}  # fmt: skip
    items = [
        {"id": "named", **test, "alternatives": [{"method": "welch", "reference": WELCH}]},
        {"id": "unnamed", **test, "alternatives": [{"method": "pooled", "reference": WELCH}]},
    ]
    path = write_suite(tmp_path / "alt.yaml", {"suite": "alt", "type": "reason", "items": items})
    run = run_eval(path, "--json", "--out", tmp_path / "out")
    named, unnamed = run.json["suites"][0]["items"]
    assert named["passed"] and named["output"]["matched"] == "alternative: welch"
    assert not unnamed["passed"] and unnamed["output"]["matched"] is None


def test_default_output_folder_is_beside_the_suite(suite, tmp_path):
    run = run_eval(suite)
    assert run.exit_code == 0, run.stderr
    assert run.stdout == ""
    assert (tmp_path / "eval-out" / "mini" / "results.json").is_file()
    assert "PASS mini" in run.stderr
