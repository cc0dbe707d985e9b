"""Calculus over a window in shop-floor words (branch f44-calc): bounds "t=0 to t=8" with the variable restated,
bounds alone in brackets ("(0 to 5)", "(integrate 0 to 8)"), t's unit in "t hours after midnight", a window restated
by its bounds, the units "µg/m³" and "dB(A)", a cooling ODE's initial value as the one temperature other than its
ambient, and a remark after "...". References: scipy quad and sympy computed here; near misses decline."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.remarks import cut_trailing_remarks, strip_units
from tests.reason.answers import confident, declined, same_expr

t, x = sp.symbols("t x", real=True)


def _quad(f, lo: float, hi: float) -> float:
    return integrate.quad(f, lo, hi)[0]


@pytest.mark.parametrize(
    "question",
    [
        "the carding line's power draw over a shift follows P(t) = 40 + 8·sin(πt/4) kW, t in hours, shift runs t=0 "
        "to t=8. total energy used in kWh?",
        "power draw P(t) = 40 + 8·sin(πt/4) kW, t in hours. total energy used over t=0 to t=8 (kWh)?",
    ],
)
def test_energy_of_a_power_over_restated_bounds(question):
    out = confident(question, "calculus")
    assert math.isclose(float(to_sympy(out.result)), _quad(lambda v: 40 + 8 * math.sin(math.pi * v / 4), 0, 8))


@pytest.mark.parametrize(
    "question",
    [
        "belt scale on the receiving conveyor says feed rate is roughly q(t)=120+30 sin(πt/4) tons per hour, t in "
        "hrs from start of shift. how many tons total go across it over the 8 hr shift (integrate 0 to 8)",
        "feed rate q(t) = 120 + 30 sin(πt/4) tonnes per hour, t in hours. total tonnes delivered over the shift "
        "(integrate 0 to 8)?",
    ],
)
def test_total_of_a_rate_with_bounds_in_a_remark(question):
    out = confident(question, "calculus")
    assert math.isclose(float(to_sympy(out.result)), _quad(lambda v: 120 + 30 * math.sin(math.pi * v / 4), 0, 8))


@pytest.mark.parametrize(
    "question",
    [
        "PM2.5 diurnal fit c(t) = 20 + 5 sin(πt/12) µg/m³, t hours after midnight. time-weighted average over the "
        "first 6 hours (t=0 to t=6)? exact",
        "temperature T(t) = 20 + 5 sin(πt/12) °C, t hours since sunrise. mean temperature over the first 6 hours?",
    ],
)
def test_average_over_a_first_window(question):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.integrate(20 + 5 * sp.sin(sp.pi * t / 12), (t, 0, 6)) / 6)


@pytest.mark.parametrize(
    "question",
    [
        "CD basis weight profile across our 5 m wide line fits g(x) = 85 + 4x − 0.8x² gsm, x in metres from the "
        "drive side (0 to 5). What's the average basis weight across the full width? exact value pls",
        "h(x) = 85 + 4x - 0.8x^2 mm, x from the edge (0 to 5). mean value across the whole width? exact",
    ],
)
def test_average_across_the_width_bracketed_bounds(question):
    out = confident(question, "calculus")
    want = sp.integrate(85 + 4 * x - sp.Rational(4, 5) * x**2, (x, 0, 5)) / 5
    assert math.isclose(float(to_sympy(out.result)), float(want), rel_tol=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "noise spreading model L(d) = 95 − 20·log10(d) dB(A), d in metres. dL/dd at d = 10 m? exact form please",
        "L(d) = 95 - 20 log10(d) dB, d in m. what's dL/dd at d = 10",
    ],
)
def test_derivative_in_a_variable_named_d(question):
    out = confident(question, "calculus")
    assert math.isclose(float(to_sympy(out.result)), -20 / (10 * math.log(10)), rel_tol=1e-9)


@pytest.mark.parametrize(
    ("question", "k", "ambient", "start"),
    [
        ("Jumbo roll comes off the calender at 180 °C and sits in a 25 °C warehouse. Assume dT/dt = −0.05 (T − 25) "
         "with t in minutes. Give me T(t).", sp.Rational(1, 20), 25, 180),
        ("A casting leaves the mould at 650 °C and cools in a 30 °C shop. dT/dt = -0.02(T - 30), t in min. Find "
         "T(t).", sp.Rational(1, 50), 30, 650),
        ("coffee poured at 90 °C into a mug in a 20 °C room follows dT/dt = -0.1(T - 20). what's T(t)?",
         sp.Rational(1, 10), 20, 90),
    ],
)  # fmt: skip
def test_cooling_starts_at_the_other_temperature(question, k, ambient, start):
    out = confident(question, "calculus")
    T = sp.Function("T")
    want = sp.dsolve(sp.Eq(T(t).diff(t), -k * (T(t) - ambient)), T(t), ics={T(0): start}).rhs
    assert same_expr(out.result, want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("lim x→0 of (1 − cos 3x)/x²  ... came up in a vibration fixture calc, exact value pls",
         sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)),
        ("lim x->0 sin 5x / x ... from a gear calc", sp.limit(sp.sin(5 * x) / x, x, 0)),
    ],
)  # fmt: skip
def test_limit_with_a_remark_after_an_ellipsis(question, want):
    out = confident(question, "calculus")
    assert same_expr(out.result, want)


def test_ellipsis_inside_mathematics_stays():
    assert cut_trailing_remarks("1 + x + x^2 ... infinity") == "1 + x + x^2 ... infinity"
    assert cut_trailing_remarks("sum 1 + 1/2 + ... to infinity") == "sum 1 + 1/2 + ... to infinity"


def test_units_with_superscripts_and_weighting():
    assert strip_units("20 + 5 sin(πt/12) µg/m³", "t") == "20 + 5 sin(πt/12)"
    assert strip_units("95 − 20·log10(d) dB(A)", "d") == "95 − 20·log10(d)"
    assert strip_units("2x^2 + x³", "x") == "2x^2 + x³"


@pytest.mark.parametrize(
    "question",
    [
        # three temperatures: which one it starts at is not read
        "Jumbo roll at 180 °C sits in a 25 °C warehouse and must cool to 60 °C. dT/dt = −0.05 (T − 25), t in "
        "minutes. Give me T(t).",
        # the ambient alone: no initial value
        "roll sits in a 25 °C warehouse. dT/dt = −0.05 (T − 25), t in minutes. Give me T(t).",
        # the window and its bounds disagree
        "c(t) = 20 + 5 sin(πt/12) ppb, t hours after midnight. average over the first 6 hours (t=0 to t=8)?",
    ],
)
def test_declines(question):
    declined(question)
