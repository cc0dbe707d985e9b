"""Calculus word problems: bounds "from day 0 to infinity", "integrating", a unit written after the formula ("% w/w",
"per 100,000"), "the first half hour", and a function of a multi-letter variable ("w(km)")."""

from __future__ import annotations

import pytest
import sympy as sp

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
