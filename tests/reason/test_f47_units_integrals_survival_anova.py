"""A unit in brackets after a formula ("U(p) = 0.5p + 72/p (%)") is a remark; an integral whose differential is
written in a numerator ("∫₀^0.8 dX/(1 − X)²", "∫_0^2 dt/(1+t)"); an exponential survival said "runs a full 168 h
week w/o a fault"; a two-way ANOVA from a grid whose header holds one factor's levels and whose rows start with the
other's, cells of replicates; and the additive two-way ANOVA (one observation per cell, "treated as blocks", "no
interaction", "without replication") handed to the block-design reader."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
import sympy as sp
from statsmodels.stats.anova import anova_lm

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, right_value

_X = sp.Symbol("x", positive=True)


def _value(result: object) -> float:
    """The one value of a result (a solve's list of one root, or an integral's value)."""
    return float(to_sympy(result[0] if isinstance(result, list) else result))


def _argmin(expr: sp.Expr) -> float:
    """The positive point where ``expr``'s derivative vanishes (one only)."""
    (root,) = [r for r in sp.solve(sp.diff(expr, _X), _X) if r.is_positive]
    return float(root)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "WIU non-uniformity vs chamber pressure fit: U(p) = 0.5p + 72/p (%), p in mTorr, p>0. what pressure p "
            "minimizes U? going to set recipe there",
            _argmin(_X / 2 + 72 / _X),
        ),
        (
            "Loss L(v) = 0.02v^2 - 1.6v + 50 (%) where v is line speed in m/min. Which v minimizes L?",
            _argmin(sp.Rational(2, 100) * _X**2 - sp.Rational(16, 10) * _X + 50),
        ),
        (
            "Etch rate model R(p) = 400 + 30p - 1.5p^2 (nm/min), p in mTorr. Which p maximizes R?",
            _argmin(-(400 + 30 * _X - sp.Rational(3, 2) * _X**2)),
        ),
    ],
)
def test_unit_in_brackets_after_formula(question: str, want: float) -> None:
    out = confident(question, "calculus")
    assert _value(out.result) == pytest.approx(want, rel=1e-9)


_T = sp.Symbol("t")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Given that the PFR design equation for a liquid-phase second-order reaction reduces to τ·k·C_A0 = "
            "∫₀^0.8 dX/(1 − X)², evaluate the integral exactly (X is fractional conversion).",
            sp.integrate(1 / (1 - _T) ** 2, (_T, 0, sp.Rational(4, 5))),
        ),
        ("evaluate ∫_0^2 dt/(1+t)", sp.integrate(1 / (1 + _T), (_T, 0, 2))),
        ("compute ∫₀¹ x dx/(1 + x²)", sp.integrate(_T / (1 + _T**2), (_T, 0, 1))),
        ("evaluate ∫₀² x dx", sp.integrate(_T, (_T, 0, 2))),
    ],
)
def test_differential_in_numerator(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert _value(out.result) == pytest.approx(float(want), rel=1e-9)


def test_derivative_in_integrand_not_a_differential() -> None:
    """A derivative "dy/dx" in the integrand is no differential over dx: still not read as 1/dx."""
    declined("integral of dy/dx from 0 to 1 where y = x^2")


@pytest.mark.parametrize(
    "question",
    [
        "RF gen MTBF ~400 h, assume exponential (constant failure rate). prob it runs a full 168 h week w/o a fault?",
        "A pump has MTBF 400 hours (exponential lifetimes). What is the probability of no fault during a 168 h week?",
        "Exponential failures, MTBF = 400 h. Probability the unit operates for 168 h without a fault?",
    ],
)
def test_survives_without_fault(question: str) -> None:
    right_value(question, math.exp(-168 / 400), "probability", rel=1e-6)


_GRID = [  # pressure (rows) × RF power (columns), two replicates a cell
    [[210.4, 212.1], [265.3, 262.8], [318.0, 321.6]],
    [[221.7, 219.5], [270.9, 274.2], [335.8, 331.1]],
]


def _twoway_f(term: str) -> float:
    """The F of ``term`` ("a" rows, "b" columns, "a:b") of the grid, by statsmodels' two-way ANOVA with interaction."""
    rows = [(y, str(i), str(j)) for i, row in enumerate(_GRID) for j, cell in enumerate(row) for y in cell]
    frame = pd.DataFrame(rows, columns=["y", "a", "b"])
    table = anova_lm(smf.ols("y ~ C(a, Sum) * C(b, Sum)", frame).fit(), typ=3)
    name = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    return float(table.loc[name, "F"])


_SPACED = """
         400W          600W          800W
20mT   210.4, 212.1  265.3, 262.8  318.0, 321.6
40mT   221.7, 219.5  270.9, 274.2  335.8, 331.1
"""
_BARRED = """
pressure | 400 W | 600 W | 800 W
20 mTorr | 210.4, 212.1 | 265.3, 262.8 | 318.0, 321.6
40 mTorr | 221.7, 219.5 | 270.9, 274.2 | 335.8, 331.1
"""


@pytest.mark.parametrize(
    ("question", "term"),
    [
        (
            f"2-way DOE on oxide etch, pressure (mTorr) × RF (W), 2 reps per cell, ER nm/min:{_SPACED}two-way ANOVA "
            "w/ interaction term in the model. F statistic for the RF power main effect?",
            "b",
        ),
        (
            f"Two-way ANOVA with interaction, 2 replicates per cell, etch rate by pressure and RF power:{_BARRED}"
            "What is the F statistic for pressure?",
            "a",
        ),
        (f"Two-way ANOVA with interaction, 2 replicates per cell:{_SPACED}F for the interaction?", "a:b"),
    ],
)
def test_twoway_grid(question: str, term: str) -> None:
    right_value(question, _twoway_f(term), "anova", rel=1e-6, key="statistic")


_LOTS = [[71.2, 68.5, 74.0, 70.1], [73.8, 70.9, 75.6, 72.4], [69.5, 67.2, 72.1, 68.8]]
_LOT_TABLE = """
            Lot1  Lot2  Lot3  Lot4
Catalyst 1: 71.2  68.5  74.0  70.1
Catalyst 2: 73.8  70.9  75.6  72.4
Catalyst 3: 69.5  67.2  72.1  68.8
"""


def _additive_f() -> float:
    """The treatments' F of the additive two-way ANOVA (rows treatments, columns blocks), by hand."""
    y = np.array(_LOTS)
    grand = y.mean()
    ss_trt = y.shape[1] * ((y.mean(axis=1) - grand) ** 2).sum()
    ss_blk = y.shape[0] * ((y.mean(axis=0) - grand) ** 2).sum()
    ss_err = ((y - grand) ** 2).sum() - ss_trt - ss_blk
    return (ss_trt / (y.shape[0] - 1)) / (ss_err / ((y.shape[0] - 1) * (y.shape[1] - 1)))


@pytest.mark.parametrize(
    "question",
    [
        "Yield (%) from three catalysts, each tested once on each of four feedstock lots (lots treated as blocks, no "
        f"replication, additive model with no interaction):{_LOT_TABLE}Using two-way ANOVA without replication, "
        "determine the F statistic for the catalyst effect.",
        f"Three catalysts were each run once on four feedstock lots (additive model):{_LOT_TABLE}Two-way ANOVA with "
        "no interaction: F for catalyst?",
        f"Two-way ANOVA without replication:{_LOT_TABLE}What is the F statistic for the catalysts?",
    ],
)
def test_additive_twoway(question: str) -> None:
    right_value(question, _additive_f(), "anova", rel=1e-6, key="statistic")


def test_additive_blocks_asked_declines() -> None:
    """The F of the columns (the blocks) is not the treatments' F: declined, not answered with the catalysts'."""
    declined(f"Two-way ANOVA without replication:{_LOT_TABLE}What is the F statistic for the lots?")


def test_additive_of_replicated_grid_declines() -> None:
    """An additive model asked of cells of replicates is not the one-observation block design: declined."""
    declined(f"Two-way ANOVA without interaction, 2 replicates per cell:{_SPACED}F statistic for RF power?")
