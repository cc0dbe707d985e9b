"""solve (equations, systems, inequalities), nsolve, simplify, expand, factor, N."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import optimize

from tests.symbolic.conftest import at, parsed


def test_quadratic_roots_are_listed_and_substitute_back(show):
    (result,) = show("solve(x^2 - 5*x + 6 == 0, x)")
    assert result["result"] == ["2", "3"] and result["values"] == [2.0, 3.0]
    (irrational,) = show("solve(x^2 - 2*x == 1, x)")
    for text, value in zip(irrational["result"], irrational["values"], strict=True):
        root = parsed(text)
        assert sp.simplify(root**2 - 2 * root - 1) == 0
        assert value == pytest.approx(float(root), rel=1e-15)
    assert sorted(irrational["values"]) == pytest.approx([1 - math.sqrt(2), 1 + math.sqrt(2)], rel=1e-15)


def test_an_expression_is_solved_for_zero_and_variable_may_be_implied(show):
    first, second = show("solve(x^3 - x, x)", "solve(2*t + 3)")
    assert first["values"] == [-1.0, 0.0, 1.0]
    assert second["result"] == ["-3/2"]


def test_real_roots_by_default_complex_on_request(show):
    real, everything = show("solve(x^2 + 1 == 0, x)", 'solve(x^3 == 1, x, domain="complex")')
    assert real["result"] == [] and any("domain=" in note for note in real["notes"])
    roots = [complex(parsed(r).evalf()) for r in everything["result"]]
    assert len(roots) == 3 and all(abs(r**3 - 1) < 1e-14 for r in roots)


def test_systems_substitute_back(show):
    linear, nonlinear = show(
        "solve([2*x + 3*y == 7, x - y == 1], [x, y])", "solve([x^2 + y^2 == 25, y == x + 1], [x, y])"
    )
    assert linear["solutions"] == [{"x": "2", "y": "1"}] and linear["values"] == [{"x": 2.0, "y": 1.0}]
    assert len(nonlinear["solutions"]) == 2
    for solution in nonlinear["values"]:
        x, y = solution["x"], solution["y"]
        assert x**2 + y**2 == pytest.approx(25) and y == pytest.approx(x + 1)
    assert parsed(linear["result"][0]) == {sp.Symbol("x"): 2, sp.Symbol("y"): 1}


def test_inequalities_give_intervals(show):
    outside, inside, both = show("solve(x^2 - 5*x + 6 > 0, x)", "solve(x^2 <= 4, x)", "solve([x > 1, x < 3], x)")
    assert parsed(outside["result"]) == sp.Union(sp.Interval.open(-sp.oo, 2), sp.Interval.open(3, sp.oo))
    assert parsed(inside["result"]) == sp.Interval(-2, 2)
    assert parsed(both["result"]) == sp.Interval.open(1, 3)
    region = parsed(outside["result"])
    for x in (-5, 1.9, 2.5, 3.1, 10):  # membership agrees with the inequality itself
        assert (x in region) == (x**2 - 5 * x + 6 > 0)


def test_nsolve_matches_brentq(show):
    (result,) = show("nsolve(cos(x) == x, x, 1)")
    reference = optimize.brentq(lambda x: math.cos(x) - x, 0, 1, xtol=1e-15)
    assert result["value"] == pytest.approx(reference, rel=1e-14)


def test_simplify_expand_factor(show):
    simple, expanded, factored, prime = show(
        "simplify(sin(x)^2 + cos(x)^2)", "expand((x + 1)^3)", "factor(x^2 - 5*x + 6)", "factor(-360)"
    )
    assert simple["result"] == "1"
    x = sp.Symbol("x")
    assert sp.Poly(parsed(expanded["result"]), x).all_coeffs() == [1, 3, 3, 1]
    assert factored["result"] in ("(x - 3)*(x - 2)", "(x - 2)*(x - 3)")
    assert prime["result"] == "-1*2**3*3**2*5" and prime["value"] == -360.0
    assert parsed(prime["result"]) == -360


def test_numeric_evaluation_digits(show):
    default, fifty, from_list = show("N(pi)", "N(pi, 50)", "N([sqrt(2), e])")
    assert default["value"] == math.pi and default["result"] == "3.14159265358979"
    assert fifty["result"] == "3.1415926535897932384626433832795028841971693993751"
    assert from_list["values"] == pytest.approx([math.sqrt(2), math.e], rel=1e-15)


def test_plain_arithmetic(show):
    power, exact, mixed = show("2^10 + 3", "0.1 + 0.2", "at_x")
    assert power["result"] == "1027" and power["value"] == 1027.0 and power["operation"] == "evaluate"
    assert exact["result"] == "3/10"
    assert mixed["result"] == "at_x" and mixed["value"] is None
    assert at(parsed(mixed["result"]), at_x=2.0) == 2.0


def test_subs_evaluates_an_expression_at_a_point(show):
    at_point, exact, symbolic = show(
        "subs(diff(2*t^2*e^(-t/5), t), t, 3)", "subs(x^2, x, 1/2)", "subs(x^2 + y, x, y + 1)"
    )
    tt = sp.Symbol("t")
    want = sp.diff(2 * tt**2 * sp.exp(-tt / 5), tt).subs(tt, 3)
    assert at_point["value"] == pytest.approx(float(want), rel=1e-14)
    assert sp.simplify(parsed(at_point["result"]) - want) == 0
    assert exact["result"] == "1/4" and at_point["operation"] == "subs"
    y = parsed("y")
    assert sp.expand(parsed(symbolic["result"]) - ((y + 1) ** 2 + y)) == 0


def test_subs_needs_a_variable_and_a_value(run_study):
    run = run_study("show subs(x^2, x)\n")
    assert run.exit_code != 0 and "subs(f, x, a)" in run.stderr


def test_solve_for_a_variable_the_equation_lacks_is_an_error(run_study):
    # sympy answers [] (no solution) for solve(1/R == ..., o): that read as "no real solutions" at 0.97 once
    run = run_study("show solve(1/R + 1/220 == 1/150, o)\n")
    assert run.exit_code == 2, run.stdout
    assert "o does not occur in the equation" in run.stderr and "(R)" in run.stderr


def test_where_keeps_the_roots_its_condition_holds_at(show):
    (minima,) = show("solve(x^3 - 3*x == 0, x, where=diff(x^3 - 3*x, x, 2) > 0)")
    # x^3 - 3x has roots -sqrt(3), 0, sqrt(3); the second derivative 6x is positive at sqrt(3) alone
    assert [float(parsed(r)) for r in minima["result"]] == pytest.approx([math.sqrt(3)], rel=1e-15)


def test_where_with_roots_that_are_not_numbers_is_an_error(run_study):
    run = run_study("show solve(x^2 == a, x, where=x > 0)\n")
    assert run.exit_code == 2, run.stdout
    assert "where= needs roots that are numbers" in run.stderr
