"""Calculus and algebra word problems (branch fix-calc): units after an expression are no factors ("120 e^(-0.3t) ppm",
"5 + 2t litres per minute"); the positive (or non-negative) root selected by "the positive root", "t > 0"; a total
from a rate ("how many litres flow in"); the time a function reaches a value written in its unit; a formula's value
at stated parameters; a change over bounds is f(b) - f(a), never an integral. References: scipy quad, numpy roots,
sympy solve and plain arithmetic here; near misses must decline."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.algebra_prose import asks_negative, drop_domain_words, solve_domain
from plugins.symbolic.evaluate_prose import evaluation_parts
from plugins.symbolic.remarks import strip_units
from plugins.symbolic.word_problems import span_parts, target_parts
from tests.reason.answers import confident, declined, roots_of

t = sp.Symbol("t", real=True)


def _value(result) -> float:
    return float(to_sympy(result))


# ---- units after an expression ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("120 e^(-0.3t) ppm", "120 e^(-0.3t)"),
        ("5 + 2t litres per minute", "5 + 2t"),
        ("10 umol/min", "10"),
        ("20 + 80 e^(-0.1t) degC", "20 + 80 e^(-0.1t)"),
        ("x per", "x per"),  # "per" only after a unit
    ],
)
def test_units_after_an_expression_are_cut(text, body):
    assert strip_units(text, "t") == body


def test_one_letter_with_a_power_after_a_letter_is_a_variable():
    assert strip_units("pi r^2") == "pi r^2"
    assert strip_units("m c^2") == "m c^2"
    assert strip_units("5 m^2") == "5"


def test_short_unit_letters_stay_in_an_integrand_of_its_own():
    assert strip_units("a x^2 + c", "x", letters=2) == "a x^2 + c"  # c is a constant there, not Celsius
    assert strip_units("50 e^(-0.2t) mg/L", "t", letters=2) == "50 e^(-0.2t)"


@pytest.mark.parametrize(
    ("question", "f", "lo", "hi"),
    [
        ("The concentration is C(t) = 120 e^(-0.3t) ppm, t in hours. What is the integral of C(t) from 0 to 10 h?",
         lambda u: 120 * math.exp(-0.3 * u), 0, 10),
        ("integral of 50 e^(-0.2t) mg/L from t = 0 to 5 h", lambda u: 50 * math.exp(-0.2 * u), 0, 5),
        ("Water flows into a tank at q(t) = 5 + 2t litres per minute. How many litres flow in between t = 0 and "
         "t = 10 minutes?", lambda u: 5 + 2 * u, 0, 10),
    ],
)  # fmt: skip
def test_integrals_of_functions_written_with_units(question, f, lo, hi):
    out = confident(question, "calculus")
    assert math.isclose(_value(out.result), integrate.quad(f, lo, hi)[0], rel_tol=1e-9)


# ---- a change is f(b) - f(a) --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "f", "lo", "hi"),
    [
        ("How much does the temperature T(t) = 20 + 5t - 0.1t^2 rise between t = 0 and t = 10?",
         lambda u: 20 + 5 * u - 0.1 * u**2, 0, 10),
        ("The temperature is T(t) = 20 + 5t - 0.1t^2. What is the total rise in temperature between t = 0 and t = 10?",
         lambda u: 20 + 5 * u - 0.1 * u**2, 0, 10),
        ("The velocity is v(t) = 3t^2 - 2t m/s. How much does the velocity increase between t = 0 and t = 2 s?",
         lambda u: 3 * u**2 - 2 * u, 0, 2),
        ("h(t) = 50 - 4.9t^2 m. What is the net change in h between t = 0 and t = 3?", lambda u: 50 - 4.9 * u**2, 0, 3),
    ],
)  # fmt: skip
def test_a_change_over_bounds_is_a_difference_not_an_integral(question, f, lo, hi):
    out = confident(question, "calculus")
    assert "integrate" not in out.plan and "subs(" in out.plan
    assert math.isclose(_value(out.result), f(hi) - f(lo), rel_tol=1e-12)


def test_a_positions_displacement_is_a_difference_and_its_distance_is_declined():
    out = confident("h(t) = 50 - 4.9t^2 m. What is the displacement between t = 0 and t = 2 s?", "calculus")
    assert math.isclose(_value(out.result), (50 - 4.9 * 2**2) - 50, rel_tol=1e-12)
    out = confident("The position is x(t) = t^3 - 3t. What is the displacement from t = 0 to t = 2?", "calculus")
    assert math.isclose(_value(out.result), (2**3 - 3 * 2) - 0, abs_tol=1e-12)
    declined("h(t) = 50 - 4.9t^2 m. How far does the ball fall between t = 0 and t = 2 s?")  # not its integral


def test_a_rate_still_integrates_and_its_own_change_does_not():
    rate = "Water flows into a tank at q(t) = 5 + 2t L/min."
    assert not span_parts(f"{rate} How much does the volume increase between t = 0 and t = 10 min?").change
    assert span_parts(f"{rate} How much does the flow rate increase between t = 0 and t = 10 min?").change
    assert span_parts("P(t) = 100 e^(0.02t). How many people are there between t = 0 and t = 10?") is None


def test_bounds_are_no_value_the_function_reaches():
    # lower case (as the mode stage reads it): "t = 0" of the bounds does not set T(t) to 0
    assert (
        target_parts("the temperature is t(t) = 20 + 5t - 0.1t^2. what is the total rise between t = 0 and t = 10?")
        is None
    )


# ---- the positive root --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("only the positive root makes physical sense", "positive"),
        ("what is the positive solution?", "positive"),
        ("solve it for t > 0", "positive"),
        ("the non-negative root", "nonnegative"),
        ("(t >= 0)", "nonnegative"),
        ("for x ≥ 0", "nonnegative"),
        ("solve x^2 - 4 = 0", "auto"),
        ("roots for t > 0.5", "auto"),  # a bound other than 0 is no sign
        ("discard the negative root; what is t?", "nonnegative"),
        ("ignoring negative solutions", "nonnegative"),
        # the user asks for every root and discards one afterwards: once answered with the one root at 0.97
        ("give both roots, I'll throw out the negative one for the concentration", "auto"),
        ("list all the solutions; we will discard the negative ones later", "auto"),
    ],
)
def test_sign_words_select_a_domain(text, domain):
    assert solve_domain(text) == domain


def test_sign_conditions_are_dropped_from_the_equation():
    assert drop_domain_words("5 + 20t - 4.9t^2 = 0 with t > 0.") == "5 + 20t - 4.9t^2 = 0."


@pytest.mark.parametrize(
    ("question", "coefficients", "strict"),
    [
        ("The height satisfies 4.9t^2 - 20t - 5 = 0; only the positive root makes physical sense, give just that one.",
         [4.9, -20, -5], True),
        ("A stone's height obeys 5 + 20t - 4.9t^2 = 0 with t > 0. Solve for t.", [-4.9, 20, 5], True),
        ("solve x^2 - 3x = 0 for x > 0", [1, -3, 0], True),
        ("the non-negative roots of x^2 - 3x = 0", [1, -3, 0], False),
        ("The height satisfies 4.9t^2 - 20t - 5 = 0. Discard the negative root; what is t?", [4.9, -20, -5], False),
    ],
)  # fmt: skip
def test_the_positive_root_alone(question, coefficients, strict):
    out = confident(question, "algebra")
    every = [r.real for r in np.roots(coefficients) if abs(r.imag) < 1e-12]
    want = sorted(r for r in every if (r > 1e-12 if strict else r > -1e-12))
    got = sorted(float(sp.re(v)) for v in roots_of(out.result))
    assert np.allclose(got, want, atol=1e-9)


@pytest.mark.parametrize(
    "question",
    ["solve x^2 - 4 = 0, only the negative root", "The height satisfies 4.9t^2 - 20t - 5 = 0 for t < 0"],
)
def test_the_negative_root_is_declined(question):
    assert asks_negative(question)
    declined(question)


# ---- the time a function reaches a value --------------------------------------------------------------------------
def test_the_time_a_value_in_the_functions_unit_is_reached():
    out = confident("T(t) = 20 + 80 e^(-0.1t) degC. At what time does the part reach 60 degC?", "algebra")
    (got,) = roots_of(out.result)
    assert math.isclose(float(sp.re(got)), 10 * math.log(2), rel_tol=1e-12)  # 20 + 80 e^(-t/10) = 60


def test_a_value_in_another_unit_is_not_read_as_the_function():
    assert target_parts("T(t) = 20 + 80 e^(-0.1t) degC. At what time does the part reach 60 mm?") is None


# ---- a formula's value at stated values ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min and Km = 2 mM. What is v at S = 2 mM?",
         10 * 2 / (2 + 2)),
        ("Michaelis-Menten kinetics: v = Vmax S/(Km + S), Vmax = 10 umol/min, Km = 2 mM. What is the rate v at S = 2 mM?",
         10 * 2 / (2 + 2)),
        ("f(x) = x^2 + 1. What is f(3)?", 3**2 + 1),
        ("y = 3x^2 + 2. What is y at x = 2?", 3 * 2**2 + 2),
        ("The drag force is F = 0.5*rho*v^2*Cd*A with rho = 1.2 kg/m^3, Cd = 0.3 and A = 2 m^2. What is F at v = 30 m/s?",
         0.5 * 1.2 * 30**2 * 0.3 * 2),
        ("V = 500 - 20t (t in min). What is V when t = 10?", 500 - 20 * 10),
    ],
)  # fmt: skip
def test_a_formulas_value_at_stated_values(question, reference):
    out = confident(question, "algebra")
    assert math.isclose(_value(out.result), reference, rel_tol=1e-12)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min. What is v at S = 2 mM?", "needs a value"),
        ("Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min and Km = 2 mM. What is v at S = 500 uM?",
         "different units"),
        ("y = a x^2 with a = 2 and a = 3. What is y at x = 1?", "two values"),
        ("E = m c^2 with m = 1 kg. What is E?", "needs a value"),
        ("F = m a with m = 2 kg and a = 3 m/s^2. What is F?", "write the product"),
    ],
)  # fmt: skip
def test_a_value_with_a_missing_or_unconverted_parameter_is_declined(question, reason):
    with pytest.raises(ValueError, match=reason):
        evaluation_parts(question)
    declined(question)


def test_a_derivative_at_a_point_is_no_value():
    assert evaluation_parts("f(x) = x^3. What is f'(2)?") is None
    assert evaluation_parts("y = x^2. What is dy/dx at x = 2?") is None
    assert evaluation_parts("y = x^2. What is the slope of y at x = 2?") is None


# ---- ambiguous exponents ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["What is the integral of x^2e-3 from 0 to 1?", "solve x^2e-3 = 1"])
def test_an_exponent_run_into_scientific_notation_is_declined(question):
    assert "write ^(2e-3)" in declined(question)
