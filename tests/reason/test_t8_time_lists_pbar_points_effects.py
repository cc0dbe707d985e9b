"""Task t8: a regression's time named by its list's unit ("months: 0 3 6 ...; assay %LC: ..." regressed on time) and
lists defined as transforms ("y = ln(median life)"), p-bar said in words beside the samples it averages, a mean's
margin in percentage points, and the effects of a 2^k factorial from its given responses. References: numpy, scipy,
math, computed here."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_MONTHS = [0, 3, 6, 9, 12, 18, 24]
_ASSAY = [100.2, 99.8, 99.5, 99.1, 98.9, 98.2, 97.6]
_SLOPE = stats.linregress(_MONTHS, _ASSAY).slope


@pytest.mark.parametrize(
    "question",
    [
        "Long-term stability, 25°C/60%RH. months: 0 3 6 9 12 18 24 ; assay %LC: 100.2 99.8 99.5 99.1 98.9 98.2 "
        "97.6. Least-squares line of assay on time — slope (% per month)?",
        "Stability at 25 °C / 60% RH. months: 0 3 6 9 12 18 24; assay %LC: 100.2 99.8 99.5 99.1 98.9 98.2 97.6. "
        "Regress assay on time: what is the slope?",
        "months: 0, 3, 6, 9, 12, 18, 24\nassay (%LC): 100.2, 99.8, 99.5, 99.1, 98.9, 98.2, 97.6\nFit assay against "
        "time by least squares; slope per month?",
    ],
)
def test_time_is_the_list_named_by_its_unit(question):
    right_value(question, _SLOPE, "regression", key="slope")


def test_two_time_named_lists_are_not_guessed():
    declined("hours: 0 2 4 6 8; days: 0 1 2 3 4; assay: 99.1 98.7 98.2 97.9 97.3 -- regress assay on time, slope?")


_X = [2.51, 2.43, 2.35, 2.27, 2.20]
_Y = [8.92, 8.31, 7.78, 7.12, 6.64]


@pytest.mark.parametrize(
    "question",
    [
        "Arrhenius plot from HTOL cells. x = 1000/T (1/K), y = ln(median life in h):\nx: 2.51, 2.43, 2.35, 2.27, "
        "2.20\ny: 8.92, 8.31, 7.78, 7.12, 6.64\nFit y on x by ordinary least squares. What's R²?",
        "Let y = ln(life) and x = 1000/T. x: 2.51 2.43 2.35 2.27 2.20; y: 8.92 8.31 7.78 7.12 6.64. Regress y on x; "
        "R squared?",
    ],
)
def test_lists_defined_as_transforms_are_data(question):
    right_value(question, stats.linregress(_X, _Y).rvalue ** 2, "regression", key="r_squared")


def test_a_transform_of_the_given_lists_is_fitted():
    """ "ln(y) on x" names the transform of a listed variable: the column transformed, the line fitted (f47)."""
    x, y = [1, 2, 3, 4, 5], [2.7, 7.4, 20.1, 54.6, 148.4]
    want = stats.linregress(x, np.log(y)).rvalue ** 2
    right_value("Fit ln(y) on x: x: 1 2 3 4 5; y: 2.7 7.4 20.1 54.6 148.4. R^2?", want, "regression", key="r_squared")


_UCL = 0.035 + 3 * math.sqrt(0.035 * (1 - 0.035) / 200)


@pytest.mark.parametrize(
    "question",
    [
        "Label-defect p chart: we inspect 200 bottles per sample, average fraction defective over 25 samples is "
        "0.035. What's the 3-sigma UCL?",
        "p chart: n = 200 per sample, the average proportion nonconforming across 25 samples was 3.5%. Upper "
        "control limit?",
        "We run a p chart with samples of 200; the process average is 3.5% defective. What are the 3-sigma control "
        "limits?",
        "p-chart for cartons, 200 inspected per lot, process average 3.5% defective over the last 25 lots. UCL?",
    ],
)
def test_p_bar_in_words(question):
    right_value(question, _UCL, "control_chart", rel=1e-9, key="ucl")


_N = math.ceil((stats.norm.ppf(0.975) * 5 / 2) ** 2)


@pytest.mark.parametrize(
    "question",
    [
        "how many tablets do we need to test to estimate mean dissolution to within ±2 percentage points with 95% "
        "confidence? assume σ known = 5 percentage points (z-based interval).",
        "What sample size estimates the mean assay within 2 percentage points at 95% confidence if sigma = 5 "
        "percentage points?",
        "How many batches to estimate the average yield to within +/- 2 points (95% confidence), sd 5 points?",
    ],
)
def test_margin_in_percentage_points(question):
    right_value(question, _N, "sample_size", key="n")


def test_margin_in_percent_of_the_mean_is_declined():
    declined("how many tablets to estimate mean dissolution within 2% of the mean at 95% confidence, sigma = 5?")


def _effect(responses: list[float], term: str, k: int) -> float:
    """A 2^k effect from responses in standard order: the contrast of the term's column over 2^(k-1)."""
    rows = [tuple(reversed(levels)) for levels in itertools.product((-1, 1), repeat=k)]
    column = [math.prod(row["ABC".index(f)] for f in term) for row in rows]
    return float(np.dot(column, responses)) / 2 ** (k - 1)


_RUNS = [72, 80, 75, 89]


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("2² factorial on % dissolved at 30 min, A = disintegrant level, B = lubricant blend time. Results: A low B "
         "low 72, A high B low 80, A low B high 75, A high B high 89. Estimate the AB interaction effect.", "AB"),
        ("2^2 full factorial, runs in standard order (1) = 72, a = 80, b = 75, ab = 89. What is the main effect of "
         "A?", "A"),
        ("2^2 factorial, responses in standard order: 72, 80, 75, 89. What is the effect of B?", "B"),
        ("In a 2^2 experiment: A=-1, B=-1: 72; A=+1, B=-1: 80; A=-1, B=+1: 75; A=+1, B=+1: 89. What is the "
         "interaction effect?", "AB"),
    ],
)  # fmt: skip
def test_effects_of_a_two_level_factorial(question, term):
    right_value(question, _effect(_RUNS, term, 2), "design", rel=1e-9, key="value")


def test_effects_of_a_2_cubed_by_yates_labels():
    runs = [60, 72, 54, 68, 52, 83, 45, 80]
    question = ("2^3 factorial, (1) = 60, a = 72, b = 54, ab = 68, c = 52, ac = 83, bc = 45, abc = 80. Estimate the "
                "AC interaction.")  # fmt: skip
    right_value(question, _effect(runs, "AC", 3), "design", rel=1e-9, key="value")


@pytest.mark.parametrize(
    "question",
    [
        "2^2 factorial: A low B low 72, A high B low 80, A low B high 75. AB interaction effect?",
        "2^2 factorial results: A low B low 72, A high B low 80, A low B high 75, A high B high 89. What are the "
        "effects?",
    ],
)
def test_effects_missing_a_run_or_the_term_are_declined(question):
    declined(question)


def test_a_transform_of_a_listed_variable_is_a_model_and_declined():
    declined("y = ln(x), x: 1 2 3 4 5; y: 0.1 0.7 1.1 1.4 1.6. Fit it: slope?")
