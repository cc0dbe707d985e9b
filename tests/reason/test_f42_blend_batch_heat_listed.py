"""Blends (branch f42): a total stated alone with its target in a clause that names it one, a total "that is" its
target, and a blend of three components with listed properties solved as a 3x3 linear system; references computed
here with sympy, declines where the system is singular, infeasible or its target unread."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of

_COALS = "Blending 3 coals. HHV: 12,000 / 10,500 / 9,000 Btu/lb; sulfur: {s} wt%. Want the blend at {target}. {ask}"


def _two(asked: int, other: int, total: int, target: int) -> sp.Rational:
    """The amount of the component at ``asked`` in ``total`` at ``target`` (sympy solve)."""
    x = sp.Symbol("x")
    (root,) = sp.solve(asked * x + other * (total - x) - target * total, x)
    return root


def _shares(rows: list[list[sp.Rational]], rhs: list[sp.Rational]) -> list[sp.Rational]:
    """The one solution of rows x = rhs (sympy linsolve)."""
    xs = sp.symbols("c1:4")
    equations = [sum(a * c for a, c in zip(row, xs, strict=True)) - b for row, b in zip(rows, rhs, strict=True)]
    (solution,) = sp.linsolve(equations, xs)
    return list(solution)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Blending two sands for a 1000 kg batch. Sand A is 8% passing the No. 200 sieve, sand B is 2%. Target blend "
         "is 4% passing No. 200 (by mass). How many kg of sand A? Exact value.", _two(8, 2, 1000, 4)),
        ("We need a 1000 kg batch blended from sand A (8% passing No. 200) and sand B (2% passing No. 200); the "
         "target is 4% passing. How many kg of sand A?", _two(8, 2, 1000, 4)),
        ("Batch size is 1000 kg. Sand A: 8% passing #200; sand B: 2% passing #200. Target 4% passing #200. How many "
         "kg of sand A are needed?", _two(8, 2, 1000, 4)),
        ("A 1000 kg batch should come out at 4% fines. Sand A is 8% fines and sand B is 2% fines. How many kg of sand "
         "B?", _two(2, 8, 1000, 4)),
        ("A foundry must pour a 500 kg heat that is 40% nickel by mass. It has two stock alloys on hand: alloy A at 30% "
         "nickel and alloy B at 55% nickel (alloy B also costs twice as much). Blending only A and B, how many "
         "kilograms of alloy A are needed?", _two(30, 55, 500, 40)),
        ("We need a 500 kg heat which must be 40% Ni. Alloy A is 30% Ni, alloy B is 55% Ni (B costs twice as much). "
         "How many kg of alloy A?", _two(30, 55, 500, 40)),
        ("A 500 kg heat that must be 40% nickel is made from alloy A at 30% nickel and alloy B at 55% nickel. How many "
         "kg of alloy B?", _two(55, 30, 500, 40)),
    ],
)  # fmt: skip
def test_two_component_blend(question: str, want: sp.Rational) -> None:
    (got,) = roots_of(confident(question, "algebra").result)
    assert sp.nsimplify(got) == want


_HHV = [sp.Integer(12000), sp.Integer(10500), sp.Integer(9000)]
_S = [sp.Rational(2), sp.Rational(6, 5), sp.Rational(3, 5)]
_COAL_SHARES = _shares([[1, 1, 1], _HHV, _S], [1, 10800, sp.Rational(7, 5)])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (_COALS.format(s="2.0 / 1.2 / 0.6", target="exactly 10,800 Btu/lb and 1.4% S, mass fractions sum to 1",
                       ask="Solve the 3x3 system — what mass fraction of coal 3 (the 9,000 Btu/lb one)?"),
         _COAL_SHARES[2]),
        ("We blend three coals with heating values 12000/10500/9000 Btu/lb and sulfur 2.0/1.2/0.6 %. The blend must be "
         "10800 Btu/lb and 1.4% sulfur. What fraction of coal 1 goes in?", _COAL_SHARES[0]),
        (_COALS.format(s="2.0 / 1.2 / 0.6", target="10,800 Btu/lb and 1.4% S", ask="What percentage of coal 2?"),
         100 * _COAL_SHARES[1]),
    ],
)  # fmt: skip
def test_listed_three_component_blend(question: str, want: sp.Rational) -> None:
    assert sp.Rational(confident(question, "algebra").result) == want


def test_listed_blend_each() -> None:
    want = _shares([[1, 1, 1], [28, 24, 20], [8, 12, 20]], [1, 25, sp.Rational(56, 5)])
    out = confident("A plant combines three coals: calorific value 28 / 24 / 20 MJ/kg and ash 8 / 12 / 20 %. The "
                    "blend must reach 25 MJ/kg at 11.2% ash. What fraction of each coal?", "algebra")  # fmt: skip
    assert sp.Matrix(sp.sympify(out.result)) == sp.Matrix(want)


@pytest.mark.parametrize(
    "question",
    [
        # sulfur linear in HHV: singular
        _COALS.format(s="2.0 / 1.5 / 1.0", target="exactly 10,800 Btu/lb and 1.6% S", ask="What mass fraction of coal 3?"),
        # no blend of the three reaches 0.3% S at 10,800 Btu/lb
        _COALS.format(s="2.0 / 1.2 / 0.6", target="exactly 10,800 Btu/lb and 0.3% S", ask="What mass fraction of coal 3?"),
        # the sulfur target is not written
        _COALS.format(s="2.0 / 1.2 / 0.6", target="exactly 10,800 Btu/lb", ask="What mass fraction of coal 3?"),
        # the number and the value asked name different coals
        _COALS.format(s="2.0 / 1.2 / 0.6", target="10,800 Btu/lb and 1.4% S",
                      ask="What mass fraction of coal 1 (the 9,000 Btu/lb one)?"),
        # a two-component batch whose only other percentage names no target
        "A 1000 kg batch is blended from sand A at 8% and sand B at 2%; sand B costs 5% more. How many kg of sand A?",
    ],
)  # fmt: skip
def test_blend_declined(question: str) -> None:
    assert declined(question)
