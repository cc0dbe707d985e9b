"""Every DOE plot kind writes a non-trivial file named <response>_<plot>.<fmt>."""

from __future__ import annotations

import numpy as np
import pytest
from analysis_helpers import run_lines, study_context
from test_analysis_verbs import bake_design

from plugins.api import StudyError
from plugins.doe.model import Design, Factor, Response


def pilot_plant() -> Design:
    coded = np.array([[(i >> j) & 1 for j in range(3)] for i in range(8)], dtype=float) * 2 - 1
    coded = np.vstack([coded, np.zeros((3, 3))])
    y = np.array([60, 72, 54, 68, 52, 83, 45, 80, 63, 65, 64], dtype=float)
    factors = [Factor("T", 160, 180, unit="C"), Factor("C", 20, 40, unit="%"), Factor("K", 1, 2, unit="kg")]
    order = np.array([5, 2, 9, 11, 1, 7, 3, 10, 4, 8, 6])
    kinds = ["factorial"] * 8 + ["center"] * 3
    return Design("full_factorial", factors, coded, order, kinds, np.ones(11, int), {}, {"yield_": y})


def _check(ctx, tmp_path, statement: str, names: list[str]) -> None:
    (result,) = run_lines(ctx, statement)
    data = result.to_dict()
    files = data["files"]
    assert [p.rsplit("/", 1)[-1] for p in files] == names
    for staged in ctx.staged.values():
        assert staged.stat().st_size > 8000


def test_effect_and_data_plots(tmp_path):
    ctx = study_context(tmp_path, pilot_plant(), [Response("yield_", "%", goal="maximize")])
    run_lines(ctx, "analyze effects")
    _check(
        ctx,
        tmp_path,
        "plot pareto half_normal main_effects interactions residuals",
        [f"yield__{k}.png" for k in ("pareto", "half_normal", "main_effects", "interactions", "residuals")],
    )


def test_model_plots_on_a_response_surface(tmp_path):
    ctx = study_context(tmp_path, bake_design(noise=0.5), [Response("hardness", "HV")])
    run_lines(ctx, "analyze rsm response=hardness")
    _check(
        ctx,
        tmp_path,
        'plot contour surface pareto response=hardness file="bake" format="svg"',
        ["bake_hardness_contour.svg", "bake_hardness_surface.svg", "bake_hardness_pareto.svg"],
    )


def test_plot_errors(tmp_path):
    ctx = study_context(tmp_path, bake_design(), [Response("hardness", "HV")])
    with pytest.raises(StudyError, match="must name a factor, not 'tmp'"):
        run_lines(ctx, "plot contour x=tmp y=time")
    with pytest.raises(StudyError, match="half-normal plot needs a two-level"):
        run_lines(ctx, "plot half_normal")
