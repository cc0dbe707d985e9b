"""Task y4: a standard curve fitted by least squares, CSV rows under a heading with a ratio's name, a grand mean with
its noun, p and c charts from totals and an average per inspection unit, an I chart with a stated d2, effects of
sign tuples and troy ounces per short ton; each against a reference computed here."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import constants, integrate, stats

from tests.reason.answers import declined, right_value

LOG_COPIES = [2, 3, 4, 5, 6, 7]
CT = [33.1, 29.8, 26.4, 23.1, 19.7, 16.4]
WC = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65]
STRENGTH = [48.2, 44.1, 40.3, 36.0, 33.1, 29.4]
ROWS = "\n".join(f"{x:.2f},{y}" for x, y in zip(WC, STRENGTH, strict=True))


@pytest.mark.parametrize(
    "question",
    [
        "qPCR standard curve — log10(copies) 2,3,4,5,6,7 gave Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. Fit Ct vs log10 "
        "copies by ordinary least squares; what's the R²?",
        "qPCR standard curve: log10 copies 2, 3, 4, 5, 6, 7; Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. Least-squares fit "
        "of Ct against log10 copies — R squared?",
        "standard curve for our qPCR assay, log copies 2 3 4 5 6 7 and Ct 33.1 29.8 26.4 23.1 19.7 16.4. regress Ct on "
        "log copies and give R^2",
    ],
)
def test_a_standard_curve_by_least_squares_is_a_line(question: str) -> None:
    want = stats.linregress(LOG_COPIES, CT).rvalue ** 2
    right_value(question, want, "regression", key="r_squared")


def test_a_standard_curve_without_a_fit_named_is_declined() -> None:
    declined("ELISA standard curve: conc 0, 10, 50, 100, 200; OD 0.05, 0.21, 0.82, 1.35, 1.90. R² of the curve?")


@pytest.mark.parametrize(
    "question",
    [
        f"w/c ratio vs 28-day strength (MPa):\n{ROWS}\nleast-squares line strength = a + b·(w/c): what's the slope b?",
        f"w/c ratio vs 28-day strength (MPa):\n{ROWS}\nleast-squares line: what is the slope?",
        f"w/c ratio vs 28-day strength (MPa):\n{ROWS}\nfit strength = a + b w/c: b?",
    ],
)
def test_csv_rows_under_a_heading_with_a_ratio_name(question: str) -> None:
    right_value(question, stats.linregress(WC, STRENGTH).slope, "regression", key="slope")


@pytest.mark.parametrize(
    "question",
    [
        "X-bar/R chart for plate positive controls, subgroups of n = 5 wells per plate. Over 25 plates: grand mean "
        "absorbance 1.245, average range R̄ = 0.084. UCL of the X-bar chart?",
        "X-bar and R chart, subgroups of 5 wells per plate, 25 plates: overall average absorbance 1.245 and mean range "
        "0.084. What is the upper control limit for X-bar?",
        "over the last 25 plates (n = 5 wells each) the grand mean OD is 1.245, R-bar 0.084. X-bar chart UCL?",
    ],
)
def test_a_grand_mean_with_its_noun(question: str) -> None:
    d2, _ = integrate.quad(lambda x: 1 - stats.norm.sf(x) ** 5 - stats.norm.cdf(x) ** 5, -np.inf, np.inf)
    a2 = round(3 / (d2 * math.sqrt(5)), 3)  # A2(5) as the factor tables print it: 0.577
    out = right_value(question, 1.245 + a2 * 0.084, "control_chart", key="ucl")
    assert out["result"]["center"] == pytest.approx(1.245)


@pytest.mark.parametrize(
    "question",
    [
        "transfection QC: 25 days x 200 wells/day scored, 430 failed wells total. p chart with 3-sigma limits, "
        "constant n = 200 — what's the UCL?",
        "transfection QC: 25 days x 200 wells/day scored, 430 failed wells total. p chart UCL?",
        "p chart for transfection failures: 200 wells scored each day for 25 days, 430 failures total. 3-sigma UCL?",
    ],
)
def test_p_chart_from_totals(question: str) -> None:
    p = 430 / (25 * 200)
    right_value(question, p + 3 * math.sqrt(p * (1 - p) / 200), "control_chart", key="ucl")


@pytest.mark.parametrize(
    "question",
    [
        "gels / black specks counted on a fixed 10 m inspection length of film from each of 20 rolls, average 4.6 "
        "specks per inspection unit. 3-sigma UCL for the c chart?",
        "c chart for black specks: each of 20 film rolls inspected over a 10 m inspection length, an average of 4.6 "
        "specks per inspection unit. what is the 3-sigma upper limit?",
        "c chart, c-bar = 4.6 specks per 10 m inspection unit, 20 rolls. UCL?",
    ],
)
def test_c_chart_from_an_average_per_inspection_unit(question: str) -> None:
    right_value(question, 4.6 + 3 * math.sqrt(4.6), "control_chart", key="ucl")


GRADE = [2.41, 2.58, 2.35, 2.62, 2.49, 2.71, 2.44, 2.53, 2.38, 2.60]


@pytest.mark.parametrize(
    "question",
    [
        "daily mill head grade g/t: 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60\nindividuals chart, sigma from "
        "average moving range of 2 (d2 = 1.128). lower control limit?",
        "I-MR chart of head grade (g/t) 2.41, 2.58, 2.35, 2.62, 2.49, 2.71, 2.44, 2.53, 2.38, 2.60 with d2 = 1.128: "
        "LCL of the individuals chart?",
        "individuals chart for 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60, sigma = MR-bar/d2 where d2 = 1.128. "
        "What's the LCL?",
    ],
)
def test_a_stated_d2_of_an_individuals_chart_is_used(question: str) -> None:
    mr = float(np.mean(np.abs(np.diff(GRADE))))
    out = right_value(question, float(np.mean(GRADE)) - 3 * mr / 1.128, "control_chart", key="lcl")
    exact = float(np.mean(GRADE)) - 3 * mr / (2 / math.sqrt(math.pi))
    assert any(f"{exact:.8g}" in caveat for caveat in out["caveats"])


def test_a_stated_d2_not_the_tables_is_declined() -> None:
    declined("individuals chart for 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60, sigma = MR-bar/d2 where "
             "d2 = 1.13. What's the LCL?")  # fmt: skip


SEAL = {(-1, -1): 12.1, (1, -1): 14.3, (-1, 1): 11.5, (1, 1): 15.1}  # (A, B)


def _effect(runs: dict[tuple[int, ...], float], column) -> float:
    plus = [y for key, y in runs.items() if column(key) > 0]
    minus = [y for key, y in runs.items() if column(key) < 0]
    return float(np.mean(plus) - np.mean(minus))


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("2² on the heat sealer, A = dwell time, B = jaw temp, coded levels. average seal strength (N/15mm): (−,−) "
         "12.1, (+,−) 14.3, (−,+) 11.5, (+,+) 15.1 where the sign pairs are (A,B). main effect of A?", lambda k: k[0]),
        ("2^2 factorial on seal strength, A = dwell, B = temperature: (-,-) 12.1, (+,-) 14.3, (-,+) 11.5, (+,+) 15.1. "
         "what is the AB interaction effect?", lambda k: k[0] * k[1]),
        ("2^2 design, sign pairs given as (B, A): (−,−) 12.1, (−,+) 14.3, (+,−) 11.5, (+,+) 15.1. main effect of A?",
         lambda k: k[0]),
    ],
)  # fmt: skip
def test_effects_of_sign_tuples(question: str, column) -> None:
    right_value(question, _effect(SEAL, column), "design", key="value")


def test_effects_of_a_missing_run_are_declined() -> None:
    declined("2^2 factorial: (-,-) 12.1, (+,-) 14.3, (+,+) 15.1. main effect of A?")


@pytest.mark.parametrize(
    "question",
    [
        "old assay report says 1.2 oz/st (troy ounces per short ton). convert to g/t (grams per metric tonne)",
        "convert 1.2 troy oz per short ton to grams per tonne",
        "how many g/t is 1.2 troy ounces per short ton",
        "1.2 ozt/short ton in g/t?",
    ],
)
def test_troy_ounces_per_short_ton(question: str) -> None:
    want = 1.2 * constants.troy_ounce / constants.short_ton / (constants.gram / constants.metric_ton)
    right_value(question, want, "unit_conversion", key="value")


@pytest.mark.parametrize("question", ["assay: 1.2 oz/ton. convert to g/t", "1.2 oz/t to g/t", "1.2 oz/st to g/t"])
def test_an_ounce_per_ton_not_said_troy_is_declined(question: str) -> None:
    declined(question)
