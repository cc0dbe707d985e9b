"""Design questions: a factor counted by its plural beside factors named with their levels, a factor name ending in
"level" inside a list "each at two levels", and a 2^2's responses written before their runs' levels ("62 MPa at
(A-, B-)"). References from itertools/math and the contrasts computed here."""

from __future__ import annotations

import itertools

import pytest

from tests.reason.answers import declined, right_value


def _full_factorial_runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels (itertools.product), once per replicate, plus the centre points."""
    return sum(1 for _ in itertools.product(*(range(n) for n in levels))) * replicates + centre


@pytest.mark.parametrize(
    "question",
    [
        "dry hop trial: hop rate at 3 levels, contact time at 3 levels, 2 yeast strains. full factorial, every combo "
        "brewed twice (2 replicates). total number of brews?",
        "Full factorial, hop rate at 3 levels, contact time at 3 levels and 2 yeast strains, every combination brewed "
        "twice. How many brews?",
        "hop rate at 3 levels, contact time at 3 levels, 2 yeast strains, full factorial, every combo brewed twice. "
        "how many brews?",
    ],
)
def test_counted_factor_beside_named_factors(question: str) -> None:
    right_value(question, _full_factorial_runs([3, 3, 2], replicates=2), "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "We intend to study cure temperature, dwell time, autoclave pressure and vacuum level, each at two levels, in "
        "a single replicate of a full factorial design, supplemented with three centre points. How many autoclave "
        "runs are required in total?",
        "Cure temperature, dwell time, autoclave pressure and vacuum level are each varied at two levels in one "
        "replicate of a full factorial, plus 3 center points. Total runs?",
        "full factorial on cure temperature, dwell time, autoclave pressure and vacuum level (2 levels each) with 3 "
        "centre points: how many runs?",
    ],
)
def test_name_ending_in_level_in_a_list(question: str) -> None:
    right_value(question, _full_factorial_runs([2] * 4, centre=3), "design", key="runs")


_Y = {(-1, -1): 62.0, (1, -1): 70.0, (-1, 1): 58.0, (1, 1): 74.0}


def _effect(column: tuple[int, int]) -> float:
    """Mean response where the contrast column is +1 less the mean where it is -1 (column: which factors multiply)."""
    sign = {run: (run[0] if column[0] else 1) * (run[1] if column[1] else 1) for run in _Y}
    high = [y for run, y in _Y.items() if sign[run] > 0]
    low = [y for run, y in _Y.items() if sign[run] < 0]
    return sum(high) / len(high) - sum(low) / len(low)


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("In an unreplicated 2² factorial on a co-cured joint, factor A is the cure temperature and factor B is the "
         "consolidation pressure. The measured lap-shear strengths were 62 MPa at (A−, B−), 70 MPa at (A+, B−), 58 MPa "
         "at (A−, B+) and 74 MPa at (A+, B+). Estimate the AB interaction effect, using the usual convention of the "
         "difference between the two diagonal averages.", (1, 1)),
        ("2^2 factorial: strength was 62 at A low B low, 70 at A high B low, 58 at A low B high and 74 at A high B "
         "high. What is the AB interaction effect?", (1, 1)),
        ("Unreplicated 2x2 factorial. Yields: 62 % with A-, B-; 70 % with A+, B-; 58 % with A-, B+; 74 % with A+, B+. "
         "Estimate the main effect of A.", (1, 0)),
    ],
)  # fmt: skip
def test_responses_before_their_levels(question: str, column: tuple[int, int]) -> None:
    right_value(question, _effect(column), "design", key="value")


@pytest.mark.parametrize(
    "question",
    [
        # a counted factor that cannot be placed among the named ones: declined, never 3 x 2 runs
        "We test 3 mash temperatures, fermentation temperature at 2 levels, 2 yeast strains in a full factorial with "
        "2 replicates. Total runs?",
        # a list of four names "each at two levels" planned with fewer factors fails the audit
        "We study temperature, dwell time at 2nd stage, pressure and vacuum level, each at two levels, in a full "
        "factorial with three centre points. How many runs?",
        # responses on both sides of the levels, not all first: ambiguous
        "2^2 factorial: 62 at A low B low, 70 at A high B low and 58 at A low B high, A high B high 74. AB interaction "
        "effect?",
        # a run missing
        "2^2 factorial: 62 MPa at (A-, B-), 70 MPa at (A+, B-), 58 MPa at (A-, B+). Estimate the AB interaction.",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
