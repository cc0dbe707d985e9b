"""The analyze and optimize verbs on hand-built designs: result shapes, errors, optimum recovery."""

from __future__ import annotations

import numpy as np
import pytest
from analysis_helpers import run_lines, study_context
from test_rsm_canonical import ccd

from plugins.api import StudyError
from plugins.doe.model import Design, Factor, Response


def bake_design(noise: float = 0.0) -> Design:
    coded = ccd(2, 5, np.sqrt(2))
    a, b = coded.T
    hardness = 70 + 3 * a - 2 * b - 4 * a**2 - 3 * b**2 + a * b
    rng = np.random.default_rng(11)
    hardness = hardness + noise * rng.normal(size=a.size)
    cost = 10 + 2 * a + 1.0 * b
    n = coded.shape[0]
    factors = [Factor("temp", 150, 190, unit="C"), Factor("time", 20, 40, unit="min")]
    return Design(
        "central_composite",
        factors,
        coded,
        np.arange(1, n + 1),
        ["design"] * n,
        np.ones(n, int),
        {},
        {"hardness": hardness, "cost": cost},
    )


def test_rsm_result_reports_the_stationary_maximum_in_both_units(tmp_path):
    ctx = study_context(tmp_path, bake_design())
    (result,) = run_lines(ctx, 'analyze rsm model="quadratic" response=hardness')
    part = result.to_dict()["responses"]["hardness"]
    b = np.array([3.0, -2.0])
    big_b = np.array([[-4.0, 0.5], [0.5, -3.0]])
    xs = -0.5 * np.linalg.solve(big_b, b)
    sp = part["stationary_point"]
    assert sp["nature"] == "maximum" and sp["inside_region"] is True
    assert [sp["coded"]["temp"], sp["coded"]["time"]] == pytest.approx(xs, abs=1e-9)
    assert sp["real"]["temp"] == pytest.approx(170 + 20 * xs[0], abs=1e-7)
    assert part["fit"]["r2"] == pytest.approx(1.0)
    assert part["region"] == {"shape": "sphere", "radius": pytest.approx(np.sqrt(2))}
    assert len(part["diagnostics"]["residuals"]) == 13


def test_optimize_single_response_finds_the_interior_maximum(tmp_path):
    ctx = study_context(tmp_path, bake_design(), [Response("hardness", "HV", goal="maximize")])
    (result,) = run_lines(ctx, "optimize hardness")
    data = result.to_dict()
    big_b = np.array([[-4.0, 0.5], [0.5, -3.0]])
    xs = -0.5 * np.linalg.solve(big_b, np.array([3.0, -2.0]))
    assert [data["settings"]["coded"]["temp"], data["settings"]["coded"]["time"]] == pytest.approx(xs, abs=1e-6)
    assert data["models"]["hardness"] == "quadratic"


def test_desirability_trade_off_has_the_known_optimum(tmp_path):
    """hardness maximised on [60, 75] and cost minimised on [8, 12]: D = sqrt(d1 d2) is largest
    where the two ramps balance; checked against a dense grid search over the sphere."""
    design = bake_design()
    responses = [
        Response("hardness", "HV", goal="maximize", lower=60, upper=75),
        Response("cost", "$", goal="minimize", lower=8, upper=12),
    ]
    ctx = study_context(tmp_path, design, responses)
    (result,) = run_lines(ctx, "optimize")
    data = result.to_dict()
    grid = np.linspace(-np.sqrt(2), np.sqrt(2), 801)
    a, b = np.meshgrid(grid, grid)
    inside = a**2 + b**2 <= 2
    h = 70 + 3 * a - 2 * b - 4 * a**2 - 3 * b**2 + a * b
    c = 10 + 2 * a + b
    d = np.sqrt(np.clip((h - 60) / 15, 0, 1) * np.clip((12 - c) / 4, 0, 1))
    best = float(np.max(np.where(inside, d, 0)))
    assert data["overall_desirability"] == pytest.approx(best, abs=2e-4)
    assert data["overall_desirability"] >= best - 1e-9
    x = np.array([data["settings"]["coded"]["temp"], data["settings"]["coded"]["time"]])
    assert np.linalg.norm(x) <= np.sqrt(2) + 1e-6
    assert data["predicted"]["cost"] == pytest.approx(10 + 2 * x[0] + x[1], abs=1e-9)


def test_analyze_without_design_or_results_says_which_statement_is_missing(tmp_path):
    ctx = study_context(tmp_path, None)
    with pytest.raises(StudyError, match="needs a design") as info:
        run_lines(ctx, "analyze effects")
    assert "design" in info.value.hint
    empty = bake_design()
    empty.responses = {}
    ctx = study_context(tmp_path, empty)
    with pytest.raises(StudyError, match="needs measured responses") as info:
        run_lines(ctx, 'analyze anova model="main"')
    assert "results" in info.value.hint


def test_unknown_term_and_response_errors(tmp_path):
    ctx = study_context(tmp_path, bake_design())
    with pytest.raises(StudyError, match="unknown model term 'humid'"):
        run_lines(ctx, 'analyze anova model="temp + humid"')
    with pytest.raises(StudyError, match="no measured response 'hardnes'") as info:
        run_lines(ctx, "analyze anova response=hardnes")
    assert "hardness" in info.value.hint
    with pytest.raises(StudyError, match="two-level"):
        run_lines(ctx, "analyze effects")


def test_effects_verb_leaves_center_points_out_and_anova_tests_curvature(tmp_path):
    from test_plots_files import pilot_plant

    ctx = study_context(tmp_path, pilot_plant())
    effects, anova = run_lines(ctx, 'analyze effects alpha=0.1\nanalyze anova model="main + T:K"')
    part = effects.to_dict()["responses"]["yield_"]
    assert part["n_runs"] == 8 and part["mean"] == pytest.approx(64.25)
    assert part["lenth"]["alpha"] == 0.1
    assert any("3 center/axial runs" in note for note in effects.notes)
    fit = anova.to_dict()["responses"]["yield_"]
    curvature = fit["curvature"]
    assert curvature["center_mean"] == pytest.approx(64.0)
    assert curvature["ss"] == pytest.approx(8 * 3 * 0.25**2 / 11)
    assert "curvature" in [row["source"] for row in fit["anova"]]


def test_optimize_to_a_target_within_the_region(tmp_path):
    ctx = study_context(tmp_path, bake_design(), [Response("hardness", "HV")])
    (result,) = run_lines(ctx, "optimize hardness goal=target target=65")
    data = result.to_dict()
    assert data["predicted"]["hardness"] == pytest.approx(65, abs=1e-6)
    assert data["desirability"]["hardness"] == pytest.approx(1, abs=1e-6)
    with pytest.raises(StudyError, match="has no goal"):
        run_lines(ctx, "optimize hardness")
