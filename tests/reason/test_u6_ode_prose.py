"""u6: ODEs in prose. A tank's time to empty (a level of zero asked in words, the initial value "starts at h = 4 m"),
and second-order equations in primes or Leibniz notation with two initial values. References: the closed forms
checked by hand (h = (2 - t/10)^2 reaches 0 at t = 20) and scipy's solve_ivp, never havoc's engines."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy.integrate import solve_ivp

from tests.reason.answers import confident, declined

EMPTY = [
    (
        "Gravity-draining knockout drum, level obeys dh/dt = −0.2·√h with h in metres and t in minutes. "
        "Starts at h = 4 m. How many minutes until it's empty?",
        0.2,
        4.0,
    ),
    (
        "A tank drains according to dh/dt = -0.2 sqrt(h) (h in m, t in min). Initially h = 4 m. How long does it "
        "take to empty?",
        0.2,
        4.0,
    ),  # fmt: skip
    ("Level in a vessel follows dh/dt = -0.2*sqrt(h), h(0) = 4, t in minutes. When does the tank run dry?", 0.2, 4.0),
    ("dV/dt = -0.5 sqrt(V), V(0) = 9. How long until the tank is empty?", 0.5, 9.0),
]


@pytest.mark.parametrize(("question", "k", "h0"), EMPTY)
def test_time_until_a_draining_tank_is_empty(question: str, k: float, h0: float) -> None:
    """h' = -k sqrt(h) gives sqrt(h) = sqrt(h0) - k t / 2: empty at t = 2 sqrt(h0) / k."""
    want = 2 * math.sqrt(h0) / k
    sqrt_level = solve_ivp(lambda s, v: [-k / 2], (0, want), [math.sqrt(h0)], rtol=1e-12).y[0][-1]
    assert abs(sqrt_level) < 1e-9  # d(sqrt h)/dt = -k/2: the square root reaches 0 at the closed form's time
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    assert [float(v) for v in out["result"]] == [pytest.approx(want)]


@pytest.mark.parametrize(
    "question",
    [
        "A tank drains by dh/dt = -0.2 sqrt(h) from h(0) = 4. How long until it is half empty?",
        "x'' + 9x = 0 with x(0) = 0.5. Give x(t).",
        "Solve y'' + 4y' + 4y = 0 with y(0) = 1 and y'(0) = 0 and y'(0) = 2.",
    ],
)
def test_unreadable_odes_are_declined(question: str) -> None:
    declined(question)


def _numeric(coefficients: tuple[float, float, float], y0: float, dy0: float, at: float) -> float:
    """y(at) of a y'' + b y' + c y = 0 through (y0, dy0), integrated by scipy."""
    a, b, c = coefficients
    path = solve_ivp(lambda s, v: [v[1], -(b * v[1] + c * v[0]) / a], (0, at), [y0, dy0], rtol=1e-12, atol=1e-12)
    return float(path.y[0][-1])


SECOND = [
    (
        "Our sidewall fatigue rig is basically undamped: x'' + 9x = 0 with x(0) = 0.5 mm and x'(0) = 3 mm/s "
        "(t in seconds). Give x(t) in closed form.",
        "t",
        (1, 0, 9),
        0.5,
        3,
    ),  # fmt: skip
    ("x'' + 9x = 0, x(0) = 0.5, x'(0) = 3. Solve for x(t).", "t", (1, 0, 9), 0.5, 3),
    ("Solve the ODE d²x/dt² + 9x = 0 with x(0) = 0.5 and x'(0) = 3.", "t", (1, 0, 9), 0.5, 3),
    ("Solve y'' + 4y' + 4y = 0 with y(0) = 1 and y'(0) = 0.", "x", (1, 4, 4), 1, 0),
    ("d^2x/dt^2 + 2 dx/dt + 5x = 0, x(0) = 1, x'(0) = 0. Find x(t).", "t", (1, 2, 5), 1, 0),
    ("The spring obeys x'' = -4x with x(0) = 2 m and x'(0) = 0 m/s. What is x(t)?", "t", (1, 0, 4), 2, 0),
]


@pytest.mark.parametrize(("question", "var", "coefficients", "y0", "dy0"), SECOND)
def test_second_order_ode_in_closed_form(question: str, var: str, coefficients: tuple, y0: float, dy0: float) -> None:
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    got = sp.parse_expr(out["result"], local_dict={var: sp.Symbol(var)})  # engine output, not user text
    for at in (0.3, 1.1, 2.5):
        assert float(got.subs(sp.Symbol(var), at)) == pytest.approx(_numeric(coefficients, y0, dy0, at), abs=1e-8)


def test_rig_answer_is_sin_plus_half_cos() -> None:
    out = confident(SECOND[0][0]).to_dict()
    t = sp.Symbol("t")
    got = sp.parse_expr(out["result"], local_dict={"t": t})
    assert sp.simplify(got - (sp.sin(3 * t) + sp.cos(3 * t) / 2)) == 0
    assert np.isclose(float(got.subs(t, 0)), 0.5)


def test_a_second_derivative_asked_is_no_ode() -> None:
    out = confident("y = x^3 sin x. y'' = ?", "calculus").to_dict()
    assert "diff" in out["plan"]
