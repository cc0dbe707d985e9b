"""The node-tree -> sympy converter, in-process: literals, names, functions, guards."""

from __future__ import annotations

import math

import pytest
import scipy.stats
import sympy as sp

from plugins.api import StudyError
from plugins.symbolic.functions import FUNCTIONS

X = sp.Symbol("x", real=True)


def test_numbers_are_exact_rationals(convert):
    assert convert("0.1") == sp.Rational(1, 10)
    assert convert("0.1 + 0.2") == sp.Rational(3, 10)
    assert convert("2.5e-3") == sp.Rational(1, 400)
    assert convert("1000000000000.4") == sp.Rational(10000000000004, 10)
    assert convert("2^10 + 3") == 1027
    # scientific notation inside an expression: 2E6, 3.0e+2, 1.5e-3 are numbers, e before ^ is Euler's number
    assert convert("2E6 + 3.0e+2") == 2_000_300
    assert convert("1.5e-3*x") == sp.Rational(3, 2000) * X
    assert convert("2*e^x") == 2 * sp.exp(X)


def test_absurd_literal_is_refused(convert):
    with pytest.raises(StudyError, match="too large or too small"):
        convert("1e99999")


def test_names_become_real_symbols_and_constants(convert):
    assert convert("x") == X and convert("x").is_real
    assert convert("pi") is sp.pi and convert("e") is sp.E and convert("E") is sp.E
    assert convert("I") is sp.I and convert("oo") is sp.oo and convert("inf") is sp.oo
    assert convert("sqrt(x^2)") == sp.Abs(X)


def test_let_bindings_are_followed_recursively(convert):
    value = convert("g + 1", lets={"f": "x^3 * sin(x)", "g": "f * 2"})
    assert sp.simplify(value - (2 * X**3 * sp.sin(X) + 1)) == 0


def test_self_reference_is_an_error(convert):
    with pytest.raises(StudyError, match="defined in terms of itself"):
        convert("f", lets={"f": "g + 1", "g": "f * x"})


def test_equations_in_variables_stay_equations(convert):
    assert convert("x^2 + 1 == 0") == sp.Eq(X**2 + 1, 0, evaluate=False)
    assert convert("1 == 1") is sp.true
    assert isinstance(convert("x < 3"), sp.StrictLessThan)


def test_every_whitelisted_function_accepts_a_number(convert):
    for name, spec in FUNCTIONS.items():
        args = ", ".join(["0.5"] * spec.min_args)
        value = convert(f"{name}({args})")
        assert isinstance(value, sp.Basic), name


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("log(8, 2)", 3.0),
        ("log10(1000)", 3.0),
        ("ln(e^2)", 2.0),
        ("atan2(1, 1)", math.pi / 4),
        ("min(3, 1, 2)", 1.0),
        ("max([3, 1, 2])", 3.0),
        ("cbrt(-8)", -2.0),
        ("binomial(10, 3)", 120.0),
        ("gamma(5)", 24.0),
        ("ceil(2.1) + floor(2.9)", 5.0),
        ("erf(0.5)", math.erf(0.5)),
    ],
)
def test_elementary_values(convert, expression, expected):
    assert float(convert(expression)) == pytest.approx(expected, rel=1e-14)


def test_matrices_from_nested_lists(convert):
    assert convert("[[1, 2], [3, 4]]") == sp.Matrix([[1, 2], [3, 4]])
    assert convert("[[1, 2], [3, 4]] * [[1], [1]]") == sp.Matrix([[3], [7]])
    assert convert("[1, x]") == [1, X]
    with pytest.raises(StudyError, match="same length"):
        convert("[[1, 2], [3]]")


def test_range_is_a_closed_interval(convert):
    assert convert("0 .. pi") == sp.Interval(0, sp.pi)


def test_registered_numeric_function_is_called_with_floats(convert):
    value = convert("normal.ppf(0.975)")
    assert float(value) == pytest.approx(scipy.stats.norm.ppf(0.975), rel=1e-15)
    assert float(convert("normal.ppf(1/2 + 0.475)")) == pytest.approx(1.959963984540054, rel=1e-12)


def test_numeric_function_needs_numbers(convert):
    with pytest.raises(StudyError, match="expected a real number"):
        convert("normal.ppf(x)")


def test_unknown_functions_suggest_the_nearest(convert):
    with pytest.raises(StudyError, match="unknown function 'sinn'") as info:
        convert("sinn(x)")
    assert info.value.hint == "did you mean 'sin'?"
    with pytest.raises(StudyError, match="unknown function 'normal.pdf'") as info:
        convert("normal.pdf(0)")
    assert info.value.hint == "did you mean 'normal.ppf'?"


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("eval(1)", "unknown function 'eval'"),
        ("__import__(1)", "unknown function '__import__'"),
        ("os.system(1)", "unknown function 'os.system'"),
        ("lambda", "cannot be a variable name"),
        ("__builtins__", "cannot be a variable name"),
        ("sin", "is a function"),
        ('"text" + 1', "a string cannot be used"),
        ("true", "a boolean cannot be used"),
        ("a:b", "belongs in model formulas"),
        ("sin(1, 2)", "takes 1 argument"),
        ("sqrt(x, y=2)", "no name=value"),
        ("[1, 2] + x", "cannot compute this"),
    ],
)
def test_refused(convert, expression, message):
    with pytest.raises(StudyError, match=message):
        convert(expression)


def test_huge_exact_powers_stay_unevaluated_but_numeric(convert):
    value = convert("10^10^10")
    assert isinstance(value, sp.Pow) and value.exp == 10**10
    assert value.base == 10 and str(value.evalf()) == "1.00000000000000e+10000000000"
    assert convert("factorial(10^7)") == sp.factorial(10**7, evaluate=False)
    assert convert("2^100") == 2**100
