"""Task v1: a unit after a formula is no symbol of it ("12 e^(-t/20) kp"), the letters check that catches a word's
letters read as symbols, a variance written as a square ("sigma^2 = 4^2"), and the kilopond (kgf)."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import constants, stats

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, right_value

t, x, y, a = sp.symbols("t x y a", real=True)


def same_expr(got: str, want: sp.Expr) -> bool:
    """Whether the engine's expression equals ``want``, its symbols matched by name (real ones here)."""
    engine = to_sympy(got)
    named = {s: sp.Symbol(s.name, real=True) for s in engine.free_symbols}
    return sp.simplify(engine.subs(named) - want) == 0


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("hardness of stored cores drifts like H(t) = 12·e^(−t/20) kp, t in days. give dH/dt as a function of t",
         12 * sp.exp(-t / 20)),
        ("H(t) = 12 e^(-t/20) kilopond; find H'(t)", 12 * sp.exp(-t / 20)),
        ("the force follows F(t) = 5·e^(-t/4) kN. find dF/dt", 5 * sp.exp(-t / 4)),
        ("the level is C(t) = 40 e^(-0.1 t) mg/L; differentiate C with respect to t", 40 * sp.exp(-t / 10)),
        ("T(t) = 20 + 60 e^(-t/15) °C, what is dT/dt?", 20 + 60 * sp.exp(-t / 15)),
    ],
)  # fmt: skip
def test_a_unit_after_a_formula_is_not_part_of_it(question, body):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.diff(body, t))


@pytest.mark.parametrize(
    "question",
    [
        "H(t) = 12 e^(-t/20) ab, find dH/dt",
        "g(t) = 4t^2 bq, find dg/dt",
    ],
)
def test_letters_of_a_prose_word_are_no_symbols(question):
    declined(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("f(x) = 3xy, find df/dx", 3 * y),
        ("differentiate xy + y^2 with respect to y", x + 2 * y),
        ("derivative of x^2y with respect to x", 2 * x * y),
        ("s(t) = 5t + 3at^2, find ds/dt", 6 * a * t + 5),
    ],
)
def test_written_products_stay_products(question, want):
    assert same_expr(confident(question, "calculus").result, want)


NORMAL = stats.norm.cdf(244, 250, 4)


@pytest.mark.parametrize(
    "question",
    [
        "Let X ~ N(μ = 250 mg, σ² = 4²) denote individual tablet weight. What is P(X < 244 mg)?",
        "Let X ~ N(250, 4²) denote tablet weight in mg. What is P(X < 244)?",
        "X ~ N(250 mg, 16 mg²). P(X < 244 mg)?",
        "X ~ N(250 mg, 4 mg). P(X < 244 mg)?",
        "tablet weight is normal with mean 250 mg and σ² = 16. P(X < 244)?",
        "tablet weight is normal with mean 250 mg and variance 4^2 mg^2. what fraction is below 244 mg?",
    ],
)
def test_a_variance_written_as_a_square(question):
    right_value(question, NORMAL, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "X ~ N(μ = 250, σ = 4²). P(X < 244)?",  # an sd written as a square: the variance or the sd?
        "X ~ N(250, 16). P(X < 244)?",  # N(mean, sd) or N(mean, variance)?
    ],
)
def test_an_unclear_second_parameter_is_declined(question):
    declined(question)


KGF = constants.g  # 1 kp = 1 kgf = 9.80665 N (standard gravity times a kilogram)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("convert 8.5 kp tablet hardness to newtons", 8.5 * KGF),
        ("8.5 kilopond in N", 8.5 * KGF),
        ("how many newtons is 8.5 kp?", 8.5 * KGF),
        ("convert 12 kiloponds to newtons", 12 * KGF),
        ("convert 40 N to kp", 40 / KGF),
    ],
)
def test_kilopond(question, want):
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")
