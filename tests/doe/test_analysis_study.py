"""End to end through ``havoc doe run``: the reference pilot-plant case, plots and error paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import assert_close, reference_cases

CASE = reference_cases()["effects-bhh-pilot-plant-2to3"]
LOW_HIGH = {"T": (160, 180), "C": (20, 40), "K": (1, 2)}


def pilot_csv() -> str:
    """The case's runs in natural units, one column per factor (the 'observed' results path)."""
    lines = ["T,C,K,y"]
    for label, y in zip(CASE["input"]["standard_order_labels"], CASE["input"]["y"], strict=True):
        levels = [LOW_HIGH[f][1] if s == "+" else LOW_HIGH[f][0] for f, s in zip("TCK", label, strict=True)]
        lines.append(",".join(str(v) for v in levels) + f",{y}")
    return "\n".join(lines) + "\n"


STUDY = """study "BHH pilot plant"
factor T 160 .. 180 "C"
factor C 20 .. 40 "%"
factor K 1 .. 2 "kg"
response y "%" maximize
design full_factorial
results "pilot.csv"
analyze effects method=lenth alpha=0.05
analyze anova model="T + C + K + T:K"
plot pareto half_normal residuals
optimize y
"""


def test_reference_pilot_plant_case_end_to_end(run_study, tmp_path: Path):
    run = run_study(STUDY, files={"pilot.csv": pilot_csv()}, args=["--out", str(tmp_path / "out")])
    assert run.exit_code == 0, run.stderr
    effects = run.step("analyze", "effects")["responses"]["y"]
    by_term = {e["term"].replace(":", ""): e["effect"] for e in effects["effects"]}
    for term, spec in CASE["expected"]["effects"].items():
        assert_close(f"effect {term}", by_term[term], spec)
    assert_close("mean", effects["mean"], CASE["expected"]["mean"])
    assert_close("lenth_pse", effects["lenth"]["pse"], CASE["expected"]["lenth_pse"])
    assert effects["active"] == ["T", "T:K"]
    anova = run.step("analyze", "anova")["responses"]["y"]
    rows = {r["source"]: r for r in anova["anova"]}
    # SS of a +-1 contrast is N effect^2 / 4
    assert rows["T"]["ss"] == pytest.approx(8 * 23.0**2 / 4)
    assert rows["T:K"]["ss"] == pytest.approx(8 * 10.0**2 / 4)
    assert anova["fit"]["df_resid"] == 3
    plots = run.step("plot")["files"]
    assert [Path(p).name for p in plots] == ["y_pareto.png", "y_half_normal.png", "y_residuals.png"]
    for path in plots:
        assert Path(path).stat().st_size > 8000
    best = run.step("optimize")
    assert best["settings"]["real"]["T"] == pytest.approx(180)
    assert best["settings"]["real"]["K"] == pytest.approx(2)
    assert best["predicted"]["y"] == pytest.approx(64.25 + (23 + 1.5 + 10) / 2 + 5 / 2)


def test_analyze_before_results_names_the_missing_statement(run_study):
    run = run_study('factor A 0 .. 1\nfactor B 0 .. 1\ndesign full_factorial\nanalyze anova model="main"\n')
    assert run.exit_code == 2
    assert "results" in run.stderr


def test_analyze_before_design_names_the_missing_statement(run_study):
    run = run_study('study "early"\nanalyze effects\n')
    assert run.exit_code == 2
    assert "needs a design" in run.stderr and "design full_factorial" in run.stderr


def test_unknown_model_term_points_at_the_model(run_study):
    study = STUDY.split("analyze effects")[0] + 'analyze anova model="T + Q"\n'
    run = run_study(study, files={"pilot.csv": pilot_csv()})
    assert run.exit_code == 2
    assert "unknown model term 'Q'" in run.stderr
