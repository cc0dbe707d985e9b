"""Bad suite files and bad usage: exit 2, a message naming the file, line, item and field, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evals.evalkit import run_eval, write_suite

GOOD_ITEM = {
    "id": "q1",
    "question": "derivative of x^2",
    "mode": "calculus",
    "compare": {"rule": "expr"},
    "reference": "2*x",
}


def _suite(**changes):
    return {"suite": "mini", "type": "reason", "items": [dict(GOOD_ITEM)], **changes}


def _fails(tmp_path: Path, document, *expected: str, raw: str | None = None) -> str:
    path = tmp_path / "suite.yaml"
    if raw is not None:
        path.write_text(raw, encoding="utf-8")
    else:
        write_suite(path, document)
    run = run_eval(path, "--out", tmp_path / "out", "--junit", tmp_path / "junit.xml")
    assert run.exit_code == 2, run.stderr
    assert run.stdout == ""
    for text in expected:
        assert text in run.stderr, run.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "junit.xml").exists()
    return run.stderr


def test_unknown_rule_names_file_line_item_and_field(tmp_path):
    item = dict(GOOD_ITEM, compare={"rule": "exprs"})
    err = _fails(
        tmp_path, _suite(items=[item]), "item q1, field 'compare.rule'", "unknown rule 'exprs'", "did you mean 'expr'"
    )
    assert err.startswith(f"{tmp_path / 'suite.yaml'}:")
    line = int(err.split(":")[1])
    assert "rule: exprs" in (tmp_path / "suite.yaml").read_text().splitlines()[line - 1]


def test_missing_and_mistyped_fields(tmp_path):
    item = {k: v for k, v in GOOD_ITEM.items() if k != "question"}
    _fails(tmp_path, _suite(items=[item]), "item q1", "missing field 'question'")
    item = dict(GOOD_ITEM, compare={"rule": "number", "tol": "small"}, reference=1.0)
    _fails(tmp_path, _suite(items=[item]), "field 'compare.tol'", "expected a number")
    item = dict(GOOD_ITEM, compare={"rule": "number"}, reference=1.0)
    _fails(tmp_path, _suite(items=[item]), "item q1, field 'compare'", "missing field 'tol'")


def test_unknown_keys_duplicate_ids_and_types(tmp_path):
    _fails(
        tmp_path,
        _suite(items=[dict(GOOD_ITEM, refrence="2*x")]),
        "unknown field 'refrence'",
        "did you mean 'reference'",
    )
    _fails(tmp_path, _suite(items=[GOOD_ITEM, GOOD_ITEM]), "duplicate id 'q1'")
    _fails(tmp_path, _suite(type="reasoning"), "unknown type 'reasoning'", "did you mean 'reason'")
    _fails(tmp_path, {"type": "reason", "items": []}, "missing field 'suite'")
    _fails(tmp_path, _suite(items=[dict(GOOD_ITEM, id=7)]), "field 'id'", "expected a string")


def test_thresholds_must_name_known_metrics_and_categories(tmp_path):
    _fails(tmp_path, _suite(thresholds={"acuracy": 0.9}), "unknown metric 'acuracy'", "did you mean 'accuracy'")
    _fails(tmp_path, _suite(categories={"algebra": {"accuracy": 1}}), "no item has category 'algebra'", "calculus")
    _fails(tmp_path, _suite(thresholds={"accuracy": "high"}), "field 'thresholds.accuracy'", "expected a number")


def test_alternatives_are_validated(tmp_path):
    item = dict(GOOD_ITEM, compare={"rule": "number", "tol": 1e-6}, reference=0.1, alternatives=[{"reference": 0.2}])
    _fails(tmp_path, _suite(items=[item]), "field 'alternatives.0'", "missing field 'method'")


def test_yaml_syntax_error_points_at_the_line(tmp_path):
    err = _fails(tmp_path, None, "not valid YAML", raw="suite: x\ntype: reason\nitems:\n  - id: [q1\n")
    assert f"{tmp_path / 'suite.yaml'}:" in err


def test_missing_suite_file(tmp_path):
    run = run_eval(tmp_path / "nope.yaml")
    assert run.exit_code == 2 and "no such suite file" in run.stderr


def test_doe_study_problems_are_suite_errors(tmp_path):
    doc = {"suite": "d", "type": "doe", "items": [{"id": "s1", "study": "missing.doe", "expect": [
        {"step": {"line": 1}, "path": "x", "value": 1}]}]}  # fmt: skip
    _fails(tmp_path, doc, "item s1, field 'study'", "no such study file")
    (tmp_path / "bad.doe").write_text("fit regresion y ~ x\n")
    doc["items"][0]["study"] = "bad.doe"
    _fails(tmp_path, doc, "the study does not resolve", "unknown fit 'regresion'", "did you mean 'regression'")
    (tmp_path / "ok.doe").write_text("show 1 + 1\n")
    doc["items"][0]["study"] = "ok.doe"
    doc["items"][0]["expect"] = [{"path": "x", "value": 1}]
    _fails(tmp_path, doc, "field 'expect.0'", "missing field 'step'")
    doc["items"][0]["expect"] = [{"step": {"line": 1}, "path": "a..b", "value": 1}]
    _fails(tmp_path, doc, "field 'expect.0.path'", "cannot read path segment")


def test_generate_regex_and_params(tmp_path):
    doc = {"suite": "g", "type": "generate", "items": [{"id": "g1", "prompt": "a", "match": "regex", "expected": "(["}]}
    _fails(tmp_path, doc, "item g1, field 'expected'", "not a regular expression")
    doc["items"][0].update(match="exact", params={"top_p": 0})
    _fails(tmp_path, doc, "field 'params.top_p'", "top_p must be in (0, 1]")
    doc["items"][0]["params"] = {"temprature": 0}
    _fails(tmp_path, doc, "unknown field 'temprature'", "did you mean 'temperature'")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--fail-under", "accuracy"], "expected METRIC=VALUE"),
        (["--fail-under", "accuracy=high"], "'high' is not a number"),
        (["--fail-under", "recall@5=0.5"], "no suite reports a metric 'recall@5'"),
        (["--fail-under", "algebra:accuracy=1"], "no item has category 'algebra'"),
        (["--category", "algebr"], "--category 'algebr'"),
        (["--url", "localhost:8000"], "not an http(s) URL"),
        (["--limit", "-1"], "Invalid value"),
    ],
)
def test_bad_usage_exits_2(tmp_path, args, message):
    path = write_suite(tmp_path / "suite.yaml", _suite())
    run = run_eval(path, "--out", tmp_path / "out", *args)
    assert run.exit_code == 2, (run.exit_code, run.stderr)
    assert message in run.stderr
    assert run.stdout == "" and not (tmp_path / "out").exists()


def test_unreachable_server_is_bad_usage(tmp_path):
    from havoc_cli.server.background import free_port

    path = write_suite(tmp_path / "suite.yaml", _suite())
    run = run_eval(path, "--url", f"http://127.0.0.1:{free_port()}", "--out", tmp_path / "out")
    assert run.exit_code == 2 and "cannot reach" in run.stderr and "havoc serve" in run.stderr
    assert not (tmp_path / "out").exists()
