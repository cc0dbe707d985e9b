"""Multi-level full factorials ("3x3x3", "2^2 x 3", "three factors at three levels", "2 at two levels and 2
at three levels") and minimum-run fractions by resolution ("resolution IV with the fewest runs").

References: run counts by enumerating the level combinations with itertools.product and pyDOE3's
``fullfact``; fractions rebuilt with pyDOE3's ``fracfact`` from the generators the answer reports, their
resolution found by brute force on that matrix (the fewest columns whose product is constant), and the
minimum run sizes from NIST/SEMATECH's table of 2^(k-p) designs (e-Handbook 5.3.3.4.7).
"""

from __future__ import annotations

import itertools
import math
import string
from collections import Counter

import numpy as np
import pyDOE3
import pytest

from havoc_cli.reason.execute import main_result, run_program
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import PlanError
from plugins.doe.reasoning import audit_design, plan_design
from plugins.doe.reasoning_checks import fewest_runs
from tests.reason.answers import confident, declined


def _enumerated(levels: list[int], reps: int = 1) -> int:
    """Runs of the full factorial: every combination of the levels (itertools.product), once per replicate."""
    runs = sum(1 for _ in itertools.product(*(range(n) for n in levels))) * reps
    assert runs == pyDOE3.fullfact(levels).shape[0] * reps
    return runs


@pytest.mark.parametrize(
    ("question", "levels", "reps"),
    [
        ("3x3x3 full factorial, every run done twice. how many runs total?", [3, 3, 3], 2),
        ("3 x 3 x 3 factorial, duplicated", [3, 3, 3], 2),
        ("3 × 3 × 3 full factorial with 3 replicates", [3, 3, 3], 3),
        ("a 3^3 factorial, how many runs", [3, 3, 3], 1),
        ("three factors at three levels each, full factorial, replicated twice. total runs?", [3, 3, 3], 2),
        ("full factorial, 3 factors, 3 levels each, each run performed twice", [3, 3, 3], 2),
        ("2 x 3 x 4 factorial, how many runs", [2, 3, 4], 1),
        ("a 2^2 x 3 design with 2 replicates", [2, 2, 3], 2),
        ("4 factors: 2 at two levels and 2 at three levels. full factorial runs?", [2, 2, 3, 3], 1),
        ("2 two-level factors and 2 three-level factors, full factorial with 3 reps", [2, 2, 3, 3], 3),
        ("full factorial: 3 levels of temperature, 2 levels of pressure and 4 levels of speed", [3, 2, 4], 1),
        ("full factorial in 4 factors, each at 3 levels", [3, 3, 3, 3], 1),
        ("a 3-level full factorial in 2 factors", [3, 3], 1),
        ("full factorial: factor A at 3 levels, factor B at 4 levels, 2 replicates", [3, 4], 2),
        ("3 factors with 2, 3 and 4 levels, full factorial", [2, 3, 4], 1),
    ],
)
def test_multi_level_full_factorials(question, levels, reps):
    out = confident(question, "design")
    assert out.result["runs"] == _enumerated(levels, reps)
    assert sorted(out.result["levels"]) == sorted(levels)
    assert "x".join(map(str, out.result["levels"])) in out.answer


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("2x2x2 factorial with 2 center points", 2**3 + 2),
        ("full factorial, 4 factors each at 2 levels", 2**4),
        ("how many runs: three factors, two levels, full factorial, 2 reps and 4 centre points", 2**3 * 2 + 4),
        ("a 2-level full factorial in 4 factors, 2 replicates", 2**4 * 2),
    ],
)
def test_two_level_factorials_in_the_same_words(question, runs):
    out = confident(question, "design")
    assert out.result["runs"] == runs and "levels" not in out.result


def test_the_engine_builds_every_combination_once_per_replicate():
    text = "\n".join(f"factor x{i} -1 .. 1" for i in range(3)) + "\ndesign full_factorial levels=[2, 3, 4] replicates=2"
    rows = main_result(run_program(text))["rows"]
    got = Counter(tuple(round(r["coded"][f"x{i}"], 9) for i in range(3)) for r in rows)
    codes = [np.round(np.linspace(-1, 1, n), 9) for n in (2, 3, 4)]  # level index 0..n-1 onto -1..+1
    want = Counter({tuple(float(c) for c in combo): 2 for combo in itertools.product(*codes)})
    assert got == want


@pytest.mark.parametrize(
    "question",
    [
        "3x3 factorial with 3 center points",  # a three-level factor has its own middle level
        "3x3x3 factorial in 3 blocks",
        "3 factors, one of them at 4 levels, full factorial: runs?",
        "mixed-level factorial with 4 factors",
        "3^(4-1) fractional factorial runs",
        "three factors at three levels, taguchi: how many runs",  # a design named that is no full factorial
        "4 factors: 2 at two levels and 3 at three levels, full factorial",  # 5 factors' levels for 4
        "resolution VI design for 8 factors",
        "plackett-burman for 11 factors, resolution IV",
    ],
)
def test_levels_or_resolutions_it_cannot_read_are_declined(question):
    declined(question)


def test_a_multi_level_question_planned_as_two_levels_fails_the_audit():
    plan = plan_design("3x3x3 full factorial, every run done twice")
    two_level = plan_design("2^3 full factorial, every run done twice")  # what the old reading planned
    result = main_result(run_program(two_level.text))
    failed = {c.name for c in audit_design(plan, result, to_sympy) if not c.passed}
    assert {"levels per factor as planned", "levels as the question states"} <= failed


# NIST/SEMATECH e-Handbook 5.3.3.4.7 (and Montgomery, Table 8.14): the smallest 2^(k-p) of that resolution
PUBLISHED = [(3, 3, 4), (7, 3, 8), (8, 3, 16), (15, 3, 16), (4, 4, 8), (5, 4, 16), (6, 4, 16), (8, 4, 16),
             (9, 4, 32), (16, 4, 32), (5, 5, 16), (6, 5, 32), (8, 5, 64), (9, 5, 128), (11, 5, 128)]  # fmt: skip


@pytest.mark.parametrize(("k", "resolution", "runs"), PUBLISHED)
def test_fewest_runs_match_the_published_table(k, resolution, runs):
    assert fewest_runs(k, resolution) == runs


def _brute_resolution(matrix: np.ndarray) -> int:
    """The fewest columns whose elementwise product is constant: the length of the shortest defining word."""
    k = matrix.shape[1]
    for r in range(1, k + 1):
        for cols in itertools.combinations(range(k), r):
            if len(set(np.prod(matrix[:, cols], axis=1))) == 1:
                return r
    return k + 1


def _pydoe_fraction(k: int, generators: list[str]) -> np.ndarray:
    """pyDOE3's fracfact of the reported generators ("E = ABC", "F = -ABD"): base factors a, b, c ..., the
    generated ones their products."""
    letters = [c for c in string.ascii_uppercase if c != "I"][:k]
    generated = dict(g.replace(" ", "").split("=") for g in generators)
    base = dict(zip((c for c in letters if c not in generated), string.ascii_lowercase, strict=False))
    spec = [base.get(c) or "".join(base.get(ch, ch) for ch in generated[c]) for c in letters]
    return pyDOE3.fracfact(" ".join(spec))


@pytest.mark.parametrize(
    ("question", "k", "resolution", "runs"),
    [
        ("screening 8 factors, want resolution IV with the fewest runs possible. run count?", 8, 4, 2 ** (8 - 4)),
        ("fewest runs for a resolution V fraction of 5 factors?", 5, 5, 2 ** (5 - 1)),
        ("7 factors, resolution III, minimum number of runs", 7, 3, 2 ** (7 - 4)),
        ("res IV design for 6 factors: how many runs at minimum?", 6, 4, 2 ** (6 - 2)),
        ("9 factors at resolution 4, fewest runs?", 9, 4, 2 ** (9 - 4)),
        ("two-level fractional factorial, 6 factors, resolution of at least IV. minimum runs?", 6, 4, 2 ** (6 - 2)),
        ("8 factors, resolution V, fewest runs", 8, 5, 2 ** (8 - 2)),
    ],
)
def test_minimum_run_fractions_by_resolution(question, k, resolution, runs):
    out = confident(question, "design")
    assert out.result["runs"] == runs and out.result["resolution"] >= resolution
    assert len(out.result["generators"]) == k - int(math.log2(runs))
    rebuilt = _pydoe_fraction(k, out.result["generators"])
    assert rebuilt.shape[0] == runs and _brute_resolution(rebuilt) == out.result["resolution"]
    assert f"resolution {'III IV V VI VII'.split()[out.result['resolution'] - 3]}" in out.answer


def test_a_stated_run_count_is_kept():
    out = confident("8 factors in 32 runs, resolution IV", "design")
    assert out.result["runs"] == 32 and _brute_resolution(_pydoe_fraction(8, out.result["generators"])) >= 4


def test_a_fraction_short_of_its_resolution_fails_the_audit():
    plan = plan_design("screening 8 factors, resolution IV, fewest runs")
    result = main_result(run_program(plan.text))
    result = {**result, "resolution": 3, "generators": ["E = AB", *result["generators"][1:]]}  # as if misreported
    failed = {c.name for c in audit_design(plan, result, to_sympy) if not c.passed}
    assert "resolution: the shortest word of the defining relation" in failed


def test_the_two_readings_of_factor_counts_do_not_mistake_factorial_for_factors():
    with pytest.raises(PlanError):
        plan_design("4 factors: 2 at two levels and 3 at three levels, full factorial")
    assert plan_design("2 x 3 x 4 factorial").facts["k"] == 3  # "4 factorial" is no count of factors
