"""A replicated Latin square laid out as several squares ("one complete Latin square at each of two separate farms",
"two 4x4 Latin squares", "a square in each of the 3 fields"): squares x k^2 runs, with an audit that every count the
question writes is the side, the squares or the runs; and one entry of a matrix result asked by its position ("the
top-right entry (row 1 col 2) of A⁻¹", "the (2,1) entry of the inverse", "a_13 of B^-1"), the reference by sympy's
exact inverse and numpy's transpose. Near misses (sites not counted, an entry with no position or two, gradients "in
both directions") are declined or keep their old answer."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.doe.reasoning_latin import audit_latin_square
from tests.reason.answers import confident, declined

_R24 = (
    "We're comparing 5 cover-crop mixes and the field has gradients in both directions (moisture one way, soil depth "
    "the other), so a 5×5 Latin square makes sense. We're putting one complete Latin square at each of two separate "
    "farms. How many plots total across both farms?"
)


@pytest.mark.parametrize(
    ("question", "k", "squares"),
    [
        (_R24, 5, 2),
        ("We run two 4x4 Latin squares for the tyre trial. How many runs?", 4, 2),
        ("A 6x6 Latin square is laid out in each of the 3 fields. Total plots?", 6, 3),
        ("5 mixes, a 5×5 Latin square at both farms. How many plots in total?", 5, 2),
        ("a 5x5 latin square on each of three days, total runs?", 5, 3),
        ("Five bakers, five days of the week, five scone recipes. Latin square, two squares. How many batches?", 5, 2),
    ],
)
def test_squares_laid_out_count_their_runs(question: str, k: int, squares: int) -> None:
    out = confident(question, "design").to_dict()
    assert out["result"]["runs"] == squares * k * k
    assert all(c["passed"] for c in out["checks"])


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("a 5x5 Latin square with gradients in both directions. How many plots?", 25),  # "both" counts no sites
        ("5x5 Latin square for 5 mixes, plots 3 m wide. How many plots?", 25),  # a width is no count
        ("How many runs does a 4x4 Latin square need with 2 replicates?", 32),
    ],
)
def test_one_square_keeps_its_runs(question: str, runs: int) -> None:
    assert confident(question, "design").to_dict()["result"]["runs"] == runs


@pytest.mark.parametrize(
    "question",
    [
        "a 5x5 Latin square at each farm. How many plots?",  # the farms are not counted
        "We run the 5x5 Latin square at two farms. How many plots?",  # one square split, or one a farm?
        "a 5x5 Latin square, sites: 2. How many plots?",  # a count the planner does not read: the audit fails
    ],
)
def test_squares_not_counted_are_declined(question: str) -> None:
    declined(question)


def test_an_unread_count_fails_the_audit() -> None:
    facts = {"square": 5, "replicates": None, "counts_said": [1, 2, 5]}
    check = audit_latin_square(facts, {"rows": [], "runs": 25})[-1]
    assert not check.passed and "[2]" in check.detail


def _inverse_entry(rows: list[list[int]], i: int, j: int) -> sp.Expr:
    """Entry (i, j), 1-based, of the exact inverse (sympy)."""
    return sp.Matrix(rows).inv()[i - 1, j - 1]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A = [[4, 7], [2, 6]] from a gauge cal fit. whats the top-right entry (row 1 col 2) of A⁻¹ ? exact",
         _inverse_entry([[4, 7], [2, 6]], 1, 2)),
        ("what is the (2,1) entry of the inverse of [[4, 7], [2, 6]]?", _inverse_entry([[4, 7], [2, 6]], 2, 1)),
        ("B = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]. find a_13 of B^-1", _inverse_entry([[2, 1, 0], [1, 3, 1], [0, 1, 4]],
                                                                                 1, 3)),
        ("For A = [[1, 2], [3, 4]], what is the element in the first row, second column of A^(-1)?",
         _inverse_entry([[1, 2], [3, 4]], 1, 2)),
        ("inverse of [[4, 7], [2, 6]]: the bottom-left entry?", _inverse_entry([[4, 7], [2, 6]], 2, 1)),
        ("transpose of [[1, 2, 3], [4, 5, 6]]: entry row 3 col 1", int(np.array([[1, 2, 3], [4, 5, 6]]).T[2, 0])),
    ],
)  # fmt: skip
def test_an_entry_of_a_matrix_result(question: str, want: sp.Expr) -> None:
    out = confident(question, "linear_algebra").to_dict()
    assert sp.simplify(to_sympy(out["result"]) - want) == 0
    assert all(c["passed"] for c in out["checks"])
    assert any(c["name"].startswith("entry (") for c in out["checks"])


def test_the_whole_inverse_by_its_power() -> None:
    out = confident("A = [[4, 7], [2, 6]]; what is A^-1?", "linear_algebra").to_dict()
    assert out["plan"] == "show inverse([[4, 7], [2, 6]])"
    want = sp.Matrix([[4, 7], [2, 6]]).inv()
    assert out["result"] == f"Matrix({[[str(v) for v in row] for row in want.tolist()]})".replace("'", "")


@pytest.mark.parametrize(
    "question",
    [
        "inverse of [[4, 7], [2, 6]], what is the top entry?",  # which entry?
        "A = [[4, 7], [2, 6]]. top-right entry (row 2 col 1) of A^-1?",  # two positions
        "inverse of [[4, 7], [2, 6]]: entry row 3 col 1",  # outside the 2x2 inverse
        "eigenvalues of A⁻¹ for A = [[2, 1], [1, 3]]",  # an operation of the inverse: neither A's nor the inverse
        "A = [[4, 7], [2, 6]]. det(A^-1)?",
    ],
)
def test_an_entry_not_told_is_declined(question: str) -> None:
    declined(question)
