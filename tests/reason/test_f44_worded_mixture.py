"""Two kinds of item with each's amount per item, a total of items and a total of the amount: a + b = n,
p a + q b = total, the kind asked solved; a system with counts not whole, or an ask naming no kind, is declined
(reference: sympy linsolve)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined


def _count(per: tuple[int, int], items: int, total: int, index: int) -> float:
    """One kind's count: a + b = items, per[0] a + per[1] b = total, by sympy's linsolve."""
    a, b = sp.symbols("a b")
    (solution,) = sp.linsolve([a + b - items, per[0] * a + per[1] * b - total], [a, b])
    return float(solution[index])


@pytest.mark.parametrize(
    ("question", "per", "items", "total", "index"),
    [
        (
            "Pick-and-place: type A feeders take 2 slots, type B take 3. We filled 120 slots with 45 feeders total. "
            "How many type B feeders?",
            (2, 3), 45, 120, 1,
        ),
        (
            "Type A feeders each take 2 slots and type B feeders take 3 slots; 45 feeders fill 120 slots. "
            "How many type A feeders?",
            (2, 3), 45, 120, 0,
        ),
        (
            "A pick-and-place has 45 feeders in 120 slots; type A feeders take 2 slots and type B take 3. "
            "How many type B feeders are there?",
            (2, 3), 45, 120, 1,
        ),
        (
            "small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 192 kg in all. how many large boxes?",
            (4, 10), 30, 192, 1,
        ),
        ("Vans carry 8 people, buses carry 40 people. 20 vehicles carried 480 people. How many buses?",
         (8, 40), 20, 480, 1),
    ],
)  # fmt: skip
def test_two_kinds_by_amount_per_item_and_totals(
    question: str, per: tuple[int, int], items: int, total: int, index: int
) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(result) == pytest.approx(_count(per, items, total, index), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 191 kg in all. how many large boxes?",
        "small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 192 kg in all. how many boxes?",
    ],
)
def test_counts_not_whole_or_no_kind_asked_are_declined(question: str) -> None:
    declined(question)
