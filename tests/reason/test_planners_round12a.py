"""Readings added after round 12 (fix-r12a): the derivative of a function the question defines, asked in Leibniz
or prime notation (at a point too); an equation or polynomial stated in one sentence and its roots asked for in
another; contingency tables written as a header of column names and labelled rows of counts, and a named test of
independence that never falls back to a goodness-of-fit. References come from sympy and scipy."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_tables import bare_rows_table, header_table
from plugins.symbolic.derivative_prose import defined_derivative
from plugins.symbolic.stated_equation import stated_equation
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

t, x, s = sp.symbols("t x s", real=True)


# ---- derivatives of a defined function in Leibniz or prime notation ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "f", "var", "order"),
    [
        ("Tool wear model w(t) = 2t^2 e^(-t/5). dw/dt?", 2 * t**2 * sp.exp(-t / 5), t, 1),
        ("f(x) = x^3 - 2x; f'(x)?", x**3 - 2 * x, x, 1),
        ("y = x^2 sin x, find dy/dx", x**2 * sp.sin(x), x, 1),
        ("y = 3x^4 - 2x. d^2y/dx^2?", 3 * x**4 - 2 * x, x, 2),
        ("y = 3x^4 - 2x. d2y/dx2?", 3 * x**4 - 2 * x, x, 2),
        ("y = 3x² - 2x³. d²y/dx²?", 3 * x**2 - 2 * x**3, x, 2),
        ("f(x) = x^3 - 2x. Find f′(x).", x**3 - 2 * x, x, 1),
        ("f(x) = x^3 - 2x; f''(x)", x**3 - 2 * x, x, 2),
        ("f(x) = x^3 - 2x; derivative of f", x**3 - 2 * x, x, 1),
        ("g(x) = ln(x) / x. differentiate it", sp.log(x) / x, x, 1),
        ("spindle temperature T(t) = 30 + 40 t e^(-t/8) degC. dT/dt?", 30 + 40 * t * sp.exp(-t / 8), t, 1),
    ],
)  # fmt: skip
def test_the_derivative_of_a_defined_function(question, f, var, order):
    out = confident(question)
    assert out.mode == "calculus"
    assert same_expr(out.result, sp.diff(f, var, order))


@pytest.mark.parametrize(
    ("question", "f", "var", "order", "point"),
    [
        ("f(x) = x^3 - 2x; what is f'(2)", x**3 - 2 * x, x, 1, 2),
        ("V(t) = 500 - 20t^2 L. dV/dt at t = 3 min?", 500 - 20 * t**2, t, 1, 3),
        ("Temperature T(t) = 20 + 60 e^(-0.1t) degC. what is dT/dt when t = 5?", 20 + 60 * sp.exp(-t / 10), t, 1, 5),
        ("w(t) = 2t^2 e^(-t/5). what is the wear rate dw/dt at t = 10 hours?", 2 * t**2 * sp.exp(-t / 5), t, 1, 10),
        ("f(x) = x^3 - 2x; second derivative of f at x = 1", x**3 - 2 * x, x, 2, 1),
        ("f(x) = cos(2x); f'(pi/4)", sp.cos(2 * x), x, 1, sp.pi / 4),
        ("f(x) = x^3 - 2x; f'(1/2)", x**3 - 2 * x, x, 1, sp.Rational(1, 2)),
        ("derivative of x^3 ln(x) at x = 2", x**3 * sp.log(x), x, 1, 2),
    ],
)  # fmt: skip
def test_the_derivative_at_a_point(question, f, var, order, point):
    out = confident(question)
    want = float(sp.diff(f, var, order).subs(var, point))
    assert float(to_sympy(out.result)) == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_a_notation_without_a_defined_function_is_not_read_as_one():
    assert defined_derivative("dy/dx of x^2 sin x") is None  # the expression is written after the notation
    assert defined_derivative("z = x y. dz/dx?") is None  # a partial derivative
    assert defined_derivative("the shift's output y = 3x; is it any good?") is None
    ask = defined_derivative("Tool wear model w(t) = 2t^2 e^(-t/5). dw/dt?")
    assert (ask.body, ask.var, ask.order, ask.point) == ("2t^2 e^(-t/5)", "t", 1, None)


def test_an_integral_of_a_defined_function_by_its_name():
    out = confident("w(t) = 2t^2 e^(-t/5). ∫ w(t) dt from 0 to 10")
    assert same_expr(out.result, sp.integrate(2 * t**2 * sp.exp(-t / 5), (t, 0, 10)))


# ---- an equation stated, its roots asked for in other words -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "poly", "var"),
    [
        ("The characteristic equation of our filler-level loop is s^3 - 6s^2 + 11s - 6 = 0. What are its roots?",
         s**3 - 6 * s**2 + 11 * s - 6, s),
        ("The characteristic polynomial is s^3 - 6s^2 + 11s - 6. Find the zeros.", s**3 - 6 * s**2 + 11 * s - 6, s),
        ("p(s) = s^2 + 3s + 2; find its zeros", s**2 + 3 * s + 2, s),
        ("y = x^2 - 4. where does it cross zero?", x**2 - 4, x),
        ("the polynomial t^2 - 5t + 6: for what t is it zero?", t**2 - 5 * t + 6, t),
        ("x^2 - 5x + 6 = 0. solve it", x**2 - 5 * x + 6, x),
        ("The transfer function denominator is s^2 + 3s + 2. Where are the poles, i.e. its roots?",
         s**2 + 3 * s + 2, s),
    ],
)  # fmt: skip
def test_the_roots_of_a_stated_equation(question, poly, var):
    out = confident(question)
    assert out.mode == "algebra"
    assert roots_of(out.result) == as_set(sp.solve(poly, var))


def test_complex_roots_of_a_stated_equation_and_times_from_when():
    out = confident("Our loop has characteristic equation s^2 + 4s + 13 = 0 -- solve it")
    z = sp.Symbol("z")  # no real root: the complex ones, said in a caveat
    assert roots_of(out.result) == as_set(sp.solve(z**2 + 4 * z + 13, z))
    real = confident("Our loop has characteristic equation s^2 + 4s + 13 = 0 -- solve it (real roots only)")
    assert real.result == []
    when = confident("h(t) = -4.9t^2 + 20t + 1.5. when does it hit zero?")  # a time: the root >= 0
    want_t = [r for r in sp.solve(-sp.Rational(49, 10) * t**2 + 20 * t + sp.Rational(3, 2), t) if r >= 0]
    assert roots_of(when.result) == as_set(want_t)


def test_a_statement_needs_one_equation_and_an_ask_without_mathematics():
    assert stated_equation("2x + 3 = 7 and x^2 = 9; solve it") is None  # two equations: which?
    assert stated_equation("n = 30, mean = 10; its roots?") is None  # no variable
    assert stated_equation("x^2 - 4 = 0. what is 2 + 2?") is None  # no roots asked
    assert stated_equation("x^2 - 4 = 0. roots of x^2 - 9?") is None  # the ask writes its own equation
    found = stated_equation("p(s) = s^2 + 3s + 2; for what s is it zero")
    assert (found.equation, found.named_var) == ("s^2 + 3s + 2 = 0", "s")
    declined("2x + 3 = 7 and x^2 = 9; solve it")


# ---- contingency tables: a header of columns, then labelled rows of counts ---------------------------------------
SHIFT_TABLE = [[12, 8, 5], [15, 6, 9], [22, 7, 4]]


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("Defect counts by shift, columns scratch / dent / misalignment: day 12 8 5, swing 15 6 9, night 22 7 4. "
         "Chi-square test of independence between shift and defect type, p-value?", SHIFT_TABLE),
        ("columns are scratch, dent and misalignment. day 12 8 5; swing 15 6 9; night 22 7 4. is defect type related "
         "to shift?", SHIFT_TABLE),
        ("rows: day, swing, night; cols: scratch, dent, misalignment; counts 12 8 5 / 15 6 9 / 22 7 4. chi-square test "
         "of independence", SHIFT_TABLE),
        ("day: 12 8 5; swing: 15 6 9; night: 22 7 4. chi-square test of independence", SHIFT_TABLE),
        ("day 12 8 5; swing 15 6 9; night 22 7 4. chi-square test of independence", SHIFT_TABLE),
        ("night 22 7 4, day 12 8 5, swing 15 6 9 (columns: scratch / dent / misalignment). test of independence "
         "p-value", [[22, 7, 4], [12, 8, 5], [15, 6, 9]]),
        ("machine 1 20 30 40; machine 2 25 35 45 (columns: A, B, C). chi-square test of independence",
         [[20, 30, 40], [25, 35, 45]]),  # "machine 1" is a label: the header says 3 counts
        ("columns pass / fail: line A 40 3, line B 52 9. chi-square, alpha 0.01", [[40, 3], [52, 9]]),
        ("defect counts (columns: crack, void, porosity) -- furnace A 5 9 3; furnace B 8 4 7. chi-square independence "
         "test", [[5, 9, 3], [8, 4, 7]]),
        ("furnace A 5 9 3 — furnace B 8 4 7 (columns crack, void, porosity); chi-square test of independence",
         [[5, 9, 3], [8, 4, 7]]),
        ("defect type (scratch, dent, misalignment) by shift: day 12 8 5, swing 15 6 9, night 22 7 4. chi-square test "
         "of independence", SHIFT_TABLE),
    ],
)  # fmt: skip
def test_a_header_and_labelled_rows_of_counts(question, table):
    out = confident(question)
    want = stats.chi2_contingency(table, correction=False)
    assert out.result["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert out.result["df"] == want.dof


@pytest.mark.parametrize(
    "question",
    [
        "columns scratch / dent / misalignment: day 12 8, swing 15 6 9, night 22 7 4. Chi-square test of independence",
        "columns scratch / dent / misalignment: day 12, swing 15 6 9, night 22 7 4. Chi-square test of independence",
        "day 12 8; swing 15 6 9; night 22 7 4. chi-square test of independence",
        "Chi-square test of independence between shift and defect type: 12 8 5 and 15 6",
    ],
)
def test_a_table_that_cannot_be_read_is_refused_not_tested_for_fit(question):
    answer = declined(question)
    assert "goodness-of-fit" not in answer
    assert "table" in answer


def test_the_readers_of_headers_and_bare_rows():
    table = header_table("columns scratch / dent / misalignment: day 12 8 5, swing 15 6 9, night 22 7 4.")
    assert table.rows == [["12", "8", "5"], ["15", "6", "9"], ["22", "7", "4"]]
    assert table.row_labels == ["day", "swing", "night"] and table.columns == ["scratch", "dent", "misalignment"]
    assert header_table("day 12 8 5; swing 15 6 9") is None  # no header
    with pytest.raises(PlanError, match="does not hold 3 counts"):
        header_table("columns a / b / c: day 12 8, swing 15 6 9")
    assert bare_rows_table("line 1 20 30 40; line 2 25 35 45") is None  # the repeated word's number is a label
    assert bare_rows_table("mean 10 12; sd 2 3") is None  # statistics, not counts
    assert bare_rows_table("day 12 8 5; swing 15 6 9").rows == [["12", "8", "5"], ["15", "6", "9"]]


def test_the_audit_of_a_derivative_at_a_point_is_independent():
    from plugins.api.reasoning import Plan
    from plugins.symbolic.reasoning_audit import audit_calculus

    plan = Plan("calculus", "", {"op": "derivative", "expr": "x^3 - 2*x", "var": "x", "order": 1, "point": "2"})
    right = audit_calculus(plan, {"value": 10.0}, to_sympy)  # 3*2^2 - 2, by hand
    wrong = audit_calculus(plan, {"value": 12.0}, to_sympy)
    assert all(check.passed for check in right) and not wrong[0].passed
    second = Plan("calculus", "", {"op": "derivative", "expr": "x^3", "var": "x", "order": 2, "point": "1"})
    assert audit_calculus(second, {"value": 6.0}, to_sympy)[0].passed


def test_an_integral_of_a_derivative_is_not_the_function_or_its_derivative():
    declined("f(x) = x^2. integral of f'(x) from 0 to 1")  # f' is not f, and no derivative is asked
