"""Regression data pasted as a pipe table under a header of names with units ("RF (W) | ER (nm/min)"), "poly" as
polysilicon beside a least-squares line; a regression of transformed variables ("ln k on 1/T", "log10(y) vs x",
"ln(C) against t"); a power analysis's difference as a verb and "by" ("changes ER by 5 nm/min"); a mean's margin of
error in percentage points with the sd stated far from its name; milli-torr, and compound units with a bracketed
denominator and degrees Fahrenheit as a difference ("Btu/(h·ft²·°F)")."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_RF = [300, 400, 500, 600, 700, 800]
_ER = [182.0, 231.5, 276.8, 330.2, 371.9, 425.4]
_PIPED = "RF (W) | ER (nm/min)\n" + "\n".join(f"{x} | {y}" for x, y in zip(_RF, _ER, strict=True))
_MARKDOWN = "| RF (W) | ER (nm/min) |\n|---|---|\n" + "\n".join(f"| {x} | {y} |" for x, y in zip(_RF, _ER, strict=True))
_SLOPE = float(np.polyfit(_RF, _ER, 1)[0])


@pytest.mark.parametrize(
    "question",
    [
        f"RF power sweep on PM3, poly ER:\n{_PIPED}\nleast squares line, slope in nm/min per W?",
        f"poly gate etch.\n{_MARKDOWN}\nleast-squares slope of ER on RF?",
        f"{_PIPED}\nfit a straight line; what is the slope?",
    ],
)
def test_piped_table_line(question: str) -> None:
    right_value(question, _SLOPE, "regression", rel=1e-9, key="slope")


def test_polynomial_without_degree_still_declined() -> None:
    declined(f"{_PIPED}\npoly fit, what is the slope?")


_T = [300, 310, 320, 330, 340]
_K = [0.0021, 0.0043, 0.0085, 0.0160, 0.0290]
_ARRHENIUS = stats.linregress(1 / np.array(_T), np.log(_K))
_TIME = [0, 5, 10, 15, 20, 25]
_CONC = [100, 78.2, 61.5, 47.9, 37.6, 29.4]
_XS, _YS = [1, 2, 3, 4, 5, 6], [12, 35, 110, 290, 980, 2500]


@pytest.mark.parametrize(
    ("question", "want", "key"),
    [
        (
            "Rate constants for a first-order decomposition were measured:\nT (K): 300, 310, 320, 330, 340\n"
            "k (s⁻¹): 0.0021, 0.0043, 0.0085, 0.0160, 0.0290\nBy ordinary least squares regression of ln k (natural "
            "log) on 1/T (T in K), determine the slope of the Arrhenius plot (units K).",
            _ARRHENIUS.slope,
            "slope",
        ),
        (
            "T (K): 300, 310, 320, 330, 340\nk: 0.0021, 0.0043, 0.0085, 0.0160, 0.0290\nplot ln(k) versus 1/T and "
            "give the intercept",
            _ARRHENIUS.intercept,
            "intercept",
        ),
        (
            "first-order decay: t (min): 0, 5, 10, 15, 20, 25\nC (mg/L): 100, 78.2, 61.5, 47.9, 37.6, 29.4\n"
            "Fit ln(C) against t by least squares. What is the slope?",
            stats.linregress(_TIME, np.log(_CONC)).slope,
            "slope",
        ),
        (
            "x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 110, 290, 980, 2500\nregress log10(y) on x; slope?",
            stats.linregress(_XS, np.log10(_YS)).slope,
            "slope",
        ),
        (
            "x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 110, 290, 980, 2500\nregress log(y) (base 10) on x; slope?",
            stats.linregress(_XS, np.log10(_YS)).slope,
            "slope",
        ),
    ],
)
def test_transformed_regression(question: str, want: float, key: str) -> None:
    out = right_value(question, want, "regression", rel=1e-9, key=key)
    assert any(c["name"].startswith("numpy transforms") for c in out["checks"])


@pytest.mark.parametrize(
    "question",
    [
        # a log without its base
        "x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 110, 290, 980, 2500\nregress log(y) on x; slope?",
        # the log of a value <= 0
        "x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 0, 290, 980, 2500\nregress ln(y) on x; slope?",
    ],
)
def test_transformed_declined(question: str) -> None:
    declined(question)


def _two_group_n(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    """n per group of a two-sided two-sample z test: 2 ((z_a/2 + z_b) sd / delta)^2, rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * (z * sd / delta) ** 2)


@pytest.mark.parametrize(
    "question",
    [
        "want to show new showerhead changes ER by 5 nm/min vs old one. σ ~8 nm/min on both. α = 0.05 two sided, 90% "
        "power, two independent groups, z-formula (normal approx). wafers needed per group?",
        "Does the new recipe alter mean thickness by 5 nm? sd about 8 nm in each group. alpha 0.05 two-sided, power "
        "90%, normal approximation, two independent samples. n per group?",
        "we need to detect if the new pad moves removal rate by 5 nm/min; sigma = 8 nm/min. 90% power, alpha=0.05 "
        "two-sided, z-test, two independent groups. how many wafers per group?",
    ],
)
def test_change_by(question: str) -> None:
    right_value(question, _two_group_n(5, 8, 0.9), "sample_size", rel=0, key="n")


_MEAN_N = math.ceil((stats.norm.ppf(0.975) * 1.8 / 0.5) ** 2)


@pytest.mark.parametrize(
    "question",
    [
        "Given that the standard deviation of measured conversion in a lab reactor is known to be 1.8 percentage "
        "points, determine the minimum number of runs needed to estimate the mean conversion to within ±0.5 "
        "percentage points with 95 % confidence (two-sided, normal/z-based interval).",
        "The standard deviation of yield across batches is 1.8 percentage points. How many batches are needed to "
        "estimate the mean yield within ±0.5 percentage points at 95% confidence?",
    ],
)
def test_mean_margin_in_points(question: str) -> None:
    out = right_value(question, _MEAN_N, "sample_size", rel=0, key="n")
    assert out["result"]["parameter"] == "mean"


_TORR = 101325 / 760  # Pa
_BTU = 1055.05585262  # J, International Table
_U = _BTU / (3600 * 0.3048**2 * 5 / 9)  # one Btu/(h·ft²·°F) in W/(m²·K)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("customer's spec sheet is in Pa, our recipe runs @ 75 mTorr. convert to Pa", 0.075 * _TORR),
        ("convert 250 millitorr to pascals", 0.25 * _TORR),
        (
            "A heat-exchanger datasheet gives an overall heat-transfer coefficient U = 250 Btu/(h·ft²·°F). Convert "
            "this to W/(m²·K), using the International Table Btu.",
            250 * _U,
        ),
        ("k = 0.5 W/(m·K); what is that in Btu/(h·ft·°F)?", 0.5 * 3600 * 0.3048 * 5 / 9 / _BTU),
        ("convert 12 Btu/(lb·°F) to J/(kg·K)", 12 * _BTU / (0.45359237 * 5 / 9)),
    ],
)
def test_units(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_thermochemical_btu_declined() -> None:
    declined("convert 250 Btu/(h·ft²·°F) to W/(m²·K) using the thermochemical Btu")


@pytest.mark.parametrize(
    ("question", "x", "y"),
    [
        (
            "S-N data for nitinol wire. stress amplitude MPa = 300,350,400,450,500,550; log10(cycles to failure) = "
            "6.9,6.5,6.2,5.7,5.5,5.0. Straight-line fit of log10 N on stress — what's R²?",
            [300, 350, 400, 450, 500, 550],
            [6.9, 6.5, 6.2, 5.7, 5.5, 5.0],
        ),
        (
            "regress log10 SCC on days in milk, give R².  DIM = 15,45,75,105,135,165,195,225,255,285 ; log10 SCC = "
            "4.95,5.02,5.10,5.08,5.21,5.25,5.31,5.29,5.42,5.48",
            [15, 45, 75, 105, 135, 165, 195, 225, 255, 285],
            [4.95, 5.02, 5.10, 5.08, 5.21, 5.25, 5.31, 5.29, 5.42, 5.48],
        ),
    ],
)
def test_lists_already_logged_are_not_logged_again(question: str, x: list[float], y: list[float]) -> None:
    right_value(question, stats.linregress(x, y).rvalue ** 2, "regression", rel=1e-9, key="r_squared")
