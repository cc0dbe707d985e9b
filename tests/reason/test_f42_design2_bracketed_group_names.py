"""Counted groups of factors with their names bracketed after them ("3 two-level factors (boarding method, jet bridge
y/n, catering truck timing) and one three-level factor (crew size 4/5/6)"): levels written with slashes after a name
are its levels, not part of it, while a slashed word alone ("w/c", "n/p ratio") stays a name. References from
itertools."""

from __future__ import annotations

import itertools

import pytest

from plugins.doe.reasoning_named import name_and_levels
from tests.reason.answers import declined, right_value


def _full_factorial_runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels (itertools.product), once per replicate, plus the centre points."""
    return sum(1 for _ in itertools.product(*(range(n) for n in levels))) * replicates + centre


@pytest.mark.parametrize(
    ("question", "levels", "replicates"),
    [
        ("full factorial: 3 two-level factors (boarding method, jet bridge y/n, catering truck timing) and one "
         "three-level factor (crew size 4/5/6), duplicated (2 replicates). run count?", [2, 2, 2, 3], 2),
        ("full factorial: three 2-level factors (gate on/off, boarding order, bridge yes/no) plus one 3-level factor "
         "(crew 4/5/6), run in duplicate. total runs?", [2, 2, 2, 3], 2),
        ("full factorial with two 2-level factors (coating y/n, cure temp) and one 3-level factor (dwell 10/20/30 s), 3 "
         "replicates. how many runs?", [2, 2, 3], 3),
        ("two 2-level factors (coating y/n, cure temp) and one 3-level factor (dwell 10/20/30 s), 3 replicates. how "
         "many runs?", [2, 2, 3], 3),
        ("four two-level factors (a, b, c, d on/off), full factorial, unreplicated. how many runs?", [2, 2, 2, 2], 1),
        ("full factorial, 2 two-level factors (temp, time) and 1 three-level factor (ph), 2 replicates, how many runs?",
         [2, 2, 3], 2),
    ],
)  # fmt: skip
def test_counted_groups_with_bracketed_names(question: str, levels: list[int], replicates: int) -> None:
    right_value(question, _full_factorial_runs(levels, replicates), "design", key="runs")


def test_slashed_names_in_a_counted_group() -> None:
    question = (
        "3 two-level factors (w/c, n/p ratio, fly ash %) in a full factorial with 4 center points. how many runs?"
    )
    right_value(question, _full_factorial_runs([2, 2, 2], centre=4), "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "full factorial: 3 two-level factors (a, b) and one three-level factor (crew size 4/5/6). runs?",
        "full factorial: 2 two-level factors (jet bridge y/n, timing) and one three-level factor (crew size 4/5). runs?",
    ],
)
def test_names_disagreeing_with_their_group_are_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("item", "name", "levels"),
    [
        ("crew size 4/5/6", "crew size", ["4", "5", "6"]),
        ("jet bridge y/n", "jet bridge", ["y", "n"]),
        ("coating on / off", "coating", ["on", "off"]),
        ("dwell 10/20/30 s", "dwell", ["10", "20", "30"]),
        ("w/c", "w/c", []),
        ("n/p ratio", "n/p ratio", []),
        ("fly ash/cement ratio", "fly ash/cement ratio", []),
    ],
)
def test_name_and_slashed_levels(item: str, name: str, levels: list[str]) -> None:
    assert name_and_levels(item) == (name, levels)
