"""Replication said in words, a two-level switch factor ("compression on/off"), the audit's broad replicate count,
and a same-unit "conversion" word problem declined (references: math.prod of the levels, sympy's linsolve)."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from plugins.doe.reasoning_counts import replicate_counts_said
from tests.reason.answers import declined, right_value

RUNS = [
    ("full factorial load test: thread pool size at 3 levels, cache size at 4 levels, compression on/off, and we "
     "replicate every combo twice. how many load-test runs is that", (3, 4, 2), 2),
    ("full factorial: thread pool size at 3 levels, cache size at 4 levels, compression on/off; each combination is "
     "run 3 times. how many runs", (3, 4, 2), 3),
    ("full factorial with pool size at 3 levels, cache at 4 levels and compression on or off; run every treatment in "
     "triplicate. total runs?", (3, 4, 2), 3),
    ("full factorial: 3 pool sizes, 4 cache sizes, compression on/off, and we do two reps of the whole matrix. how "
     "many runs in total?", (3, 4, 2), 2),
    ("full factorial: speed at 3 levels, lubricant (on or off), feed at 2 levels, 2 replicates. how many runs?",
     (3, 2, 2), 2),
    ("full factorial: oven temperature at 3 levels and coating yes/no, every run made twice. total runs?", (3, 2), 2),
    ("full factorial: speed at 3 levels, feed at 2 levels; replicate each setting 3 times. how many runs?", (3, 2), 3),
    ("full factorial: speed at 3 levels, feed at 2 levels; we replicate the lot three times. how many runs?", (3, 2), 3),
    ("full factorial: temperature at 3 levels, pressure at 2 levels, every run made twice. how many runs?", (3, 2), 2),
    ("full factorial: speed at 3 levels, feed at 2 levels, with 2 replicates; each run takes 3 times longer at high "
     "speed. how many runs?", (3, 2), 2),
]  # fmt: skip


@pytest.mark.parametrize(("question", "levels", "reps"), RUNS)
def test_runs_with_replication_in_words(question: str, levels: tuple[int, ...], reps: int) -> None:
    right_value(question, math.prod(levels) * reps, "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "full factorial: speed at 3 levels, feed at 2 levels; each level combination goes through the oven twice. "
        "how many runs?",
        "full factorial: speed at 3 levels, feed at 2 levels, each combination tested on two different machines "
        "twice. how many runs?",
    ],
)
def test_unread_replication_is_not_confident(question: str) -> None:
    """A replication word the planner cannot place fails the audit's broad count: never answered at >= 0.5."""
    declined(question)


def test_broad_replicate_count() -> None:
    assert replicate_counts_said("we replicate every combo twice (2 replicates)") == [2]
    assert replicate_counts_said("run in triplicate") == [3]
    assert replicate_counts_said("each run takes 3 times longer") == []
    assert replicate_counts_said("2^4 with 4 centre points replicated 3 times") == []


@pytest.mark.parametrize(
    "question",
    [
        "4-cav tool, full shot incl. cold runner weighs 182 g. Blocked off two cavities (runner unchanged) and the "
        "shot weighed 98 g. All parts identical. How many grams is the runner alone?",
        "an 8-cavity mould: the full shot with runner is 410 g; with 3 cavities blocked the shot is 275 g. how many "
        "grams does the runner weigh?",
    ],
)
def test_same_unit_word_problem_declined(question: str) -> None:
    """The last quantity "converted" to its own unit is no answer to a word problem (182 = 4p + r, 98 = 2p + r)."""
    out = reason(question)
    assert not out.answered and out.confidence == 0


def test_the_equations_stated_answer() -> None:
    p, r = sp.symbols("p r")
    (want,) = sp.linsolve([4 * p + r - 182, 2 * p + r - 98], [p, r])
    out = reason("4p + r = 182, 2p + r = 98: solve for p and r")
    assert out.answered and out.confidence >= 0.9
    assert "r = " + str(want[1]) in out.answer
