"""s2: "replicate the whole thing twice" as 2 replicates; Cp of a symmetric tolerance stated without its nominal
(Cpk declined); a p chart's total said as a part of all the units inspected."""

from __future__ import annotations

import math

import pytest

from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    "question",
    [
        "how many runs is a 2^(5-1) half-fraction on the folder-gluer if we replicate the whole thing twice (no center "
        "points)?",
        "2^(5-1) half fraction, we run the whole thing twice, no centre points: total runs?",
    ],
)
def test_whole_thing_replicated(question: str) -> None:
    right_value(question, 2 ** (5 - 1) * 2, "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "Registration tolerance is ±0.3 mm around nominal and the process standard deviation is 0.075 mm. What's Cp?",
        "the tolerance is +/- 0.3 mm and sigma = 0.075 mm; Cp?",
        "Cp for a part with tolerance ±0.3 mm, process sd 0.075 mm",
    ],
)
def test_cp_of_a_tolerance_width(question: str) -> None:
    right_value(question, (0.3 - (-0.3)) / (6 * 0.075), "capability", rel=1e-9, key="value")


def test_cpk_of_a_tolerance_without_nominal_declined() -> None:
    declined("Cpk for a part with tolerance ±0.3 mm, process sd 0.075 mm, mean 0.1")


@pytest.mark.parametrize(
    "question",
    [
        "25 samples of 200 calls; of the 5000 calls, 400 were abandoned. p chart upper control limit?",
        "p chart, 25 subgroups of n = 200 parcels; 400 of the 5000 parcels were damaged. UCL?",
    ],
)
def test_p_chart_total_as_part_of_all_inspected(question: str) -> None:
    p = 400 / 5000
    right_value(question, p + 3 * math.sqrt(p * (1 - p) / 200), "control_chart", rel=1e-9, key="ucl")


def test_p_chart_part_of_another_whole_not_read() -> None:
    declined("25 samples of 200 calls; 400 of the 4000 calls were abandoned. p chart upper control limit?")
