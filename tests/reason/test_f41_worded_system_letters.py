"""A 2x2 system in words: things named by two words and later by their noun alone, letters defined by words and
asked by letter; singular systems and letters naming no thing counted are declined (reference: sympy linsolve)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined

TRUCKS = (
    "Monday we ran 3 reach trucks + 2 jacks and did 1,850 pallets/hr; "
    "Tuesday 1 reach truck + 4 jacks did 1,450 pallets/hr."
)
LETTERS = "a = pallets/hr one reach truck moves, b = pallets/hr one pallet jack moves."


def _pair(rows: list[list[int]], rhs: list[int], index: int) -> float:
    """One unknown of a 2x2 system, by sympy's linsolve."""
    u, v = sp.symbols("u v")
    (solution,) = sp.linsolve([r[0] * u + r[1] * v - b for r, b in zip(rows, rhs, strict=True)], [u, v])
    return float(solution[index])


@pytest.mark.parametrize(
    ("question", "rows", "rhs", "index"),
    [
        (f"{LETTERS} {TRUCKS} Solve for a.", [[3, 2], [1, 4]], [1850, 1450], 0),
        (f"{LETTERS} {TRUCKS} Solve for b.", [[3, 2], [1, 4]], [1850, 1450], 1),
        (
            "let x = parts/h of one press, y = parts/h of one lathe. 2 presses and 3 lathes make 700 parts/h; "
            "4 presses and 1 lathe make 900 parts/h. find y",
            [[2, 3], [4, 1]],
            [700, 900],
            1,
        ),
        (
            "let x be the rate of one press and y the rate of one lathe. 2 presses and 3 lathes make 700 parts/h; "
            "4 presses and 1 lathe make 900 parts/h. Solve for x.",
            [[2, 3], [4, 1]],
            [700, 900],
            0,
        ),
        (
            "3 reach trucks + 2 pallet jacks move 1,850 pallets/hr; 1 reach truck + 4 pallet jacks move 1,450 "
            "pallets/hr. How many pallets/hr does one pallet jack move?",
            [[3, 2], [1, 4]],
            [1850, 1450],
            1,
        ),
        (
            "Let a be pallets/hr for one reach truck, b for one pallet jack. 3 reach trucks and 2 pallet jacks did "
            "1850 pallets/hr, 1 reach truck and 4 pallet jacks did 1450 pallets/hr. find a",
            [[3, 2], [1, 4]],
            [1850, 1450],
            0,
        ),
    ],
)
def test_a_worded_system_asked_by_letter_or_thing(
    question: str, rows: list[list[int]], rhs: list[int], index: int
) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(result) == pytest.approx(_pair(rows, rhs, index), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        f"{LETTERS} Monday we ran 3 reach trucks + 6 jacks and did 1,800 pallets/hr; Tuesday 1 reach truck + 2 jacks "
        "did 600 pallets/hr. Solve for a.",
        f"a = pallets/hr one forklift moves, b = pallets/hr one pallet jack moves. {TRUCKS} Solve for a.",
        f"{LETTERS} {TRUCKS} Solve for c.",
    ],
)
def test_a_singular_system_or_an_unmatched_letter_is_declined(question: str) -> None:
    declined(question)
