"""`havoc reason` through the real CLI: JSON contract, exit codes, saved plans that re-run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HAVOC = [sys.executable, "-m", "havoc_cli"]


def _reason(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*HAVOC, "reason", *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_json_contract_and_exit_0():
    proc = _reason("derivative of x^3 sin x", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    for key in ("mode", "plan", "result", "answer", "confidence", "checks", "caveats", "stages"):
        assert key in doc
    assert doc["mode"] == "calculus"
    assert doc["plan"] == "show diff(x^3*sin(x), x)"
    assert doc["result"] == "x**3*cos(x) + 3*x**2*sin(x)"
    assert 0.5 < doc["confidence"] <= 1
    assert all({"name", "passed", "detail"} <= set(c) for c in doc["checks"])
    names = [s["name"] for s in doc["stages"]]
    assert names == ["mode", "ground", "plan", "execute", "argue", "arbiter", "audit", "answer"]
    assert all(s["seconds"] >= 0 for s in doc["stages"])


def test_unclassifiable_and_unsupported_exit_1():
    proc = _reason("hello there", "--json")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["mode"] is None and "could not classify" in doc["answer"]
    proc = _reason("explain why the sky is blue", "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["mode"] == "explanation" and "none of havoc's knowledge cards" in doc["answer"]


def test_unit_conversion_is_answered_and_audited():
    proc = _reason("convert 3.5 inches to mm", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["mode"] == "unit_conversion" and doc["plan"] == 'convert 3.5 "inches" to="mm"'
    assert doc["result"] == {"value": 88.9, "unit": "mm", "exact": "889/10", "from": "3.5 inches"}
    names = {c["name"] for c in doc["checks"]}
    assert names == {"converting the answer back gives the value", "scipy.constants recomputation",
                     "SI prefixes read in their own case", "the plan uses every number the question states"}  # fmt: skip
    assert all(c["passed"] for c in doc["checks"]) and doc["confidence"] > 0.9


def test_explanations_quote_a_card_and_say_so():
    proc = _reason("what is a Cpk?", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["mode"] == "explanation" and doc["answer_source"] == "card" and doc["plan"] is None
    assert doc["result"]["source"] == "havoc-cards/capability.md" and "Cpk = min(" in doc["answer"]
    assert any("nothing was computed" in c for c in doc["caveats"]) and doc["confidence"] < 0.9


def test_missing_data_says_what_it_needs():
    proc = _reason("Cpk for mean 10.02 and specs 9.95 to 10.05", "--json")
    assert proc.returncode == 1
    assert "needs the mean, the sd" in json.loads(proc.stdout)["answer"]


def test_empty_question_is_usage_error():
    assert _reason("  ").returncode == 2


def test_plan_only_and_saved_plan_reruns(tmp_path):
    plan_file = tmp_path / "limits.doe"
    proc = _reason(
        "control limits for 10.1 9.8 10.3 10.0 9.9 10.2 10.4 9.7",
        "--plan-only",
        "--save-plan",
        str(plan_file),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["result"] is None and [s["name"] for s in doc["stages"]] == ["mode", "ground", "plan"]
    run = subprocess.run([*HAVOC, "doe", "run", str(plan_file), "--json"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    chart = json.loads(run.stdout)["steps"][-1]["result"]
    assert chart["kind"] == "control_chart" and abs(chart["center"] - 10.05) < 1e-12


def test_terminal_output_shows_answer_and_checks():
    proc = _reason("solve x^2 - 5x + 6 = 0", "--trace")
    assert proc.returncode == 0
    assert "2, 3" in proc.stdout
    assert "substitute" in proc.stderr or "satisfies" in proc.stderr
