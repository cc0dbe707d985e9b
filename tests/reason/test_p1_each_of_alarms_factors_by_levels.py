"""Round p1: a binomial whose pieces are counted in words with several modifiers and a place label ("each of the
twelve VAV box actuators on floor 3 independently has an 8% chance"), a c chart's c-bar written per period ("average
9.4 alarms/day"), and a general factorial written "3 factors x 3 levels each"."""

from __future__ import annotations

import itertools
import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

BINOMIAL = (
    "Each of the twelve VAV box actuators on floor 3 independently has an 8% chance of failing this year. What's the "
    "probability that exactly 2 fail?",
    "Each of the 12 rooftop unit compressors in building 2 independently has an 8% chance of failing this year; "
    "probability exactly two fail?",
    "There are twelve VAV box actuators on floor 3, each independently with an 8% chance of failing this year. "
    "P(exactly 2 fail)?",
)


@pytest.mark.parametrize("question", BINOMIAL)
def test_each_of_n_pieces_with_a_chance(question: str) -> None:
    right_value(question, stats.binom.pmf(2, 12, 0.08), "probability")


def test_each_of_n_pieces_at_least() -> None:
    q = BINOMIAL[0].replace("exactly 2", "at least 2")
    right_value(q, stats.binom.sf(1, 12, 0.08), "probability")


def test_pieces_not_counted_declined() -> None:
    declined(
        "Each of the VAV box actuators on floor 3 independently has an 8% chance of failing this year. What's the "
        "probability that exactly 2 fail?"
    )


@pytest.mark.parametrize(
    "question",
    (
        "c-chart for BMS nuisance alarms per day, average 9.4 alarms/day over the baseline period. UCL?",
        "c chart for daily nuisance alarm counts; the alarms averaged 9.4 per day during the baseline. What is the UCL?",
        "Build a c chart of alarms per shift: on average 9.4 alarms a shift. Upper control limit?",
    ),
)
def test_c_chart_average_per_period(question: str) -> None:
    right_value(question, 9.4 + 3 * math.sqrt(9.4), "control_chart", key="ucl")


@pytest.mark.parametrize(
    ("question", "levels", "replicates"),
    (
        ("3 factors x 3 levels each (chilled water temp, condenser water temp, load %), full factorial, 2 replicates. "
         "number of runs?", (3, 3, 3), 2),
        ("three factors × three levels each, full factorial with 2 replicates: how many runs?", (3, 3, 3), 2),
        ("2 factors by 4 levels each full factorial, duplicated. how many runs?", (4, 4), 2),
    ),
)  # fmt: skip
def test_factors_times_levels(question: str, levels: tuple[int, ...], replicates: int) -> None:
    runs = replicates * len(list(itertools.product(*(range(n) for n in levels))))
    right_value(question, runs, "design", key="runs")
