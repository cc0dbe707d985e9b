"""Readings added after the eleventh unseen round: calculus and matrix questions typed in a hurry ("deriv of ...
wrt x", "2nd deriv", "partial wrt y", "integ", "eigenvals of", "evecs", "inv", "rref", "tr"). References come
from sympy and numpy, computed here."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.calculus_prose import calculus_words
from tests.reason.answers import confident

x, y = sp.symbols("x y", real=True)


def _same(got: str, want) -> bool:
    return sp.simplify(to_sympy(got).subs({sp.Symbol("x"): x, sp.Symbol("y"): y}) - want) == 0


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("deriv of sqrt(x)*ln(x^2+1) wrt x", sp.diff(sp.sqrt(x) * sp.log(x**2 + 1), x)),
        ("diff x^3 sin x wrt x", sp.diff(x**3 * sp.sin(x), x)),
        ("derivs of e^(2x) cos x", sp.diff(sp.exp(2 * x) * sp.cos(x), x)),
        ("2nd deriv of x^4 + 3x", sp.diff(x**4 + 3 * x, x, 2)),
        ("d^2/dx^2 of x^3 ln x", sp.diff(x**3 * sp.log(x), x, 2)),
        ("derivative w.r.t. x of atan(x^2)", sp.diff(sp.atan(x**2), x)),
        ("partial wrt y of x^2*y^3", sp.diff(x**2 * y**3, y)),
        ("partial derivative of e^(x*y) w.r.t. x", sp.diff(sp.exp(x * y), x)),
        ("∂/∂y (x^2 y^3 + sin y)", sp.diff(x**2 * y**3 + sp.sin(y), y)),
        ("integ x e^x dx", sp.integrate(x * sp.exp(x), x)),
        ("antideriv of 1/(1+x^2)", sp.atan(x)),
    ],
)
def test_calculus_shorthand(question, reference):
    assert _same(confident(question, "calculus").result, reference)


def test_a_partial_derivative_needs_its_variable():
    out = reason("partial deriv of x^2 y^3")
    assert not out.answered and out.mode == "calculus" and "needs the variable" in out.answer


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("partial wrt y of x^2*y^3", "derivative of x^2*y^3 wrt y"),
        ("deriv. of x^2", "derivative of x^2"),
        ("show diff(x^2, x)", "show diff(x^2, x)"),  # the study verb is not prose
    ],
)
def test_calculus_words(text, written):
    assert calculus_words(text)[0] == written


def test_diff_in_a_statistics_question_is_not_calculus():
    out = reason("mean diff of 2.3 between the lines, is it significant? before 10 12 11 13, after 12 13 13 16")
    assert out.mode != "calculus"


def _eigen(matrix) -> list:
    return sorted(np.linalg.eigvals(np.array(matrix, dtype=float)).real)


@pytest.mark.parametrize(
    ("question", "matrix"),
    [
        ("eigenvals of [[2,1],[1,2]]", [[2, 1], [1, 2]]),
        ("eigvals [[4,1],[2,3]]", [[4, 1], [2, 3]]),
        ("eigs of [[2,0],[0,5]]", [[2, 0], [0, 5]]),
        ("evals of the matrix 4 1; 2 3", [[4, 1], [2, 3]]),
    ],
)
def test_eigenvalue_shorthand(question, matrix):
    out = confident(question, "linear_algebra")
    assert sorted(float(to_sympy(v)) for v in out.result) == pytest.approx(_eigen(matrix))


@pytest.mark.parametrize("matrix", [[[2, 1], [1, 2]], [[0, -1], [1, 0]], [[2, 0, 0], [0, 2, 0], [0, 0, 3]]])
def test_eigenvectors_satisfy_a_v_equals_lambda_v(matrix):
    out = confident(f"eigenvecs of {matrix}", "linear_algebra")
    a = np.array(matrix, dtype=float)
    found = 0
    for text in out.result:
        value, _, vectors = _triple(text)
        for v in vectors:
            vec = np.array([complex(c) for c in v], dtype=complex)
            assert np.allclose(a @ vec, complex(value) * vec)
            found += 1
    assert found == len(matrix)


def _triple(text: str):
    """ "(3, 1, [Matrix([[1], [1]])])" as (eigenvalue, multiplicity, [vector entries]) through sympy."""
    value, mult, vectors = sp.sympify(text)  # the engine's own sympy text, in a test only
    return sp.N(value), int(mult), [list(sp.N(v)) for v in vectors]


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("det [[1,2],[3,4]]", lambda r: r == pytest.approx(np.linalg.det(np.array([[1, 2], [3, 4]])))),
        ("inv [[4,7],[2,6]]", lambda r: np.allclose(np.array(sp.Matrix(sp.sympify(r)).tolist(), dtype=float),
                                                    np.linalg.inv(np.array([[4, 7], [2, 6]])))),
        ("tr [[5,1],[2,7]]", lambda r: r == 12),
        ("rank [[1,2],[2,4]]", lambda r: r == np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))),
        ("transp [[1,2,3],[4,5,6]]", lambda r: sp.Matrix(sp.sympify(r)) == sp.Matrix([[1, 2, 3], [4, 5, 6]]).T),
    ],
)  # fmt: skip
def test_matrix_shorthand(question, check):
    assert check(confident(question, "linear_algebra").result)


@pytest.mark.parametrize("matrix", [[[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[1, 2, 3], [2, 4, 6]], [[0, 2, 4], [1, 1, 1]]])
def test_rref_is_sympys(matrix):
    out = confident(f"rref of {matrix}", "linear_algebra")
    assert sp.Matrix(sp.sympify(out.result)) == sp.Matrix(matrix).rref()[0]
    out = confident(f"reduced row echelon form of {matrix}", "linear_algebra")
    assert sp.Matrix(sp.sympify(out.result)) == sp.Matrix(matrix).rref()[0]
