"""Blends of two strengths to a target amount and two kinds of item from a count total and an amount total, read in
more wordings: a labelled component with a word of what it is before its verb ("lot A sliver is 65% polyester"), the
components in brackets on hand ("I've got urea (46% N) and ammonium sulphate (21% N)"), a total "that's" at its target
("500 kg of blend that's 30% N"), two stocks "on the shelf" bracketing the target (a blend, not a dilution), two kinds
each with its own noun ("some 2.5 kg cones and some 4 kg cheeses") or a hyphenated label and a past-tense verb ("every
variety-A plot took 2.5 kg"). References: sympy's solve for the balances, sympy's linsolve for the counts; near misses
(a target outside the stocks, counts not whole) are declined."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _blend(total: int, target: int, asked: int, other: int) -> sp.Expr:
    """The amount of the component at ``asked``: asked*x + other*(total - x) = target*total, by sympy's solve."""
    x = sp.Symbol("x")
    return sp.solve(sp.Eq(asked * x + other * (total - x), target * total), x)[0]


def _count(per: tuple[float, float], items: int, total: int, index: int) -> float:
    """One kind's count: a + b = items, per[0] a + per[1] b = total, by sympy's linsolve."""
    a, b = sp.symbols("a b")
    (solution,) = sp.linsolve([a + b - items, sp.nsimplify(per[0]) * a + sp.nsimplify(per[1]) * b - total], [a, b])
    return float(solution[index])


def _value(question: str) -> sp.Expr:
    """The one root of the question's answer, which must be confident algebra with every check passing."""
    out = confident(question, "algebra").to_dict()
    assert all(c["passed"] for c in out["checks"])
    result = out["result"]
    return to_sympy(result[0] if isinstance(result, list) else result)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("blending room: lot A sliver is 65% polyester, lot B is 20% polyester (rest cotton). need 500 kg of blend at "
         "exactly 50% polyester. how many kg of lot A? exact", _blend(500, 50, 65, 20)),
        ("Lot A fibre is 60% wool, lot B is 30% wool. Need 300 kg of blend at 40% wool. How many kg of lot A?",
         _blend(300, 40, 60, 30)),
        ("Mixing up a custom N blend for the small-plot drill. I've got urea (46% N) and ammonium sulphate (21% N) and "
         "want 500 kg of blend that's 30% N overall. How many kg of urea go in? (the rest is ammonium sulphate)",
         _blend(500, 30, 46, 21)),
        ("I've got potash (60% K2O) and compound (15% K2O) and want 200 kg of blend that's 24% K2O. How many kg of "
         "potash go in?", _blend(200, 24, 60, 15)),
        ("The histology bench needs 500 mL of 80% (v/v) ethanol, and we only have 95% and 70% stock on the shelf. How "
         "many mL of the 95% stock should go into the mix? (Please assume volumes are simply additive.)",
         _blend(500, 80, 95, 70)),
        ("stencil wipe solvent: have 99% IPA and 70% IPA on the shelf. need 20 L of 90% IPA (by volume, assume volumes "
         "add). how many L of the 99% stuff?", _blend(20, 90, 99, 70)),
        ("We have 90% and 60% alcohol on the shelf and need 10 L of 75% alcohol. How many L of the 90% alcohol?",
         _blend(10, 75, 90, 60)),
    ],
)  # fmt: skip
def test_blend_to_a_target_amount(question: str, want: sp.Expr) -> None:
    assert sp.simplify(_value(question) - want) == 0


def test_stocks_both_above_the_target_are_declined() -> None:
    answer = declined("The lab needs 500 mL of 80% ethanol and we only have 95% and 85% stock on the shelf. How many mL "
                      "of the 95% stock?")  # fmt: skip
    assert "between" in answer


@pytest.mark.parametrize(
    ("question", "per", "items", "total", "index"),
    [
        ("winding dept shipped 40 packages, some 2.5 kg cones and some 4 kg cheeses, total net wt 127 kg. how many 4 kg "
         "cheeses??", (2.5, 4), 40, 127, 1),
        ("delivered 50 parcels, some 2 kg bags and some 5 kg sacks, total 160 kg. how many 5 kg sacks?",
         (2, 5), 50, 160, 1),
        ("Seed store reconciliation: this spring we sowed 48 plots in total, two varieties. Every variety-A plot took "
         "2.5 kg of seed and every variety-B plot took 3 kg, and we used 132 kg altogether. How many plots were "
         "variety A?", (2.5, 3), 48, 132, 0),
        ("we planted 30 beds, two varieties. Every variety-A bed took 4 kg of seed and every variety-B bed took 6 kg, "
         "and we used 150 kg altogether. How many beds were variety B?", (4, 6), 30, 150, 1),
    ],
)  # fmt: skip
def test_two_kinds_from_count_and_amount_totals(
    question: str, per: tuple[float, float], items: int, total: int, index: int
) -> None:
    assert float(_value(question)) == pytest.approx(_count(per, items, total, index), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "winding dept shipped 40 packages, some 2.5 kg cones and some 4 kg cheeses, total net wt 128 kg. how many 4 kg "
        "cheeses?",
        "we planted 30 beds, two varieties. Every variety-A bed took 4 kg of seed and every variety-B bed took 6 kg, "
        "and we used 151 kg altogether. How many beds were variety B?",
    ],
)
def test_counts_not_whole_are_declined(question: str) -> None:
    declined(question)
