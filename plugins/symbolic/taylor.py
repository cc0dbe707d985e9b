"""``taylor(f, x, a, n)``: the Taylor polynomial of f about x = a through the power (x - a)^n, n included;
``taylor(f, x, a, terms=k)``: its first k nonzero terms. The remainder O((x - a)^(n+1)) is left out.

``series(f, x, a, n)`` keeps sympy's convention (powers below n, with the O term); ``taylor`` is the polynomial
a question means by "through the x^4 term", "degree 3" or "the first 4 nonzero terms". A function that is not
analytic at a (a pole, a fractional power, a logarithm) has no Taylor polynomial there and is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from plugins.api import Call, StudyError
from plugins.symbolic.callargs import attempt, check_call

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter

MAX_DEGREE = 60
MAX_TERMS = 30
_USAGE = "taylor(f, x, a, n) (through (x - a)^n) or taylor(f, x, a, terms=k) (the first k nonzero terms)"


def taylor(conv: Converter, call: Call) -> Any:
    """The Taylor polynomial: through (x - a)^n, or the first ``terms=`` nonzero terms."""
    check_call(call, _USAGE, 3, 4, {"terms"})
    f, x, point = conv.expr(call.args[0]), conv.symbol(call.args[1]), conv.expr(call.args[2])
    option = conv.keyword(call, "terms")
    if (option is None) == (len(call.args) == 3):
        raise StudyError("give the degree n or terms=k (one of them)", call, hint=f"use {_USAGE}")
    if not (point.is_number and point.is_finite and point.is_real):
        raise StudyError(f"the point must be a finite real number, found {point}", call.args[2])
    if option is None:
        degree = conv.integer(call.args[3])
        if degree > MAX_DEGREE:
            raise StudyError(f"the degree may be at most {MAX_DEGREE}", call.args[3])
        coefficients = attempt(call, lambda: taylor_coefficients(f, x, point, degree), "cannot expand this")
    else:
        count = conv.integer(option.value, minimum=1)
        if count > MAX_TERMS:
            raise StudyError(f"at most {MAX_TERMS} terms", option.value)
        coefficients = attempt(call, lambda: _first_terms(f, x, point, count), "cannot expand this")
    return sum((c * (x - point) ** k for k, c in enumerate(coefficients)), sp.Integer(0))


def taylor_coefficients(f: sp.Expr, x: sp.Symbol, point: sp.Expr, degree: int) -> list[sp.Expr]:
    """The coefficients of (x - a)^0 .. (x - a)^degree of f's Taylor series about a (sympy ``series`` of
    f(a + h) in h); ValueError when the expansion has negative, fractional or logarithmic terms."""
    h = sp.Dummy("h", real=True)
    shifted = f.subs(x, point + h)
    sides = [_coefficients(shifted, h, degree, side) for side in ("+", "-")]
    if sides[0] is None or sides[1] is None or any(sp.simplify(a - b) != 0 for a, b in zip(*sides, strict=True)):
        raise ValueError(f"{f} has no Taylor series about {x} = {point} (not analytic there: a pole, a corner, "
                         "a fractional power or a log)")  # fmt: skip
    return sides[0]


def _coefficients(shifted: sp.Expr, h: sp.Symbol, degree: int, side: str) -> list[sp.Expr] | None:
    """The coefficients of h^0 .. h^degree of the expansion from one side; None when it is not a power series."""
    expansion = sp.expand(sp.series(shifted, h, 0, degree + 1, dir=side).removeO())
    try:
        poly = sp.Poly(expansion, h)
    except sp.PolynomialError:
        return None
    coefficients = [sp.simplify(poly.coeff_monomial(h**k)) for k in range(degree + 1)]
    return None if any(c.has(sp.zoo, sp.nan, sp.oo, -sp.oo) for c in coefficients) else coefficients


def _first_terms(f: sp.Expr, x: sp.Symbol, point: sp.Expr, count: int) -> list[sp.Expr]:
    """The coefficients up to the count-th nonzero one (zeros between them kept)."""
    degree = 2 * count
    while True:
        coefficients = taylor_coefficients(f, x, point, degree)
        nonzero = [k for k, c in enumerate(coefficients) if c != 0]
        if len(nonzero) >= count:
            return coefficients[: nonzero[count - 1] + 1]
        if degree >= MAX_DEGREE:
            raise ValueError(f"only {len(nonzero)} nonzero terms through degree {MAX_DEGREE}")
        degree = min(2 * degree, MAX_DEGREE)
