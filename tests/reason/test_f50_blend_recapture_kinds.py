"""Algebra word problems read in more wordings: a blend whose components name their property in brackets ("well
water (hardness 450 mg/L as CaCO3)"), one strength added to an amount on hand ("how much 5% saline should be added to
300 mL of 0.9% saline"), a mark-recapture estimate told without naming the survey ("we caught and marked 50 deer,
later caught 40, 10 of them marked"), and two kinds of item whose amount per item is in the verb ("minibuses seat 20
each"). References: scipy's brentq for the balances, sympy's linsolve for the counts, M C / R for Lincoln-Petersen;
near misses are declined."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy.optimize import brentq

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _blend(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component at ``asked``: asked*x + other*(total - x) = target*total, solved numerically."""
    return brentq(lambda x: asked * x + other * (total - x) - target * total, 0, total)


def _added(have: float, strength: float, added: float, target: float) -> float:
    """The amount at ``added`` that brings ``have`` at ``strength`` to ``target``, solved numerically."""
    return brentq(lambda x: added * x + strength * have - target * (have + x), 0, 1e6)


def _value(question: str) -> float:
    """The one root of the question's answer, which must be confident algebra."""
    result = confident(question, "algebra").to_dict()["result"]
    return float(to_sympy(result[0] if isinstance(result, list) else result))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "We are blending well water (hardness 450 mg/L as CaCO3) with treated surface water (120 mg/L) to send "
            "out 10 ML/d at exactly 250 mg/L. Assuming simple mass-balance mixing, how many ML/d of the well water "
            "should go into the blend? An exact fraction is fine.",
            _blend(10, 250, 450, 120),
        ),
        (
            "Mixing river water (nitrate 40 mg/L) with groundwater (8 mg/L) to supply 5 ML/d at 20 mg/L. How many "
            "ML/d of the river water are needed?",
            _blend(5, 20, 40, 8),
        ),
        (
            "We blend raw milk (fat 4.2%) with skim milk (0.1%) to make 1000 L at 3.0%. How many L of raw milk?",
            _blend(1000, 3.0, 4.2, 0.1),
        ),
    ],
)
def test_blend_with_property_in_brackets(question: str, want: float) -> None:
    assert _value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("how much 5% saline should be added to 300 mL of 0.9% saline to make a 2% saline?", _added(300, 0.9, 5, 2)),
        (
            "how many mL of 10% bleach must be added to 500 mL of 2% bleach to get a 4% solution?",
            _added(500, 2, 10, 4),
        ),
        ("How much 25% glycol should be added to 40 L of 5% glycol to reach 10%?", _added(40, 5, 25, 10)),
    ],
)
def test_strength_added_to_an_amount_on_hand(question: str, want: float) -> None:
    assert _value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "marked", "caught", "recaptured"),
    [
        ("we caught and marked 50 deer, later caught 40, 10 of them marked: population?", 50, 40, 10),
        (
            "we trapped 80 voles and marked them all; a second trapping caught 60 voles, 12 of them marked. estimate "
            "the vole population",
            80, 60, 12,
        ),
        ("We banded 60 ducks. The next month we caught 45 ducks and 9 were banded. How many ducks are there in total?",
         60, 45, 9),
    ],
)  # fmt: skip
def test_recapture_without_the_survey_named(question: str, marked: int, caught: int, recaptured: int) -> None:
    assert _value(question) == pytest.approx(marked * caught / recaptured, rel=1e-12)


def _count(per: tuple[int, int], items: int, total: int, index: int) -> float:
    """One kind's count: a + b = items, per[0] a + per[1] b = total, by sympy's linsolve."""
    a, b = sp.symbols("a b")
    (solution,) = sp.linsolve([a + b - items, per[0] * a + per[1] * b - total], [a, b])
    return float(solution[index])


@pytest.mark.parametrize(
    ("question", "per", "items", "total", "index"),
    [
        ("minibuses seat 20 each, vans seat 8 each, 15 vehicles carry 204 people in total: how many minibuses?",
         (20, 8), 15, 204, 0),
        ("Large tables seat 10 each and small tables seat 4 each. 30 tables seat 216 guests altogether. How many "
         "large tables are there?", (10, 4), 30, 216, 0),
        ("big trucks haul 12 each, small trucks haul 5 each; 20 trucks haul 170 pallets. how many small trucks?",
         (12, 5), 20, 170, 1),
    ],
)  # fmt: skip
def test_two_kinds_with_the_unit_in_the_verb(
    question: str, per: tuple[int, int], items: int, total: int, index: int
) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(result) == pytest.approx(_count(per, items, total, index), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        # the target outside the two components' values
        "We are blending well water (hardness 450 mg/L) with treated surface water (120 mg/L) to send out 10 ML/d at "
        "500 mg/L. How many ML/d of the well water?",
        # adding a weaker strength can never reach a stronger target
        "how much 5% saline should be added to 300 mL of 0.9% saline to make a 6% saline?",
        # no marking told: two catches are no survey
        "we caught 50 deer, later caught 40 more. how many deer in total?",
        # counts not whole
        "minibuses seat 20 each, vans seat 8 each, 15 vehicles carry 205 people in total: how many minibuses?",
    ],
)
def test_near_misses_are_declined(question: str) -> None:
    declined(question)
