"""Linear systems A x = b: bracketed matrices and vectors are no samples, the matrix form and equations in letters are
solved by the linear_algebra planner (references: numpy.linalg.solve, sympy's exact LU solve), and a system without a
unique solution is declined with its ranks (numpy.linalg.matrix_rank)."""

from __future__ import annotations

import re

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import samples
from plugins.symbolic.system_audit import system_checks
from tests.reason.answers import confident, declined

A3 = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
B3 = [8, -11, -3]
COURSE = [[1, 1, 1], [0, 2, 5], [2, 5, -1]]
COURSE_B = [6, -4, 27]


def _solution(question: str) -> list[float]:
    written = re.search(r"\[|matri(?:x|ces)|\bA ?x ?= ?b\b|right-hand side", question, re.I)
    out = confident(question, "linear_algebra" if written else "algebra")  # equations in letters are algebra
    return [float(v) for v in engine_matrix(out.result)]


def engine_matrix(text: str) -> sp.Matrix:
    """The engine's printed result (engine output, never user text), which must be a matrix."""
    value = sp.sympify(text)
    assert isinstance(value, sp.MatrixBase), text
    return value


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("Solve A x = b where A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]] and b = [8, -11, -3].", A3, B3),
        ("Ax=b, A = [[2,1,-1],[-3,-1,2],[-2,1,2]], b = [[8],[-11],[-3]]; find x", A3, B3),
        ("solve the linear system with coefficient matrix rows 2 1 -1; -3 -1 2; -2 1 2 and right-hand side 8 -11 -3",
         A3, B3),
        ("A = 2 1 -1; -3 -1 2; -2 1 2; b = 8 -11 -3. Solve Ax = b.", A3, B3),
        ("solve the system with augmented matrix [[2, 1, -1, 8], [-3, -1, 2, -11], [-2, 1, 2, -3]]", A3, B3),
        ("2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3, solve for x, y, z", A3, B3),
        ("solve the system of equations: x + y + z = 6; 2y + 5z = -4; 2x + 5y - z = 27", COURSE, COURSE_B),
        ("3x3 system: coefficient matrix [[1, 1, 1], [0, 2, 5], [2, 5, -1]], right-hand side [6, -4, 27]. Solve.",
         COURSE, COURSE_B),
        ("Solve the simultaneous equations 3x + 2y = 16 and 7x + y = 19", [[3, 2], [7, 1]], [16, 19]),
        ("what are x and y if x + y = 10 and x - y = 2?", [[1, 1], [1, -1]], [10, 2]),
        ("Solve the matrix equation [[2, 1], [1, 3]] * x = [3, 5]", [[2, 1], [1, 3]], [3, 5]),
        ("Solve A x = b, A = [[0.5, 0.25], [1, -1]], b = [1/2, 3]", [[0.5, 0.25], [1, -1]], [0.5, 3]),
        ("solve x + y = 3, x - y = 1, x + 2y = 4", [[1, 1], [1, -1], [1, 2]], [3, 1, 4]),  # overdetermined, consistent
    ],
)  # fmt: skip
def test_linear_systems_match_numpy(question, a, b):
    a, b = np.array(a, dtype=float), np.array(b, dtype=float)
    want = np.linalg.lstsq(a, b, rcond=None)[0]
    assert np.allclose(a @ want, b)  # the reference system is consistent
    assert np.allclose(_solution(question), want, rtol=1e-12, atol=1e-12)


def test_the_solution_is_exact_and_its_components_named():
    out = confident("2x + 3y = 7, x - y = 1, solve for x and y", "algebra")
    exact = sp.Matrix([[2, 3], [1, -1]]).LUsolve(sp.Matrix([7, 1]))
    assert engine_matrix(out.result) == exact
    assert out.answer.startswith(f"x = {exact[0]}, y = {exact[1]}")
    fractions = confident("solve for a and b: 2a + 3b = 7, 4a - b = 1", "algebra")
    assert engine_matrix(fractions.result) == sp.Matrix([[2, 3], [4, -1]]).LUsolve(sp.Matrix([7, 1]))


def test_an_ill_conditioned_matrix_is_said():
    hilbert = [[sp.Rational(1, i + j + 1) for j in range(4)] for i in range(4)]
    text = ", ".join("[" + ", ".join(str(v) for v in row) + "]" for row in hilbert)
    out = confident(f"solve A x = b with A = [{text}], b = [1, 1, 1, 1]", "linear_algebra")
    assert engine_matrix(out.result) == sp.Matrix(hilbert).LUsolve(sp.Matrix([1, 1, 1, 1]))
    cond = np.linalg.cond(np.array(hilbert, dtype=float))
    assert any("ill-conditioned" in c and f"{cond:.3g}" in c for c in out.caveats), out.caveats


@pytest.mark.parametrize(
    ("question", "a", "b", "says"),
    [
        ("Solve A x = b for A = [[1, 2], [2, 4]] and b = [3, 6]", [[1, 2], [2, 4]], [3, 6], "infinitely many"),
        ("Solve A x = b for A = [[1, 2], [2, 4]] and b = [3, 7]", [[1, 2], [2, 4]], [3, 7], "no solution"),
        ("x + y = 2, 2x + 2y = 4, solve for x and y", [[1, 1], [2, 2]], [2, 4], "infinitely many"),
        ("solve x + y = 3, x - y = 1, x + 2y = 5", [[1, 1], [1, -1], [1, 2]], [3, 1, 5], "no solution"),
    ],
)
def test_no_unique_solution_is_declined_with_the_ranks(question, a, b, says):
    a = np.array(a, dtype=float)
    rank_a, rank_ab = np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.column_stack([a, b]))
    answer = declined(question)
    assert "no unique solution" in answer and says in answer
    assert f"rank A = {rank_a}, rank [A | b] = {rank_ab}" in answer


@pytest.mark.parametrize(
    "question",
    [
        "solve x^2 + y = 3, x - y = 1",  # not linear: no linear-system answer
        "solve the system sin x + y = 1, x - y = 0",
        "solve the linear system [[1, 2], [3, 4]]",  # no right-hand side
        "Solve A x = b for A = [[1, 2], [3, 4]] and b = [1, 2, 3]",  # b of the wrong length
    ],
)
def test_unreadable_systems_are_declined(question):
    declined(question)


def test_matrices_vectors_and_equations_are_no_samples():
    assert samples("Solve A x = b where A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]] and b = [8, -11, -3].") == []
    assert samples("2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3") == []
    assert samples("a = [12.1, 11.8, 12.4], b = [12.6, 12.3, 12.9]") == [
        ["12.1", "11.8", "12.4"],
        ["12.6", "12.3", "12.9"],
    ]
    assert samples("x = 1 2 3 4, y = 2 4 6 8") == [["1", "2", "3", "4"], ["2", "4", "6", "8"]]


def test_fractions_in_a_matrix_are_read_whole():
    out = confident("determinant of [[1/2, 1], [1, 1]]", "linear_algebra")
    assert out.result == pytest.approx(np.linalg.det(np.array([[0.5, 1], [1, 1]])), rel=1e-12)


def test_the_audit_fails_a_wrong_solution():
    facts = {"op": "linsolve", "matrix": [["2", "1"], ["1", "3"]], "rhs": ["3", "5"], "unknowns": ["x", "y"]}
    right = np.linalg.solve(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([3.0, 5.0]))
    wrong = {"entries": [["1"], ["1"]], "values": [[1.0], [1.0]]}
    assert not any(c.passed for c in system_checks(facts, wrong, to_sympy)[:2])
    good = {"entries": [["4/5"], ["7/5"]], "values": [[v] for v in right]}
    assert all(c.passed for c in system_checks(facts, good, to_sympy))
