"""Calculus and algebra in engineers' words (branch p3-calc): "Integrate it from a to b h to get ...", a function named
with two letters whose argument is a capital ("cp(T) = ... J/(mol·K)") and the bounds the integral's sentence states
("heating from 300 K to 500 K, i.e. the integral of cp dT"), "(integrate from t = 0 to 4)" closing a question, a remark after a dash
("— exact value please"), "ℓ(p)", a formula solved for a name at values given for the others ("solve for ΔT"), and
a matrix pasted as lines of numbers. References: scipy quad, sympy and numpy computed here; near misses decline."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import plain_text
from plugins.symbolic.pasted_matrix import pasted_rows
from plugins.symbolic.reasoning import plan_calculus
from plugins.symbolic.remarks import cut_trailing_remarks, drop_remarks, strip_units
from plugins.symbolic.solve_for import solve_for_parts
from tests.reason.answers import confident, declined, roots_of, same_expr


def _value(result) -> float:
    return float(to_sympy(result))


# ---- integrals of a defined function --------------------------------------------------------------------------
def test_integrate_it_with_a_purpose_clause_and_an_hour_bound():
    out = confident(
        "Hazard rate for the wiper motor brushes is h(t) = 3×10⁻⁹·t² per hour. Integrate it from 0 to 800 h to get "
        "the cumulative hazard H(800).",
        "calculus",
    )
    reference, _ = integrate.quad(lambda t: 3e-9 * t**2, 0, 800)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_heat_capacity_integral_over_the_heating_bounds():
    out = confident(
        "Heat capacity of the vapour: cp(T) = 28.1 + 0.0042·T − 1.5×10⁵/T² J/(mol·K). What is ΔH for heating from "
        "300 K to 500 K, i.e. the integral of cp dT, in J/mol?",
        "calculus",
    )
    reference, _ = integrate.quad(lambda T: 28.1 + 0.0042 * T - 1.5e5 / T**2, 300, 500)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_integrate_a_two_letter_function_between_bounds_in_kelvin():
    out = confident(
        "Molar heat capacity cp(T) = 29.0 + 0.003·T J/(mol·K). Find the integral of cp from 300 K to 400 K.", "calculus"
    )
    reference, _ = integrate.quad(lambda T: 29.0 + 0.003 * T, 300, 400)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_released_over_the_first_days():
    out = confident(
        "A drug-eluting stent coating releases drug at r(t) = 5·e^(−0.5t) µg/day. How many µg in total are released "
        "over the first 4 days (integrate from t = 0 to 4)?",
        "calculus",
    )
    reference, _ = integrate.quad(lambda t: 5 * math.exp(-0.5 * t), 0, 4)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_bounds_in_a_closing_bracket_are_kept():
    assert drop_remarks("released over the first 4 days (integrate from t = 0 to 4)?") == (
        "released over the first 4 days, integrate from t = 0 to 4?"
    )
    assert drop_remarks("x^2 + 1 (numerically is fine)") == "x^2 + 1"
    # "the first 4 days" of a rate per day: from 0 to 4 in t's unit (task x2)
    out = confident("r(t) = 5·e^(−0.5t) µg/day. How many µg in total are released over the first 4 days?", "calculus")
    reference, _ = integrate.quad(lambda t: 5 * math.exp(-0.5 * t), 0, 4)
    assert math.isclose(float(to_sympy(out.result)), reference, rel_tol=1e-9)


def test_a_dash_remark_ends_the_expression():
    out = confident("∫ from 0 to π/2 of sin²(x)·cos(x) dx — exact value please", "calculus")
    x = sp.Symbol("x")
    assert same_expr(out.result, sp.integrate(sp.sin(x) ** 2 * sp.cos(x), (x, 0, sp.pi / 2)))
    assert cut_trailing_remarks("x^2 dx - show steps") == "x^2 dx"
    assert cut_trailing_remarks("x - sin x") == "x - sin x"  # a difference, no remark


def test_script_l_of_a_log_likelihood():
    assert plain_text("ℓ(p) = 7 ln p") == "l(p) = 7 ln p"
    out = reason_result(
        "For 7 successes in 10 Bernoulli trials the log-likelihood is ℓ(p) = 7 ln p + 3 ln(1 − p). Differentiate ℓ(p) "
        "with respect to p."
    )
    p = sp.Symbol("p")
    reference = sp.diff(7 * sp.log(p) + 3 * sp.log(1 - p), p)
    got = to_sympy(out)
    (q,) = got.free_symbols
    for at in (0.2, 0.5, 0.7):
        assert math.isclose(float(got.subs(q, at)), float(reference.subs(p, at)), rel_tol=1e-12)


def test_a_total_split_into_two_used_parts_is_used():
    question = (
        "For 7 successes in 10 Bernoulli trials the log-likelihood is ℓ(p) = 7 ln p + 3 ln(1 − p). Differentiate ℓ(p)"
    )
    confident(f"{question} with respect to p.", "calculus")  # 10 = 7 + 3: both parts are in the plan
    declined(f"{question.replace('3 ln', '2 ln')} with respect to p.")  # 7 + 2 is no 10: the 10 is unused


def reason_result(question: str):
    from havoc_cli.reason.pipeline import reason

    out = reason(question)
    assert out.answered, out.answer
    return out.result


def test_units_with_a_bracketed_denominator_are_cut():
    assert strip_units("28.1 + 0.0042*T J/(mol*K)", "T") == "28.1 + 0.0042*T"


def test_bounds_elsewhere_do_not_bound_an_integrand_of_its_own():
    plan = plan_calculus("f(x) = x^2 on [0, 2]. Find the integral of f.")  # the bounds are another sentence's
    assert plan.facts["op"] == "integral"


# ---- a formula solved for one of its names ----------------------------------------------------------------------
def test_thermal_expansion_solved_for_delta_t():
    out = confident(
        "Fixture rail grows per L = L0(1 + α·ΔT). With L0 = 250.000 mm, L = 250.060 mm and α = 12×10⁻⁶ per °C, "
        "solve for ΔT in °C.",
        "algebra",
    )
    dT = sp.Symbol("dT")
    (reference,) = sp.solve(sp.Eq(250 * (1 + sp.Rational(12, 10**6) * dT), sp.Rational(250060, 1000)), dT)
    assert roots_of(out.result) == {sp.nsimplify(complex(sp.N(reference, 30)), rational=False)}


def test_ohms_law_solved_for_r():
    out = confident("Ohm's law V = I*R. With V = 12 V and I = 0.5 A, solve for R.", "algebra")
    assert [float(to_sympy(r)) for r in out.result] == [24.0]


def test_solve_for_reads_the_parts():
    parts = solve_for_parts("y = 2x + 3; y = 7, solve for x")
    assert parts is not None and parts.var == "x"
    assert drop_remarks("L0(1 + alpha*DeltaT)") == "L0(1 + alpha*DeltaT)"


@pytest.mark.parametrize(
    "question",
    [
        # a value missing: alpha is not given
        "Fixture rail grows per L = L0(1 + α·ΔT). With L0 = 250.000 mm and L = 250.060 mm, solve for ΔT.",
        # one length in mm, the other in m: not converted here
        "L = L0(1 + α·ΔT). With L0 = 250 mm, L = 0.25006 m and α = 12×10⁻⁶ per °C, solve for ΔT.",
    ],
)
def test_solve_for_near_misses_decline(question):
    declined(question)


# ---- a matrix pasted as lines ------------------------------------------------------------------------------------
def test_determinant_of_a_pasted_matrix():
    out = confident("det of\n3  1  2\n0  4 -1\n5  2  1", "linear_algebra")
    reference = np.linalg.det(np.array([[3, 1, 2], [0, 4, -1], [5, 2, 1]]))
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_pasted_rows():
    assert pasted_rows("inverse of\n2, 1\n1, 3\n") == [["2", "1"], ["1", "3"]]
    assert pasted_rows("det of\n3 1 2\n0 4\n5 2 1") is None  # ragged
    assert pasted_rows("det of\n1 2\n3 4\nand\n5 6\n7 8") is None  # two blocks


def test_ragged_pasted_matrix_declines():
    declined("det of\n3 1 2\n0 4\n5 2 1")
