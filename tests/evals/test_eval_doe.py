"""The doe task type: paths into step results, tolerances, and the project's own doe suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from havoc_cli.evals.tasks.doe import close, follow, parse_path, pick_step
from tests.evals.evalkit import run_eval, write_suite
from tests.helpers import reference_cases

EVALS = Path(__file__).resolve().parents[2] / "examples" / "evals"
STEPS = [
    {"line": 2, "verb": "chart", "kind": "p", "result": {"center": 0.25, "secondary": [{"name": "R", "ucl": 2.0}]}},
    {"line": 3, "verb": "chart", "kind": "np", "result": {"center": 12.5}},
    {"line": 5, "verb": "analyze", "kind": "effects",
     "result": {"responses": {"y": {"effects": [{"term": "T", "effect": 23.0}, {"term": "T:K", "effect": 10.0}]}}}},
]  # fmt: skip


def test_paths_and_step_selection():
    assert parse_path("responses.y.effects[term=T:K].effect") == [
        "responses",
        "y",
        "effects",
        {"term": "T:K"},
        "effect",
    ]
    assert parse_path("coef.1") == ["coef", 1]
    assert follow(STEPS[2]["result"], parse_path("responses.y.effects[term=T:K].effect")) == 10.0
    assert follow(STEPS[0]["result"], ["secondary", {"name": "R"}, "ucl"]) == 2.0
    assert follow(STEPS[0]["result"], ["secondary", 5, "ucl"]) is None
    assert follow(STEPS[0]["result"], "missing.key".split(".")) is None
    assert pick_step(STEPS, {"line": 3})["kind"] == "np"
    assert pick_step(STEPS, {"verb": "chart"})["kind"] == "p"
    assert pick_step(STEPS, {"verb": "chart", "index": 1})["kind"] == "np"
    assert pick_step(STEPS, {"verb": "chart", "kind": "c"}) is None
    with pytest.raises(ValueError):
        parse_path("a..b")


def test_tolerance_rule_matches_the_reference_file():
    assert close(1.0 + 5e-10, 1.0, 0.0, 1e-9) and not close(1.0 + 2e-9, 1.0, 0.0, 1e-9)
    assert close(0.0, 1e-12, 1e-12, 0.0)  # |got - want| <= atol + rtol * |want|
    assert close([1.0, 2.0], [1.0, 2.0 + 1e-10], 1e-9, 0) and not close([1.0], [1.0, 2.0], 1, 1)
    assert close(34, 34, 0, 0) and not close(True, 1, 0, 0) and close("V", "V", 0, 0)
    assert not close(None, 1.0, 1, 1) and not close(float("nan"), 1.0, 1, 1)


def test_the_project_doe_suite_passes_against_published_values(tmp_path):
    run = run_eval(EVALS / "doe.yaml", "--json", "--out", tmp_path)
    assert run.exit_code == 0, run.stderr
    (suite,) = run.json["suites"]
    assert suite["counts"]["scored"] == suite["counts"]["passed"] >= 9
    assert suite["metrics"] == {"accuracy": 1.0, "checks": 1.0}
    assert {"regression", "anova", "control_chart", "capability", "effects", "design"} <= set(suite["categories"])


def test_doe_suite_values_are_the_reference_cases():
    """The suite's numbers are those of the shared reference file (published sources), not engine output."""
    import yaml

    cases = reference_cases()
    items = {i["id"]: i for i in yaml.safe_load((EVALS / "doe.yaml").read_text())["items"]}
    norris = {e["path"]: e["value"] for e in items["norris-regression"]["expect"]}
    for key in ("coef", "se", "residual_sd", "r_squared"):
        assert norris[key] == cases["reg-nist-norris"]["expected"][key]["value"]
    sirstv = {e["path"]: e["value"] for e in items["sirstv-anova"]["expect"]}
    for key, spec in cases["anova-nist-sirstv"]["expected"].items():
        assert sirstv[key] == spec["value"]
    effects = {e["path"]: e["value"] for e in items["pilot-plant-effects"]["expect"]}
    for term, spec in cases["effects-bhh-pilot-plant-2to3"]["expected"]["effects"].items():
        name = ":".join(term)  # TCK -> T:C:K
        assert effects[f"responses.y.effects[term={name}].effect"] == spec["value"]


def test_a_wrong_reference_fails_with_expected_and_got(tmp_path):
    (tmp_path / "s.doe").write_text("let a = [1, 2, 3, 4]\ntest ttest a mu=2\n")
    expect = [{"step": {"verb": "test", "kind": "ttest"}, "path": "statistic", "value": 1.0, "rtol": 1e-9},
              {"step": {"line": 2}, "path": "df", "value": 3}]  # fmt: skip
    path = write_suite(
        tmp_path / "d.yaml", {"suite": "d", "type": "doe", "items": [{"id": "t", "study": "s.doe", "expect": expect}]}
    )
    run = run_eval(path, "--json", "--out", tmp_path / "out")
    assert run.exit_code == 0  # no threshold: a failed item alone does not fail the run
    (item,) = run.json["suites"][0]["items"]
    # t = (2.5 - 2) / (sd / sqrt(4)) with sd = sqrt(5/3): 0.7745966692414834
    assert not item["passed"] and item["score"] == 0.5
    assert item["output"][0]["got"] == pytest.approx(0.5 / ((5 / 3) ** 0.5 / 2), rel=1e-12)
    assert item["detail"].startswith("statistic: expected 1.0, got 0.774596669")
    assert item["output"][1] == {"step": {"line": 2}, "path": "df", "got": 3.0, "passed": True}


def test_doe_suites_refuse_url(tmp_path):
    run = run_eval(EVALS / "doe.yaml", "--url", "http://127.0.0.1:9", "--out", tmp_path)
    assert run.exit_code == 2 and "doe suites run locally" in run.stderr
