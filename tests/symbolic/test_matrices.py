"""Matrix operations against numpy.linalg."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from tests.symbolic.conftest import parsed

A = "[[4, 1, 2], [1, 3, 0], [2, 0, 5]]"
A_NP = np.array([[4, 1, 2], [1, 3, 0], [2, 0, 5]], dtype=float)


def _matrix(result: str) -> np.ndarray:
    return np.array(parsed(result).evalf(), dtype=float)


def test_det_inverse_rank_transpose_trace(show):
    det, inverse, inv, rank, transpose, trace = show(
        f"det({A})", f"inverse({A})", f"inv({A})", "rank([[1, 2], [2, 4]])", "transpose([[1, 2, 3]])", f"trace({A})"
    )
    assert det["value"] == pytest.approx(np.linalg.det(A_NP), rel=1e-13)
    assert np.allclose(_matrix(inverse["result"]), np.linalg.inv(A_NP), rtol=1e-13, atol=0)
    assert np.allclose(np.array(inverse["values"]), np.linalg.inv(A_NP), rtol=1e-13, atol=0)
    assert inv["result"] == inverse["result"] and inv["operation"] == "inverse"
    assert rank["result"] == "1" and rank["value"] == np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))
    assert parsed(transpose["result"]) == sp.Matrix([[1], [2], [3]])
    assert trace["value"] == 12.0


def test_eigenvalues_with_multiplicities(show):
    symmetric, repeated = show(f"eigenvalues({A})", "eigenvals([[2, 1], [0, 2]])")
    assert sorted(symmetric["values"]) == pytest.approx(sorted(np.linalg.eigvalsh(A_NP)), rel=1e-12)
    assert sum(symmetric["multiplicities"]) == 3
    assert repeated["result"] == ["2"] and repeated["multiplicities"] == [2]


def test_eigenvectors_satisfy_the_definition(show):
    (result,) = show("eigenvectors([[2, 1], [1, 2]])")
    assert [e["eigenvalue"] for e in result["eigenvectors"]] == ["1", "3"]
    for entry in result["eigenvectors"]:
        value = float(parsed(entry["eigenvalue"]))
        for vector in entry["vectors"]:
            v = _matrix(vector).ravel()
            assert np.allclose(np.array([[2, 1], [1, 2]]) @ v, value * v)


def test_linear_systems_match_numpy(show):
    b = [1, -2, 3]
    via_linsolve, via_solve = show(f"linsolve({A}, {b})", f"solve({A}, {b})")
    expected = np.linalg.solve(A_NP, np.array(b, dtype=float))
    assert np.allclose(_matrix(via_linsolve["result"]).ravel(), expected, rtol=1e-13)
    assert via_solve["result"] == via_linsolve["result"]


def test_an_ill_conditioned_system_is_said_and_its_entries_exact(show):
    hilbert = "[" + ", ".join("[" + ", ".join(f"1/{i + j + 1}" for j in range(4)) + "]" for i in range(4)) + "]"
    ill, well = show(f"linsolve({hilbert}, [1, 1, 1, 1])", f"linsolve({A}, [1, -2, 3])")
    h = sp.Matrix(4, 4, lambda i, j: sp.Rational(1, i + j + 1))
    assert [sp.Rational(e) for row in ill["entries"] for e in row] == list(h.LUsolve(sp.ones(4, 1)))
    cond = np.linalg.cond(np.array(h, dtype=float))
    assert any("ill-conditioned" in note and f"{cond:.3g}" in note for note in ill["notes"])
    assert not any("ill-conditioned" in note for note in well.get("notes") or [])


def test_underdetermined_system_has_free_parameters(show):
    (result,) = show("linsolve([[1, 1], [2, 2]], [3, 6])")
    solution = parsed(result["result"])
    assert solution.free_symbols and sp.simplify(solution[0] + solution[1] - 3) == 0


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("det([[1, 2, 3], [4, 5, 6]])", "needs a square matrix"),
        ("inv([[1, 2], [2, 4]])", "singular"),
        ("linsolve([[1, 1], [1, 1]], [1, 2])", "no solution"),
        ("linsolve([[1, 1], [1, 1]], [1, 2, 3])", "has 3 rows"),
        ("det(x)", "expected a matrix"),
    ],
)
def test_matrix_errors_are_user_errors(run_study, expression, message):
    run = run_study(f"show {expression}\n")
    assert run.exit_code == 2 and message in run.stderr
