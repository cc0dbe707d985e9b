"""t1: a quantity defined by a formula of a defined function and its derivatives (a hazard h = -R'/R), and a
cumulative amount of a rate over "the first 100 days" (an identifier "A-12" no value)."""

from __future__ import annotations

import math

import pytest
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _hazard(t: float) -> float:
    """-R'(t)/R(t) of R = exp(-(t/1000)^2), R' by a central difference."""
    r = lambda s: math.exp(-((s / 1000) ** 2))  # noqa: E731
    h = 1e-3
    return -(r(t + h) - r(t - h)) / (2 * h) / r(t)


def _value(question: str) -> float:
    """The number a calculus answer (exact, confidence >= 0.9, every check passed) stands for."""
    out = confident(question, "calculus")
    assert all(c["passed"] for c in out.to_dict()["checks"])
    return float(to_sympy(out.result))


@pytest.mark.parametrize(
    "question",
    [
        "actuator reliability model R(t) = exp(-(t/1000)^2), t in flight hours. what is the hazard rate h(t) = "
        "-R'(t)/R(t) at t = 500 FH (failures per FH)?",
        "Survival R(t) = exp(-(t/1000)^2) with t in hours; density f(t) = -dR/dt and hazard = f/R. hazard at t = 500?",
        "R(t) = exp(-(t/1000)^2) (t in hours). Let f(t) = -dR/dt and h(t) = f(t)/R(t). Find h(500).",
        "R(t) = exp(-(t/1000)^2). what is h(t) = -R′(t)/R(t) when t = 500?",
    ],
)
def test_hazard_from_reliability_at_a_point(question: str) -> None:
    assert _value(question) == pytest.approx(_hazard(500.0), rel=1e-6)


def test_hazard_as_a_function() -> None:
    out = confident("R(t) = exp(-(t/1000)^2). give the hazard h(t) = -R′(t)/R(t) as a function of t", "calculus")
    got = to_sympy(out.result)
    (t,) = got.free_symbols
    assert float(got.subs(t, 250)) == pytest.approx(_hazard(250.0), rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        "R(t) = exp(-(t/1000)^2). h(t) = -R'(t)/R(t). when is h maximum?",
        "R(t) = exp(-(t/1000)^2), h(t) = -R'(t)/R(t). average of h from t = 0 to t = 500?",
    ],
)
def test_other_asks_of_a_derived_quantity_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    "question",
    [
        "Hyperbolic-ish decline on the A-12 producer, q(t) = 1200/(1 + 0.05t) bbl/day with t in days. What's the "
        "cumulative oil over the first 100 days? exact form pls",
        "q(t) = 1200/(1 + 0.05t) bbl/day with t in days. What's the cumulative oil over the first 100 days?",
        "Well B-7 declines as q(t) = 1200/(1 + 0.05t) bbl/day, t in days. Cumulative production in the first 100 days?",
    ],
)
def test_cumulative_amount_of_a_rate(question: str) -> None:
    want = integrate.quad(lambda t: 1200 / (1 + 0.05 * t), 0, 100)[0]
    assert _value(question) == pytest.approx(want, rel=1e-9)
