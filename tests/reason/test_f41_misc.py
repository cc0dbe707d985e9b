"""Amp-hours (a unit times a time) asked of a current I(t), and two-component blends whose components are named
with their value after "w/" or "with" ("PA66 lot w/ 12% GF"): values against independent references."""

from __future__ import annotations

import math

import pytest
from scipy.integrate import quad

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def right_value(question: str, want: float, mode: str) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9, its one value (an expression or a one-root list)
    within 1e-9 of ``want``."""
    result = confident(question, mode).result
    value = result[0] if isinstance(result, list) and len(result) == 1 else result
    assert float(to_sympy(str(value))) == pytest.approx(want, rel=1e-9)


_AMP_HOURS = quad(lambda t: 40 * math.exp(-t / 8), 0, 8)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Forklift battery draw over a shift is I(t) = 40·e^(−t/8) amps, t in hours. How many amp-hours get pulled out "
        "between t = 0 and t = 8? Exact form is fine.",
        "Current I(t) = 40e^(-t/8) A, t in hours. How many Ah are drawn from t = 0 to t = 8?",
        "The line pulls I(t) = 40e^(-t/8) amps (t in hours); how many amp hours does it use from t=0 to t=8?",
    ],
)
def test_amp_hours_of_a_current(question: str) -> None:
    right_value(question, _AMP_HOURS, "calculus")


def test_amp_hours_of_a_current_over_seconds_are_converted() -> None:
    question = "The line pulls I(t) = 40e^(-t/8) amps (t in seconds); how many amp hours does it use from t=0 to t=8?"
    right_value(question, _AMP_HOURS / 3600, "calculus")


def test_kilojoules_of_a_power_in_watts() -> None:
    question = "A motor draws P(t) = 200t watts, t in seconds. How many kJ does it use between t = 0 and t = 10?"
    want = quad(lambda t: 200 * t, 0, 10)[0] / 1000
    right_value(question, want, "calculus")


def test_constant_letters_as_function_names() -> None:
    right_value("Stored energy is E(t) = 5t² kJ, t in seconds. What is dE/dt at t = 2?", 2 * 5 * 2, "calculus")
    want = quad(lambda t: 3 * math.exp(-t / 4), 0, 4)[0]
    question = "Charge flows at Q(t) = 3e^(-t/4) coulombs per second. What total charge passes from t = 0 to t = 4?"
    right_value(question, want, "calculus")


def _blend_amount(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component at ``asked`` in ``total`` at ``target`` (lever rule)."""
    return total * (target - other) / (asked - other)


@pytest.mark.parametrize(
    ("question", "asked", "other"),
    [
        (
            "Compounding for PN 7730-A housing: blend PA66 lot w/ 12% GF and lot w/ 30% GF to get a 900 kg batch at "
            "22% GF. How many kg of the 30% GF lot go in?",
            30,
            12,
        ),
        (
            "Mix a 12% glass-filled lot with a 30% glass-filled lot for 900 kg at 22% GF. How many kg of the 30% lot?",
            30,
            12,
        ),
        ("900 kg at 22 % GF from 12 % GF and 30 % GF compounds — how much of the 12 % one?", 12, 30),
        (
            "Blend nylon w/12% GF and nylon w/30% GF for a 900 kg batch at 22% GF; how many kg of the 12% material?",
            12,
            30,
        ),
    ],
)
def test_glass_filled_blend(question: str, asked: float, other: float) -> None:
    right_value(question, _blend_amount(900, 22, asked, other), "algebra")


def test_blend_target_outside_components_declined() -> None:
    declined("Blend PA66 lot w/ 12% GF and lot w/ 30% GF to get a 900 kg batch at 35% GF. How many kg of the 30% lot?")
