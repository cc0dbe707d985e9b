"""f40: integrals whose bounds are joined by an arrow ("0→∞", "from t=0 -> 4 s"), an AUC whose bounds are followed by
the unit asked ("from 0 to infinity, in mg·h/L?"), and a limit of a named function beside a "w/ x = ..." clause."""

from __future__ import annotations

import math

import pytest
from scipy import integrate

from havoc_cli.reason.letters import letters_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from plugins.symbolic.calculus_prose import arrow_bounds
from tests.reason.answers import confident


def right_value(question: str, want: float, mode: str, rel: float = 1e-9) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9 and every check passing, its value within ``rel``."""
    out = confident(question, mode)
    assert all(check["passed"] for check in out.checks), out.checks
    assert math.isclose(float(to_sympy(out.result)), want, rel_tol=rel)


CO2 = integrate.quad(lambda t: 12 * math.exp(-t / 40), 0, math.inf)[0]
AUC = integrate.quad(lambda t: 8 * math.exp(-t / 6), 0, math.inf)[0]
FILM = integrate.quad(lambda t: 6 * t**2 - 2 * t + 5, 0, 4)[0]


@pytest.mark.parametrize(
    "question",
    [
        "co2 evolution on FV3 modeled as r(t)=12·e^(−t/40) L/h, t in hours from pitch. total liters of co2 if we let "
        "it run out forever? (integrate 0→∞)",
        "CO2 evolution r(t) = 12 e^(-t/40) L/h, t in hours. total liters of CO2 evolved, integrate 0->inf",
        "r(t)=12·e^(−t/40) L/h with t in hours. How many liters in total? integral 0→∞",
    ],
)
def test_arrow_bounds_to_infinity(question: str) -> None:
    right_value(question, CO2, "calculus")


@pytest.mark.parametrize(
    "question",
    [
        "PK question from the tox side: plasma conc follows C(t) = 8·e^(−t/6) mg/L (t in hours) after an IV bolus. "
        "What's the AUC from 0 to infinity, in mg·h/L?",
        "C(t) = 8 e^(-t/6) mg/L, t in hours. AUC from 0 to inf, in mg*h/L?",
        "plasma concentration C(t) = 8·e^(−t/6) mg/L (t in h). what is the area under the curve from 0 to infinity "
        "in mg·h/L?",
    ],
)
def test_auc_with_the_unit_asked_after_its_bounds(question: str) -> None:
    right_value(question, AUC, "calculus")


@pytest.mark.parametrize(
    "question",
    [
        "CVD dep rate r(t) = 6t² − 2t + 5 nm/s. total film thickness laid down from t=0 -> 4 s, in nm?",
        "deposition rate r(t) = 6t^2 - 2t + 5 nm/s. how much film is deposited from t = 0 -> 4 s?",
        "r(t) = 6t² − 2t + 5 nm/s; total thickness for t=0→4 s, in nm",
    ],
)
def test_arrow_bounds_of_a_rate(question: str) -> None:
    right_value(question, FILM, "calculus")


@pytest.mark.parametrize(
    "question",
    [
        "murphy yield Y=((1−e^(−x))/x)² w/ x=A·D0 ... lim x->0 of Y ?",
        "Murphy's yield model Y = ((1 − e^(−x))/x)^2 with x = A·D0. What is the limit of Y as x → 0?",
        "Y = ((1-exp(-x))/x)^2 w/ x = A D0. what does Y approach as x goes to 0?",
    ],
)
def test_limit_of_a_named_function_beside_a_with_clause(question: str) -> None:
    x = 1e-6  # the reference: the function evaluated next to the point
    right_value(question, ((1 - math.exp(-x)) / x) ** 2, "calculus", rel=1e-5)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("from t=0 -> 4 s", "from t=0 to 4 s"),
        ("(integrate 0→∞)", "(integrate from 0 to inf)"),
        ("lim x->0 of Y", "lim x->0 of Y"),
        ("5 km -> m", "5 km -> m"),
        ("x^2 -> 3", "x^2 -> 3"),
    ],
)
def test_arrow_bounds_rewrites_only_numbers(text: str, want: str) -> None:
    assert arrow_bounds(text) == want


def test_a_prose_word_read_as_the_integrand_fails_the_letters_check() -> None:
    question = "C(t) = 8·e^(−t/6) mg/L (t in hours). What's the AUC from 0 to infinity, in mg·h/L?"
    plan = Plan("calculus", "show integrate(i*n, i, 0, oo)", {"op": "definite_integral", "expr": "i*n", "var": "i"})
    check = letters_check(question, plan)
    assert check is not None and not check.passed
