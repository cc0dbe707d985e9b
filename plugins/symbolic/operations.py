"""The operations a ``show`` expression may call, by name (aliases map to one canonical name).

Each operation is ``handler(converter, call) -> sympy value``; it reads its own arguments from the
call's nodes (a variable, bounds, ``dir=``), so operations nest: ``show simplify(diff(f, x))``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plugins.symbolic import algebra, calculus, matrices, ode, taylor

_CANONICAL: dict[str, tuple[str, Callable[..., Any]]] = {
    "diff": ("diff", calculus.diff),
    "integrate": ("integrate", calculus.integrate),
    "limit": ("limit", calculus.limit),
    "series": ("series", calculus.series),
    "taylor": ("taylor", taylor.taylor),
    "summation": ("summation", calculus.summation),
    "sum": ("summation", calculus.summation),
    "product": ("product", calculus.product),
    "solve": ("solve", algebra.solve),
    "nsolve": ("nsolve", algebra.nsolve),
    "subs": ("subs", algebra.subs),
    "simplify": ("simplify", algebra.simplify),
    "expand": ("expand", algebra.expand),
    "factor": ("factor", algebra.factor),
    "N": ("evalf", algebra.evalf),
    "evalf": ("evalf", algebra.evalf),
    "det": ("det", matrices.det),
    "inverse": ("inverse", matrices.inverse),
    "inv": ("inverse", matrices.inverse),
    "eigenvalues": ("eigenvalues", matrices.eigenvalues),
    "eigenvals": ("eigenvalues", matrices.eigenvalues),
    "spectral_radius": ("spectral_radius", matrices.spectral_radius),
    "dominant_eigenvalue": ("dominant_eigenvalue", matrices.dominant_eigenvalue),
    "max_eigenvalue": ("max_eigenvalue", matrices.max_eigenvalue),
    "min_eigenvalue": ("min_eigenvalue", matrices.min_eigenvalue),
    "eigenvectors": ("eigenvectors", matrices.eigenvectors),
    "eigenvects": ("eigenvectors", matrices.eigenvectors),
    "rref": ("rref", matrices.rref),
    "rank": ("rank", matrices.rank),
    "transpose": ("transpose", matrices.transpose),
    "trace": ("trace", matrices.trace),
    "linsolve": ("linsolve", matrices.linsolve),
    "dsolve": ("dsolve", ode.dsolve),
}

OPERATIONS: dict[str, Callable[..., Any]] = {name: handler for name, (_, handler) in _CANONICAL.items()}


def canonical(name: str) -> str:
    """The canonical name of an operation (``inv`` -> ``inverse``, ``N`` -> ``evalf``)."""
    return _CANONICAL[name][0]
