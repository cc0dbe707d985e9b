"""Branch g2 (f45): a target in percent of a share's model ("Q/Q0 = exp(−n/5000) ... 80% SOH", "SOH = exp(-n/5000) ...
at what n does SOH reach 80%?") reads as the fraction 0.8, whichever reader takes the formula; a time or a count asked
whose every real solution is negative fails a plausibility audit, so such a misreading is never confident. References
by math and sympy, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest

from tests.reason.answers import confident, declined, roots_of

SHARE_TARGETS = [
    ("capacity fade Q/Q0 = exp(−n/5000), n = cycles. after how many cycles does it hit 80% SOH?", 5000 * math.log(1.25)),
    ("SOH = exp(-n/5000) where n is cycles. at what n does SOH reach 80%?", 5000 * math.log(1.25)),
    ("SOH = exp(-n/5000). at what n does SOH reach 80 %?", 5000 * math.log(1.25)),
    ("retention R = exp(-n/4000); how many cycles until R reaches 75%?", 4000 * math.log(4 / 3)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), SHARE_TARGETS)
def test_a_share_reaches_its_percent_target_as_a_fraction(question: str, want: float) -> None:
    out = confident(question, "algebra")
    (root,) = roots_of(out.result)
    assert float(root) == pytest.approx(want, rel=1e-9)
    assert math.exp(-float(root) / (4000 if "4000" in question else 5000)) == pytest.approx(
        0.75 if "75%" in question else 0.8, rel=1e-12
    )


@pytest.mark.parametrize(
    "question",
    [
        "y = exp(-n/5000). after how many cycles n does y reach 80?",  # no root >= 0: never confident
        "solve 2k + 10 = 4 for k. how many k do we need?",  # a count asked, only a negative root
    ],
)
def test_a_negative_time_or_count_is_never_confident(question: str) -> None:
    declined(question)


def test_counting_the_solutions_is_no_count_asked() -> None:
    out = confident("x^2 + 5x + 6 = 0. how many solutions x? solve it", "algebra")
    assert roots_of(out.result) == {-3, -2}


# an equation in a capital letter the study language keeps for itself (I the imaginary unit, E Euler's number)
CAPITAL_EQUATIONS = [
    "I² − 14I + 45 = 0, solve for I",
    "find I: I^2 - 14 I + 45 = 0",
    "the current satisfies I^2 - 14I + 45 = 0. what are the values of I?",
    "solve E^2 - 14*E + 45 = 0 for E",
]


@pytest.mark.parametrize("question", CAPITAL_EQUATIONS)
def test_an_equation_in_a_reserved_capital_is_solved(question: str) -> None:
    import sympy as sp

    x = sp.Symbol("x")
    out = confident(question, "algebra")
    assert roots_of(out.result) == set(sp.solve(x**2 - 14 * x + 45, x))


def test_a_complex_constant_beside_a_lower_case_variable_stays_imaginary() -> None:
    out = confident("solve x^2 + 1 = 0 over the complex numbers", "algebra")
    assert {complex(r) for r in roots_of(out.result)} == {1j, -1j}
