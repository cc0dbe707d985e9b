"""Task v4: calculus asked in engineers' prose: an AUC asked as an open equation ("AUC from 0 to ∞ = ?", "AUC0-∞ =
?", "AUC(0–inf)=?") with a unit after the formula; the argument of a maximum in shop-floor verbs ("maxed out",
"maxes out", "tops out", "bottoms out") of a Greek-named function η(Q); a first-order ODE whose solution is asked
"as a formula" ("give me C(t) as a formula", "C(t) in closed form", "write down the formula for C(t)") beside a
bracketed unit remark and "we start at C(0) = 1.8 mg/L". References by sympy."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, roots_of

_T, _Q = sp.symbols("t Q", positive=True)
_AUC = float(sp.integrate(20 * _T * sp.exp(-_T / 2), (_T, 0, sp.oo)))  # 80
_ETA = sp.Rational(8, 1000) * _Q - sp.Rational(4, 100000) * _Q**2
_Q_BEST = sp.solve(sp.diff(_ETA, _Q), _Q)  # [100]
_COST_X = sp.symbols("x")
_COST_MIN = sp.solve(sp.diff(2 * _COST_X**2 - 40 * _COST_X + 500, _COST_X), _COST_X)  # [10]
_C = sp.Function("C")
_t = sp.Symbol("t")
_CHLORINE = sp.dsolve(
    sp.Eq(_C(_t).diff(_t), -sp.Rational(15, 100) * _C(_t)), _C(_t), ics={_C(0): sp.Rational(18, 10)}
).rhs


@pytest.mark.parametrize(
    "question",
    [
        "plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC from 0 to ∞ = ?",
        "plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC0-∞ = ?",
        "plasma conc C(t)=20·t·e^(−0.5t) mg/L, t in h. AUC(0–inf)=?",
        "C(t) = 20 t e^(-0.5 t) mg/L with t in hours; AUC from 0 to infinity = ?",
    ],
)
def test_auc_asked_as_an_open_equation(question: str) -> None:
    out = confident(question, "calculus")
    assert float(to_sympy(out.result)) == pytest.approx(_AUC, rel=1e-9), out.answer


def test_auc_over_a_finite_window_asked_as_an_open_equation() -> None:
    want = float(sp.integrate(20 * _T * sp.exp(-_T / 2), (_T, 0, 4)))
    out = confident("plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC from 0 to 4 h = ?", "calculus")
    assert float(to_sympy(out.result)) == pytest.approx(want, rel=1e-9), out.answer


def test_auc_without_a_curve_is_declined() -> None:
    declined("AUC from 0 to ∞ = ?")


@pytest.mark.parametrize(
    "question",
    [
        "fitted our pump efficiency curve as η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s). at what flow Q is efficiency "
        "maxed out?",
        "pump efficiency η(Q) = 0.008Q − 0.00004Q^2, Q in L/s. what flow maxes out the efficiency?",
        "efficiency curve η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s): at what Q does efficiency top out?",
        "fitted our pump efficiency curve as η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s). at what flow Q does efficiency "
        "peak?",
        "η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s). at what flow Q is efficiency highest?",
    ],
)
def test_the_argument_of_a_maximum_in_shop_floor_verbs(question: str) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == set(_Q_BEST), out.answer


def test_bottoms_out_asks_the_minimum() -> None:
    out = confident("cost C(x) = 2x^2 - 40x + 500 (x in units). at what x does the cost bottom out?", "calculus")
    assert roots_of(out.result) == set(_COST_MIN), out.answer


def test_maxed_out_of_a_function_with_no_maximum_is_not_confident() -> None:
    declined("η(Q) = 0.008Q + 0.00004Q^2 (Q in L/s). at what flow Q is efficiency maxed out?")


@pytest.mark.parametrize(
    "question",
    [
        "Chlorine in the storage tank decays first-order: dC/dt = −0.15·C (per hour), and we start at C(0) = 1.8 "
        "mg/L. Give me C(t) as a formula.",
        "dC/dt = −0.15·C, C(0) = 1.8. Give me C(t) as a formula.",
        "Chlorine decays first-order, dC/dt = −0.15·C (per hour); we start at C(0) = 1.8 mg/L. What is C(t) in "
        "closed form?",
        "Chlorine decays first-order: dC/dt = -0.15*C (per hour), starting at C(0) = 1.8 mg/L. Write down the "
        "formula for C(t).",
    ],
)
def test_an_ode_solution_asked_as_a_formula(question: str) -> None:
    out = confident(question, "calculus")
    got = to_sympy(out.result)
    (var,) = got.free_symbols
    assert sp.simplify(got - _CHLORINE.subs(_t, var)) == 0, out.answer


def test_an_ode_asked_as_a_formula_without_its_start_is_declined() -> None:
    assert "initial value" in declined(
        "Chlorine decays first-order: dC/dt = −0.15·C (per hour). Give me C(t) as a formula."
    )
