"""Real roots of f(x) = 0 on an interval found numerically, for the audits of ``solve``: sign changes of f on
a fine grid refined by Brent's method (a pole, where |f| grows, is not a root), and roots where f touches 0
without crossing (cos(x) - 1 at 0) as minima of |f| that reach 0. A second route to the roots than sympy's
algebra, so that a list of one period's roots, or a root missed, shows."""

from __future__ import annotations

import math
import warnings
from typing import Any

GRID = 40001
ROOT_TOL = 1e-5  # how close a numeric root must be to an exact one (a touching root is found to ~1e-6)


def real_roots(f: Any, var: Any, lo: float, hi: float) -> list[float] | None:
    """The roots of the sympy expression ``f`` in [lo, hi], sorted; None when f cannot be evaluated there."""
    import numpy as np
    import sympy as sp
    from scipy.optimize import brentq, minimize_scalar

    vector, scalar = sp.lambdify(var, f, "numpy"), sp.lambdify(var, f, "math")
    xs = np.linspace(lo, hi, GRID)
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ys = np.broadcast_to(np.asarray(vector(xs), dtype=float), xs.shape)
    except (TypeError, ValueError, NameError, AttributeError):
        return None
    if not np.isfinite(ys).any():
        return None
    roots = [float(x) for x in xs[ys == 0]]
    finite = np.isfinite(ys)
    crossing = np.flatnonzero(finite[:-1] & finite[1:] & (np.sign(ys[:-1]) * np.sign(ys[1:]) < 0))
    for i in crossing:
        a, b = float(xs[i]), float(xs[i + 1])
        root = _refined(lambda a=a, b=b: brentq(scalar, a, b, xtol=1e-14), scalar)
        if root is not None and abs(scalar(root)) <= 1e-8 * max(1.0, abs(ys[i]), abs(ys[i + 1])):
            roots.append(root)  # not a pole: f is small there
    size = np.where(finite, np.abs(ys), np.inf)
    middle = size[1:-1]
    touching = np.flatnonzero(
        (middle > 0) & np.isfinite(middle) & (middle <= size[:-2]) & (middle <= size[2:])
        & ((middle < size[:-2]) | (middle < size[2:])) & (np.sign(ys[:-2]) * np.sign(ys[2:]) > 0)
    ) + 1  # fmt: skip
    scale = 1e-10 * max(1.0, float(np.median(size[finite])))
    for i in touching:
        bounds = (float(xs[i - 1]), float(xs[i + 1]))
        best = _refined(lambda b=bounds: minimize_scalar(lambda x: abs(scalar(x)), bounds=b, method="bounded",
                                                         options={"xatol": 1e-12}).x, scalar)  # fmt: skip
        if best is not None and abs(scalar(best)) < scale:
            roots.append(best)
    return _distinct(sorted(roots))


def _refined(find: Any, scalar: Any) -> float | None:
    try:
        x = float(find())
        value = scalar(x)
        return x if isinstance(value, float | int) and math.isfinite(value) else None
    except (ValueError, ZeroDivisionError, OverflowError, TypeError, RuntimeError):
        return None


def _distinct(roots: list[float]) -> list[float]:
    out: list[float] = []
    for root in roots:
        if not out or abs(root - out[-1]) > ROOT_TOL * max(1.0, abs(root)):
            out.append(root)
    return out


def same_roots(numeric: list[float], exact: list[float], lo: float, hi: float) -> tuple[list[float], list[float]]:
    """The numeric roots no exact root matches, and the exact roots in [lo, hi] no numeric root matches."""
    near = lambda x, pool: any(abs(x - y) <= ROOT_TOL * max(1.0, abs(x)) for y in pool)  # noqa: E731
    inside = [x for x in exact if lo <= x <= hi]
    return [x for x in numeric if not near(x, exact)], [x for x in inside if not near(x, numeric)]
