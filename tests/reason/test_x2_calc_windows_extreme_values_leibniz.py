"""Task x2: energy of a power over a window written by its length, the total of a rate over "the first 60 min", the
value at an extremum, Leibniz notation before its definition, dF/dP in a capital variable, Greek function names.
References are computed here with sympy, independently of havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, same_expr

t, r, x, T, P = sp.symbols("t r x T P", real=True)
POWER = 3 * t**2 - 2 * t + 5


def right_value(question: str, want: float, mode: str) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9, every check passed, its exact result equal to want."""
    out = confident(question, mode)
    assert all(c["passed"] for c in out.checks)
    assert float(to_sympy(out.result)) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Metrology lab energy question for the facilities audit. The thermal chamber controller logs heater power as "
        "P(t) = 3t² − 2t + 5 kW (t in hours) during the soak before we start the CMM runs on the wing ribs. The soak "
        "is four hours long, starting at t = 0. How many kWh does the chamber use over the soak?",
        "heater power P(t) = 3t^2 - 2t + 5 kW, t in hours. How many kWh are used in the first 4 hours?",
        "A furnace draws P(t) = 3t² − 2t + 5 kW (t in h). Total energy over a 4-hour cycle starting at t = 0?",
        "power P(t) = 3t^2 - 2t + 5 kW with t in hours; energy used from t = 0 for 4 hours?",
    ],
)
def test_energy_of_a_power_over_a_window(question: str) -> None:
    right_value(question, float(sp.integrate(POWER, (t, 0, 4))), "calculus")


def test_window_from_a_later_start() -> None:
    right_value("power P(t) = 3t^2 - 2t + 5 kW with t in hours; energy used from t = 2 for 3 hours?",
                float(sp.integrate(POWER, (t, 2, 5))), "calculus")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "pick rate ramps up after shift start like r(t) = 140(1 − e^(−t/20)) picks per min, t in mins. total picks in "
        "teh first 60 min? exact pls",
        "picking rate r(t) = 140(1 - e^(-t/20)) picks/min (t in minutes). How many picks in the first 60 minutes?",
    ],
)
def test_total_of_a_rate_over_the_first_minutes(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.integrate(140 * (1 - sp.exp(-t / 20)), (t, 0, 60)))


def test_window_in_a_larger_unit_than_t_is_converted() -> None:
    out = confident("r(t) = 140(1 − e^(−t/20)) picks per minute, t in min. total picks in the first 2 hours?")
    assert same_expr(out.result, sp.integrate(140 * (1 - sp.exp(-t / 20)), (t, 0, 120)))


@pytest.mark.parametrize(
    "question",
    [
        "r(t) = 140(1 − e^(−t/20)) picks per day, t in days. total picks in the first 2 months?",
        "r(t) = 140(1 − e^(−t/20)) picks per hour, t in hours. total picks in the first 30 minutes?",
    ],
)
def test_window_in_a_unit_not_converting_exactly_is_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    "question",
    [
        "Our curve fit of the trace is T(t) = 20 + 160·t·e^(−t/30) °C with t in minutes (t ≥ 0). What peak part "
        "temperature does that model predict? Exact form is fine",
        "T(t) = 20 + 160 t e^(-t/30) degC, t >= 0 in minutes. what is the peak temperature?",
        "the cure model gives T(t) = 20 + 160*t*exp(-t/30) °C (t in min, t ≥ 0). find the maximum temperature reached",
    ],
)
def test_value_at_a_peak(question: str) -> None:
    f = 20 + 160 * t * sp.exp(-t / 30)
    crit = [c for c in sp.solve(sp.diff(f, t), t) if c >= 0]
    assert len(crit) == 1 and sp.diff(f, t, 2).subs(t, crit[0]) < 0
    out = confident(question, "calculus")
    assert same_expr(out.result, f.subs(t, crit[0]))


@pytest.mark.parametrize(
    ("question", "f", "var"),
    [
        ("turbine output vs inlet guide vane setting x (deg): P(x) = −2x² + 40x + 100 kW. what is the maximum output P, "
         "in kW?", -2 * x**2 + 40 * x + 100, x),
        ("P(x) = -2x^2 + 40x + 100 kW. Find the max power.", -2 * x**2 + 40 * x + 100, x),
        ("cost C(x) = 0.5x^2 - 40x + 1200 dollars. what is the minimum cost?", sp.Rational(1, 2) * x**2 - 40 * x + 1200,
         x),
    ],
)  # fmt: skip
def test_value_at_an_extremum(question: str, f: sp.Expr, var: sp.Symbol) -> None:
    (crit,) = sp.solve(sp.diff(f, var), var)
    right_value(question, float(f.subs(var, crit)), "calculus")


def test_argument_of_the_maximum_still_answers_x() -> None:
    out = confident("P(x) = -2x^2 + 40x + 100. what x gives the maximum P?", "calculus")
    assert [sp.nsimplify(v) for v in out.result] == [sp.solve(sp.diff(-2 * x**2 + 40 * x + 100, x), x)[0]]


def test_value_of_an_extreme_with_two_critical_points_is_declined() -> None:
    declined("f(x) = x^3 - 3x. what is the maximum of f?")


def test_value_of_a_maximum_that_is_a_minimum_is_not_confident() -> None:
    declined("f(x) = x^2. what is the maximum value of f?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("quick one: second derivative d²V/dr² of V(r) = r³·ln(r)  (void growth model, r in µm, r>0)",
         sp.diff(r**3 * sp.log(r), r, 2)),
        ("d^2y/dx^2 of y = x^3 sin(x)?", sp.diff(x**3 * sp.sin(x), x, 2)),
        ("find dV/dr for V(r) = 4/3 pi r^3", sp.diff(sp.Rational(4, 3) * sp.pi * r**3, r)),
        ("Carnot-type efficiency with a 300 K sink: η(T) = 1 − 300/T. Give dη/dT as a function of T.",
         sp.diff(1 - 300 / T, T)),
    ],
)  # fmt: skip
def test_leibniz_and_greek_derivatives(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, want)


@pytest.mark.parametrize(
    ("question", "f", "at"),
    [
        ("unit 3 fuel cost curve F(P) = 0.002P² + 8.5P + 300 $/h, P in MW. incremental cost dF/dP at P = 250 MW?",
         sp.Rational(2, 1000) * P**2 + sp.Rational(17, 2) * P + 300, 250),
        ("heat rate H(P) = 0.01P^2 + 9P + 120 MBtu/h with P in MW; dH/dP at P = 100 MW",
         sp.Rational(1, 100) * P**2 + 9 * P + 120, 100),
        ("θ(P) = 0.5 sin(2P) rad. dθ/dP at P = 1?", sp.sin(2 * P) / 2, 1),
    ],
)  # fmt: skip
def test_derivative_in_a_capital_variable_at_a_point(question: str, f: sp.Expr, at: int) -> None:
    right_value(question, float(sp.diff(f, P).subs(P, at)), "calculus")
