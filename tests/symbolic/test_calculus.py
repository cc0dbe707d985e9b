"""diff, integrate, limit, series, summation and product, checked against independent references."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import integrate as quadrature

from tests.symbolic.conftest import at, parsed

POINTS = (-1.3, 0.4, 2.2)


def _central(f, x: float, h: float = 1e-5) -> float:
    return (f(x + h) - f(x - h)) / (2 * h)


def test_derivatives_match_finite_differences(show):
    cases = {
        "x^3 * sin(x)": lambda x: x**3 * math.sin(x),
        "exp(-x^2/2) / (1 + x^2)": lambda x: math.exp(-(x**2) / 2) / (1 + x**2),
        "atan(x) * cosh(x)": lambda x: math.atan(x) * math.cosh(x),
        "abs(x) * x": lambda x: abs(x) * x,
    }
    results = show(*(f"diff({expr}, x)" for expr in cases))
    for (expr, f), result in zip(cases.items(), results, strict=True):
        assert result["operation"] == "diff" and result["value"] is None
        derivative = parsed(result["result"])
        for x in POINTS:
            assert at(derivative, x=x) == pytest.approx(_central(f, x), rel=1e-7, abs=1e-8), expr


def test_higher_order_and_partial_derivatives(show):
    second, repeated, partial, third = show(
        "diff(x^3 * sin(x), x, 2)", "diff(x^3 * sin(x), x, x)", "diff(x^2 * y^3, x, y)", "diff(exp(2*x), x, 3)"
    )
    assert sp.simplify(parsed(second["result"]) - parsed(repeated["result"])) == 0
    f = lambda x: x**3 * math.sin(x)  # noqa: E731
    for x in POINTS:
        h = 1e-4
        fd2 = (f(x + h) - 2 * f(x) + f(x - h)) / h**2
        assert at(parsed(second["result"]), x=x) == pytest.approx(fd2, rel=1e-5)
    assert at(parsed(partial["result"]), x=1.5, y=-2.0) == pytest.approx(6 * 1.5 * 4.0)  # d2/dxdy x^2 y^3 = 6xy^2
    assert sp.simplify(parsed(third["result"]) - 8 * sp.exp(2 * sp.Symbol("x"))) == 0


def test_definite_integrals_match_quad(show):
    cases = {
        "integrate(x^3 * sin(x), x, 0, pi)": (lambda x: x**3 * math.sin(x), 0, math.pi),
        "integrate(exp(-x) * cos(3*x), x, 0, 2)": (lambda x: math.exp(-x) * math.cos(3 * x), 0, 2),
        "integrate(1/(1 + x^2), x, -oo, oo)": (lambda x: 1 / (1 + x**2), -np.inf, np.inf),
        "integrate(exp(-x^2), x, 0 .. oo)": (lambda x: math.exp(-(x**2)), 0, np.inf),
        "integrate(log(x), x, 0, 1)": (math.log, 0, 1),
    }
    results = show(*cases)
    for (expr, (f, a, b)), result in zip(cases.items(), results, strict=True):
        reference, _ = quadrature.quad(f, a, b, epsabs=1e-13, epsrel=1e-13)
        assert result["value"] == pytest.approx(reference, rel=1e-10, abs=1e-12), expr
        assert float(parsed(result["result"]).evalf()) == pytest.approx(result["value"], rel=1e-15)
    assert results[0]["result"] == "-6*pi + pi**3"
    assert parsed(results[2]["result"]) == sp.pi


def test_indefinite_integral_differentiates_back(show):
    (result,) = show("integrate(x^2 * exp(x) + 1/(x^2 + 4), x)")
    antiderivative = parsed(result["result"])
    x = sp.Symbol("x")
    assert sp.simplify(sp.diff(antiderivative, x) - (x**2 * sp.exp(x) + 1 / (x**2 + 4))) == 0


def test_no_closed_form_is_noted_and_still_numeric(show):
    (result,) = show("integrate(sin(sin(x)), x, 0, 1)")
    reference, _ = quadrature.quad(lambda x: math.sin(math.sin(x)), 0, 1)
    assert result["result"].startswith("Integral(")
    assert result["value"] == pytest.approx(reference, rel=1e-10)
    assert any("no closed form" in note for note in result["notes"])


def test_limits(show):
    results = show(
        "limit(sin(x)/x, x, 0)",
        "limit((1 + 1/x)^x, x, oo)",
        'limit(1/x, x, 0, dir="+")',
        'limit(1/x, x, 0, dir="-")',
        "limit((cos(x) - 1)/x^2, x, 0)",
        'limit(abs(x)/x, x, 0, dir="-")',
    )
    assert [r["result"] for r in results] == ["1", "E", "oo", "-oo", "-1/2", "-1"]
    assert results[1]["value"] == pytest.approx(math.e, rel=1e-15)


def test_two_sided_limit_that_does_not_exist_is_a_user_error(run_study):
    run = run_study("show limit(abs(x)/x, x, 0)\n")
    assert run.exit_code == 2 and "limit cannot be found" in run.stderr and 'dir="+"' in run.stderr


def test_an_infinite_sum_that_diverges_is_oo_of_its_terms_sign(show):
    # sympy's own summation over an integer index, and the p-series test: sum 1/n^p diverges for p <= 1
    k = sp.Symbol("k", integer=True, positive=True)
    assert sp.Sum(1 / sp.sqrt(k), (k, 1, sp.oo)).is_convergent() is sp.false
    harmonic, root, negative, log_series = show(
        "sum(1/n, n, 1, oo)", "sum(1/sqrt(n), n, 1, oo)", "sum(-1/n, n, 1, oo)", "sum(1/(n*log(n)), n, 2, oo)"
    )
    assert [r["result"] for r in (harmonic, root, negative, log_series)] == ["oo", "oo", "-oo", "oo"]
    (alternating,) = show("sum((-1)^(n + 1)/n, n, 1, oo)")
    assert parsed(alternating["result"]) == sp.log(2)


def test_a_divergent_sum_whose_terms_change_sign_is_an_error(run_study):
    run = run_study("show sum((-1)^n, n, 0, oo)\n")
    assert run.exit_code == 2 and "diverges" in run.stderr and "change sign" in run.stderr


def test_series_matches_taylor_coefficients(show):
    exp_series, about_one = show("series(exp(x), x, 0, 6)", "series(log(x), x, 1, 4)")
    x = sp.Symbol("x")
    polynomial = parsed(exp_series["result"]).removeO()
    assert [polynomial.coeff(x, k) for k in range(6)] == [sp.Rational(1, math.factorial(k)) for k in range(6)]
    assert "O(x**6)" in exp_series["result"]
    near = parsed(about_one["result"]).removeO()
    for value in (0.9, 1.05):  # log(1+t) = t - t^2/2 + t^3/3 + O(t^4)
        t = value - 1
        assert at(near, x=value) == pytest.approx(t - t**2 / 2 + t**3 / 3, rel=1e-14)


def test_sums_and_products(show):
    results = show(
        "sum(1/k^2, k, 1, oo)",
        "summation(k, k, 1, 100)",
        "sum(k^2, k, 1, n)",
        "sum((1/2)^k, k, 0, oo)",
        "product(k, k, 1, 10)",
        "product(1 + 1/k, k, 1 .. 9)",
    )
    assert parsed(results[0]["result"]) == sp.pi**2 / 6
    assert results[0]["value"] == pytest.approx(sum(1 / k**2 for k in range(1, 200000)), rel=1e-5)
    assert results[1]["result"] == "5050"
    n = sp.Symbol("n")
    assert sp.simplify(parsed(results[2]["result"]) - n * (n + 1) * (2 * n + 1) / 6) == 0
    assert results[3]["result"] == "2"
    assert results[4]["value"] == math.factorial(10)
    assert results[5]["result"] == "10"
