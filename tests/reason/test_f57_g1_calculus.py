"""f57_g1: calculus asks that were answered wrong or not at all. A derivative of any order at a point named by what
it is ("at the MLE p̂ = 9/20", "at the stationary point q = 4", LaTeX's "\\hat{m}") is taken there; a variable named
N (or I) keeps its name in the answer (the study language's N(...) clash undone) and an answer in the other case of
the question's name fails an audit check; a rate's total between events glossed with their values ("between sowing
(t=0) and day 45") is its integral over them; "the maximum growth rate", "the peak rate of increase" and "grows
fastest" of a function that is no rate ask the extreme of its derivative, while "the peak uptake rate" of a rate asks
its own. References are sympy's diff, integrate and solve."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.calculus_asks import names_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from tests.reason.answers import confident, declined, same_expr

_P, _Q, _M, _N, _T = sp.symbols("p q m N t", positive=True)


def _at(expr: sp.Expr, var: sp.Symbol, order: int, point: sp.Expr) -> sp.Expr:
    """The ``order``-th derivative of ``expr`` at ``point``."""
    return sp.diff(expr, var, order).subs(var, point)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("For the log-likelihood l(p) = 9 ln p + 11 ln(1 − p), what is l''(p) evaluated at the MLE p̂ = 9/20?",
         _at(9 * sp.log(_P) + 11 * sp.log(1 - _P), _P, 2, sp.Rational(9, 20))),
        ("Cost C(q) = q^3 - 6q^2 + 20. What is C''(q) at the stationary point q = 4?",
         _at(_Q**3 - 6 * _Q**2 + 20, _Q, 2, 4)),
        ("L(m) = 30 ln m - 6m. d^2L/dm^2 at the estimate \\hat{m} = 5? exact fraction",
         _at(30 * sp.log(_M) - 6 * _M, _M, 2, 5)),
        ("g(x) = x^3 - 2x. g'(x) evaluated at the point x = 3?", _at(sp.Symbol("x") ** 3 - 2 * sp.Symbol("x"),
                                                                     sp.Symbol("x"), 1, 3)),
    ],
)  # fmt: skip
def test_a_derivative_at_a_named_point_is_taken_there(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    assert same_expr(out["result"], want)


def test_a_derivative_asked_as_a_function_stays_one() -> None:
    x = to_sympy("x")
    out = confident("f(x) = x^4. What is f''(x) as a function of x?", "calculus").to_dict()
    assert same_expr(out["result"], sp.diff(x**4, x, 2))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Yield Y = 8·(1 − exp(−0.02·(N + 30))) t/ha, N = nitrogen rate kg/ha. Give dY/dN as an expression in N.",
         sp.diff(8 * (1 - sp.exp(-sp.Rational(1, 50) * (_N + 30))), _N)),
        ("Y = 4 ln(N + 1) t/ha with N the nitrogen rate. d²Y/dN² as a function of N?",
         sp.diff(4 * sp.log(_N + 1), _N, 2)),
    ],
)  # fmt: skip
def test_a_variable_n_keeps_its_name(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    got = sp.parse_expr(out["result"], local_dict={"N": _N})  # engine output; N a symbol, never sympy's N()
    assert sp.simplify(got - want) == 0
    assert {str(s) for s in got.free_symbols} == {"N"}
    assert "N" in out["answer"] and "(n" not in out["answer"]


def test_an_answer_in_the_other_case_of_the_question_name_fails() -> None:
    plan = Plan("calculus", "show diff(3*n**2, n)", {"op": "derivative", "expr": "3*n**2", "var": "n"})
    check = names_check("Y = 3N^2, N = rate. dY/dN?", plan, {"result": "6*n"})
    assert check is not None and not check.passed
    plan.facts["renamed"] = {"n": "N"}
    assert names_check("Y = 3N^2, N = rate. dY/dN?", plan, {"result": "6*n"}).passed
    plain = Plan("calculus", "show diff(x^2, x)", {"op": "derivative", "expr": "x^2", "var": "x"})
    assert names_check("f(x) = x^2. f'(x)?", plain, {"result": "2*x"}) is None


@pytest.mark.parametrize(
    ("question", "rate", "hi"),
    [
        ("Uptake rate r(t) = 2.4·t·e^(−t/15) kg/ha per day, t = days after sowing. Total taken up between sowing (t=0) "
         "and day 45? exact please", sp.Rational(12, 5) * _T * sp.exp(-_T / 15), 45),
        ("Seepage rate s(t) = 0.5 + 0.01t litres per day, t in days. How much seeps out in total from installation "
         "(day 0) to commissioning (day 30)?", sp.Rational(1, 2) + _T / 100, 30),
        ("Seepage rate s(t) = 0.5 + 0.01t litres per day, t in days. What total seeps out from installation (t=0) to "
         "day 30?", sp.Rational(1, 2) + _T / 100, 30),
    ],
)  # fmt: skip
def test_a_total_between_glossed_events_is_the_integral(question: str, rate: sp.Expr, hi: int) -> None:
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    assert same_expr(out["result"], sp.integrate(rate, (_T, 0, hi)))


def test_a_glossed_end_in_another_unit_than_t_declines() -> None:
    declined("Uptake rate r(t) = 2.4·t·e^(−t/15) kg/ha per day, t = days after sowing. Total taken up between sowing "
             "(t=0) and week 8?")  # fmt: skip


def _value(question: str) -> float:
    """The confident calculus answer of ``question`` (every check passing) as a number."""
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    return float(to_sympy(out["result"]))


def _peak_rate(f: sp.Expr) -> float:
    """The maximum of f' (where f'' = 0 and f''' < 0)."""
    rate = sp.diff(f, _T)
    (point,) = [s for s in sp.solve(sp.diff(rate, _T), _T) if sp.diff(rate, _T, 2).subs(_T, s) < 0]
    return float(rate.subs(_T, point))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Height H(t) = 30/(1 + e^(−0.1·(t − 40))) cm, t in days. What is the maximum growth rate, in cm per day?",
         _peak_rate(30 / (1 + sp.exp(-(_T - 40) / 10)))),
        ("P(t) = 800/(1 + 15 e^(−0.3t)). What is the peak rate of increase of P?",
         _peak_rate(800 / (1 + 15 * sp.exp(-3 * _T / 10)))),
        ("Biomass B(t) = 20/(1 + e^(-0.1(t - 40))), t in days. What is the fastest growth rate of B?",
         _peak_rate(20 / (1 + sp.exp(-(_T - 40) / 10)))),
    ],
)  # fmt: skip
def test_the_maximum_growth_rate_is_the_maximum_of_the_derivative(question: str, want: float) -> None:
    assert _value(question) == pytest.approx(want, rel=1e-9)


def test_when_it_grows_fastest_is_the_inflection() -> None:
    out = confident("Biomass B(t) = 20/(1 + e^(-0.1(t - 40))), t in days. When does B grow fastest?").to_dict()
    assert [float(to_sympy(r)) for r in out["result"]] == [40.0]


def test_the_peak_of_a_rate_is_its_own_maximum() -> None:
    u = 3 * _T * sp.exp(-_T / 10)
    (top,) = sp.solve(sp.diff(u, _T), _T)
    want = float(u.subs(_T, top))
    assert _value("Uptake rate u(t) = 3t e^(-t/10) kg/ha per day, t in days. What is the peak uptake rate?") == want


def test_plot_number_is_a_label() -> None:
    question = "Wheat (plot 7) fits W(t) = 10/(1 + e^(-0.05(t - 60))), t in days. What is the maximum growth rate?"
    assert _value(question) == pytest.approx(10 * 0.05 / 4)
