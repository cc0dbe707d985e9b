"""Numeric values of definite integrals for the audits, each with a method and only when it converged.

scipy's ``quad`` first; a warning (subdivisions exhausted, probably divergent) or an error estimate above
1e-6 of the value is not a value. An oscillatory integrand over an infinite range, g(x) sin(w x) or
g(x) cos(w x), is then integrated as a Fourier integral (``quad`` with ``weight="sin"``/``"cos"``, QUADPACK's
QAWF) past the first unit of the range, when g tends to 0 (else the integral diverges). None when neither
converged: the value is then not confirmed numerically (mpmath's tanh-sinh is not tried: its error estimate
"converges" on divergent integrals, 1.0 against a value of 1e34).
"""

from __future__ import annotations

import math
import warnings
from typing import Any, NamedTuple

_REL_ERROR = 1e-6  # largest error estimate, relative to max(1, |value|), that counts as converged


class Quadrature(NamedTuple):
    """A converged numeric integral: its value, its error estimate and how it was computed."""

    value: float
    error: float
    method: str


def numeric_integral(f: Any, var: Any, lo: float, hi: float) -> Quadrature | None:
    """The integral of the sympy expression ``f`` over [lo, hi] (bounds may be infinite), or None."""
    import sympy as sp

    fn = sp.lambdify(var, f, "math")
    found = _converged(lambda: _quad(fn, lo, hi), "scipy quad")
    if found is None and (math.isinf(lo) or math.isinf(hi)):
        found = _converged(lambda: _fourier(f, var, lo, hi), "scipy quad, Fourier weight (QAWF)")
    return found


def _converged(compute: Any, method: str) -> Quadrature | None:
    """The value ``compute`` returns when it raised no warning or error and its error estimate is small."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            value, error = compute()
    except (Warning, ArithmeticError, ValueError, TypeError, OverflowError):
        return None
    if not (math.isfinite(value) and math.isfinite(error)) or error > _REL_ERROR * max(1.0, abs(value)):
        return None
    return Quadrature(float(value), float(error), method)


def _quad(fn: Any, lo: float, hi: float, **options: Any) -> tuple[float, float]:
    from scipy.integrate import quad

    value, error = quad(fn, lo, hi, limit=200, **options)
    return value, error


def _fourier(f: Any, var: Any, lo: float, hi: float) -> tuple[float, float]:
    """g(x) sin(w x) (or cos) over [lo, oo) as quad of f over [lo, lo + 1] plus QAWF of g over [lo + 1, oo);
    (-oo, hi] by x -> -x, and (-oo, oo) split at 0."""
    import sympy as sp

    if math.isinf(lo) and math.isinf(hi):
        left, right = _fourier(f, var, lo, 0.0), _fourier(f, var, 0.0, hi)
        return left[0] + right[0], left[1] + right[1]
    if math.isinf(lo):
        return _fourier(f.subs(var, -var), var, -hi, math.inf)
    g, weight, w = _oscillating_factor(f, var)
    near = _quad(sp.lambdify(var, f, "math"), lo, lo + 1.0)
    far = _quad(sp.lambdify(var, g, "math"), lo + 1.0, math.inf, weight=weight, wvar=w)
    return near[0] + far[0], near[1] + far[1]


def _oscillating_factor(f: Any, var: Any) -> tuple[Any, str, float]:
    """(g, "sin" or "cos", w) with f = g sin(w x) or g cos(w x), w a nonzero number; ValueError otherwise."""
    import sympy as sp

    for factor in sp.Mul.make_args(f):
        if isinstance(factor, (sp.sin, sp.cos)):
            w = sp.diff(factor.args[0], var)
            if factor.args[0] == w * var and w.is_number and w != 0:
                rest = sp.simplify(f / factor)
                # the Fourier integral converges (Dirichlet) only when g tends to 0: sin(x) alone does not
                if not rest.has(sp.sin, sp.cos) and sp.limit(rest, var, sp.oo) == 0:
                    return rest, factor.func.__name__, float(w)
    raise ValueError("not an oscillating factor times one that tends to 0")
