"""Task z3: a bracketed unit after the ask is a remark, never the integrand ("AUC from 0 to infinity (mg*h/L)"); a
function named by a Greek capital with a letter ("ΔT(t)") and its one stated interval ("t∈[0,30]") for "the area
under ΔT"; a derivative of a definition written inside the ask ("d/dt of N(t) = ... evaluated at t=0"); an average
"over the full width" over the one interval stated; clock times as bounds from the origin of t the question states
("t in hours from 7am ... between 7 and 9am"), declined without one. References are computed here with sympy, math
and scipy, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

t, x = sp.symbols("t x", real=True)


def _value(question: str) -> float:
    """The confident calculus answer of ``question`` as a float."""
    return float(sp.N(to_sympy(str(confident(question, "calculus").to_dict()["result"]))))


@pytest.mark.parametrize(
    ("question", "amplitude", "rate"),
    [
        ("Plasma conc after an IV bolus is modeled as C(t) = 10·e^(−0.2t) mg/L with t in hours. What is the total "
         "area under the curve from t = 0 to infinity (mg·h/L)?", 10, 0.2),
        ("PK question from pharmacy: plasma conc after IV bolus is C(t) = 20·e^(−0.15t) mg/L, t in hours. What's the "
         "AUC from 0 to infinity (mg·h/L)? exact value please", 20, 0.15),
        ("C(t) = 8 e^(-0.5t) mg/L (t in h). area under the curve from 0 to infinity (mg*h/L)?", 8, 0.5),
        ("concentration C(t) = 10 e^(-0.2t) mg/L. integrate C from t = 0 to infinity (mg h/L), exact", 10, 0.2),
    ],
)  # fmt: skip
def test_bracketed_unit_after_the_ask_is_no_integrand(question: str, amplitude: float, rate: float) -> None:
    want = integrate.quad(lambda v: amplitude * math.exp(-rate * v), 0, math.inf)[0]
    assert _value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "thermal cycle excursion above ambient ΔT(t)=40·sin(πt/30) K over one half-cycle t∈[0,30] min. what's the area "
        "under ΔT (K·min), exact?",
        "excursion above ambient ΔT(t) = 40 sin(πt/30) K for 0 ≤ t ≤ 30 min. What is the area under ΔT? exact",
        "δx(t) = 40 sin(pi t/30) mm over t in [0, 30] s. find the area under the curve of δx",
    ],
)
def test_greek_prefixed_function_and_its_one_interval(question: str) -> None:
    want = sp.integrate(40 * sp.sin(sp.pi * t / 30), (t, 0, 30))
    assert want == 2400 / sp.pi
    assert _value(question) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "d/dt of N(t) = 50/(1+e^(-0.2t)) evaluated at t=0  (N = staff who have done the new sepsis module, t in days)",
        "derivative of N(t) = 50/(1+e^(-0.2t)) at t = 0",
        "what is dN/dt at t = 0 if N(t) = 50/(1 + e^(-0.2t))?",
    ],
)
def test_derivative_of_a_definition_inside_the_ask(question: str) -> None:
    want = sp.diff(50 / (1 + sp.exp(-sp.Rational(1, 5) * t)), t).subs(t, 0)
    assert want == sp.Rational(5, 2)
    assert _value(question) == pytest.approx(float(want), rel=1e-9)


def test_derivative_of_f_defined_inside_the_ask_keeps_its_point() -> None:
    assert _value("derivative of f(t) = t^3 at t = 2") == pytest.approx(float(sp.diff(t**3, t).subs(t, 2)))


@pytest.mark.parametrize(
    "question",
    [
        "cross-machine basis weight profile on PM3 is roughly w(x) = 80 + 3 sin(πx/5) g/m², x = position across the "
        "5 m deckle from 0 to 5. what's the average basis weight over the full width? exact answer",
        "w(x) = 80 + 3 sin(pi x/5) g/m^2 across the sheet, x from 0 to 5 m. what is the mean value of w over the whole "
        "width?",
        "w(x) = 80 + 3 sin(pi x/5) g/m^2 for x from 0 to 5 m. average basis weight across the whole width? exact value "
        "please",
    ],
)
def test_average_over_the_full_width(question: str) -> None:
    want = sp.integrate(80 + 3 * sp.sin(sp.pi * x / 5), (x, 0, 5)) / 5
    assert sp.simplify(want - (80 + 6 / sp.pi)) == 0
    assert _value(question) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "lo", "hi"),
    [
        ("ED triage arrivals during the morning surge come in at a rate λ(t) = 3t² + 2t patients per hour, t measured "
         "in hours from 7am. How many arrivals do we expect between 7 and 9am?", 0, 2),
        ("arrivals come in at a rate r(t) = 3t^2 + 2t patients per hour, with t in hours after 7 am. how many patients "
         "arrive from 7 am to 9 am?", 0, 2),
        ("calls arrive at a rate r(t) = 3t^2 + 2t per hour (t in hours since 7:00). how many calls come in between "
         "8:00 and 9:00?", 1, 2),
    ],
)  # fmt: skip
def test_clock_times_as_values_of_t(question: str, lo: float, hi: float) -> None:
    want = integrate.quad(lambda v: 3 * v**2 + 2 * v, lo, hi)[0]
    assert _value(question) == pytest.approx(want, rel=1e-9)


def test_clock_times_without_an_origin_are_declined() -> None:
    declined(
        "arrivals come in at a rate r(t) = 3t^2 + 2t patients per hour. how many patients arrive between 7 and 9am?"
    )


def test_clock_bounds_in_minutes_and_without_meridiem_on_the_lower_end() -> None:
    from plugins.symbolic.calculus_prose import clock_bounds, clock_problem

    minutes = clock_bounds("t in minutes after 7:00 am. how many between 7:30 am and 9 am")
    assert (minutes.lo, minutes.hi) == ("30", "120")
    noon = clock_bounds("between 11 and 1pm, t in hours from 10am")
    assert (noon.lo, noon.hi) == ("1", "3")
    assert clock_bounds("between 7 and 9, t in hours from 7am") is None  # plain numbers: no clock
    assert clock_problem("rate 3t^2, how many between 7 and 9am") is not None
