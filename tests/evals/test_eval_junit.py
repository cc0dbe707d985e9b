"""JUnit XML edge cases: crashed items become <error>, control characters stay parseable, skipped thresholds."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from havoc_cli.evals.junit import junit_xml
from havoc_cli.evals.records import ItemRecord, SuiteRun
from havoc_cli.evals.thresholds import Threshold, check
from tests.evals.evalkit import run_eval, write_suite


def test_a_crashing_item_is_an_error_and_counts_as_wrong(tmp_path):
    (tmp_path / "s.doe").write_text('data "missing.csv"\n')
    item = {"id": "x", "study": "s.doe", "expect": [{"step": {"line": 1}, "path": "rows", "value": 1}]}
    path = write_suite(
        tmp_path / "d.yaml", {"suite": "d", "type": "doe", "thresholds": {"accuracy": 0.5}, "items": [item]}
    )
    run = run_eval(path, "--json", "--out", tmp_path / "out", "--junit", tmp_path / "j.xml")
    assert run.exit_code == 1
    (suite,) = run.json["suites"]
    (record,) = suite["items"]
    assert record["error"].startswith("StudyError: file not found") and not record["passed"]
    assert suite["counts"]["errors"] == 1 and suite["metrics"]["accuracy"] == 0.0
    root = ET.parse(tmp_path / "j.xml").getroot()
    (error,) = root.iter("error")
    assert error.get("type") == "StudyError" and "missing.csv" in error.get("message")
    testsuite = root.find("testsuite")
    assert testsuite.get("errors") == "1" and testsuite.get("failures") == "1"  # the item, then the threshold


def test_control_characters_and_skipped_thresholds(tmp_path):
    wrong = ItemRecord("g\x01", "cat", {"prompt": "a"}, {"text": "bad\x00\x1b[0m"}, {"expected": "x"}, 0.0, False, 0.25,
                       {"accuracy": 0.0}, "expected 'x', got 'bad\x00'")  # fmt: skip
    thresholds = [Threshold("accuracy", 0.5), Threshold("accuracy", 1.0, "other")]
    checks = check(thresholds, {"accuracy": "min"}, {None: {"accuracy": 0.0}, "cat": {"accuracy": 0.0}})
    run = SuiteRun("gen", "generate", Path("g.yaml"), 0, 1, [wrong], {"accuracy": 0.0}, {}, checks, 0.3)
    path = tmp_path / "j.xml"
    path.write_text(junit_xml([run]), encoding="utf-8")
    root = ET.parse(path).getroot()  # would raise on a raw \x00 or \x01
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["g\ufffd", "accuracy >= 0.5", "other:accuracy >= 1"]
    failure = cases[0].find("failure")
    assert failure.get("message") == "expected 'x', got 'bad\ufffd'" and "bad\\u0000" in failure.text
    assert cases[1].find("failure") is not None and cases[2].find("skipped") is not None
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "2", "1")
