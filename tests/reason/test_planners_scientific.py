"""Numbers in scientific notation inside mathematics: "1.5e-3 x", "2E6", "3.0e+2", "6.02x10^23", "6.02×10^23",
"6.02*10^23", "1.2·10^-4" are numbers in expressions, equations, bounds, points, matrices and conversions, while
"2e^x", "x e^x", "e^(2x)", "exp(x)" and "2e - 3" keep Euler's number. References: sympy (exact rationals), scipy
``quad`` and ``constants``, numpy."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
import sympy as sp
from scipy import constants, integrate

from havoc_cli.reason.reading import unused_numbers
from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import ExtractError, math_expression, number_spans
from plugins.api.reasoning import Plan
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

x, t, s = sp.symbols("x t s", real=True)


def _number(out) -> float:
    """The answer as a number: a plain value, or sympy's text of an exact one ("1/250")."""
    result = out.result
    return float(result) if isinstance(result, (int, float)) else float(to_sympy(str(result)))


# ---- the expression reader ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("prose", "study"),
    [
        ("1.5e-3 x", "1.5e-3*x"),
        ("2E6 x - 4", "2E6*x - 4"),
        ("3.0e+2 x^2", "3.0e+2*x^2"),
        ("1.5e-3x^2", "1.5e-3*x^2"),
        ("6.02x10^23 x", "6.02e23*x"),
        ("6.02 x 10^23 x", "6.02e23*x"),
        ("6.02*10^23 x", "6.02e23*x"),
        ("1.2*10^(-4) x", "1.2e-4*x"),
        ("1.5 times 10^3 x", "1.5e3*x"),
        # Euler's number stays: "2e^x" is 2*e^x, not 2e followed by ^x
        ("2e^x", "2*e^x"),
        ("2 e^x", "2*e^x"),
        ("x e^x", "x*e^x"),
        ("x^2e^x", "x^2*e^x"),
        ("e^(2x)", "e^(2*x)"),
        ("exp(3x)", "exp(3*x)"),
        ("2e - 3", "2*e - 3"),
        ("e x", "e*x"),
        # a power or a divisor is no mantissa: x^2*10^3 is 1000 x^2, x/2*10^3 is 500 x
        ("x^2*10^3", "x^2*10^3"),
        ("x/2*10^3", "x/2*10^3"),
    ],
)
def test_the_expression_reader_reads_scientific_notation(prose, study):
    assert math_expression(prose) == study


def test_a_power_followed_by_e_notation_is_ambiguous():
    with pytest.raises(ExtractError, match="ambiguous"):
        math_expression("x^2e-3")


# ---- answered with full confidence ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("solve 1.5e-3 x = 3", sp.solve(sp.Rational(3, 2000) * x - 3, x)),
        ("solve 2E6 x - 4 = 0", sp.solve(2_000_000 * x - 4, x)),
        (
            "solve 6.02x10^23 x = 1.204x10^24",
            sp.solve(sp.Rational(602, 100) * 10**23 * x - sp.Rational(1204, 1000) * 10**24, x),
        ),
        ("solve 6.02×10^23 x = 3", sp.solve(sp.Rational(602, 100) * 10**23 * x - 3, x)),
        ("solve 6.02*10^23 x = 3", sp.solve(sp.Rational(602, 100) * 10**23 * x - 3, x)),
        ("solve 1.2·10^-4 x = 6", sp.solve(sp.Rational(12, 100000) * x - 6, x)),
        ("solve 1.2 × 10⁻⁴ x = 6", sp.solve(sp.Rational(12, 100000) * x - 6, x)),
        ("solve x^2 = 4e-6", sp.solve(x**2 - sp.Rational(4, 10**6), x)),
        ("find x such that 3.2e-2 x + 1 = 2", sp.solve(sp.Rational(32, 1000) * x - 1, x)),
        ("The characteristic equation is 1e-2 s^2 - 1 = 0. What are its roots?", sp.solve(s**2 / 100 - 1, s)),
        ("V = 500 - 2e1 t (t in min). at what t is V = 140?", sp.solve(500 - 20 * t - 140, t)),
    ],
)
def test_equations_with_scientific_notation(question, reference):
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(reference)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("integral of 2.5e-3 x^2 from 0 to 10", integrate.quad(lambda v: 2.5e-3 * v**2, 0, 10)[0]),
        ("integrate 1.5e-3x^2 from 0 to 2", integrate.quad(lambda v: 1.5e-3 * v**2, 0, 2)[0]),
        ("integral of 1.2·10^-4 x^3 from 0 to 10", integrate.quad(lambda v: 1.2e-4 * v**3, 0, 10)[0]),
        ("integral of 4e-2 x from 0 to 1e3", integrate.quad(lambda v: 4e-2 * v, 0, 1e3)[0]),
        ("integral of x^2 from 0 to 1.5x10^-3", integrate.quad(lambda v: v**2, 0, 1.5e-3)[0]),
        (
            "v(t) = 1.5e-3 t^2 m/s. displacement between t=0 and t=1e2 s",
            integrate.quad(lambda v: 1.5e-3 * v**2, 0, 100)[0],
        ),
        ("int_0^1e-3 x dx", integrate.quad(lambda v: v, 0, 1e-3)[0]),
        ("int x^2 dx, 0..1e-1", integrate.quad(lambda v: v**2, 0, 1e-1)[0]),
        ("integrate x over [0, 2.5E-2]", integrate.quad(lambda v: v, 0, 2.5e-2)[0]),
        ("limit of sin(1e3 x)/x as x -> 0", 1e3),  # sin(a x)/(x) -> a
        ("lim x->2E-1 of x^2", 2e-1**2),
        ("derivative of x^2 at x = 1.5e-3", 2 * 1.5e-3),
        ("f(x) = 2.5e-3 x^3; f'(2)", 3 * 2.5e-3 * 2**2),
    ],
)
def test_calculus_values_with_scientific_notation(question, reference):
    out = confident(question, "calculus")
    assert math.isclose(_number(out), reference, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("derivative of 3.0e+2 x^2", sp.diff(300 * x**2, x)),
        ("derivative of 2e-3 x^3", sp.diff(sp.Rational(2, 1000) * x**3, x)),
        ("second derivative of 1e2 sin(x)", sp.diff(100 * sp.sin(x), x, 2)),
        ("Taylor series of 1e-3 e^x about x = 0 to order 3", sp.series(sp.exp(x) / 1000, x, 0, 4).removeO()),
        # Euler's number as today
        ("derivative of 2e^x", sp.diff(2 * sp.exp(x), x)),
        ("derivative of 2 e^x + 2E6 x", sp.diff(2 * sp.exp(x) + 2_000_000 * x, x)),
        ("derivative of x e^x", sp.diff(x * sp.exp(x), x)),
        ("integral of e^(2x) from 0 to 1", sp.integrate(sp.exp(2 * x), (x, 0, 1))),
        ("derivative of exp(3x)", sp.diff(sp.exp(3 * x), x)),
    ],
)
def test_calculus_expressions_with_scientific_notation(question, reference):
    out = confident(question, "calculus")
    assert same_expr(str(out.result), reference)


def test_two_e_minus_three_with_spaces_is_eulers_number():
    out = confident("solve 2e - 3 = x", "algebra")
    assert roots_of(out.result) == as_set([2 * sp.E - 3])


def test_a_matrix_in_scientific_notation():
    out = confident("determinant of [[2x10^3, 1], [1, 1.5e-1]]", "linear_algebra")
    assert math.isclose(float(out.result), float(np.linalg.det([[2e3, 1], [1, 1.5e-1]])), rel_tol=1e-9)


def test_a_conversion_in_scientific_notation():
    out = confident("convert 2.5x10^5 Pa to psi", "unit_conversion")
    assert math.isclose(out.result["value"], 2.5e5 / constants.psi, rel_tol=1e-9)


def test_an_ambiguous_power_is_declined():
    assert "ambiguous" in declined("solve x^2e-3 = 1")


# ---- the reading check ---------------------------------------------------------------------------------------------
def test_a_number_in_scientific_notation_before_a_variable_is_a_number():
    assert [n for _, n in number_spans("integrate 1.5e-3x^2 from 0 to 2")] == ["1.5e-3", "0", "2"]
    assert [n for _, n in number_spans("3x + 2e^x")] == []  # a coefficient glued to its variable, as before
    assert [n for _, n in number_spans("x^1e-3 + 4")] == ["4"]  # an exponent is not a stated value, nor its 3


@pytest.mark.parametrize(
    ("question", "plan_text", "unused"),
    [
        ("solve 1.5e-3 x = 3", 'show solve(1.5e-3*x == 3, x, domain="auto")', []),
        ("solve 1.5e-3x = 3", 'show solve(1.5e-3*x == 3, x, domain="auto")', []),
        ("solve 6.02x10^23 x = 3", 'show solve(6.02e23*x == 3, x, domain="auto")', []),
        # the misreadings 1.5*e - 3*x and 3.0*e + 2*x^2 leave the number unused
        ("solve 1.5e-3x = 3", 'show solve(1.5*e - 3*x == 3, x, domain="auto")', ["1.5e-3"]),
        ("derivative of 3.1e+2 x^2", "show diff(3.1*e + 2*x^2, x)", ["3.1e+2"]),
    ],
)
def test_scientific_notation_counts_as_used(question, plan_text, unused):
    assert unused_numbers(question, Plan("algebra", plan_text)) == unused


def test_exact_values_of_the_literals():
    """The engines hold the literals exactly: 1.5e-3 is 3/2000, so 1.5e-3 x = 3 has the root 2000 exactly."""
    out = confident("solve 1.5e-3 x = 3", "algebra")
    assert out.result == [str(Fraction("3") / Fraction("1.5e-3"))]
