"""u4: a 2x2 factorial written as its levels with a set-aside "regression coef"; lists named by symbols ("%", "cP")
under an "X vs Y" heading and a "power curve" fitted as a stated straight line; a LaTeX 2^{k-p}; units (sfm, prefixed
words such as megajoules, a count per volume whose noun cancels). References by numpy and scipy.constants."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import constants

from tests.reason.answers import declined, right_value

_RA = {(-1, -1): 1.2, (1, -1): 1.8, (-1, 1): 1.4, (1, 1): 2.4}


def _effect(columns: tuple[int, ...]) -> float:
    """Mean where the product of the columns is + less mean where it is -."""
    keys = np.array(list(_RA))
    y = np.array(list(_RA.values()))
    sign = np.prod(keys[:, list(columns)], axis=1)
    return float(y[sign > 0].mean() - y[sign < 0].mean())


@pytest.mark.parametrize(
    "question",
    [
        "2x2 on the mill, A=speed B=feed, one run each, Ra: (−,−)=1.2 (+,−)=1.8 (−,+)=1.4 (+,+)=2.4. AB interaction "
        "effect (effect = avg at + minus avg at −, not the regression coef)?",
        "2x2 factorial on the lathe, A=speed, B=feed; Ra (-,-)=1.2, (+,-)=1.8, (-,+)=1.4, (+,+)=2.4: the AB "
        "interaction effect (mean at + minus mean at -, not the regression coefficient)?",
        "2 x 2 experiment, one run per cell: (-,-) 1.2, (+,-) 1.8, (-,+) 1.4, (+,+) 2.4. AB interaction effect?",
    ],
)
def test_interaction_of_a_2x2(question: str) -> None:
    right_value(question, _effect((0, 1)), "design", key="value")


def test_main_effect_of_a_2_times_2() -> None:
    q = "2×2 design, one run per cell: (-,-) 1.2, (+,-) 1.8, (-,+) 1.4, (+,+) 2.4. Main effect of A?"
    right_value(q, _effect((0,)), "design", key="value")


def test_a_regression_coefficient_asked_is_declined() -> None:
    declined("2x2 on the mill: (-,-)=1.2 (+,-)=1.8 (-,+)=1.4 (+,+)=2.4. AB interaction coef in coded units?")


_V, _P = [5, 6, 7, 8, 9, 10], [180, 310, 480, 720, 1010, 1350]


@pytest.mark.parametrize(
    "question",
    [
        "Power curve points from SCADA (below rated):\nv (m/s): 5 6 7 8 9 10\nP (kW): 180 310 480 720 1010 1350\n"
        "Fit a straight line P = b0 + b1·v by ordinary least squares. What's the slope b1 in kW per m/s?",
        "Turbine power curve:\nv (m/s): 5 6 7 8 9 10\nP (kW): 180 310 480 720 1010 1350\nlinear fit of P on v: slope?",
    ],
)
def test_power_curve_fitted_as_a_stated_line(question: str) -> None:
    right_value(question, float(np.polyfit(_V, _P, 1)[0]), "regression", key="slope")


def test_power_curve_without_a_model_is_declined() -> None:
    declined("fit a power curve to v: 5 6 7 8 9 10 and P: 180 310 480 720 1010 1350")


@pytest.mark.parametrize(
    "question",
    [
        "carbomer % vs viscosity (cP):\n%  : 0.2 0.4 0.6 0.8 1.0 1.2\ncP : 1850 3900 6100 7800 10200 12050\n"
        "least-squares slope, cP per % carbomer?",
        "viscosity (cP) vs carbomer %:\n%: 0.2 0.4 0.6 0.8 1.0 1.2\ncP: 1850 3900 6100 7800 10200 12050\n"
        "slope of the least-squares line?",
    ],
)
def test_lists_named_percent_and_centipoise(question: str) -> None:
    want = float(np.polyfit([0.2, 0.4, 0.6, 0.8, 1.0, 1.2], [1850, 3900, 6100, 7800, 10200, 12050], 1)[0])
    right_value(question, want, "regression", key="slope")


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        (
            "2^{6-2} fractional factorial for six battery-formation process factors, no center points, one replicate: "
            "number of runs?",
            2 ** (6 - 2),
        ),  # fmt: skip
        ("how many runs in a 2^{6-2} design, no centre points?", 2 ** (6 - 2)),
        ("runs of a 2^{4} full factorial, 2 replicates?", 2 * 2**4),
    ],
)
def test_latex_braces_of_a_power(question: str, runs: int) -> None:
    right_value(question, runs, "design", key="runs")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("old router sheet says 600 sfm. in m/min?", 600 * constants.foot),
        ("convert 600 sfpm to metres per minute", 600 * constants.foot),
        ("home battery pack is 13.5 kWh — how many megajoules is that?", 13.5e3 * constants.hour / constants.mega),
        ("how many megajoules in 13.5 kWh?", 13.5e3 * constants.hour / constants.mega),
        ("convert 3,520 particles per m³ to particles per cubic foot", 3520 * constants.foot**3),
        ("3520 particles/m^3 in particles/ft^3?", 3520 * constants.foot**3),
        (
            "a cleanroom count of 3520 particles per cubic metre: how many particles per cubic foot?",
            3520 * constants.foot**3,
        ),  # fmt: skip
    ],
)
def test_units(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", key="value")


@pytest.mark.parametrize(
    "question",
    ["convert 3520 particles per m3 to grams per ft3", "convert 3520 particles per m3 to cells per ft3"],
)
def test_a_count_converts_only_to_the_same_count(question: str) -> None:
    declined(question)
