"""Audit of a linear system's solution: A x - b = 0 exactly (sympy), numpy's solve (or lstsq) as a second engine, and
the ranks that make the solution unique."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from plugins.api.reasoning import Check

Reader = Callable[[str], Any]


def system_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """The engine's x substituted back exactly, against numpy, and A's rank; the facts hold A (``matrix``) and b
    (``rhs``) as the planner read them."""
    import numpy as np

    a = np.array([[float(Fraction(v)) for v in row] for row in facts["matrix"]])
    b = np.array([float(Fraction(v)) for v in facts["rhs"]])
    entries = [value for row in result.get("entries") or [] for value in row]
    return [_substituted(facts, entries, read_expression), _numpy_agrees(a, b, result.get("values")), _unique(a, b),
            _relates(facts)]  # fmt: skip


def _relates(facts: dict[str, Any]) -> Check:
    """Some equation relates the unknowns: when each one only sets one unknown to a number ("k1 = 0.5, k2 = 0.25"),
    the solution is the numbers as written, values given and not a system solved, and answers nothing asked."""
    given = [
        next(name for name, value in zip(facts["unknowns"], row, strict=True) if Fraction(value))
        for row in facts["matrix"]
        if [Fraction(value) for value in row if Fraction(value)] == [1]
    ]
    ok = len(given) < len(facts["matrix"])
    detail = "an equation relates the unknowns" if ok else f"every equation only gives a value ({', '.join(given)})"
    return Check("the system relates its unknowns (no list of given values)", ok, detail)


def _substituted(facts: dict[str, Any], entries: list[str], read_expression: Reader) -> Check:
    """A x - b is exactly the zero vector, and x has no free parameter."""
    import sympy as sp

    name = "A x - b = 0 exactly (sympy)"
    a = sp.Matrix([[read_expression(v) for v in row] for row in facts["matrix"]])
    b = sp.Matrix([read_expression(v) for v in facts["rhs"]])
    if len(entries) != a.cols:
        return Check(name, False, f"{len(entries)} values for {a.cols} unknowns")
    x = sp.Matrix([read_expression(v) for v in entries])
    if x.free_symbols:
        return Check(name, False, f"the solution has free parameters: {sorted(map(str, x.free_symbols))}")
    residual = (a * x - b).applyfunc(sp.simplify)
    return Check(name, residual.is_zero_matrix is True, f"residual {list(residual)}")


def _numpy_agrees(a: Any, b: Any, values: Any) -> Check:
    """numpy.linalg.solve (square A) or lstsq gives the same x, within a tolerance that grows with A's condition
    number."""
    import numpy as np

    square = a.shape[0] == a.shape[1]
    name = f"numpy.linalg.{'solve' if square else 'lstsq'} agrees"
    try:
        got = np.array(values, dtype=float).ravel()
    except (TypeError, ValueError):
        return Check(name, False, f"the engine's values are not numbers: {values}")
    want = np.linalg.solve(a, b) if square else np.linalg.lstsq(a, b, rcond=None)[0]
    cond = float(np.linalg.cond(a))
    tol = 1e-9 + cond * 1e-14
    ok = got.shape == want.shape and bool(np.allclose(got, want, rtol=tol, atol=tol * max(1.0, np.abs(want).max())))
    return Check(name, ok, f"engine {got.tolist()}, numpy {want.tolist()} (condition number {cond:.3g})")


def _unique(a: Any, b: Any) -> Check:
    """rank A = rank [A | b] = the number of unknowns (numpy.linalg.matrix_rank): exactly one solution."""
    import numpy as np

    rank_a, rank_ab = np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.column_stack([a, b]))
    ok = rank_a == rank_ab == a.shape[1]
    return Check("exactly one solution: rank A = rank [A | b] = unknowns (numpy)", bool(ok),
                 f"rank A {rank_a}, rank [A | b] {rank_ab}, {a.shape[1]} unknowns")  # fmt: skip
