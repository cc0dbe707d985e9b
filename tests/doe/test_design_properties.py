"""Mathematical properties of the designs: orthogonality, resolution, aberration, alpha, strata, blocks."""

from __future__ import annotations

import numpy as np
import pytest

from plugins.doe.aberration import minimum_aberration

# Minimum-aberration word-length patterns (A3, A4, ...) from the published tables
# (Montgomery, Design and Analysis of Experiments, Table 8.14; NIST e-Handbook 5.3.3.4.7).
PUBLISHED = {
    (5, 4): (0, 0, 1),  # 2^(5-1) V   I = ABCDE
    (5, 3): (2, 1, 0),  # 2^(5-2) III I = ABD = ACE = BCDE
    (6, 4): (0, 3, 0, 0),  # 2^(6-2) IV  I = ABCE = BCDF = ADEF
    (6, 3): (4, 3, 0, 0),  # 2^(6-3) III
    (7, 5): (0, 1, 2, 0, 0),  # 2^(7-2) IV
    (7, 4): (0, 7, 0, 0, 0),  # 2^(7-3) IV  I = ABCE = BCDF = ACDG = ...
    (7, 3): (7, 7, 0, 0, 1),  # 2^(7-4) III
    (8, 6): (0, 0, 2, 1, 0, 0),  # 2^(8-2) V
    (8, 5): (0, 3, 4, 0, 0, 0),  # 2^(8-3) IV
    (8, 4): (0, 14, 0, 0, 0, 1),  # 2^(8-4) IV
}


def _study(k: int, design: str, extra: str = "") -> str:
    return extra + "\n".join(f"factor x{j} 10 .. 20" for j in range(k)) + f"\ndesign {design}\n"


def _coded(result: dict, k: int) -> np.ndarray:
    return np.array([[r["coded"][f"x{j}"] for j in range(k)] for r in result["rows"]], dtype=float)


@pytest.mark.parametrize(("k", "m"), sorted(PUBLISHED))
def test_minimum_aberration_patterns_match_published_tables(k, m):
    found = minimum_aberration(k, m, 3)
    assert found.complete and found.pattern == PUBLISHED[(k, m)]


@pytest.mark.parametrize(("k", "runs", "res"), [(5, 16, 5), (6, 16, 4), (7, 16, 4), (7, 8, 3), (8, 16, 4)])
def test_fraction_by_runs_is_orthogonal_and_resolution_is_shortest_word(run_study, k, runs, res):
    run = run_study(_study(k, f"fractional_factorial runs={runs}"))
    assert run.exit_code == 0, run.stderr
    result = run.step("design")
    x = _coded(result, k)
    assert x.shape == (runs, k) and np.array_equal(x.T @ x, runs * np.eye(k))
    shortest = min(len(w.lstrip("-")) for w in result["defining_relation"])
    assert result["resolution"] == shortest == res
    assert tuple(result["word_length_pattern"]) == PUBLISHED[(k, runs.bit_length() - 1)]
    # every defining word is a product of columns equal to +-1 on every run
    for word in result["defining_relation"]:
        product = np.prod([x[:, "ABCDEFGH".index(c)] for c in word.lstrip("-")], axis=0)
        assert np.all(product == (-1 if word.startswith("-") else 1))


def test_resolution_picks_smallest_fraction(run_study):
    run = run_study(_study(5, "fractional_factorial resolution=4"))
    result = run.step("design")
    assert result["runs"] == 16 and result["resolution"] == 5 and result["defining_relation"] == ["ABCDE"]


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_ccd_rotatable_alpha(run_study, k):
    result = run_study(_study(k, "central_composite")).step("design")
    assert result["alpha"] == pytest.approx((2**k) ** 0.25, rel=1e-12)
    x = _coded(result, k)
    axial = x[[r["point_type"] == "axial" for r in result["rows"]]]
    assert np.allclose(np.abs(axial).max(axis=1), (2**k) ** 0.25)


def test_ccd_blocks_factorial_and_axial(run_study):
    result = run_study(_study(3, "central_composite blocks=3 center=2")).step("design")
    assert result["blocks"] == 3 and result["confounded_with_blocks"] == ["ABC"]
    blocks = {r["block"]: set() for r in result["rows"]}
    for r in result["rows"]:
        blocks[r["block"]].add(r["point_type"])
    assert blocks == {1: {"factorial", "center"}, 2: {"factorial", "center"}, 3: {"axial", "center"}}


def test_box_behnken_supports_the_full_quadratic_model(run_study):
    for k in (6, 7):
        x = _coded(run_study(_study(k, "box_behnken")).step("design"), k)
        cols = [np.ones(len(x))] + [x[:, i] for i in range(k)] + [x[:, i] ** 2 for i in range(k)]
        cols += [x[:, i] * x[:, j] for i in range(k) for j in range(i + 1, k)]
        model = np.column_stack(cols)
        assert np.linalg.matrix_rank(model) == model.shape[1]
        assert np.allclose(x.sum(axis=0), 0) and set(np.unique(x)) == {-1.0, 0.0, 1.0}


def test_latin_hypercube_one_point_per_stratum_and_seeded(run_study):
    first = run_study(_study(3, "latin_hypercube runs=12", "seed 5\n")).step("design")
    again = run_study(_study(3, "latin_hypercube runs=12", "seed 5\n")).step("design")
    other = run_study(_study(3, "latin_hypercube runs=12 seed=6", "seed 5\n")).step("design")
    x = (_coded(first, 3) + 1) / 2
    for j in range(3):
        assert sorted(np.floor(x[:, j] * 12).astype(int)) == list(range(12))
    assert first["rows"] == again["rows"] and first["rows"] != other["rows"]
    assert first["seed"] == 5 and first["min_distance_coded"] > 0


@pytest.mark.parametrize(("k", "blocks", "expected"), [(3, 2, ["ABC"]), (3, 4, ["AB", "AC", "BC"]), (4, 2, ["ABCD"])])
def test_blocking_confounds_the_tabulated_effects(run_study, k, blocks, expected):
    result = run_study(_study(k, f"full_factorial blocks={blocks}")).step("design")
    assert result["confounded_with_blocks"] == expected
    x = _coded(result, k)
    block = np.array([r["block"] for r in result["rows"]])
    for j in range(k):  # main effects stay orthogonal to blocks
        for b in np.unique(block):
            assert x[block == b, j].sum() == 0


def test_five_factors_in_four_blocks_confound_two_3fi_and_one_4fi(run_study):
    result = run_study(_study(5, "full_factorial blocks=4")).step("design")
    assert sorted(len(w) for w in result["confounded_with_blocks"]) == [3, 3, 4]


def test_randomisation_repeats_with_the_seed_and_stays_within_blocks(run_study):
    text = _study(3, "full_factorial blocks=2 center=2 randomize=true replicates=2", "seed 11\n")
    a, b = run_study(text).step("design"), run_study(text).step("design")
    assert a["rows"] == b["rows"] and a["seed"] == 11 and a["runs"] == 2 * (8 + 4)
    assert [r["std_order"] for r in a["rows"]] != list(range(1, 25))
    blocks = [r["block"] for r in a["rows"]]
    assert blocks == sorted(blocks) and max(blocks) == 4  # each replicate has its own two blocks
    assert sorted(r["run"] for r in a["rows"]) == list(range(1, 25))


def test_categorical_factor_centre_points_per_level(run_study):
    text = 'factor t 100 .. 200\nfactor gas ["A", "B"]\ndesign full_factorial center=2\n'
    result = run_study(text).step("design")
    centre = [r["real"]["gas"] for r in result["rows"] if r["point_type"] == "center"]
    assert sorted(centre) == ["A", "A", "B", "B"]
    assert all(r["real"]["t"] == 150 for r in result["rows"] if r["point_type"] == "center")


def test_centre_points_once_across_replicates(run_study):
    text = _study(3, "full_factorial replicates=2 center=4 replicate_center=false")
    result = run_study(text).step("design")
    centre = [r for r in result["rows"] if r["point_type"] == "center"]
    assert result["runs"] == 2 * 8 + 4 and len(centre) == 4 and {r["replicate"] for r in centre} == {1}
    ccd = run_study(_study(2, "central_composite replicates=3 center=[2, 1] replicate_center=false")).step("design")
    assert ccd["runs"] == 3 * (4 + 4) + 3 and ccd["point_counts"] == {"factorial": 12, "center": 3, "axial": 12}
