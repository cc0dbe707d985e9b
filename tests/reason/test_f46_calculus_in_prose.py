"""f46: calculus asked in prose: a limit with remarks around it ("the following limit arises: ...", ".. popped up in
a series expansion"), an integral named before the words that define it ("AUC(0–∞), defined as the integral of C(t)
from t = 0 to infinity"), a rate's integral over a window with its unit after the formula ("∫q dt in m³", "I think
that's an integral from 0 to 10 but ..."), an extreme asked of one of several definitions by its noun ("the maximum
weekly profit") or with a chat spelling ("wat v minimises c"), and a limit at infinity of a quantity named by its
noun ("what does that average cost tend to as n gets bigger and bigger"). References by sympy/scipy."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import integrate

from tests.reason.answers import confident, declined

x, n, p, v = sp.symbols("x n p v", positive=True)


def _number(result) -> float:
    """The one value of an engine result (a list of one critical point, or the value)."""
    result = result.get("result") if isinstance(result, dict) else result
    assert not isinstance(result, list) or len(result) == 1, result
    value = result[0] if isinstance(result, list) else result
    return float(sp.sympify(str(value)))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("lim x→0 (e^(2x) − 1 − 2x)/x²  .. popped up in a roll thermal crown series expansion, exact val pls",
         sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)),
        ("In the derivation of the delta-method correction, the following limit arises: lim as x → 0 of "
         "(ln(1 + 3x) − 3x)/x². Please state its exact value.", sp.limit((sp.log(1 + 3 * x) - 3 * x) / x**2, x, 0)),
        ("A limit shows up here: lim x->0 (1-cos(4x))/x^2 ... came out of a beam deflection series, exact please",
         sp.limit((1 - sp.cos(4 * x)) / x**2, x, 0)),
        ("The following limit comes up in our model: limit as x → 0 of sin(5x)/x. What is its value?",
         sp.limit(sp.sin(5 * x) / x, x, 0)),
    ],
)  # fmt: skip
def test_limit_with_remarks_around(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert _number(out.result) == pytest.approx(float(want), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "f", "hi"),
    [
        ("Following a single oral dose, the plasma concentration is modelled as C(t) = 12(e^(−0.2t) − e^(−1.5t)) "
         "mg/L, with t in hours post-dose. The exposure endpoint is AUC(0–∞), defined as the integral of C(t) from "
         "t = 0 to infinity. What is the exact value of AUC(0–∞) in mg·h/L?",
         lambda t: 12 * (sp.exp(-0.2 * t) - sp.exp(-1.5 * t)), float("inf")),
        ("The drug level is C(t) = 8(e^(-0.5t) - e^(-2t)) mg/L with t in hours. Exposure is AUC 0-24, i.e. the "
         "integral of C(t) from t = 0 to 24. What is it in mg·h/L?", lambda t: 8 * (sp.exp(-0.5 * t) - sp.exp(-2 * t)),
         24.0),
        ("Signal s(t) = 5e^(-t/4) V with t in s. Its total area, given by the integral of s(t) from 0 to infinity, "
         "in V·s?", lambda t: 5 * sp.exp(-t / 4), float("inf")),
    ],
)  # fmt: skip
def test_integral_defined_in_words(question: str, f, hi: float) -> None:
    out = confident(question, "calculus")
    want = integrate.quad(lambda t: float(f(t)), 0, hi)[0]
    assert _number(out.result) == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize(
    ("question", "f", "hi"),
    [
        ("laminar cooling header flow ramps q(t) = 12 + 3t m³/min during a 10 min campaign (t=0..10 min). total "
         "water volume ∫q dt in m³?", lambda t: 12 + 3 * t, 10),
        ("pump delivers Q(t) = 5 + 2t L/min over the first 6 min. total volume ∫Q dt in L?", lambda t: 5 + 2 * t, 6),
        ("During the drying phase the moisture is coming off at a rate of r(t) = 0.6 − 0.04t percentage points per "
         "minute (t = minutes since charging the drum). Drying phase lasts the first 10 minutes. How many percentage "
         "points of moisture have the beans lost in total over those 10 minutes? I think that's an integral from 0 "
         "to 10 but I haven't done one since school!", lambda t: 0.6 - 0.04 * t, 10),
        ("A tank leaks at r(t) = 2 − 0.1t kg per hour for the first 10 hours (t in hours). How much is lost in "
         "total? I guess that's an integral from 0 to 10 but I'm not sure.", lambda t: 2 - 0.1 * t, 10),
    ],
)  # fmt: skip
def test_rate_integrated_over_its_window(question: str, f, hi: float) -> None:
    out = confident(question, "calculus")
    assert _number(out.result) == pytest.approx(integrate.quad(f, 0, hi)[0], rel=1e-9)


@pytest.mark.parametrize(
    ("question", "objective", "var"),
    [
        ("cost per coil vs threading speed fit: c(v) = 3200/v + 2v, v in m/min, v>0. wat v minimises c?",
         3200 / v + 2 * v, v),
        ("Pricing question for our 250 g bags of house espresso. Weekly bags sold ≈ 600 − 40p where p is the price "
         "in £, and each bag costs me £4.50 to roast, pack and label. So weekly profit is (p − 4.50)(600 − 40p). "
         "What price p gives the maximum weekly profit?", (p - sp.Rational(9, 2)) * (600 - 40 * p), p),
        ("For our 500 ml bottles, units sold per week ≈ 800 − 50p with p the price in £, and each costs £3 to make, "
         "so the weekly profit is (p − 3)(800 − 50p). Which price p gives the highest weekly profit?",
         (p - 3) * (800 - 50 * p), p),
    ],
)  # fmt: skip
def test_extreme_in_prose(question: str, objective: sp.Expr, var: sp.Symbol) -> None:
    out = confident(question, "calculus")
    (critical,) = sp.solve(sp.diff(objective, var), var)
    assert _number(out.result) == pytest.approx(float(critical), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "f"),
    [
        ("For sourdough, every baking day costs me £120 in fixed stuff plus £0.45 of ingredients per loaf, so the "
         "average cost per loaf when I bake n loaves is (0.45n + 120)/n pounds. What does that average cost tend to "
         "as n gets bigger and bigger, i.e. the limit as n → ∞? Exact figure in pounds please.",
         (sp.Rational(45, 100) * n + 120) / n),
        ("The average time per part when we make n parts is (2n + 45)/n minutes. What does the average time tend to "
         "as n grows without bound?", (2 * n + 45) / n),
        ("Each print run costs £80 to set up plus £0.30 a copy, so the cost per copy for a run of n copies is "
         "(0.3n + 80)/n. What does the cost per copy approach as n gets larger and larger?",
         (sp.Rational(3, 10) * n + 80) / n),
    ],
)  # fmt: skip
def test_limit_at_infinity_of_a_named_quantity(question: str, f: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert _number(out.result) == pytest.approx(float(sp.limit(f, n, sp.oo)), rel=1e-9)


def test_other_quantity_named_declines() -> None:
    """The average cost is asked, the total cost defined: no limit of the total cost."""
    declined("Our fixed cost is 500 and the total cost is 3n + 500. What does the average cost tend to as n gets "
             "bigger and bigger?")  # fmt: skip


def test_extreme_of_an_unnamed_one_of_several_keeps_declining() -> None:
    """Two functions defined and the extreme names neither: no guess between them."""
    declined("Demand is q = 900 − 30p and revenue is R = p(900 − 30p). What p gives the maximum?")
