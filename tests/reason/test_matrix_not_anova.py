"""A matrix's rows are no samples: a question naming a matrix operation (eigenvalues, det, singular, positive
definite) with no group compared is a matrix question, read from "row 1:" labelled lines or MATLAB's
"[a b c; d e f; g h i]", and never answered by an ANOVA or a test. References by sympy and numpy."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import asked_quantity_check
from plugins.api.matrix_words import asks_about_matrix
from plugins.api.reasoning import Plan
from plugins.symbolic.pasted_matrix import pasted_rows
from tests.reason.answers import as_set, confident, roots_of

STIFFNESS = [[2, 0, 0], [0, 3, 4], [0, 4, 9]]
ALIGNMENT = [[4, 2, 1], [3, 5, 2], [1, 1, 6]]

EIGEN_QUESTIONS = [
    "The laminate code spat out this symmetric 3×3 for the reduced stiffness check (units are GPa but ignore "
    "that):\nrow 1:  2  0  0\nrow 2:  0  3  4\nrow 3:  0  4  9\nWhat are its eigenvalues? Want to confirm it is "
    "positive definite before I send it on.",
    "Stiffness matrix from the solver, symmetric:\nrow 1: 2 0 0\nrow 2: 0 3 4\nrow 3: 0 4 9\nIs it positive definite? "
    "eigenvalues please",
    "eigenvalues of this one?\nRow 1 = 2 0 0\nRow 2 = 0 3 4\nRow 3 = 0 4 9",
    "need the eigenvalues:\nr1: 2 0 0\nr2: 0 3 4\nr3: 0 4 9\nthanks",
    "eigs of [[2,0,0],[0,3,4],[0,4,9]] — is it PD?",
]

DET_QUESTIONS = [
    "CMM alignment sanity check — det of A = [4 2 1; 3 5 2; 1 1 6] ? just making sure the transform isn't singular",
    "det of A = [4 2 1; 3 5 2; 1 1 6]",
    "what's the determinant of M = [4 2 1; 3 5 2; 1 1 6]? making sure it isn't singular",
    "Is the transformation matrix T = [4 2 1; 3 5 2; 1 1 6] singular?",
    "determinant of\n4 2 1\n3 5 2\n1 1 6",
]


@pytest.mark.parametrize("question", EIGEN_QUESTIONS)
def test_eigenvalues_of_labelled_or_bracketed_rows(question: str) -> None:
    out = confident(question, "linear_algebra")
    want = sp.Matrix(STIFFNESS).eigenvals()
    assert roots_of(out.result) == as_set(want)
    assert np.allclose(sorted(np.linalg.eigvalsh(np.array(STIFFNESS, dtype=float))), [1, 2, 11])


@pytest.mark.parametrize("question", DET_QUESTIONS)
def test_determinant_of_matlab_rows(question: str) -> None:
    out = confident(question, "linear_algebra")
    assert out.result == pytest.approx(float(sp.Matrix(ALIGNMENT).det()))
    assert out.result == pytest.approx(78)


@pytest.mark.parametrize("question", ["is A = [1 2; 2 4] singular?", "is A = [1 2; 2 4] invertible?"])
def test_singular_asked_is_the_determinant(question: str) -> None:
    out = confident(question, "linear_algebra")
    assert out.result == pytest.approx(float(sp.Matrix([[1, 2], [2, 4]]).det()))
    assert any("singular" in c for c in out.caveats)


def test_positive_definite_asked_is_the_eigenvalues() -> None:
    out = confident("is the matrix [2 1; 1 3] positive definite?", "linear_algebra")
    assert roots_of(out.result) == as_set(sp.Matrix([[2, 1], [1, 3]]).eigenvals())


def test_row_labels_are_no_entries() -> None:
    assert pasted_rows("row 1: 2 0 0\nrow 2: 0 3 4\nrow 3: 0 4 9") == [
        ["2", "0", "0"],
        ["0", "3", "4"],
        ["0", "4", "9"],
    ]
    assert pasted_rows("row 2: 2 0\nrow 1: 0 3") is None  # labels out of order: no matrix read


def test_groups_compared_stay_an_anova() -> None:
    out = reason("anova on 12.1 11.8 12.4; 12.6 12.3 12.9; 13.1 13.0 13.4")
    assert out.mode == "anova"
    assert not asks_about_matrix("compare the means of 4 2 1; 3 5 2; 1 1 6")


def test_a_test_answering_a_matrix_question_fails_the_asked_quantity_check() -> None:
    check = asked_quantity_check("det of A = [4 2 1; 3 5 2; 1 1 6]", Plan("anova", "test anova a b c", {}))
    assert check is not None and not check.passed
    assert asked_quantity_check("anova of 4 2 1; 3 5 2; 1 1 6", Plan("anova", "test anova a b c", {})) is None
