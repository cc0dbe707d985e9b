"""Task s3: calculus and solve-for in stated formulas. A derivative of a quantity named by a Greek letter with no
argument ("Δp = 0.00035·Q², dΔp/dQ at Q = 4200"); an integrand whose letter the question defines as a formula of
the integration variable ("T = 110 + 0.6t ... integrate 10^((T - 121.1)/10) over 0–20 min"), its ends checked
against the values the question states; the time a rate dN/dt is at its maximum (f'' = 0, a maximum of f'); an
expression set to a number in words ("at what T does 10^((T - 121.1)/10) equal 4"); a formula solved where "it
drops to" a value. References are computed here with sympy, math and scipy, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _result(question: str, mode: str) -> sp.Expr:
    """The confident answer of ``question`` in ``mode`` as a sympy expression (a list's one element)."""
    result = confident(question, mode).to_dict()["result"]
    if isinstance(result, list):
        assert len(result) == 1, result
        result = result[0]
    return to_sympy(str(result))


@pytest.mark.parametrize(
    "question",
    [
        "duct static loss modelled as Δp = 0.00035·Q² (Pa, Q in cfm). what's dΔp/dQ at Q = 4200 cfm, in Pa per cfm?",
        "ΔP = 0.00035Q^2 (Pa, Q in cfm); find dΔP/dQ when Q = 4200",
        "Pressure loss Δp = 0.00035*Q^2 Pa. What is dΔp/dQ at Q = 4200 cfm?",
    ],
)
def test_greek_named_derivative_at_a_point(question: str) -> None:
    want = 2 * 0.00035 * 4200  # d(aQ^2)/dQ = 2aQ
    assert float(_result(question, "calculus")) == pytest.approx(want, rel=1e-12)


def test_greek_named_derivative_of_a_time_function() -> None:
    want = 0.5 * 2 * 4 + 3  # d(0.5t^2 + 3t)/dt at t = 4
    assert float(_result("θ = 0.5t^2 + 3t. what is dθ/dt at t = 4?", "calculus")) == pytest.approx(want)


def _f0() -> float:
    """F0 of the ramp T = 110 + 0.6t over 0 to 20 min, z = 10, Tref = 121.1, by quadrature."""
    return integrate.quad(lambda t: 10 ** ((110 + 0.6 * t - 121.1) / 10), 0, 20)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Heat-up phase of an SIP cycle: probe temperature rises linearly from 110 °C at t=0 to 122 °C at t=20 min "
        "(T = 110 + 0.6t, t in minutes). With z = 10 °C and Tref = 121.1 °C, integrate the lethal rate "
        "10^((T−121.1)/10) over 0–20 min. What F0 (minutes) does the ramp contribute?",
        "The probe follows T = 110 + 0.6t during heat-up (t in min). Integrate the lethal rate 10^((T-121.1)/10) over "
        "0-20 min. What F0 does the ramp give?",
        "T = 110 + 0.6t (t in minutes). Integrate 10^((T - 121.1)/10) dt from t = 0 to 20.",
    ],
)
def test_integrand_with_a_formula_of_t_written_out(question: str) -> None:
    assert float(sp.N(_result(question, "calculus"))) == pytest.approx(_f0(), rel=1e-9)
    assert _f0() == pytest.approx(8.343115908119977, rel=1e-12)


def test_ramp_ends_that_disagree_with_the_formula_are_not_confident() -> None:
    declined(
        "Heat-up: probe temperature rises linearly from 110 °C at t=0 to 125 °C at t=20 min (T = 110 + 0.6t, t in "
        "minutes). Integrate the lethal rate 10^((T−121.1)/10) over 0–20 min. What F0?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Growth of a challenge organism in broth follows N(t) = 1000/(1 + 9e^(−0.5t)) (t in hours). At what time t "
        "is the growth rate dN/dt at its maximum? Exact form please.",
        "N(t) = 1000/(1 + 9e^(-0.5t)), t in hours. When is dN/dt largest? Exact answer.",
        "For N(t) = 1000/(1 + 9e^(-0.5t)), find the t at which N'(t) is maximal (exact).",
    ],
)
def test_time_of_the_fastest_growth(question: str) -> None:
    t = sp.Symbol("t", real=True)
    n = 1000 / (1 + 9 * sp.exp(-t / 2))
    inflection = sp.log(9) / sp.Rational(1, 2)  # 9 e^(-t/2) = 1
    assert sp.diff(n, t, 2).subs(t, inflection).simplify() == 0
    assert float(sp.diff(n, t, 3).subs(t, inflection)) < 0  # a maximum of dN/dt
    got = _result(question, "calculus")
    assert sp.simplify(got - sp.log(81)) == 0
    assert float(got) == pytest.approx(float(inflection))


def test_largest_growth_rate_value() -> None:
    got = _result("N(t) = 1000/(1 + 9e^(-0.5t)). What is the maximum value of dN/dt?", "calculus")
    assert float(got) == pytest.approx(0.5 * 1000 / 4)  # r K / 4 of the logistic curve


@pytest.mark.parametrize(
    "question",
    [
        "For z = 10 °C and reference 121.1 °C, at what temperature T does the lethal rate 10^((T − 121.1)/10) equal "
        "exactly 4? Solve for T (exact expression).",
        "At what T does 10^((T - 121.1)/10) equal 4? Exact value please.",
        "For which temperature T is the lethal rate 10^((T − 121.1)/10) equal to 4? Solve for T exactly.",
    ],
)
def test_expression_set_to_a_number_in_words(question: str) -> None:
    got = _result(question, "algebra")
    assert sp.simplify(got - (sp.Rational(1211, 10) + 10 * sp.log(4) / sp.log(10))) == 0
    assert float(got) == pytest.approx(121.1 + 10 * math.log10(4), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "Same riser curve, T = 25 + 1425e^(-t/40). Solve for the exact t where it drops to 600 °C (closed form, no "
        "decimals).",
        "T = 25 + 1425e^(-t/40) (t in s). Solve for t when it falls to 600, exact form.",
        "Cooling curve T = 25 + 1425e^(-t/40): solve for t once T reaches 600 °C, exact.",
    ],
)
def test_formula_solved_where_it_drops_to_a_value(question: str) -> None:
    got = _result(question, "algebra")
    assert sp.simplify(got - 40 * sp.log(sp.Rational(57, 23))) == 0
    assert float(got) == pytest.approx(-40 * math.log((600 - 25) / 1425), rel=1e-12)
