"""Design matrices cross-checked against pyDOE3 (a second engine), up to row order."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pyDOE3
import pytest


def _study(k: int, design: str) -> str:
    return "\n".join(f"factor x{j} -1 .. 1" for j in range(k)) + f"\ndesign {design}\n"


def _coded(run, k: int) -> np.ndarray:
    rows = run.step("design")["rows"]
    return np.array([[r["coded"][f"x{j}"] for j in range(k)] for r in rows], dtype=float)


def _rows(matrix: np.ndarray) -> Counter:
    return Counter(tuple(np.round(r, 9) + 0.0) for r in np.asarray(matrix, dtype=float))


@pytest.mark.parametrize("k", [2, 3, 5])
def test_two_level_full_factorial_matches_ff2n(run_study, k):
    run = run_study(_study(k, "full_factorial"))
    assert _rows(_coded(run, k)) == _rows(pyDOE3.ff2n(k))


def test_general_full_factorial_matches_fullfact(run_study):
    run = run_study(_study(3, "full_factorial levels=[2, 3, 4]"))
    levels = pyDOE3.fullfact([2, 3, 4])
    expected = levels / (np.array([2, 3, 4]) - 1) * 2 - 1  # level index 0..n-1 onto -1..+1
    assert _rows(_coded(run, 3)) == _rows(expected)


def test_fracfact_with_generators_matches(run_study):
    run = run_study(_study(5, 'fractional_factorial generators=["D = AB", "E = -ABC"]'))
    assert _rows(_coded(run, 5)) == _rows(pyDOE3.fracfact("a b c ab -abc"))


@pytest.mark.parametrize("k", [11, 19])
def test_plackett_burman_row_set_or_invariants(run_study, k):
    run = run_study(_study(k, "plackett_burman"))
    ours = _coded(run, k)
    theirs = pyDOE3.pbdesign(k)
    assert ours.shape == theirs.shape
    if k == 11:
        assert _rows(ours) == _rows(theirs)

    # J-characteristics of column triples are invariant under row/column permutation and sign changes
    def j3(x):
        return Counter(
            abs(int(round((x[:, a] * x[:, b] * x[:, c]).sum())))
            for a in range(k)
            for b in range(a + 1, k)
            for c in range(b + 1, k)
        )

    assert j3(ours) == j3(theirs)


@pytest.mark.parametrize("k", [3, 4, 5])
def test_box_behnken_matches_bbdesign(run_study, k):
    run = run_study(_study(k, "box_behnken center=2"))
    assert _rows(_coded(run, k)) == _rows(pyDOE3.bbdesign(k, center=2))


@pytest.mark.parametrize(
    ("options", "alpha", "face"),
    [
        ('alpha="rotatable"', "rotatable", "ccc"),
        ('alpha="orthogonal"', "orthogonal", "ccc"),
        ('alpha="rotatable" type="inscribed"', "rotatable", "cci"),
        ('alpha="orthogonal" type="inscribed"', "orthogonal", "cci"),
        ('type="face"', "rotatable", "ccf"),
    ],
)
@pytest.mark.parametrize("k", [2, 3])
def test_central_composite_matches_ccdesign(run_study, k, options, alpha, face):
    run = run_study(_study(k, f"central_composite center=[3, 2] {options}"))
    expected = pyDOE3.ccdesign(k, center=(3, 2), alpha=alpha, face=face)
    assert _rows(_coded(run, k)) == _rows(expected)


def test_latin_hypercube_statistics_like_lhs(run_study):
    """Both engines: one point per stratum per factor, and points uniform within the unit range."""
    run = run_study("seed 3\n" + _study(4, "latin_hypercube runs=20"))
    ours = (_coded(run, 4) + 1) / 2
    theirs = pyDOE3.lhs(4, samples=20, criterion="maximin", seed=3)
    for x in (ours, theirs):
        for j in range(4):
            assert sorted(np.floor(x[:, j] * 20).astype(int)) == list(range(20))
