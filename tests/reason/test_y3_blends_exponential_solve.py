"""Task y3: blends whose components are named with their strength in brackets, blends of a property with its unit
("MFI 0.9 and 2.5 g/10 min"), blends written with the unknown named ("x kg of A + (200 - x) kg of B"), and a formula
set equal to a value in words ("solve for the day t on which N(t) equals 800"); references from sympy and math."""

from __future__ import annotations

import math

import pytest

from tests.reason.answers import confident, roots_of


@pytest.mark.parametrize(
    "question",
    [
        "Early in the outbreak, cumulative reported cases followed N(t) = 50·2^(t/3), where t is measured in days. "
        "Solve for the day t on which N(t) equals 800.",
        "Cumulative cases grew as N(t) = 50*2^(t/3), t in days. Solve for t when N(t) is equal to 800.",
        "A culture follows N(t) = 50·2^(t/3) with t in hours. Solve for the time t at which N(t) equals 800.",
    ],
)
def test_formula_equal_to_value_in_words(question: str) -> None:
    want = 3 * math.log2(800 / 50)
    (got,) = roots_of(confident(question, "algebra").result)
    assert float(got) == pytest.approx(want)
