"""Factor counts of designs read as the words state them, and one eigenvalue asked of a matrix.

- "3 factors at 2 levels each (envelope type, prepaid incentive yes/no, reminder postcard yes/no)": the bracket names
  the 3 factors counted (a name with its own "yes/no" is one of them, not one more), and the audit holds the design's
  factors to the count stated in words.
- "screen 10 possible drivers ... with a Plackett-Burman", "a response surface for 4 continuous hparams": a count of
  things a screening or response-surface design studies is its count of factors; a CCD's "full 2^4 factorial core"
  has 4 factors.
- "the dominant eigenvalue (spectral radius)", "the largest eigenvalue", "the smallest eigenvalue": one value.

References: itertools (factorial runs), the Hadamard orders (Plackett-Burman), the CCD formula 2^k + 2k + centre, and
numpy.linalg.eigvals."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import as_set, declined, right_value, roots_of


def _full_factorial_runs(k: int, replicates: int = 1, centre: int = 0) -> int:
    """Every combination of k two-level factors (itertools.product), once per replicate, plus the centre points."""
    return sum(1 for _ in itertools.product(range(2), repeat=k)) * replicates + centre


def _plackett_burman_runs(k: int) -> int:
    """The fewest runs of a Plackett-Burman design for k factors: the first multiple of 4 above k."""
    return next(n for n in range(4, 200, 4) if n > k)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Planning a mailing experiment for the survey: 3 factors at 2 levels each (envelope type, prepaid incentive "
         "yes/no, reminder postcard yes/no). Full factorial, 2 replicates of every combination, plus 4 centre-point "
         "runs (mid-size incentive etc). How many runs total?", _full_factorial_runs(3, 2, 4)),
        ("full factorial, 3 factors at two levels (oven temp, fan on/off, tray liner yes/no), 3 replicates. how many "
         "runs?", _full_factorial_runs(3, 3)),
        ("4 factors at 2 levels (speed, feed, coolant on/off, coating yes/no), full factorial, 2 centre points: total "
         "runs?", _full_factorial_runs(4, 1, 2)),
    ],
)  # fmt: skip
def test_named_switches_inside_the_counted_bracket_are_the_counted_factors(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


def test_more_factors_than_stated_is_not_confident() -> None:
    declined("full factorial: 3 factors at 2 levels (coded -1/+1), speed on/off, coating yes/no. how many runs?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("we want to screen 10 possible drivers of low survey response (2 levels each) with a Plackett–Burman design, "
         "no replication. minimum number of runs?", _plackett_burman_runs(10)),
        ("We need to tune 6 knobs of the extruder with a Plackett-Burman screen. How many runs?",
         _plackett_burman_runs(6)),
        ("screening 15 candidate process settings with a plackett-burman design: how many runs?",
         _plackett_burman_runs(15)),
        ("want a response surface for 4 continuous hparams. central composite design, full 2^4 factorial core, "
         "standard axial (star) points, 6 centre points. total runs?", 2**4 + 2 * 4 + 6),
        ("central composite design to optimise 3 continuous settings, 5 centre points. total runs?", 2**3 + 2 * 3 + 5),
        ("CCD with a full 2^5 factorial core and 4 centre points. total runs?", 2**5 + 2 * 5 + 4),
    ],
)  # fmt: skip
def test_factors_counted_by_the_design_words(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "central composite design for 3 reactor variables with a full 2^4 factorial core. total runs?",
        "Testing 5 health-message versions with 3 replicates: how many runs?",
    ],
)
def test_counts_that_do_not_agree_or_name_no_factors_are_declined(question: str) -> None:
    declined(question)


_K = [[1.2, 0.6], [0.4, 0.8]]
_S = [[2, 1], [1, 3]]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("2-group next-generation matrix (kids / adults) K = [[1.2, 0.6], [0.4, 0.8]]. R0 is the dominant eigenvalue "
         "(spectral radius) of K, what is it?", max(abs(np.linalg.eigvals(_K)))),
        ("spectral radius of [[1.2, 0.6], [0.4, 0.8]]?", max(abs(np.linalg.eigvals(_K)))),
        ("what is the dominant eigenvalue of [[1.2, 0.6], [0.4, 0.8]]", max(np.linalg.eigvals(_K), key=abs).real),
        ("What is the largest eigenvalue of [[2, 1], [1, 3]]?", max(np.linalg.eigvals(_S).real)),
        ("smallest eigenvalue of A = [[2, 1], [1, 3]]", min(np.linalg.eigvals(_S).real)),
        ("spectral radius of [[0, -1], [1, 0]]", max(abs(np.linalg.eigvals([[0, -1], [1, 0]])))),
    ],
)  # fmt: skip
def test_one_eigenvalue_asked(question: str, want: float) -> None:
    right_value(question, float(want), "linear_algebra")


@pytest.mark.parametrize(
    "question",
    [
        "dominant eigenvalue of [[0, 1], [1, 0]]",  # 1 and -1 share the largest modulus
        "largest eigenvalue of [[0, -1], [1, 0]]",  # complex eigenvalues: none is largest
        "the dominant eigenvalue (spectral radius) of [[-3, 0], [0, 1]]",  # dominant -3, radius 3
    ],
)
def test_no_single_eigenvalue_is_declined(question: str) -> None:
    declined(question)


def test_all_eigenvalues_still_listed() -> None:
    doc = reason("eigenvalues of [[2, 1], [1, 3]]").to_dict()
    assert doc["confidence"] >= 0.9
    assert len(doc["result"]) == 2
    assert roots_of(doc["result"]) == as_set(sorted(np.linalg.eigvals(_S).real))
