"""Task y1: logarithms to a written base (log10, log2, log_10, log_{10}, log₁₀, lg, "log base 10 of", ln) read as
that base, never as log(10) times the argument; multi-letter parameters (Vmax, Km, Ea) as symbols when the question
asks symbolically; "what does fc approach as t -> inf" and "the long-term value of fc" of a defined function; an
extreme of a function defined through another (N(t) = R(t) - 2t). References are computed here with sympy and math,
independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import ExtractError, math_expression
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

x, t, S, Vmax, Km = sp.symbols("x t S Vmax Km", real=True)


def _real_roots_in_domain(equation: sp.Expr, lower: float) -> set:
    """The real roots of ``equation`` (its left side minus its right) above ``lower``, found by sympy."""
    return {r for r in sp.solve(equation, sp.Symbol("x", real=True)) if r.is_real and r > lower}


@pytest.mark.parametrize(
    "question",
    [
        "solve for x (real, domain respected): log10(x) + log10(x − 3) = 1",
        "solve log_10(x) + log_10(x-3) = 1 for real x",
        "find x: log base 10 of x plus log base 10 of (x - 3) equals 1",
        "solve lg x + lg(x − 3) = 1",
        "solve log₁₀ x + log₁₀(x − 3) = 1",
        "solve log_{10}(x) + log_{10}(x - 3) = 1",
    ],
)
def test_base_ten_logarithm_equation_keeps_its_domain(question: str) -> None:
    xr = sp.Symbol("x", real=True)
    want = _real_roots_in_domain(sp.expand_log(sp.log(xr * (xr - 3), 10), force=True) - 1, 3)
    assert want == {5}  # the product form x(x - 3) = 10 has -2 too: outside the logarithm's domain
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(want)


def test_base_two_logarithm_equation() -> None:
    out = confident("solve for real x: log_2(x) + log_2(x+2) = 3", "algebra")
    assert roots_of(out.result) == as_set([-1 + math.sqrt(9)])  # x^2 + 2x - 8 = 0: 2 (and -4 outside the domain)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("f(x) = log10(x) + 1. evaluate f(100)", math.log10(100) + 1),
        ("if g(x) = log2(x), what is g(8)?", math.log2(8)),
        ("simplify log10(100)", math.log10(100)),
    ],
)
def test_evaluated_logarithms(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert float(to_sympy(out.result)) == pytest.approx(want, rel=1e-12)


def test_derivative_of_base_ten_logarithm() -> None:
    out = confident("derivative of log10(x)", "calculus")
    assert same_expr(out.result, 1 / (x * sp.log(10)))


def test_derivative_of_base_two_logarithm_at_a_point() -> None:
    out = confident("d/dx log_2(x) at x = 8", "calculus")
    assert float(to_sympy(out.result)) == pytest.approx(1 / (8 * math.log(2)), rel=1e-12)


def test_integral_of_base_ten_logarithm() -> None:
    out = confident("integrate log10(x) from 1 to 100", "calculus")
    want = sp.integrate(sp.log(x) / sp.log(10), (x, 1, 100))
    assert float(to_sympy(out.result)) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("log10(x)", "log10(x)"),
        ("log2(8)", "log2(8)"),
        ("log_10(x)", "log10(x)"),
        ("log_{10}(x)", "log10(x)"),
        ("log₁₀ x", "log10(x)"),
        ("lg x", "log10(x)"),
        ("log base 10 of x", "log10(x)"),
        ("log to the base 2 of 8", "log2(8)"),
        ("log_e(x)", "ln(x)"),
        ("x log10 x", "x*log10(x)"),
        ("log 2", "log(2)"),
    ],
)
def test_logarithm_bases_read(written: str, want: str) -> None:
    assert math_expression(written) == want


def test_other_base_is_not_read() -> None:
    with pytest.raises(ExtractError):
        math_expression("log_3(x)")


MICHAELIS = Vmax * S / (Km + S)


@pytest.mark.parametrize(
    "question",
    [
        "enzyme kinetics hw: v = Vmax*S/(Km + S). what's dv/dS? (symbolic, in terms of Vmax, Km, S)",
        "Michaelis-Menten: v = Vmax S/(Km + S). Find dv/dS in terms of Vmax, Km and S.",
        "differentiate v = Vmax*S/(Km + S) with respect to S, symbolically",
    ],
)
def test_derivative_in_named_parameters(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.diff(MICHAELIS, S))
    assert same_expr(out.result, Vmax * Km / (Km + S) ** 2)


def test_arrhenius_derivative_symbolically() -> None:
    A, Ea, R, T = sp.symbols("A Ea R T", real=True)
    out = confident("k = A*exp(-Ea/(R*T)). find dk/dT symbolically", "calculus")
    assert same_expr(out.result, sp.diff(A * sp.exp(-Ea / (R * T)), T))


def test_single_letter_constants_in_terms_of() -> None:
    a, k, s = sp.symbols("a k s", real=True)
    out = confident("v = a*s/(k + s). what's dv/ds in terms of a, k and s?", "calculus")
    assert same_expr(out.result, sp.diff(a * s / (k + s), s))


def test_parameters_with_values_are_substituted() -> None:
    """Stated values of a formula's parameters are used, not kept as symbols: d/dS (10 S/(2 + S)) at S = 1."""
    S = sp.Symbol("S")
    want = sp.diff(10 * S / (2 + S), S).subs(S, 1)
    out = confident("Vmax = 10, Km = 2, v = Vmax*S/(Km + S). what's dv/dS at S = 1?", "calculus")
    assert sp.simplify(sp.sympify(str(out.result)) - want) == 0


def test_partial_derivative_without_symbolic_ask_stays_declined() -> None:
    declined("z = x*y. dz/dx?")


@pytest.mark.parametrize(
    "question",
    [
        "our strength-gain model for the 40 MPa mix is fc(t) = 40t/(4 + 0.85t) MPa, t in days. what does fc approach "
        "as t → ∞ ? exact value",
        "strength model fc(t) = 40t/(4 + 0.85t) MPa (t in days). What does fc(t) tend to as t grows without bound?",
        "fc(t) = 40t/(4 + 0.85t) MPa, t in days. What is the long-term value of fc? exact",
        "fc(t) = 40t/(4 + 0.85t). limit of fc as t → ∞?",
    ],
)
def test_limit_of_a_defined_function(question: str) -> None:
    out = confident(question, "calculus")
    want = sp.limit(40 * t / (4 + sp.Rational(85, 100) * t), t, sp.oo)
    assert want == sp.Rational(800, 17)
    assert same_expr(out.result, want)


@pytest.mark.parametrize(
    "question",
    [
        "Flotation bench work: recovery vs residence time is R(t) = 95(1 − e^(−0.2t)) %, and each minute of "
        "residence costs us the equivalent of 2 recovery points, so net N(t) = R(t) − 2t. Which residence time t "
        "(min) maximises N? Give it exactly.",
        "recovery R(t) = 95(1 - exp(-0.2t)), net N(t) = R(t) - 2t. what t maximizes N?",
        "R(t) = 95(1 - exp(-0.2t)) and N(t) = R(t) - 2t: find the t that maximises N, exactly",
        "N(t) = 95(1 − e^(−0.2t)) − 2t. Which residence time t (min) maximises N? Give it exactly.",
    ],
)
def test_extreme_of_a_function_defined_through_another(question: str) -> None:
    net = 95 * (1 - sp.exp(-sp.Rational(1, 5) * t)) - 2 * t
    (peak,) = sp.solve(sp.diff(net, t), t)
    assert sp.diff(net, t, 2).subs(t, peak) < 0
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set([5 * sp.log(sp.Rational(19, 2))])
    assert roots_of(out.result) == as_set([peak])
