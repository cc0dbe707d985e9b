"""Reference cases for designs (tests/data/doe_spc_cases.yaml), run as .doe studies."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from tests.helpers import assert_close, reference_cases

CASES = reference_cases()


def _multiset(rows) -> Counter:
    return Counter(tuple(float(v) for v in r) for r in rows)


def _matrix(result: dict, key: str, names: list[str]) -> list[list[float]]:
    return [[row[key][n] for n in names] for row in result["rows"]]


def test_box_behnken_3_factors(run_study):
    case = CASES["design-box-behnken-3factor"]
    ranges = case["input"]["ranges"]
    names = ["x1", "x2", "x3"]
    lines = [f"factor {n} {lo} .. {hi}" for n, (lo, hi) in zip(names, ranges, strict=True)]
    study = "\n".join(lines) + f"\ndesign box_behnken center={case['input']['center_points']}\n"
    run = run_study(study)
    assert run.exit_code == 0, run.stderr
    result = run.step("design", "box_behnken")
    expected = case["expected"]
    assert_close("n_runs", result["runs"], expected["n_runs"])
    coded = _matrix(result, "coded", names)
    real = _matrix(result, "real", names)
    assert _multiset(coded) == _multiset(expected["coded_rows"]["value"])
    assert _multiset(real) == _multiset(expected["natural_rows"]["value"])
    for j in range(3):
        assert_close("levels_per_factor", len({r[j] for r in coded}), expected["levels_per_factor"])


@pytest.mark.parametrize("k", [3, 4, 5, 6])
def test_box_behnken_run_counts_by_size(run_study, k):
    expected = CASES["design-box-behnken-3factor"]["expected"]["runs_by_k"]["value"][str(k)]
    study = "\n".join(f"factor x{j} 0 .. 1" for j in range(k)) + "\ndesign box_behnken\n"
    run = run_study(study)
    assert run.exit_code == 0, run.stderr
    assert run.step("design")["runs"] == expected


def test_plackett_burman_12(run_study):
    case = CASES["design-plackett-burman-12"]
    names = [f"x{j}" for j in range(case["input"]["factors"])]
    study = "\n".join(f"factor {n} -1 .. 1" for n in names) + f"\ndesign plackett_burman runs={case['input']['runs']}\n"
    run = run_study(study)
    assert run.exit_code == 0, run.stderr
    x = np.array(_matrix(run.step("design"), "coded", names))
    expected = case["expected"]
    assert_close("shape", list(x.shape), expected["shape"])
    assert_close("column_sums", x.sum(axis=0), expected["column_sums"])
    assert np.array_equal(x.T @ x, 12 * np.eye(11))  # XtX = 12 I, exact
    assert _multiset(x) == _multiset(expected["rows"]["value"])  # the same row set, no reflection needed


def test_fracfact_2_7_4_generators_defining_relation_aliases(run_study):
    case = CASES["design-fracfact-2to7m4-res3-aliases"]
    generators = ", ".join(f'"{g}"' for g in case["input"]["generators"])
    study = (
        "\n".join(f"factor {n} 0 .. 1" for n in "ABCDEFG")
        + f"\ndesign fractional_factorial generators=[{generators}]\n"
    )
    run = run_study(study)
    assert run.exit_code == 0, run.stderr
    result = run.step("design")
    expected = case["expected"]
    assert_close("n_runs", result["runs"], expected["n_runs"])
    assert result["resolution_roman"] == expected["resolution"]["value"]
    assert set(result["defining_relation"]) == set(expected["defining_relation_words"]["value"])
    for effect, chain in expected["main_effect_aliases_2fi"]["value"].items():
        assert set(result["aliases"][effect]) == set(chain), effect


def test_fracfact_7_factors_by_resolution_3_has_8_runs(run_study):
    """The pyDOE fracfact_by_res(7, 3) regression named in the case notes: 8 runs, not 16."""
    case = CASES["design-fracfact-2to7m4-res3-aliases"]
    study = "\n".join(f"factor {n} 0 .. 1" for n in "ABCDEFG") + "\ndesign fractional_factorial resolution=3\n"
    run = run_study(study)
    assert run.exit_code == 0, run.stderr
    result = run.step("design")
    assert result["runs"] == 8 and result["resolution"] == 3
    assert set(result["defining_relation"]) == set(case["expected"]["defining_relation_words"]["value"])
