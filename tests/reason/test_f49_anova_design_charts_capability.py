"""Round 49 readers of ANOVA, design, control chart and capability questions: a two-way layout written as one row
per level of one factor with the other's cells split at bars and no colon ("12°C  fishmeal 24.1 25.3 22.8 | insect
..."), an interaction asked without the words "two-way"; a 2^(k-p) fraction beside "3 centre-point tanks" (no factor
counted); a p chart's n as "250 larvae x-rayed from each of 12 batches" or "160 deps every day"; a specification as
"wants fork length between 120 and 180 mm"; a subgroup size as "we audit 5 clamps per job". Near misses decline."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
from scipy import integrate, stats
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import declined, right_value


def _twoway(rows: dict[str, dict[str, list[float]]], term: str, quantity: str) -> float:
    """The F or p-value (``quantity``: "F" or "PR(>F)") of ``term`` ("a", "b" or "a:b") in the two-way model with
    interaction, refitted by statsmodels (sum-to-zero coding, Type III sums)."""
    frame = pd.DataFrame([(v, a, b) for a, cells in rows.items() for b, vs in cells.items() for v in vs],
                         columns=["y", "a", "b"])  # fmt: skip
    table = anova_lm(smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit(), typ=3)
    index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    return float(table.loc[index, quantity])


def _grid(rows: dict[str, dict[str, list[float]]], sep: str = " ") -> str:
    """The rows as a question writes them: a level, then the other factor's cells split at bars."""
    return "\n".join(
        f"{a}  " + " | ".join(f"{b} " + sep.join(f"{v:g}" if v % 1 else f"{v:.1f}" for v in vs)
                              for b, vs in cells.items())
        for a, cells in rows.items()
    )  # fmt: skip


_TROUT = {
    "12°C": {"fishmeal": [24.1, 25.3, 22.8], "insect": [23.2, 24.5, 21.9], "algal": [22.0, 23.6, 21.4]},
    "16°C": {"fishmeal": [28.4, 30.2, 27.7], "insect": [28.1, 26.2, 29.0], "algal": [26.3, 27.4, 25.9]},
}
_WHEAT = {
    "low N": {"Ava": [4.1, 4.3, 4.0], "Bolt": [4.6, 4.4, 4.8], "Cobra": [3.9, 4.2, 4.1]},
    "high N": {"Ava": [5.0, 5.3, 5.1], "Bolt": [5.9, 5.6, 5.8], "Cobra": [4.8, 4.6, 5.0]},
}
_OVENS = {
    "oven A": {"epoxy": [41.2, 42.0], "vinyl": [38.1, 39.0], "poly": [35.3, 36.1]},
    "oven B": {"epoxy": [43.5, 44.1], "vinyl": [38.8, 40.2], "poly": [37.0, 36.2]},
}


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "growth trial, final weight (g) of juvenile rainbow trout, 2 temps × 3 diets, 3 tanks per combo:\n"
            f"{_grid(_TROUT)}\ntwo-way ANOVA with the temp×diet interaction in the model — p-value for the diet "
            "main effect?",
            _twoway(_TROUT, "b", "PR(>F)"),
        ),
        (
            f"yield trial of wheat (t/ha), 2 nitrogen rates × 3 varieties, 3 plots each:\n{_grid(_WHEAT)}\n"
            "two-way ANOVA with interaction: p-value for the variety main effect?",
            _twoway(_WHEAT, "b", "PR(>F)"),
        ),
        (
            f"cure study, 2 ovens x 3 resins, 2 coupons per cell:\n{_grid(_OVENS, ', ')}\nF statistic for the "
            "interaction?",
            _twoway(_OVENS, "a:b", "F"),
        ),
    ],
)
def test_twoway_rows_of_barred_cells(question: str, want: float) -> None:
    right_value(question, want, "anova", key="value")


def test_twoway_trout_reference() -> None:
    """The round's published reference for the diet main effect."""
    assert _twoway(_TROUT, "b", "PR(>F)") == pytest.approx(0.04660335571770283, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "planning a hatchery rearing experiment w/ 5 two-level factors (temp, stocking density, photoperiod, feed "
            "ration, flow). can't afford all combos so doing a 2^(5−1) half fraction, plus 3 centre-point tanks. "
            "total number of runs (tanks)?",
            2 ** (5 - 1) + 3,
        ),
        (
            "screening 6 two-level factors (A, B, C, D, E, F) with a 2^(6-2) quarter fraction plus 4 center-point "
            "batches. how many runs?",
            2 ** (6 - 2) + 4,
        ),
        ("4 factors at two levels, 2^(4-1) half fraction, plus 2 centre-point runs. total runs?", 2 ** (4 - 1) + 2),
    ],
)
def test_fraction_with_centre_point_units(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


def _p_ucl(counts: list[int], n: int) -> float:
    """The p chart's 3-sigma UCL, p-bar + 3 sqrt(p-bar (1 - p-bar) / n), computed here."""
    p = float(np.mean(counts)) / n
    return p + 3 * math.sqrt(p * (1 - p) / n)


_LARVAE = [14, 9, 17, 12, 11, 15, 8, 13, 16, 10, 12, 14]
_DELAYS = [5, 3, 6, 4, 7, 5, 2, 6, 4, 5, 3, 7, 6, 4, 5, 6, 3, 5, 4, 6]
_LOTS = [6, 4, 9, 5, 7, 3, 8, 6, 5, 4, 7, 6, 5, 8, 4]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "skeletal deformity screening: 250 larvae x-rayed from each of 12 hatchery batches, # deformed per batch: "
            f"{', '.join(map(str, _LARVAE))}. p chart — what's the UCL (as a proportion)?",
            _p_ucl(_LARVAE, 250),
        ),
        (
            "p chart for tech delay fraction, 160 deps every day (constant n). daily tech delays over 20 days: "
            f"{', '.join(map(str, _DELAYS))}. 3-sigma UCL?",
            _p_ucl(_DELAYS, 160),
        ),
        (
            f"p chart: 200 boards inspected from each of 15 lots, defectives per lot: {', '.join(map(str, _LOTS))}. "
            "UCL?",
            _p_ucl(_LOTS, 200),
        ),
        (
            "p chart, 120 calls every shift, abandoned calls per shift over 12 shifts: "
            f"{', '.join(map(str, _LOTS[:12]))}. UCL?",
            _p_ucl(_LOTS[:12], 120),
        ),
    ],
)
def test_p_chart_sample_size_words(question: str, want: float) -> None:
    right_value(question, want, "control_chart", key="ucl")


def test_p_chart_references() -> None:
    """The round's published references."""
    assert _p_ucl(_LARVAE, 250) == pytest.approx(0.0918158115620988, rel=1e-12)
    assert _p_ucl(_DELAYS, 160) == pytest.approx(0.07045831187778354, rel=1e-12)


def _d2(n: int) -> float:
    """d2(n) by quadrature, rounded to 3 decimals as the printed tables (which the planner uses) give it."""
    return round(integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0], 3)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "smolt release program wants fork length between 120 and 180 mm. this year's cohort: mean 157.2 mm, sd "
            "7.4 mm (treat that as the process sd). Cpk?",
            min(180 - 157.2, 157.2 - 120) / (3 * 7.4),
        ),
        (
            "customer wants shaft diameter between 24.90 and 25.10 mm; process mean 25.02 mm, sd 0.025 mm. Cpk?",
            min(25.10 - 25.02, 25.02 - 24.90) / (3 * 0.025),
        ),
        (
            "mid-clamp torque spec 15 ± 2 N·m. we audit 5 clamps per job, average range across jobs R̄ = 1.1 N·m "
            "(estimate sigma as R̄/d2). what's Cp?",
            4 / (6 * 1.1 / _d2(5)),
        ),
        (
            "line spec 50 ± 3 g. we weigh 4 bags per hour, R-bar = 2.1 g (sigma = R-bar/d2). Cp?",
            6 / (6 * 2.1 / _d2(4)),
        ),
    ],
)
def test_capability_words(question: str, want: float) -> None:
    right_value(question, want, "capability", key="value")


@pytest.mark.parametrize(
    "question",
    [
        # a cell missing from the grid
        "growth trial, 2 temps × 3 diets, 3 tanks per combo:\n12°C  fishmeal 24.1 25.3 22.8 | insect 23.2 24.5 21.9 "
        "| algal 22.0 23.6 21.4\n16°C  fishmeal 28.4 30.2 27.7 | insect 28.1 26.2 29.0\ntwo-way ANOVA with the "
        "temp×diet interaction in the model — p-value for the diet main effect?",
        # a fraction of 5 factors for 4 named
        "hatchery experiment w/ 4 two-level factors (temp, density, photoperiod, flow), doing a 2^(5-1) half "
        "fraction, plus 3 centre-point tanks. total number of runs?",
        # the number before "every day" is what is counted, not the units: counts above it
        "p chart for late orders, 3 delays every day. daily counts over 10 days: 5, 3, 6, 4, 7, 5, 2, 6, 4, 5. UCL?",
        # "ranged between" describes the data, not a specification
        "this year's cohort fork lengths ranged between 120 and 180 mm: mean 157.2 mm, sd 7.4 mm. Cpk?",
        # no count per job
        "mid-clamp torque spec 15 ± 2 N·m. we audit clamps on every job, average range across jobs R̄ = 1.1 N·m "
        "(estimate sigma as R̄/d2). what's Cp?",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
