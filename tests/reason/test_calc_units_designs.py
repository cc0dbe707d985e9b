"""Engineering formulas, integrals, designs and units (branch p4-calc): the ångström's symbol, an integral's purpose
clause without an article ("to get total nm removed"), an integral with its differential over a defined profile
("integrate u·2πr dr"), a function named by a Greek letter ("dλ/dt"), a stated equation solved for a described name
("solve for the oxide thickness x", the positive root), and a full factorial whose factors list their levels.
References: scipy quad, scipy.constants, sympy and itertools computed here; near misses decline."""

from __future__ import annotations

import itertools
import math

import sympy as sp
from scipy import constants, integrate

from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.greek_names import short_greek_functions
from plugins.symbolic.remarks import cut_trailing_remarks
from tests.reason.answers import confident, declined, roots_of, same_expr


def _value(result) -> float:
    return float(to_sympy(result))


# ---- units ------------------------------------------------------------------------------------------------------
def test_angstrom_symbol_converts_to_micrometres():
    out = confident("convert 4750 Å to µm", "unit_conversion")
    assert math.isclose(out.result["value"], 4750 * constants.angstrom / constants.micro, rel_tol=1e-12)


def test_angstrom_sign_and_word_convert_alike():
    sign = confident("convert 4750 \u212b to nm", "unit_conversion")
    word = confident("convert 4750 angstroms to nm", "unit_conversion")
    assert math.isclose(sign.result["value"], 4750 * constants.angstrom / constants.nano, rel_tol=1e-12)
    assert math.isclose(word.result["value"], sign.result["value"], rel_tol=1e-12)


# ---- integrals --------------------------------------------------------------------------------------------------
def test_purpose_clause_without_article_is_cut():
    assert cut_trailing_remarks("integrate from t = 0 to 30 s to get total nm removed") == (
        "integrate from t = 0 to 30 s"
    )
    assert cut_trailing_remarks("solve x^2 = 4 to find x") == "solve x^2 = 4 to find x"  # the name asked stays


def test_etch_rate_integrated_over_a_bound_with_its_unit():
    out = confident(
        "etch rate during the main step is r(t) = 4 + 0.6t − 0.02t² nm/s. integrate from t = 0 to 30 s to get total "
        "nm removed",
        "calculus",
    )
    reference, _ = integrate.quad(lambda t: 4 + 0.6 * t - 0.02 * t**2, 0, 30)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


def test_flow_rate_of_a_velocity_profile_with_its_differential():
    out = confident(
        "laminar pipe flow, velocity profile u(r) = 2(1 − r²/0.05²) m/s for 0 ≤ r ≤ 0.05 m. integrate u·2πr dr from "
        "0 to 0.05 to get the volumetric flow rate Q in m³/s",
        "calculus",
    )
    reference, _ = integrate.quad(lambda r: 2 * (1 - r**2 / 0.05**2) * 2 * math.pi * r, 0, 0.05)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)
    assert math.isclose(reference, math.pi / 400, rel_tol=1e-12)


def test_squared_radius_in_a_profile_asks_no_r_squared():
    out = confident(
        "velocity profile u(r) = 3(1 - r^2/0.1^2) m/s. integrate u*2*pi*r dr from 0 to 0.1 to get the flow rate",
        "calculus",
    )
    reference, _ = integrate.quad(lambda r: 3 * (1 - r**2 / 0.01) * 2 * math.pi * r, 0, 0.1)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


# ---- a function named by a Greek letter -------------------------------------------------------------------------
def test_greek_function_names_read_as_their_capital():
    assert short_greek_functions("lambda (t) = 5t^2. dlambda /dt?") == "L(t) = 5t^2. dL /dt?"
    assert short_greek_functions("lambda (t) = 3t and L = 2. dlambda/dt") == "lambda (t) = 3t and L = 2. dlambda/dt"
    assert short_greek_functions("lambda is 2 per hour") == "lambda is 2 per hour"  # no function defined


def test_derivative_of_a_lambda_named_intensity():
    out = confident(
        "green belt asked me this one: defect intensity model λ(t) = 5t² e^(−0.2t). what's dλ/dt?", "calculus"
    )
    got = to_sympy(out.result)
    (t,) = got.free_symbols  # the engine's t, with its assumptions
    assert same_expr(out.result, sp.diff(5 * t**2 * sp.exp(-t / 5), t))
    assert sp.simplify(got - t * (10 - t) * sp.exp(-t / 5)) == 0


def test_derivative_of_a_lambda_hazard_at_a_point():
    out = confident("the hazard λ(t) = 0.02 t^1.5. find dλ/dt at t = 4", "calculus")
    assert math.isclose(_value(out.result), 0.02 * 1.5 * 4**0.5, rel_tol=1e-12)


# ---- a stated equation solved for a described name --------------------------------------------------------------
def test_deal_grove_positive_root():
    out = confident(
        "Deal-Grove for our wet ox: x² + A·x = B·t with A = 0.165 µm, B = 0.0117 µm²/h and t = 4 h. Solve for the "
        "oxide thickness x in µm (the positive root).",
        "algebra",
    )
    a, b, t = 0.165, 0.0117, 4
    reference = (-a + math.sqrt(a * a + 4 * b * t)) / 2
    roots = [float(r) for r in roots_of(out.result)]
    assert len(roots) == 1 and math.isclose(roots[0], reference, rel_tol=1e-12)


def test_equation_solved_for_every_real_root_without_a_sign():
    out = confident("x^2 + A*x = B*t with A = 0.165, B = 0.0117 and t = 4. Solve for x.", "algebra")
    x = sp.Symbol("x")
    want = sp.solve(x**2 + sp.Rational(165, 1000) * x - sp.Rational(117, 10000) * 4, x)
    assert {round(float(r), 12) for r in roots_of(out.result)} == {round(float(r), 12) for r in want}


def test_equation_missing_a_value_declines():
    declined("Deal-Grove: x^2 + A*x = B*t with A = 0.165 and t = 4. Solve for the oxide thickness x (positive root)")


def test_described_name_not_in_the_formula_declines():
    declined("x^2 + A*x = B*t with A = 0.165, B = 0.0117 and t = 4. Solve for the oxide thickness.")


# ---- a full factorial of listed levels --------------------------------------------------------------------------
def test_mixed_level_factorial_of_listed_levels():
    out = confident(
        "I want a full factorial on the anneal furnace: three temperatures (900, 950, 1000 °C), two times (30 and 60 "
        "min) and two ambients (N2, Ar), with every combination run twice (2 replicates). How many runs is that?",
        "design",
    )
    runs = len(list(itertools.product([900, 950, 1000], [30, 60], ["N2", "Ar"]))) * 2
    assert out.result["runs"] == runs == 24


def test_two_level_factorial_of_listed_levels():
    out = confident(
        "full factorial: two temperatures (900, 1000 C), two times (30, 60 min) and two ambients (N2, Ar), "
        "2 replicates. How many runs?",
        "design",
    )
    assert out.result["runs"] == len(list(itertools.product([900, 1000], [30, 60], ["N2", "Ar"]))) * 2


def test_count_that_differs_from_its_list_declines():
    declined(
        "full factorial: three temperatures (900, 950 C), two times (30, 60 min) and two gases (N2, Ar). how many runs?"
    )


# ---- a first-order ODE with its initial value -------------------------------------------------------------------
def test_newton_cooling_ode_with_initial_value():
    out = confident(
        "Solve the ODE dT/dt = −0.1(T − 20) with T(0) = 90 (Newton's law of cooling, t in minutes, T in °C). "
        "Give T(t).",
        "calculus",
    )
    got = to_sympy(out.result)
    (t,) = got.free_symbols
    T = sp.Function("T")
    reference = sp.dsolve(sp.Eq(T(t).diff(t), -sp.Rational(1, 10) * (T(t) - 20)), T(t), ics={T(0): 90}).rhs
    for point in (0, 1.5, 10, 30):
        assert math.isclose(float(got.subs(t, point)), float(reference.subs(t, point)), rel_tol=1e-12)
    assert math.isclose(float(got.subs(t, 10)), 20 + 70 * math.exp(-1), rel_tol=1e-12)


def test_separable_ode_against_its_closed_form():
    out = confident("solve the ODE dy/dx = x*y, y(0) = 2", "calculus")
    got = to_sympy(out.result)
    (x,) = got.free_symbols
    assert math.isclose(float(got.subs(x, 1.3)), 2 * math.exp(1.3**2 / 2), rel_tol=1e-12)


def test_ode_without_initial_value_declines():
    assert "initial value" in declined("Solve the ODE dT/dt = −0.1(T − 20). Give T(t).")


def test_ode_the_engine_cannot_solve_declines():
    declined("solve the ODE dy/dx = sin(y)*x + y^3 with y(0) = 1")
