"""f57 g8: a factorial's treatments read as the product of its factors' counts, however each is written ("4
container/closure types", "2 humidity levels", "3 n rates (80/140/200)", "cover crop (yes/no)"), times its
replicates; laid out in randomised complete blocks, the treatments are that product and the plots treatments x
blocks. The counts are rebuilt here with itertools over the levels, independently of the planner. Two matrix
operations named ("det(A) and A^-1?") and one answered are never answered with high confidence (sympy references
for the single operations kept)."""

from __future__ import annotations

import itertools

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, right_value


def _combinations(*levels: int) -> int:
    """Every combination of the levels, enumerated."""
    return len(list(itertools.product(*(range(n) for n in levels))))


@pytest.mark.parametrize(
    ("question", "levels", "replicates"),
    [
        ("Shelf-life study, full factorial: 2 storage humidities × 3 bottle/cap systems × 2 tablet strengths, every "
         "combination tested in triplicate. How many runs in total?", (2, 3, 2), 3),
        ("Full factorial: 3 oven temperatures x 2 tray/liner materials x 4 bake times, run in duplicate. Total runs?",
         (3, 2, 4), 2),
        ("Coating trial, full factorial of 2 humidity levels × 3 spray/nozzle types × 2 pan speeds, run in "
         "triplicate. How many runs?", (2, 3, 2), 3),
        ("3 cure temperatures × 4 resin types × 2 fibre loadings, full factorial. How many runs?", (3, 4, 2), 1),
    ],
)  # fmt: skip
def test_factorial_counts_with_slashed_nouns(question: str, levels: tuple[int, ...], replicates: int) -> None:
    out = right_value(question, _combinations(*levels) * replicates, "design", key="runs")
    assert sorted(out["result"]["levels"]) == sorted(levels)


@pytest.mark.parametrize(
    ("question", "levels", "blocks"),
    [
        ("Field trial: 2 irrigation regimes (drip/furrow) × 3 cultivars × mulch (yes/no), full factorial, laid out as "
         "a randomised complete block design with 5 blocks, one plot per combination per block. How many plots?",
         (2, 3, 2), 5),
        ("Two tillage systems (till/no-till) x 3 seeding rates (100, 150, 200 seeds/m2) x cover crop (yes/no), full "
         "factorial in a randomized complete block design with 3 replications. Number of plots?", (2, 3, 2), 3),
        ("A 2x3 factorial laid out as a randomized complete block design with 5 blocks. Total plots?", (2, 3), 5),
        ("In a randomised complete block design with 4 blocks, 2 irrigation regimes × 3 cultivars × 2 sowing dates "
         "are all combined, every combination once per block. How many plots?", (2, 3, 2), 4),
    ],
)  # fmt: skip
def test_factorial_treatments_in_complete_blocks(question: str, levels: tuple[int, ...], blocks: int) -> None:
    treatments = _combinations(*levels)
    out = right_value(question, treatments * blocks, "design", key="runs")
    assert out["result"]["design"] == "randomized_block"
    assert out["result"]["levels"] == list(levels)


def test_one_treatment_factor_in_blocks_kept() -> None:
    """A single factor's treatments are still counted as before."""
    right_value("RCBD with 5 fertiliser treatments in 3 blocks. How many plots?", 5 * 3, "design", key="runs")


def test_treatments_stated_against_the_factorial_declined() -> None:
    """Ten treatments said of a 3 x 4 factorial (12 combinations): no count is guessed."""
    declined("3 rates × 4 varieties as 10 treatments in a randomised complete block design with 4 blocks. Plots?")


def test_levels_listed_before_a_slashed_unit() -> None:
    """ "(1/2/4 L/ha)": three rates, the unit's slash no level."""
    question = ("Orchard trial: 3 spray rates (1/2/4 L/ha) × 2 rootstocks × netting (yes/no), full factorial, "
                "randomized complete block design with 5 blocks. How many plots?")  # fmt: skip
    right_value(question, _combinations(3, 2, 2) * 5, "design", key="runs")


@pytest.mark.parametrize(
    "question",
    [
        "B = [[4, 1], [2, 3]]. det(B) and B^-1?",
        "For A = [[1,2,0],[0,1,3],[4,0,1]], find det(A) and A^-1.",
        "M = [[2, 1], [5, 3]]: determinant and trace?",
        "Is A = [[2, 1], [5, 3]] invertible? If so find A^(-1).",
    ],
)
def test_two_matrix_operations_never_one_confidently(question: str) -> None:
    """Two operations named, one answered: never at high confidence."""
    declined(question)


def test_one_matrix_operation_kept() -> None:
    """One operation named, or a value stated beside the one asked: answered as before."""
    det = confident("Compute the determinant of B = [[4, 1], [2, 3]].", "linear_algebra")
    assert float(det.result) == float(sp.Matrix([[4, 1], [2, 3]]).det())
    inv = confident("What is the inverse of M = [[4, 7], [2, 6]]?", "linear_algebra")
    assert sp.sympify(inv.result) == sp.Matrix([[4, 7], [2, 6]]).inv()
    assert all(c["passed"] for c in inv.checks)
