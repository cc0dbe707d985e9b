"""Design questions in everyday words: factors named in a list instead of counted ("temperature, pressure, line
speed and dwell time, each at two levels"), a Box-Behnken of named factors (which the mode must see as a design,
"(factor A)" labels included), whole replicates in other words ("two full replicates", "replicate the whole
design twice") and a number of levels for every factor with no design named (a full factorial, said in a caveat).

References are the textbook run counts computed here: a full factorial's levels multiplied (itertools.product),
a 2^(k-p) fraction's 2^(k-p), a Box-Behnken's 2^2 runs for each pair of its factors (3 factors: the 3 pairs of
NIST's design) plus centre points, each times the replicates.
"""

from __future__ import annotations

import itertools
import math

import pytest

from tests.reason.answers import confident, declined


def full_factorial_runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels, once per replicate, and the centre points once."""
    return len(list(itertools.product(*(range(n) for n in levels)))) * replicates + centre


def box_behnken_runs(k: int, centre: int) -> int:
    """Box-Behnken of 3 factors: a 2^2 factorial on every pair of factors, the third at its middle, plus centre points."""
    assert k == 3
    return math.comb(k, 2) * 2**2 + centre


NAMED_TWO_LEVEL = [
    "We want to study temperature, pressure, line speed and dwell time, each at two levels, full factorial. How many runs?",
    "Temperature, pressure, line speed and dwell time are each studied at two levels in a full factorial. How many runs are needed?",
    "A full factorial in temperature, pressure, line speed and dwell time, each at 2 levels: how many runs?",
]


@pytest.mark.parametrize("question", NAMED_TWO_LEVEL)
def test_factors_named_in_a_list_are_counted(question):
    out = confident(question, "design")
    assert out.result["runs"] == full_factorial_runs([2] * 4) == 16


@pytest.mark.parametrize(
    "question",
    [
        "Box-Behnken on temperature, pH and agitation speed with 3 centre points, how many runs?",
        "Box-Behnken design for temperature, pH and agitation speed with 3 center points. How many runs?",
        "How many runs for a Box-Behnken design in temperature, pH and agitation speed plus 3 centre points?",
        "Box-Behnken with temperature (factor A), pH (factor B) and agitation speed (factor C), 3 centre points. "
        "How many runs?",
        "Box–Behnken on temperature, pH and agitation speed with 3 centre points, how many runs?",
        "Box Behnken, factors temperature, pH, agitation speed; 3 centre pts. Number of runs?",
    ],
)
def test_a_box_behnken_of_named_factors(question):
    out = confident(question, "design")
    assert out.result["runs"] == box_behnken_runs(3, 3) == 15


@pytest.mark.parametrize(
    "question, replicates",
    [
        ("2^(5-1) fractional factorial with two full replicates, how many runs?", 2),
        ("2^(5-1) fractional factorial replicated twice: how many runs?", 2),
        ("A 2^(5-1) fractional factorial run in duplicate. How many runs in total?", 2),
        ("2^(5-1) fractional factorial with 3 replicates, how many runs?", 3),
        ("2^(5-1) fractional factorial, three complete replications. Total runs?", 3),
    ],
)
def test_whole_replicates_in_other_words(question, replicates):
    out = confident(question, "design")
    assert out.result["runs"] == 2 ** (5 - 1) * replicates


def test_centre_points_beside_replicates_and_blocks():
    out = confident("Replicate the whole 2^3 design twice with 4 centre points. How many runs?", "design")
    assert out.result["runs"] == full_factorial_runs([2] * 3, replicates=2, centre=4)
    out = confident("2^4 factorial in 2 blocks, how many runs?", "design")
    assert out.result["runs"] == full_factorial_runs([2] * 4)  # blocks split the runs, add none
    out = confident("2^4 factorial run in two blocks with 3 centre points per block, how many runs?", "design")
    assert out.result["runs"] == full_factorial_runs([2] * 4, centre=3 * 2)


@pytest.mark.parametrize(
    "question, levels, replicates",
    [
        ("Three factors each at three levels, replicated three times. How many runs?", [3, 3, 3], 3),
        ("3 factors, each at 3 levels, replicated 3 times: total runs?", [3, 3, 3], 3),
        ("three factors at three levels, how many runs", [3, 3, 3], 1),
        (
            "Temperature, pressure and catalyst are all studied at two levels with 2 replicates. How many runs?",
            [2] * 3,
            2,
        ),
        ("We vary temperature, pressure and time, each at two levels. How many runs?", [2] * 3, 1),
    ],
)
def test_levels_without_a_design_named_read_as_a_full_factorial(question, levels, replicates):
    out = confident(question, "design")
    assert out.result["runs"] == full_factorial_runs(levels, replicates)
    assert any("full factorial" in caveat for caveat in out.caveats)  # the assumption is said


@pytest.mark.parametrize(
    "question",
    [
        "A 2^3 factorial in temperature, pressure, time and catalyst. How many runs?",  # 3 factors or 4?
        "4 factors: temperature, pressure and time, full factorial at two levels. How many runs?",
        "Three factors each at three levels for a response surface. How many runs?",  # Box-Behnken or CCD?
        "Four factors each at two levels, screening. How many runs?",  # a fraction, not every combination
    ],
)
def test_counts_that_disagree_or_designs_not_named_are_declined(question):
    declined(question)


def test_factor_as_a_label_is_no_algebra():
    out = confident("factor x^2 - 5x + 6", "algebra")  # the algebra keyword still stands where no design is named
    assert out.answered
