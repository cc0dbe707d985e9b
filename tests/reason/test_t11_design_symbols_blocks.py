"""Design questions that state blocks, replicates and centre points by textbook symbols ("b = 2", "r = 2",
"cp = 4", "nc = 4", "n0 = 3", "k = 4"), blocks by their size ("2 blocks of 8"), centre points as "3 cp", a
CCD's axial distance ("alpha = 1.682"), and the declines where a symbol, a stated run count or a k disagrees
with the 2^k written or names nothing the design reads.

References are the textbook run counts computed here: every combination of two levels (itertools.product) x
replicates + centre points, a Box-Behnken's 2^2 runs on each pair of factors (k = 4: 6 pairs, 24 runs), a
CCD's 2^k + 2k + centre points, and the rotatable alpha (2^k)^(1/4).
"""

from __future__ import annotations

import itertools
import math

import pytest

from tests.reason.answers import confident, declined


def _passed(out, name: str) -> bool:
    """Whether the audit ran the check ``name`` and it passed."""
    return any(c["name"] == name and c["passed"] for c in out.checks)


def two_level_runs(k: int, replicates: int = 1, centre: int = 0) -> int:
    """Every combination of k two-level factors once per replicate, plus the centre points."""
    return len(list(itertools.product((-1, 1), repeat=k))) * replicates + centre


@pytest.mark.parametrize(
    "question, blocks",
    [
        ("Design a 2^4 factorial in b = 2 blocks. How many runs?", 2),
        ("2^4 design, blocks = 2", 2),
        ("2^4 with 2 blocks of 8", 2),
        ("Design a 2^4 factorial with b = 2. How many runs?", 2),
        ("A 2^4 factorial run in two blocks of eight. Total runs?", 2),
        ("2^4 factorial, 8 runs per block: how many blocks and runs?", 2),
        ("2^4 in blocks of 4", 4),
    ],
)
def test_blocks_by_symbol_and_size_keep_k(question, blocks):
    out = confident(question, "design")
    assert out.result["runs"] == two_level_runs(4)
    assert f"blocks={blocks}" in out.plan
    assert out.plan.count("\nfactor ") + out.plan.startswith("factor ") == 4
    assert _passed(out, "blocks as the question states")


@pytest.mark.parametrize(
    "question, k, reps, centre",
    [
        ("2^4 factorial in two blocks with 3 centre points per block", 4, 1, 6),
        ("2^4 factorial in b = 2 blocks with nc = 3 centre points per block", 4, 1, 6),
        ("2^4 factorial, r = 2. How many runs?", 4, 2, 0),
        ("2^4 factorial, n = 2 per cell. How many runs?", 4, 2, 0),
        ("2^4 factorial, cp = 4. How many runs?", 4, 1, 4),
        ("2^4 factorial with nc = 4. How many runs?", 4, 1, 4),
        ("2^4 factorial with n0 = 3 centre points. How many runs?", 4, 1, 3),
        ("2^3 factorial with r = 3 replicates and cp = 4", 3, 3, 4),
        ("2^3 design, r = 2, b = 2", 3, 2, 0),
        ("a 2^3 design, 4 replicates, 2 blocks", 3, 4, 0),
        ("2^k factorial with k = 5 and 2 replicates, how many runs?", 5, 2, 0),
        ("2^3 factorial, 2 replicates, blocks of 4. How many runs?", 3, 2, 0),
    ],
)
def test_counts_by_symbol(question, k, reps, centre):
    out = confident(question, "design")
    assert out.result["runs"] == two_level_runs(k, reps, centre)


def test_fraction_with_centre_points_and_resolution():
    out = confident("2^(6-2) with 3 centre points and resolution IV", "design")
    assert out.result["runs"] == 2 ** (6 - 2) + 3
    out = confident("2^(k-p) design with k = 6 and p = 2: how many runs?", "design")
    assert out.result["runs"] == 2 ** (6 - 2)


@pytest.mark.parametrize(
    "question",
    [
        "a 3-factor CCD, alpha = 1.682, 6 centre points",
        "a 3-factor central composite design with alpha 1.682 and 6 center points: how many runs?",
        "CCD, 3 factors, axial distance of 1.682, 6 centre points, runs?",
    ],
)
def test_ccd_axial_distance(question):
    out = confident(question, "design")
    k = 3
    assert out.result["runs"] == 2**k + 2 * k + 6
    assert "alpha=1.682" in out.plan
    assert _passed(out, "axial distance as the question states")
    assert (2**k) ** 0.25 == pytest.approx(1.682, abs=1e-3)  # the rotatable distance the question quotes


@pytest.mark.parametrize("question", ["Box-Behnken 4 factors 3 cp", "Box-Behnken 4 factors, cp = 3"])
def test_box_behnken_centre_points_as_cp(question):
    out = confident(question, "design")
    assert out.result["runs"] == math.comb(4, 2) * 2**2 + 3


@pytest.mark.parametrize(
    "question",
    [
        "2^3 factorial, k = 4. How many runs?",  # k against the 2^k written
        "2^(6-2) fractional factorial, k = 5",
        "2^(6-2), p = 1",
        "2^4 factorial, n = 2. How many runs?",  # replicates or runs?
        "Design a 2^4 factorial with x = 3. How many runs?",  # a symbol that counts nothing read
        "2^4 in 2 blocks of 4",  # 2 x 4 is not 16
        "2^3 factorial, 2 blocks of 8",
        "2^4 factorial in 8 runs. How many runs?",  # a run count against the 2^k
        "2^3 CCD with alpha = 0.05",  # a significance level, no axial distance
    ],
)
def test_disagreements_declined(question):
    declined(question)
