"""Optimisation word problems: a folded tray's corner cut named by its own letter, a formula's parameters given values
beside it, a cost per unit time with its money unit in brackets and its variable glossed as an interval, and a
quantity defined through another by its bare letter (P = V*I); references by sympy, not havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from plugins.symbolic.word_problems import composed, definitions, parameter_settings
from tests.reason.answers import as_set, confident, declined, roots_of

_x = sp.Symbol("x", positive=True)


def _argmax_below(f: sp.Expr, upper: float) -> list[sp.Expr]:
    """The critical points of f in (0, upper) where f'' < 0, by sympy."""
    return [p for p in sp.solve(sp.diff(f, _x), _x) if 0 < p < upper and sp.diff(f, _x, 2).subs(_x, p) < 0]


@pytest.mark.parametrize(
    ("question", "length", "width"),
    [
        ("We make open drawer-organizer trays from a 60 cm × 40 cm hardboard sheet: cut an equal square of side h out "
         "of each corner and fold up the sides. What h (cm) gives the max tray volume? Exact answer please.", 60, 40),
        ("An open box is folded from a 60 cm by 40 cm sheet after cutting squares of side s from each corner. Which s "
         "gives the largest volume?", 60, 40),
        ("Open-top tray from a 16 in x 10 in sheet: cut h-by-h squares from the four corners, fold up the sides. find "
         "h that maximizes the volume", 16, 10),
    ],
)  # fmt: skip
def test_folded_tray_side_named_by_its_letter(question: str, length: int, width: int) -> None:
    out = confident(question, "calculus")
    want = _argmax_below(_x * (length - 2 * _x) * (width - 2 * _x), min(length, width) / 2)
    assert roots_of(out.result) == as_set(want)


def test_folded_tray_height_asked_still_declines() -> None:
    declined("From a 60 cm × 40 cm sheet, cut squares of side x from each corner and fold into an open tray. What h "
             "(height, cm) gives the max volume?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "r", "k"),
    [
        ("Schaefer surplus production for the hake stock: P(B) = r·B·(1 − B/K) with r = 0.4 /yr and K = 12,000 t. "
         "what's the max sustainable yield, i.e. the maximum of P(B), in t/yr?", 0.4, 12000),
        ("Logistic surplus P(B) = r·B·(1 − B/K), r = 0.3 per year, K = 50,000 t. What is the maximum surplus "
         "production?", 0.3, 50000),
    ],
)  # fmt: skip
def test_maximum_of_a_formula_with_stated_parameters(question: str, r: float, k: float) -> None:
    b = sp.Symbol("b", positive=True)
    surplus = r * b * (1 - b / k)
    peak = sp.solve(sp.diff(surplus, b), b)[0]
    out = confident(question, "calculus")
    assert float(out.result) == pytest.approx(float(surplus.subs(b, peak)), rel=1e-9)
    assert float(out.result) == pytest.approx(r * k / 4, rel=1e-9)  # the published MSY = rK/4


def test_argument_with_stated_parameters() -> None:
    out = confident("Yield model Y(N) = a*N - b*N^2 with a = 3 and b = 0.01. What N gives the maximum Y?", "calculus")
    n = sp.Symbol("n")
    assert roots_of(out.result) == as_set(sp.solve(sp.diff(3 * n - sp.Rational(1, 100) * n**2, n), n))


def test_argument_of_a_formula_without_its_argument_written() -> None:
    out = confident("Surplus production P = r·B·(1 − B/K) with r = 0.4 /yr and K = 12,000 t. What B gives the maximum "
                    "P?", "calculus")  # fmt: skip
    b = sp.Symbol("b")
    assert roots_of(out.result) == as_set(sp.solve(sp.diff(b * (1 - b / 12000), b), b)) == as_set([6000])


def test_a_parameter_without_value_declines() -> None:
    assert "value for each other name" in declined(
        "Schaefer model: P(B) = r·B·(1 − B/K) with r = 0.4/yr. what's the max of P(B)?"
    )


def test_a_setting_is_no_function_of_its_own() -> None:
    found = definitions("P(B) = r*B*(1 - B/K) with r = 0.4 per yr and K = 12000 t. max?")
    assert [d.name for d in parameter_settings(found)] == ["K"]
    assert [d.name for d in parameter_settings(definitions("y = 2 x and z = y + x"))] == []  # "2 x" is a formula


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("soft-time for a hyd pump: cost per FH model C(T) = 12000/T + 0.03·T ($/FH), T = removal interval in FH. "
         "which T minimises C? exact pls, no rounding", 12000, 0.03),
        ("Replacement cost rate C(T) = 500/T + 2T (€/h), T = replacement interval in hours. What T minimizes C?", 500,
         2),
        ("total cost TC(Q) = 100000/Q + 1.25*Q ($/yr), Q = order quantity. which Q minimizes TC?", 100000, 1.25),
    ],
)  # fmt: skip
def test_cost_rate_minimum_of_a_glossed_interval(question: str, a: float, b: float) -> None:
    a, b = sp.nsimplify(a), sp.nsimplify(b)
    want = [p for p in sp.solve(sp.diff(a / _x + b * _x, _x), _x) if p > 0]
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set(want) == as_set([sp.sqrt(a / b)])


def test_cost_rate_without_a_gloss_is_not_confident() -> None:
    declined("C(T) = 12000/T + 0.03T. which T minimises C?")  # over all real T the minimum is only local


@pytest.mark.parametrize(
    ("question", "i0", "c"),
    [
        ("toy I-V model for a panel: I = 9 − 0.0025·V² amps, so power P = V·I. at what voltage V (volts) is power "
         "maximized? basically where the MPPT should sit. exact form is fine", 9, 0.0025),
        ("A solar cell's current is I = 5 - 0.01V^2 A and its power is P = V*I. What voltage V maximizes P?", 5, 0.01),
    ],
)  # fmt: skip
def test_power_through_a_defined_current(question: str, i0: float, c: float) -> None:
    i0, c = sp.nsimplify(i0), sp.nsimplify(c)
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set(_argmax_below(_x * (i0 - c * _x**2), sp.oo))
    assert roots_of(out.result) == as_set([sp.sqrt(i0 / (3 * c))])


def test_area_through_a_defined_side() -> None:
    out = confident("A rectangular pen: width w, length L = 20 - w (m), area A = w*L. What w gives the maximum area?")
    assert roots_of(out.result) == as_set(_argmax_below(_x * (20 - _x), sp.oo))


def test_composition_of_a_bare_letter() -> None:
    found = composed(definitions("I = 9 - 0.0025*V^2 amps, so power P = V*I. max?"))
    assert [(d.name, d.body) for d in found] == [("P", "V*(9 - 0.0025*V^2)")]


def test_power_with_an_unknown_factor_declines() -> None:
    declined("I = 9 - 0.0025V^2 amps, power P = V*I*R. at what voltage V is power maximized?")
