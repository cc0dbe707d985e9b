"""Calculus asks (branch g1): a rate given as a derivative with an initial value and the value asked later ("dV/dt =
3t^2 + 2, V(0) = 5, find V(2)", "what's L at t = 100?": y0 plus the integral of the rate, or the ODE solved), the
average value of a function over an interval ("over 0 to pi" too), an integral written with its bounds first
("integral, from 1 to 2, of 1/x dx"), a derivative asked with politeness before its function ("need the derivative
pls: C(t) = ..."), and a derivative at a point asked as a speed; references computed here with sympy, declines
where the initial value is missing or two points are asked."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import Outcome, reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

t, x, v = sp.symbols("t x v")


def _number(out: Outcome) -> float:
    """The engine's result of an answered question as a number ("20 + 70*exp(-1)" evaluated)."""
    return float(to_sympy(str(out.to_dict()["result"])))


def _at(rate: sp.Expr, var: sp.Symbol, start: float, first: float, at: float) -> sp.Expr:
    """y(at) of y' = rate(var) with y(start) = first: first plus the integral of the rate (sympy integrate)."""
    return sp.nsimplify(first) + sp.integrate(rate, (var, start, at))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "crack length grows as dL/dt = 0.5/√t mm per hour, L(0)=0, what's L at t=100?",
            _at(sp.Rational(1, 2) / sp.sqrt(t), t, 0, 0, 100),
        ),
        ("dV/dt = 3t^2 + 2, V(0) = 5, find V(2)", _at(3 * t**2 + 2, t, 0, 5, 2)),
        ("if dy/dx = 2x + 1 and y(0) = 3, what is y(4)?", _at(2 * x + 1, x, 0, 3, 4)),
        ("the rate of flow is dQ/dt = 6t liters per minute with Q(0)=10; find Q at t=3", _at(6 * t, t, 0, 10, 3)),
        ("given dL/dt = 0.5/sqrt(t), L(0) = 0, find L(100)", _at(sp.Rational(1, 2) / sp.sqrt(t), t, 0, 0, 100)),
        ("dy/dt = 2t, y(0) = 1; y at t = 3 is what?", _at(2 * t, t, 0, 1, 3)),
    ],
)
def test_rate_with_initial_value_asked_later(question: str, want: sp.Expr) -> None:
    """The value at the later point is y0 plus the rate's integral, audited by a quadrature of its own."""
    out = confident(question, "calculus")
    assert _number(out) == pytest.approx(float(want), rel=1e-9)
    assert all(c["passed"] for c in out.to_dict()["checks"])


def test_rate_depending_on_the_function_is_solved_then_evaluated() -> None:
    """dT/dt = -0.1(T - 20), T(0) = 90 at t = 10: 20 + 70 e^-1 (sympy dsolve), not the time T reaches 10."""
    f = sp.Function("T")
    solution = sp.dsolve(sp.Eq(f(t).diff(t), -sp.Rational(1, 10) * (f(t) - 20)), f(t), ics={f(0): 90}).rhs
    out = confident("dT/dt = -0.1(T - 20) with T(0) = 90; what is T at t = 10?", "calculus")
    assert _number(out) == pytest.approx(float(solution.subs(t, 10)), rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "dV/dt = 3t^2 + 2, find V(2)",  # no initial value
        "dy/dx = 2x, y(0) = 1, find y(2) and y(3)",  # two points
        "dL/dt = 0.5/sqrt(t) mm per hour, L(0)=0; what is L after 2 days?",  # the point's unit is not the rate's
    ],
)
def test_rate_asked_later_declines_without_one_reading(question: str) -> None:
    """A missing initial value, two points, or a point in another time unit: declined, not guessed."""
    declined(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("what's the average value of P(t) = 5t over t from 0 to 40?", sp.integrate(5 * t, (t, 0, 40)) / 40),
        ("mean of f(t)=t^2 on [0,10]", sp.integrate(t**2, (t, 0, 10)) / 10),
        ("find the average of g(x)=sin x over 0 to pi", sp.integrate(sp.sin(x), (x, 0, sp.pi)) / sp.pi),
    ],
)
def test_average_value_over_an_interval(question: str, want: sp.Expr) -> None:
    """The average is the integral over the interval divided by its length."""
    out = confident(question, "calculus")
    assert _number(out) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("∫ from 1 to 4 of 3x^2 + 2x dx", sp.integrate(3 * x**2 + 2 * x, (x, 1, 4))),
        ("integral from 0 to 2 of (4t − t²) dt", sp.integrate(4 * t - t**2, (t, 0, 2))),
        ("integral, from 1 to 2, of 1/x dx", sp.integrate(1 / x, (x, 1, 2))),
        ("integrate x^2 over 0 to 3", sp.integrate(x**2, (x, 0, 3))),
    ],
)
def test_integral_with_its_bounds_first(question: str, want: sp.Expr) -> None:
    """Bounds before the integrand (after a comma too) or "over a to b" after it."""
    out = confident(question, "calculus")
    assert _number(out) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("derivative please of C(t) = 20 t e^(-0.5 t)", sp.diff(20 * t * sp.exp(-t / 2), t)),
        ("need the derivative pls: C(t)=20 t e^(-0.5 t)", sp.diff(20 * t * sp.exp(-t / 2), t)),
        ("differentiate please: f(x) = x^3 + 2x", sp.diff(x**3 + 2 * x, x)),
        ("could you differentiate, please: g(t) = t^2 sin(t)", sp.diff(t**2 * sp.sin(t), t)),
    ],
)
def test_derivative_asked_with_politeness_before_the_function(question: str, want: sp.Expr) -> None:
    """ "please", "pls" and a colon between the ask and the function are no part of it."""
    out = confident(question, "calculus")
    got = to_sympy(str(out.to_dict()["result"]))
    names = {str(s): s for s in got.free_symbols}
    assert names.keys() == {str(s) for s in want.free_symbols}
    for point in (0.37, 1.3, 2.2):  # the engine's symbols carry their own assumptions: compared by name, in value
        assert float(got.subs({s: point for s in names.values()})) == pytest.approx(
            float(want.subs({s: point for s in want.free_symbols})), rel=1e-12
        )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "the climb rate follows h(v) = 0.002v^2 + 1.5v; how fast is h climbing per m/min at v=900?",
            sp.diff(sp.Rational(2, 1000) * v**2 + sp.Rational(3, 2) * v, v).subs(v, 900),
        ),
        (
            "h(v) = 0.002v^2 + 1.5v; how quickly does h increase with v at v = 900?",
            sp.diff(sp.Rational(2, 1000) * v**2 + sp.Rational(3, 2) * v, v).subs(v, 900),
        ),
        ("cost C(q) = 0.5q^2 + 3q; how fast is C rising per unit at q = 10?", sp.Rational(13)),
    ],
)
def test_derivative_at_a_point_asked_as_a_speed(question: str, want: sp.Expr) -> None:
    """ "how fast is h climbing ... at v = 900" is dh/dv there."""
    out = confident(question, "calculus")
    assert _number(out) == pytest.approx(float(want), rel=1e-9)


def test_derivative_of_the_rate_is_not_the_solution_at_the_point() -> None:
    """ "what is dy/dx at x = 3" beside an ODE asks no value of y: never answered with confidence as y(3) = 10."""
    out = reason("dy/dx = 2x, y(0)=1. what is dy/dx at x = 3?").to_dict()
    wrong = sp.Integer(1) + sp.integrate(2 * x, (x, 0, 3))
    assert not (out["answered"] and out["confidence"] >= 0.5 and str(out["result"]) == str(wrong)), out["answer"]
