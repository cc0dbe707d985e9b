"""Calculus of an unseen round (w1): an integral's sign after the word "integral" named in prose, "∫ C dt" of a
defined C(t), the argument of an extreme of an expression of the defined function, an ODE's solution asked as the
function with its initial value in words. References by sympy, never havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of, same_expr

x, t = sp.symbols("x t", real=True)
Q = sp.Symbol("Q", positive=True)
C = sp.Function("C")

HAZ = sp.integrate(x * sp.exp(2 * x), (x, 0, 1))
EXPOSURE = sp.integrate(120 * sp.exp(-sp.Rational(5, 100) * t), (t, 0, 60))
PUMP = set(sp.solve(sp.diff(Q * (45 - sp.Rational(2, 1000) * Q**2), Q), Q))
CSTR = sp.dsolve(sp.Eq(C(t).diff(t), (80 - C(t)) / 15), C(t), ics={C(0): 0}).rhs


@pytest.mark.parametrize(
    "question",
    [
        "Black belt here, sanity-checking a weighting integral in our heat-affected-zone model before it goes into the "
        "weld spec. I need ∫ from 0 to 1 of x·e^(2x) dx, exact closed form, not a decimal.",
        "Checking a weighting integral in our weld model: ∫ from 0 to 1 of x·e^(2x) dx, exact form please.",
        "Our heat-affected-zone model has a weighting integral; I need the integral from 0 to 1 of x e^(2x) dx, exact.",
        "Sanity check on the HAZ weighting integral for the weld spec: ∫_0^1 x e^(2x) dx, closed form.",
    ],
)
def test_integral_named_in_prose_before_its_sign(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, HAZ)


@pytest.mark.parametrize(
    "question",
    [
        "Phenol in the batch tank decays like C(t) = 120·e^(−0.05t) mg/L, t in minutes. What's the exposure integral ∫ "
        "C dt from t = 0 to t = 60 min (mg·min/L)? exact form please",
        "Concentration C(t) = 120 e^(-0.05t) mg/L with t in minutes. Exposure integral ∫ C dt from t = 0 to t = 60 "
        "min? Exact form.",
        "Phenol decays as C(t) = 120·e^(−0.05t) mg/L (t in min). Compute the exposure integral ∫ C dt from 0 to 60 "
        "min, exact please.",
    ],
)
def test_integral_of_a_defined_function_by_its_name(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, EXPOSURE)


@pytest.mark.parametrize(
    "question",
    [
        "Homework 4.3: A centrifugal pump's head curve is H(Q) = 45 − 0.002Q² (H in m, Q in m³/h). Hydraulic power is "
        "proportional to the product Q·H. Find the flow Q > 0 that maximizes Q·H. Give the exact value.",
        "Pump head curve H(Q) = 45 - 0.002Q^2 (m, Q in m3/h). Hydraulic power goes like Q·H. Which Q > 0 maximizes "
        "Q·H? Exact value.",
        "For a pump with head H(Q) = 45 − 0.002Q², find the flow rate Q > 0 that maximises the product Q*H "
        "(proportional to hydraulic power).",
        "H(Q) = 45 - 0.002 Q^2 is the head. Which Q > 0 makes Q·H(Q) a maximum?",
        "A pump's head curve is H(Q) = 45 − 0.002Q². Hydraulic power is proportional to Q·H. Find the flow Q > 0 that "
        "maximizes the hydraulic power.",
    ],
)
def test_extreme_of_an_expression_of_the_defined_function(question: str) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == roots_of([str(r) for r in PUMP])


def test_extreme_of_the_function_itself_stays() -> None:
    head = sp.solve(sp.diff(45 - sp.Rational(2, 1000) * x**2, x), x)
    out = confident("A pump's head curve is H(Q) = 45 − 0.002Q². Which Q gives the maximum H?", "calculus")
    assert roots_of(out.result) == roots_of([str(r) for r in head])


@pytest.mark.parametrize(
    "question",
    [
        "A pump's head curve is H(Q) = 45 − 0.002Q². Find the flow Q > 0 that maximizes Q·H·k.",
        "A pump's head curve is H(Q) = 45 − 0.002Q². Hydraulic power is proportional to Q·H. Which Q > 0 maximizes "
        "the output?",
    ],
)
def test_extreme_of_an_unread_quantity_is_declined(question: str) -> None:
    declined(question)


def test_physical_power_is_no_sample_size() -> None:
    from havoc_cli.reason.pipeline import reason

    assert reason("Hydraulic power is proportional to the product of flow and head. What is the power?").mode != (
        "sample_size"
    )


@pytest.mark.parametrize(
    "question",
    [
        "@mike quick one — clean CSTR (starts at 0 mg/L) fed 80 mg/L feed, residence time τ = 15 min, perfectly mixed "
        "so dC/dt = (80 − C)/15. what's C(t)? t in min",
        "A CSTR initially at 0 mg/L is fed 80 mg/L; dC/dt = (80 − C)/15 with t in min. Find C(t).",
        "dC/dt = (80 - C)/15, C(0) = 0. what is C(t)?",
        "Tank concentration starts at 0 mg/L and follows dC/dt = (80 − C)/15 (t in min). Give C(t).",
        "Perfectly mixed tank, dC/dt = (80 − C)/15, initial concentration 0 mg/L. Solve for C(t).",
    ],
)
def test_ode_solution_asked_as_the_function(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, CSTR)


@pytest.mark.parametrize(
    "question",
    [
        "Perfectly mixed tank, dC/dt = (80 − C)/15. What's C(t)?",
        "Tank starts at 10 mg/L, dC/dt = (80 − C)/15, initially 0 mg/L. What's C(t)?",
    ],
)
def test_ode_without_one_initial_value_is_declined(question: str) -> None:
    declined(question)
