"""Branch f41-effects: effects of a 2^2 factorial from Yates cells with replicates ("(1): 42, 44   a: 51, 49 ..."),
from cells named by the factors set apart ("both low", "A high only"), from level-word tuples "(low,high)" in a
stated order, and asked by a factor's name ("main effect of alum dose" with A = alum dose); unequal replicate counts,
a run given twice and a name that matches no factor are declined. Reference: statsmodels OLS on +/-1 coded columns
(an effect is twice the coefficient)."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm

from tests.reason.answers import declined, right_value


def _effect(cells: list[list[float]], term: str) -> float:
    """A 2^2 effect of cells (1), a, b, ab (each its replicates): twice the OLS coefficient of the term's coded column."""
    a, b, y = [], [], []
    for (la, lb), cell in zip([(-1, -1), (1, -1), (-1, 1), (1, 1)], cells, strict=True):
        a += [la] * len(cell)
        b += [lb] * len(cell)
        y += cell
    a_, b_ = np.array(a, float), np.array(b, float)
    fit = sm.OLS(np.array(y, float), sm.add_constant(np.column_stack([a_, b_, a_ * b_]))).fit()
    return 2 * float(fit.params[{"A": 1, "B": 2, "AB": 3}[term]])


_PULL = [[42, 44], [51, 49], [45, 47], [58, 56]]
_JAR = [[4.2], [3.1], [3.8], [2.3]]
_JAR_CELLS = "both low = 4.2, A high only = 3.1, B high only = 3.8, both high = 2.3"


@pytest.mark.parametrize(
    ("question", "cells", "term"),
    [
        (
            "2² factorial on pull-off force (N), A = adhesive temp, B = press time, 2 reps each, std order:\n(1): 42, 44"
            "   a: 51, 49   b: 45, 47   ab: 58, 56\nmain effect of A (avg at high minus avg at low)?",
            _PULL,
            "A",
        ),
        (
            "2^2 factorial, two replicates: (1) = 42, 44; a = 51, 49; b = 45, 47; ab = 58, 56. What is the main effect "
            "of A?",
            _PULL,
            "A",
        ),
        (
            "2^2 factorial on force, A = temp, B = time, duplicated runs\n(1): 42, 44\na: 51, 49\nb: 45, 47\nab: 58, 56\n"
            "Estimate the effect of temp.",
            _PULL,
            "A",
        ),
        ("2^2 factorial: (1)=42,44 a=51,49 b=45,47 ab=58,56. AB interaction effect?", _PULL, "AB"),
        ("2^2 factorial: (1) = 72, a = 80, b = 75, ab = 89. Main effect of B?", [[72], [80], [75], [89]], "B"),
        (
            f"2x2 jar test, A = alum dose (low/high), B = pH (low/high), one run each. Settled NTU: {_JAR_CELLS}. What's "
            "the main effect of alum dose (average at high minus average at low)?",
            _JAR,
            "A",
        ),
        (
            "2x2 jar test, A = alum dose, B = pH, one run each, A first: (low,low)=4.2, (high,low)=3.1, (low,high)=3.8, "
            "(high,high)=2.3. Main effect of A?",
            _JAR,
            "A",
        ),
        (
            "2x2 jar test, A = alum dose, B = pH, B first: (low,low)=4.2, (high,low)=3.8, (low,high)=3.1, "
            "(high,high)=2.3. Main effect of A?",
            _JAR,
            "A",
        ),
        (
            "2x2 jar test, A = alum dose, B = pH. Settled NTU: A-B- 4.2, A+B- 3.1, A-B+ 3.8, A+B+ 2.3. What is the "
            "effect of alum dose?",
            _JAR,
            "A",
        ),
        (
            "2x2 jar test, A = alum dose, B = pH. Settled NTU: only A high: 3.1, all low: 4.2, only B high: 3.8, all "
            "high: 2.3. Estimate the pH effect.",
            _JAR,
            "B",
        ),
        (
            f"2x2 jar test, A = alum dose, B = pH: {_JAR_CELLS}. What's the interaction effect of alum dose and pH?",
            _JAR,
            "AB",
        ),
    ],
)
def test_effect_of_cells(question: str, cells: list[list[float]], term: str) -> None:
    right_value(question, _effect(cells, term), "design", key="value")


@pytest.mark.parametrize(
    "question",
    [
        "2^2 factorial, 2 reps:\n(1): 42, 44   a: 51   b: 45, 47   ab: 58, 56\nmain effect of A?",
        "2x2 test, A = temp, B = time: both low = 4.2, A high only = 3.1, A high only = 3.8, both high = 2.3. Effect of "
        "temp?",
        f"2x2 jar test, A = alum dose, B = pH: {_JAR_CELLS}. What's the effect of dose?",
        f"2x2 test, A = press temperature, B = press time: {_JAR_CELLS}. What's the effect of press?",
        "2^3 factorial: both low = 4.2, A high only = 3.1, B high only = 3.8, both high = 2.3. Effect of A?",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
