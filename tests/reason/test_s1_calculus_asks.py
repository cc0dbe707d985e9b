"""A derivative asked at a point stated before its notation, and an integral asked in a unit (task s1)."""

import math

import pytest
import sympy as sp
from scipy.integrate import quad

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident, declined, same_expr

_COOLING = [
    "Furnace shutdown cooling curve for the crown: T(t) = 25 + 1475·e^(−t/40) °C, t in minutes. How fast is it "
    "cooling at t = 40 min? Give dT/dt exactly (°C/min, negative means cooling).",
    "T(t) = 25 + 1475·e^(−t/40) °C, t in minutes. Give dT/dt exactly at t = 40 (°C/min).",
    "The part cools as T(t) = 25 + 1475 e^(-t/40) degC (t in min). What is its rate when t = 40? Report dT/dt.",
]


@pytest.mark.parametrize("question", _COOLING)
def test_derivative_at_a_point_stated_before_the_notation(question: str) -> None:
    t = sp.Symbol("t")
    want = sp.diff(25 + 1475 * sp.exp(-t / 40), t).subs(t, 40)
    out = confident(question, "calculus").to_dict()
    assert same_expr(str(out["result"]), want), out["result"]
    assert math.isclose(float(want), -1475 / 40 * math.exp(-1))


def test_a_point_stated_and_a_function_answered_fails() -> None:
    out = reason("T(t) = 25 + 1475 e^(-t/40). At t = 10 it was measured; at t = 40 it was measured again. Find dT/dt.")
    assert out.confidence <= 0.3


def _answered(question: str, want: float) -> None:
    """The question is answered confidently, every check passing, with ``want`` (the engine prints it exactly)."""
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    assert float(sp.Rational(str(out["result"]))) == pytest.approx(want, rel=1e-9)


_CHARGE = [
    "Discharge current ramps down linearly, I(t) = 3 − 0.5t amps with t in hours, from t = 0 to t = 2 h. How much "
    "charge did the cell deliver, in mAh?",
    "A cell's current is I(t) = 3 - 0.5t A (t in hours). What charge does it deliver between t = 0 and t = 2, in mAh?",
]


@pytest.mark.parametrize("question", _CHARGE)
def test_integral_in_the_unit_asked(question: str) -> None:
    amp_hours = quad(lambda t: 3 - 0.5 * t, 0, 2)[0]
    _answered(question, amp_hours * 1000)


def test_metres_per_second_over_seconds_in_km() -> None:
    metres = quad(lambda t: 3 * t**2, 0, 2)[0]
    _answered("v(t) = 3t^2 m/s, t in seconds. How far does it travel from t = 0 to t = 2, in km?", metres / 1000)


def test_integral_in_a_unit_with_no_variable_unit_is_declined() -> None:
    assert "unit" in declined(
        "Current I(t) = 3 - 0.5t amps flows from t = 0 to t = 2. How much charge is delivered, in mAh?"
    )
