"""Design factor names with a slash or a percent sign ("w/c, fly ash %, and superplasticizer dose, each at two
levels"), a factor written "<name> 2 levels" with no preposition ("number of cells in service 2 levels") after a
dash, and a c chart's total said over its periods ("108 leak indications over the last 24 months"). References from
itertools and math."""

from __future__ import annotations

import itertools
import math

import pytest

from tests.reason.answers import declined, right_value


def _full_factorial_runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels (itertools.product), once per replicate, plus the centre points."""
    return sum(1 for _ in itertools.product(*(range(n) for n in levels))) * replicates + centre


def _c_ucl(total: int, periods: int, width: float = 3.0) -> float:
    """c-bar + width sqrt(c-bar), c-bar the total over the periods (or units) it is counted in."""
    c_bar = total / periods
    return c_bar + width * math.sqrt(c_bar)


@pytest.mark.parametrize(
    "question",
    [
        "Planning a mix study: w/c, fly ash %, and superplasticizer dose, each at two levels, full factorial, single "
        "replicate, plus 4 center points. How many batches total?",
        "mix design study on w/c, fly ash % and superplasticizer dose, each at 2 levels, one replicate of a full "
        "factorial plus 4 centre points. total batches?",
        "Full factorial: w/c ratio, fly ash % and SP dose at two levels each, unreplicated, with 4 center points. How "
        "many batches?",
        "w/c, fly ash %, and superplasticizer dose (2 levels each), full factorial, plus 4 center points - how many "
        "runs?",
    ],
)
def test_names_with_slash_and_percent(question: str) -> None:
    right_value(question, _full_factorial_runs([2, 2, 2], centre=4), "design", key="runs")


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("cooling tower test matrix — fan speed at 3 levels, circ water flow at 3 levels, number of cells in service "
         "2 levels. full factorial, every combo run twice (2 replicates). total runs?", [3, 3, 2]),
        ("fan speed 3 levels, circulating water flow 3 levels, number of cells in service 2 levels; full factorial "
         "with 2 replicates. how many runs?", [3, 3, 2]),
        ("Test matrix: fan speed at 3 levels, water flow at 3 levels and number of cells in service at 2 levels, full "
         "factorial, 2 replicates. Total runs?", [3, 3, 2]),
        ("full factorial, fan speed 3 levels, number of cells 2 levels, run twice. total runs?", [3, 2]),
    ],
)  # fmt: skip
def test_factor_named_before_its_levels(question: str, levels: list[int]) -> None:
    right_value(question, _full_factorial_runs(levels, replicates=2), "design", key="runs")


def test_one_bare_factor_beside_unsaid_ones_is_declined() -> None:
    declined("temperature 3 levels and some other factors, full factorial, how many runs?")


@pytest.mark.parametrize(
    ("question", "total", "periods"),
    [
        ("We logged 108 waterwall tube leak indications over the last 24 months (count per month). Setting up a c "
         "chart w/ 3-sigma limits, what's the UCL?", 108, 24),
        ("108 tube leaks were recorded over the past 24 months; c chart of the monthly count, UCL?", 108, 24),
        ("c chart: 108 leak indications in 24 months, counted per month. What is the upper control limit?", 108, 24),
        ("312 nonconformities across 26 inspected panels, c chart UCL", 312, 26),
        ("A c chart with 3-sigma limits: 45 surface defects in 15 coils. Find the UCL.", 45, 15),
    ],
)  # fmt: skip
def test_c_chart_total_over_periods(question: str, total: int, periods: int) -> None:
    right_value(question, _c_ucl(total, periods), "control_chart", key="ucl")


@pytest.mark.parametrize(
    "question",
    [
        "312 nonconformities across 26 inspected panels, u chart UCL",
        "108 leak indications over the last 24 months, counted per week. c chart UCL?",
    ],
)
def test_c_and_u_charts_declined(question: str) -> None:
    declined(question)
