"""Matrix operations: det, inverse, eigenvalues (all, the dominant, the largest, the smallest, the spectral radius),
eigenvectors, rref, rank, transpose, trace, linsolve."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sympy as sp

from plugins.api import Call, StudyError
from plugins.symbolic.callargs import attempt, check_call

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter

ILL_CONDITIONED = 1e4  # a condition number from which four digits of the data can be lost in the solution


def _unary(engine: Callable[[sp.MatrixBase], Any], square: bool) -> Callable[[Converter, Call], Any]:
    def operation(conv: Converter, call: Call) -> Any:
        check_call(call, f"{call.func}([[1, 2], [3, 4]])", 1, 1)
        matrix = conv.matrix(call.args[0])
        if square and not matrix.is_square:
            raise StudyError(f"'{call.func}' needs a square matrix; this one is {matrix.rows}x{matrix.cols}", call)
        return attempt(call, lambda: engine(matrix), f"cannot compute {call.func} of this matrix")

    operation.__doc__ = f"``{engine.__name__}`` of a matrix."
    return operation


def _inverse(matrix: sp.MatrixBase) -> sp.MatrixBase:
    if matrix.det() == 0:
        raise ValueError("the matrix is singular (its determinant is 0)")
    return matrix.inv()


def _eigenvalues(matrix: sp.MatrixBase) -> dict[Any, int]:
    return dict(sorted(matrix.eigenvals().items(), key=lambda item: sp.default_sort_key(item[0])))


def _numeric(value: Any) -> complex:
    """An exact value as a complex number (30 digits)."""
    return complex(sp.N(value, 30))


def _spectral_radius(matrix: sp.MatrixBase) -> Any:
    """The largest modulus of the eigenvalues, max |lambda| (exact)."""
    moduli = [sp.simplify(sp.Abs(v)) for v in matrix.eigenvals()]
    return max(moduli, key=lambda v: _numeric(v).real)


def _dominant_eigenvalue(matrix: sp.MatrixBase) -> Any:
    """The eigenvalue of largest modulus; ValueError when two of different values share it (lambda and -lambda)."""
    values = list(matrix.eigenvals())
    top = max(abs(_numeric(v)) for v in values)
    dominant = [v for v in values if math.isclose(abs(_numeric(v)), top, rel_tol=1e-12)]
    if len(dominant) > 1:
        raise ValueError(f"no single dominant eigenvalue: {', '.join(map(str, dominant))} share the largest modulus")
    return dominant[0]


def _real_eigenvalues(matrix: sp.MatrixBase) -> list[Any]:
    """The eigenvalues, all real; ValueError when some are complex (then none is largest or smallest)."""
    values = list(matrix.eigenvals())
    if any(abs(_numeric(v).imag) > 1e-12 for v in values):
        raise ValueError("some eigenvalues are complex: none is the largest or smallest (ask for the spectral radius)")
    return sorted(values, key=lambda v: _numeric(v).real)


def _eigenvectors(matrix: sp.MatrixBase) -> list[tuple[Any, int, list[sp.MatrixBase]]]:
    return sorted(matrix.eigenvects(), key=lambda item: sp.default_sort_key(item[0]))


det = _unary(lambda m: m.det(), square=True)
inverse = _unary(_inverse, square=True)
eigenvalues = _unary(_eigenvalues, square=True)
eigenvectors = _unary(_eigenvectors, square=True)
spectral_radius = _unary(_spectral_radius, square=True)
dominant_eigenvalue = _unary(_dominant_eigenvalue, square=True)
max_eigenvalue = _unary(lambda m: _real_eigenvalues(m)[-1], square=True)
min_eigenvalue = _unary(lambda m: _real_eigenvalues(m)[0], square=True)
rref = _unary(lambda m: m.rref()[0], square=False)  # the reduced row echelon form (exact: pivots are exact)
rank = _unary(lambda m: sp.Integer(m.rank()), square=False)
transpose = _unary(lambda m: m.T, square=False)
trace = _unary(lambda m: m.trace(), square=True)


def linsolve(conv: Converter, call: Call) -> Any:
    """``linsolve(A, b)``: the solution of ``A x = b`` (free parameters ``tau0``, ... when not unique)."""
    check_call(call, "linsolve([[1, 2], [3, 4]], [5, 6])", 2, 2)
    return linear_solve(call, conv.matrix(call.args[0]), conv.matrix(call.args[1]))


def linear_solve(call: Call, matrix: sp.MatrixBase, rhs: sp.MatrixBase) -> sp.MatrixBase:
    """Solve ``matrix * x = rhs`` exactly; StudyError when the shapes disagree or there is no solution."""
    if rhs.rows != matrix.rows:
        raise StudyError(f"the right-hand side has {rhs.rows} rows but the matrix has {matrix.rows}", call)
    solution, _params = attempt(
        call, lambda: matrix.gauss_jordan_solve(rhs), "this linear system has no solution", hint="it is inconsistent"
    )
    return solution


def conditioning(matrix: sp.MatrixBase) -> str | None:
    """A note when a coefficient matrix of full column rank is ill-conditioned (2-norm condition number, numpy, at
    least ``ILL_CONDITIONED``); None when it is not, is rank-deficient or is not numeric."""
    import numpy as np

    try:
        a = np.array(matrix.evalf().tolist(), dtype=float)
    except (TypeError, ValueError):
        return None
    if matrix.rank() < matrix.cols:
        return None
    cond = float(np.linalg.cond(a))
    if not math.isfinite(cond) or cond < ILL_CONDITIONED:
        return None
    return (f"the coefficient matrix is ill-conditioned (condition number {cond:.3g}): the solution is exact for the "
            f"numbers as written, but a relative error e in A or b can change it by up to about {cond:.3g} e")  # fmt: skip
