"""Equations with infinitely many roots: ``solve`` gives the general solution (families a*n + b over the
integers), not one period's roots; the audit's numeric scan and the quadrature it uses. References are the
textbook general solutions (sin x = 0: n pi; 2 sin x = 1: pi/6 + 2 n pi, 5 pi/6 + 2 n pi) and scipy's brentq."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import optimize

from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from plugins.symbolic.quadrature import numeric_integral
from plugins.symbolic.reasoning_audit import audit_algebra
from plugins.symbolic.root_scan import real_roots
from tests.symbolic.conftest import parsed

X = sp.Symbol("x", real=True)
PI = math.pi


def _members(families: list[str], lo: float, hi: float) -> list[float]:
    """The members in [lo, hi] of families written as text in n."""
    out = []
    for family in families:
        expr = parsed(family)
        (n,) = expr.free_symbols
        step, offset = float(sp.diff(expr, n)), float(expr.subs(n, 0))
        out += [offset + k * step for k in range(math.ceil((lo - offset) / step), math.floor((hi - offset) / step) + 1)]
    return sorted(out)


def _textbook(pairs: list[tuple[float, float]], lo: float, hi: float) -> list[float]:
    """Members of offset + k * period in [lo, hi]."""
    return sorted(b + k * a for a, b in pairs for k in range(math.ceil((lo - b) / a), math.floor((hi - b) / a) + 1))


@pytest.mark.parametrize(
    ("equation", "textbook"),
    [
        ("sin(x) == 0", [(PI, 0.0)]),
        ("cos(x) == 0", [(PI, PI / 2)]),
        ("tan(x) == 1", [(PI, PI / 4)]),
        ("2*sin(x) == 1", [(2 * PI, PI / 6), (2 * PI, 5 * PI / 6)]),
        ("cos(x) == 1", [(2 * PI, 0.0)]),
        ("sin(x)*cos(x) == 0", [(PI / 2, 0.0)]),
        ("tan(x) == 2", [(PI, math.atan(2))]),
        ("sin(2*x) == sin(x)", [(2 * PI, 0.0), (2 * PI, PI), (2 * PI, PI / 3), (2 * PI, -PI / 3)]),
    ],
)
def test_a_periodic_equation_gives_its_general_solution(show, equation, textbook):
    (result,) = show(f"solve({equation}, x)")
    assert result["result"].startswith(("ImageSet(", "Union(ImageSet("))
    assert result["parameter"] == "every integer n" and result["points"] == []
    assert any("infinitely many solutions" in note for note in result["notes"])
    got, want = _members(result["families"], -20, 20), _textbook(textbook, -20, 20)
    assert len(got) == len(want) and np.allclose(got, want, atol=1e-12)
    assert sp.sympify(result["result"]).intersect(sp.Interval(-20, 20)).is_FiniteSet  # sympy reads it back


def test_families_are_merged_to_one_period(show):
    (sine,) = show("solve(sin(x) == 0, x)")  # sympy's solveset gives 2*pi*n and 2*pi*n + pi
    assert sine["families"] == ["pi*n"]
    (product,) = show("solve(x*sin(x) == 0, x)")  # the point 0 is a member of pi*n
    assert product["families"] == ["pi*n"] and product["points"] == []


def test_nonnegative_and_complex_domains_and_finite_cases(show):
    (times,) = show('solve(sin(t) == 1/2, t, domain="nonnegative")')
    assert times["parameter"] == "n = 0, 1, 2, ..."
    members = [float(parsed(f).subs(parsed("n"), k)) for f in times["families"] for k in range(3)]
    assert min(members) == pytest.approx(PI / 6) and all(m >= 0 for m in members)
    (complex_sine,) = show('solve(sin(x) == 0, x, domain="complex")')
    assert complex_sine["families"] == ["pi*n"]
    finite, none = show("solve(exp(x) == 5, x)", "solve(sin(x) == 2, x)")
    assert finite["result"] == ["log(5)"] and none["result"] == []


def test_the_positive_domain_leaves_out_zero(show):
    quadratic, periodic = show(
        'solve(t^2 - 3*t == 0, t, domain="positive")', 'solve(sin(t) == 0, t, domain="positive")'
    )
    assert quadratic["result"] == ["3"]  # t (t - 3) = 0: 0 is no root > 0
    members = [float(parsed(f).subs(parsed("n"), k)) for f in periodic["families"] for k in range(3)]
    assert members == pytest.approx([PI, 2 * PI, 3 * PI])  # pi*n for n = 1, 2, 3: 0 left out


def test_a_variable_named_n_gets_the_parameter_k(show):
    (result,) = show("solve(sin(n) == 0, n)")
    assert result["families"] == ["pi*k"] and result["parameter"] == "every integer k"


def _audit(equation: str, result: dict, domain: str = "real") -> list:
    plan = Plan("algebra", "", {"op": "solve", "expr": equation, "var": "x", "domain": domain})
    return audit_algebra(plan, result, to_sympy)  # as the pipeline reads expressions: the study grammar


def test_the_audit_fails_one_period_passed_off_as_all_roots():
    checks = _audit("sin(x) == 0", {"result": ["0", "pi"]})  # what sympy's solve lists
    scan = next(c for c in checks if "numeric scan" in c.name)
    assert not scan.passed and "not in the answer" in scan.detail
    general = _audit("sin(x) == 0", {"result": "ImageSet(Lambda(n, pi*n), Integers)", "families": ["pi*n"],
                                     "points": []})  # fmt: skip
    assert all(c.passed for c in general), general
    wrong = _audit("sin(x) == 0", {"result": "", "families": ["2*pi*n"], "points": []})  # half the roots
    assert not all(c.passed for c in wrong)


def test_the_audit_confirms_no_root_only_for_a_periodic_equation():
    assert all(c.passed for c in _audit("sin(x) == 2", {"result": []}))
    assert not all(c.passed for c in _audit("exp(x) == -1", {"result": []}))  # no period: the scan cannot see all


def test_the_root_scan_matches_brentq_and_skips_poles():
    found = real_roots(sp.tan(X) - 1, X, -5, 5)
    want = [optimize.brentq(lambda x: math.tan(x) - 1, a, a + 1.2) for a in (-2.9, 0.2, 3.3)]
    assert np.allclose(found, want, atol=1e-10)
    assert real_roots(1 / X, X, -2, 2) == []  # a pole where the sign changes
    assert np.allclose(real_roots(sp.cos(X) - 1, X, -7, 7), [-2 * PI, 0, 2 * PI], atol=1e-5)  # touching roots


@pytest.mark.parametrize(
    ("integrand", "lo", "hi", "want"),
    [
        (X * sp.log(X), 0, 1, -0.25),  # improper at 0: x ln x -> 0
        (1 / sp.sqrt(X), 0, 1, 2.0),
        (sp.sin(X) / X, 0, math.inf, PI / 2),  # Dirichlet's integral, by QAWF
        (sp.cos(X) / (1 + X**2), 0, math.inf, PI / (2 * math.e)),
    ],
)
def test_quadrature_of_improper_integrals(integrand, lo, hi, want):
    found = numeric_integral(integrand, X, lo, hi)
    assert found is not None and found.value == pytest.approx(want, rel=1e-7)


@pytest.mark.parametrize(("integrand", "lo", "hi"), [(1 / X, 0, 1), (sp.sin(X), 0, math.inf), (1 / X**2, -1, 1)])
def test_quadrature_of_a_divergent_integral_is_none(integrand, lo, hi):
    assert numeric_integral(integrand, X, lo, hi) is None
