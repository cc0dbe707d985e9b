"""z4: a one-sample test against "the 60 min target", a model written in the lists' names ("TAT = a + b·volume —
what is b?"), columns aligned under a header, a 2^2 table of sign columns with replicate columns, factors listed
with "(3 levels each)", and an amount over a time converted to a rate; references from scipy/numpy/math."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import constants, stats

from tests.reason.answers import declined, right_value

DTN = [52, 67, 58, 71, 58, 63, 65, 59, 74, 60, 67, 66]
DTN_TEXT = " ".join(map(str, DTN))


@pytest.mark.parametrize(
    "question",
    [
        f"door-to-needle times (min) for our last 12 stroke alerts: {DTN_TEXT}. one-sample t-test vs the 60 min "
        "target, two-sided — p-value?",
        f"Door-to-needle times (min): {DTN_TEXT}. One-sample t test against the 60-minute target (two-sided). p?",
        f"door-to-needle times {DTN_TEXT} min, one-sample t-test versus the 60 min goal, two-sided p-value?",
    ],
)
def test_one_sample_against_the_target_after_vs(question: str) -> None:
    right_value(question, stats.ttest_1samp(DTN, 60).pvalue, "hypothesis_test", key="p_value")


VOLUME, TAT = [4.2, 5.1, 5.8, 6.4, 7.0, 7.9, 8.5], [38, 41, 44, 45, 49, 52, 55]


@pytest.mark.parametrize(
    "question",
    [
        "Daily chemistry specimen volume (hundreds of tubes) vs median TAT (min):\nvolume: 4.2 5.1 5.8 6.4 7.0 7.9 8.5\n"
        "TAT:    38 41  44  45  49  52  55\nleast-squares line TAT = a + b·volume — what is b?",
        "volume: 4.2 5.1 5.8 6.4 7.0 7.9 8.5\nTAT: 38 41 44 45 49 52 55\nFit TAT = a + b*volume by least squares - "
        "report b",
        "volume 4.2 5.1 5.8 6.4 7.0 7.9 8.5; TAT 38 41 44 45 49 52 55. least squares TAT = a + b×volume — what's b?",
    ],
)
def test_a_model_in_the_lists_names_before_a_dash(question: str) -> None:
    right_value(question, np.polyfit(VOLUME, TAT, 1)[0], "regression", key="slope")


TEMP, HRC = [400, 450, 500, 550, 600, 650], [55.1, 52.8, 50.2, 47.9, 45.1, 42.6]
ROWS = "".join(f"   {a}    {b}\n" for a, b in zip(TEMP, HRC, strict=True))


@pytest.mark.parametrize(
    "question",
    [
        f"Tempering trials on 4140, hardness vs tempering temperature:\n\n  temp_C   HRC\n{ROWS}\nFit a least-squares "
        "straight line HRC = b0 + b1*temp. What is the slope b1 (HRC per °C)?",
        f"  temp_C   HRC\n{ROWS}slope of HRC on temp (least squares)?",
        f"Hardness after tempering:\ntemp HRC\n{ROWS}Regress HRC on temp: slope?",
    ],
)
def test_two_columns_under_a_header(question: str) -> None:
    right_value(question, stats.linregress(TEMP, HRC).slope, "regression", key="slope")


def test_a_response_column_first_is_oriented_by_the_model() -> None:
    rows = "".join(f"{b} {a}\n" for a, b in zip(TEMP, HRC, strict=True))
    right_value(f"HRC temp\n{rows}Fit HRC = b0 + b1*temp. slope b1?", stats.linregress(TEMP, HRC).slope, "regression",
                key="slope")  # fmt: skip


CELLS = {(-1, -1): [28, 31], (1, -1): [36, 34], (-1, 1): [18, 20], (1, 1): [31, 29]}
TABLE = "\n".join(f"   {'+' if a > 0 else '-'}    {'+' if b > 0 else '-'}     {ys[0]}     {ys[1]}"
                  for (a, b), ys in CELLS.items())  # fmt: skip


def effect(column) -> float:
    """Mean of every replicate where ``column(a, b)`` is +1 less the mean where it is -1."""
    plus = [y for (a, b), ys in CELLS.items() for y in ys if column(a, b) > 0]
    minus = [y for (a, b), ys in CELLS.items() for y in ys if column(a, b) < 0]
    return float(np.mean(plus) - np.mean(minus))


@pytest.mark.parametrize(
    ("question", "column"),
    [
        (f"2^2 on the calender, two replicates per cell, response = sheet tensile (kN/m). A = nip load, B = speed.\n\n"
         f"   A    B   rep1   rep2\n{TABLE}\n\nEstimate the AB interaction effect (effect = difference of averages, not "
         "the regression coefficient).", lambda a, b: a * b),
        (f"2^2 factorial, duplicated runs:\nA B y1 y2\n{TABLE}\nWhat is the main effect of A?", lambda a, b: a),
        (f"2^2 with replicates\n A  B  r1  r2\n{TABLE}\nB effect?", lambda a, b: b),
    ],
)  # fmt: skip
def test_sign_columns_with_replicate_columns(question: str, column) -> None:
    right_value(question, effect(column), "design", key="value")


def test_a_sign_table_missing_a_replicate_is_declined() -> None:
    table = TABLE.replace("     29", "")
    declined(f"2^2 factorial\nA B rep1 rep2\n{table}\nAB interaction effect?")


def runs(levels: list[int], replicates: int = 1) -> int:
    return len(list(itertools.product(*(range(k) for k in levels)))) * replicates


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("We want a full factorial on stencil thickness, aperture reduction and squeegee speed (3 levels each) plus "
         "nitrogen on/off and paste brand (2 levels each), replicated twice. Total runs?", runs([3, 3, 3, 2, 2], 2)),
        ("Full factorial: temperature, pressure and time at 3 levels each, plus catalyst and solvent at 2 levels each, "
         "2 replicates. How many runs?", runs([3, 3, 3, 2, 2], 2)),
        ("General factorial with oven temperature and belt speed, each at 4 levels, and fixture type and operator, "
         "each at 2 levels. How many runs, no replication?", runs([4, 4, 2, 2])),
        ("We're screening five spray-dryer factors with a half-fraction two-level design (2^(5−1)), and the whole "
         "fraction is replicated twice. How many runs in total?", 2 ** (5 - 1) * 2),
        ("Six paint-line factors in a 2^(6-2) fraction, replicated twice: total runs?", 2 ** (6 - 2) * 2),
    ],
)  # fmt: skip
def test_listed_factors_with_their_levels_and_adjectives_before_factors(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("infusion of 0.75 L running over six hours — what's that in mL per minute?", 0.75e3 / (6 * 60)),
        ("A 0.75 L bag infused over 6 h, what's the rate in mL/min?", 0.75e3 / (6 * 60)),
        ("500 mg given over 30 minutes: what is that in mg/h?", 500 / 30 * 60),
        ("The pump moved 90 gallons over 3 hours. What is that in L/min?", 90 * constants.gallon * 1e3 / 180),
    ],
)
def test_an_amount_over_a_time_as_a_rate(question: str, want: float) -> None:
    assert math.isfinite(want)
    right_value(question, want, "unit_conversion", key="value")


def test_an_amount_to_a_unit_of_its_own_kind_stays_a_conversion() -> None:
    right_value("convert 0.75 L to mL", 750.0, "unit_conversion", key="value")
