"""Formulas between markdown backticks ("`x^3 - 6x^2 + 11x - 6 = 0`", "```...```") read as the formula; the roots of a
solve checked against the polynomial equation as the question writes it."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.stated_roots import stated_roots_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import plain_text
from plugins.api.reasoning import Plan
from tests.reason.answers import confident

x, k, n = sp.symbols("x k n")
CUBIC = "fitting a little queue model and ended up with `x^3 - 6x^2 + 11x - 6 = 0`. what are the roots"


def _roots(out) -> set[complex]:
    found = out.result if isinstance(out.result, list) else out.result["result"]
    return {complex(to_sympy(str(r)).evalf()) for r in found}


def _value(out) -> float:
    return float(out.result["value"] if isinstance(out.result, dict) else to_sympy(str(out.result)).evalf())


@pytest.mark.parametrize(
    "question",
    [
        CUBIC,
        "solve `x^3 - 6x^2 + 11x - 6 = 0`",
        "my model boiled down to ```\nx^3 - 6x^2 + 11x - 6 = 0\n```\nwhat are its roots?",
    ],
)
def test_cubic_in_ticks(question: str) -> None:
    want = {complex(r) for r in sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x)}
    assert _roots(confident(question, "algebra")) == want


def test_misread_roots_fail_the_question_check() -> None:
    """The roots of the misread "-6x^2 + 11x - 6 = 0" do not satisfy the cubic the question writes."""
    misread = [str(r) for r in sp.solve(-6 * x**2 + 11 * x - 6, x)]
    plan = Plan("algebra", "show solve(...)", {"op": "solve", "expr": "-6*x^2 + 11*x - 6 == 0", "var": "x"})
    check = stated_roots_check(plain_text(CUBIC), plan, {"result": misread}, to_sympy)
    assert check is not None and not check.passed
    good = stated_roots_check(plain_text(CUBIC), plan, {"result": ["1", "2", "3"]}, to_sympy)
    assert good is not None and good.passed


@pytest.mark.parametrize(
    "question",
    [
        "backlog drain rate after failover is `500*e^(-t/40)` req/s (t in seconds). how many requests get drained in "
        "total from t=0 to ∞?",
        "drain rate is ```500*e^(-t/40)``` req/s. total drained from t=0 to infinity?",
    ],
)
def test_integral_in_ticks(question: str) -> None:
    t = sp.symbols("t", positive=True)
    want = float(sp.integrate(500 * sp.exp(-t / 40), (t, 0, sp.oo)))
    assert _value(confident(question, "calculus")) == pytest.approx(want)


@pytest.mark.parametrize(
    "question",
    [
        "exponential backoff, base 100 ms doubling each time, so total wait after k retries is `100·(2^k − 1)` ms. "
        "total wait was 6300 ms — how many retries k?",
        "with exponential backoff the total wait after k retries is `100*(2^k - 1)` ms. if the total wait was 6300 ms, "
        "how many retries k?",
        "retry backoff: the total wait is 100·(2^k − 1) ms after k retries. the total wait was 6300 ms - what is k?",
    ],
)
def test_backoff_retries(question: str) -> None:
    want = math.log2(6300 / 100 + 1)
    assert _roots(confident(question, "algebra")) == {complex(want)}


def test_worded_cost_qualified_by_its_variable() -> None:
    out = confident("the cost for n units is `5n + 20` dollars. the cost was 120 dollars, what is n?", "algebra")
    assert _roots(out) == {complex(r) for r in sp.solve(5 * n + 20 - 120, n)}


def test_derivative_and_normal_in_ticks() -> None:
    got = to_sympy(str(confident("what is the derivative of `x^3*sin(x)`?", "calculus").result))
    at = {s: sp.Rational(7, 10) for s in got.free_symbols}  # the engine's x may carry assumptions of its own
    assert float(got.subs(at)) == pytest.approx(float(sp.diff(x**3 * sp.sin(x), x).subs(x, sp.Rational(7, 10))))
    out = confident("if `X ~ N(100, 15^2)`, what is P(X > 130)?", "probability")
    assert _value(out) == pytest.approx(stats.norm.sf(130, 100, 15), rel=1e-6)


def test_ticks_are_delimiters() -> None:
    assert plain_text("with `x^2 = 4`. solve") == "with x^2 = 4. solve"
    assert plain_text("```math\nx^2 = 4\n``` solve").split() == ["x^2", "=", "4", "solve"]
