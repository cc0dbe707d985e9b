"""Blends whose components are on hand ("I have a 40% cut and a 65% cut") and compounded growth to a multiple of its
start ("grows 8% month over month ... until it doubles", "1.08^n = 2"), against references computed here."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import as_set, confident, declined, roots_of


def _blend(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component asked: x + y = T, a x + b y = c T, solved with sympy."""
    x, y = sp.symbols("x y")
    return float(sp.solve([x + y - total, asked * x + other * y - target * total], [x, y])[x])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Need 100 gal of resin solution at 50% solids. I have a 40% solids cut and a 65% solids cut. How many "
         "gallons of the 40% one go in? (assume solids blend linearly by volume)", _blend(100, 50, 40, 65)),
        ("I need 100 gallons of resin at 50% solids and I've got a 40% solids cut and a 65% solids cut. How many gal "
         "of the 40% cut should I use?", _blend(100, 50, 40, 65)),
        ("We have a 65% solids cut and a 40% solids cut on hand. How many gallons of the 40% one make 100 gallons at "
         "50% solids?", _blend(100, 50, 40, 65)),
        ("Need 100 gal at 50% solids; we have a 40% cut and a 65% cut. How much of the 65% goes in?",
         _blend(100, 50, 65, 40)),
    ],
)  # fmt: skip
def test_blend_of_components_on_hand(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set([want])


def _periods(rate: float, multiple: float) -> float:
    """n with (1 + rate)^n = multiple, by math.log."""
    return math.log(multiple) / math.log(1 + rate)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("if order volume grows 8% month over month (compounding), how many months until it doubles? exact solution "
         "of 1.08^n = 2, not the rule of 72", _periods(0.08, 2)),
        ("order volume grows 8% month over month, compounding. how many months until it doubles?", _periods(0.08, 2)),
        ("Revenue is growing 8% per month compounded. How many months for it to double? Exact answer please.",
         _periods(0.08, 2)),
        ("Sales increase 8% year-over-year. How many years until they double?", _periods(0.08, 2)),
        ("Sign-ups grow 8% week on week; how many weeks until they triple?", _periods(0.08, 3)),
        ("our backlog shrinks 10% month over month. How many months until it halves?", _periods(-0.10, 0.5)),
        ("a 500 unit backlog grows 8% month over month; how many months until it doubles?", _periods(0.08, 2)),
    ],
)  # fmt: skip
def test_compounded_growth_to_a_multiple(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert [float(v) for v in roots_of(out.result)] == pytest.approx([want], rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "volume grows 8% per month; how many months until it doubles? solve 1.05^n = 2",  # the equation disagrees
        "sales grow 8% per year; how many years until they halve?",  # growth never halves
    ],
)
def test_growth_to_a_multiple_declined(question: str) -> None:
    declined(question)
