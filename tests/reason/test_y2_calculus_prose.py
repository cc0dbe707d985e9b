"""Calculus word problems: bounds "from day 0 to infinity", "integrating", a unit written after the formula ("% w/w",
"per 100,000"), "the first half hour", and a function of a multi-letter variable ("w(km)")."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, same_expr

_t = sp.Symbol("t", positive=True)
_CASES = sp.integrate(40 * _t * sp.exp(-_t / 5), (_t, 0, sp.oo))


@pytest.mark.parametrize(
    "question",
    [
        "In our outbreak model the daily count of new cases is c(t) = 40 t e^(−t/5), with t in days since onset. If we "
        "integrate this from day 0 to infinity, what total number of cases does the model imply?",
        "Daily new cases follow c(t) = 40 t e^(−t/5), t in days. Integrating from day 0 to infinity, how many cases in "
        "total?",
        "New infections per day are c(t) = 40 t e^(−t/5) (t in days since onset). What total does the model give if we "
        "integrate it from day 0 to ∞?",
    ],
)
def test_integral_from_day_zero_to_infinity(question: str) -> None:
    assert same_expr(confident(question, "calculus").result, _CASES)


_T = 4 + 68 * sp.exp(-_t / 12)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        (
            "Cheese vat jacket cooling, whey temp follows T(t) = 4 + 68·e^(−t/12) °C with t in minutes. What is the "
            "time-averaged temperature over the first half hour?",
            30,
        ),
        ("T(t) = 4 + 68·e^(−t/12) °C, t in minutes. Average temperature during the first half-hour?", 30),
        (
            "Whey temperature T(t) = 4 + 68 e^(-t/12) °C, t in minutes. What is the average temperature in the first "
            "half an hour?",
            30,
        ),
        ("T(t) = 4 + 68·e^(−t/12) °C, t in hours. Average temperature during the first half-hour?", sp.Rational(1, 2)),
    ],
)
def test_average_over_the_first_half_hour(question: str, span: sp.Expr) -> None:
    want = sp.integrate(_T, (_t, 0, span)) / span
    got = confident(question, "calculus").result
    assert float(to_sympy(got)) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "phenoxyethanol in shampoo bulk drops as C(t)=0.8·e^(−0.03t) % w/w (t days). avg conc over first 30 days, "
        "exact expr",
        "Preservative level in the bulk: C(t) = 0.8 e^(-0.03t) %w/w, t in days. What is the average concentration "
        "over the first 30 days?",
        "C(t)=0.8·e^(−0.03t) % (w/w) with t in days. mean concentration over the first 30 days?",
    ],
)
def test_average_of_a_percent_w_w_concentration(question: str) -> None:
    c = sp.Rational(8, 10) * sp.exp(-sp.Rational(3, 100) * _t)
    want = sp.integrate(c, (_t, 0, 30)) / 30
    assert float(to_sympy(confident(question, "calculus").result)) == pytest.approx(float(want), rel=1e-9)
