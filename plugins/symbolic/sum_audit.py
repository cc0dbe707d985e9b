"""Numeric checks of a sum, with mpmath at 30 digits, independent of sympy's closed forms.

A finite sum is added term by term. An infinite one that converges is compared with mpmath's ``nsum``
(extrapolated: Richardson, Shanks, then Euler-Maclaurin) and with its partial sums, whose distance to the value
must fall at least twofold from 1,000 to 10,000 terms (a slowly converging series, 1/n^1.1, is not confirmed). A
divergent answer (oo) is checked against partial sums that keep growing as fast from 1,000 to 10,000 terms as
from 100 to 1,000 (within half), and against sympy's convergence tests (``Sum.is_convergent``: the ratio, root,
integral and comparison tests, not the summation formulas).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check, close_check

_MOST_TERMS = 100_000  # a finite sum with more terms is not added one by one
_DIGITS = 30


def sum_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """The checks of ``sum(f, k, a, b)`` for the engine's ``result``."""
    import mpmath
    import sympy as sp

    f, k = read_expression(facts["expr"]), read_expression(facts["var"])
    lo, hi = facts["bounds"]
    term = sp.lambdify(k, f, "mpmath")
    with mpmath.workdps(_DIGITS):
        if hi != "oo":
            return [_finite(term, int(lo), int(hi), result.get("value"))]
        sign = {"oo": 1, "-oo": -1}.get(str(result.get("result", "")).strip())
        if sign:
            return [_growing(term, int(lo), sign), *_convergence_test(f, k, int(lo), False)]
        return [*_converging(term, int(lo), result.get("value")), *_convergence_test(f, k, int(lo), True)]


def _partial(term: Callable[[Any], Any], lo: int, count: int) -> Any:
    """The sum of the first ``count`` terms from ``lo``."""
    import mpmath

    return mpmath.fsum(term(mpmath.mpf(i)) for i in range(lo, lo + count))


def _finite(term: Callable[[Any], Any], lo: int, hi: int, got: Any) -> Check:
    name = "terms added one by one (mpmath, 30 digits)"
    count = hi - lo + 1
    if count > _MOST_TERMS:
        return Check(name, False, f"{count} terms: too many to add one by one, the value is not confirmed")
    try:
        total = complex(_partial(term, lo, count))
    except (ZeroDivisionError, ValueError, TypeError) as exc:
        return Check(name, False, f"a term is not defined: {exc}")
    if abs(total.imag) > 1e-12 * max(1.0, abs(total)):
        return Check(name, False, f"the sum is not real: {total}")
    return close_check(name, got, total.real, 1e-10, 1e-12)


def _converging(term: Callable[[Any], Any], lo: int, got: Any) -> list[Check]:
    """``nsum`` agrees with the engine's value, and the partial sums close in on it."""
    import mpmath

    if not isinstance(got, int | float) or not math.isfinite(got):
        return [Check("the sum has a finite value", False, f"engine value {got!r}")]
    try:
        near = [float(_partial(term, lo, n)) for n in (1000, 10000)]
        found = [float(mpmath.nsum(term, [lo, mpmath.inf], method=m)) for m in ("r+s", "e")]
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as exc:
        return [Check("mpmath nsum agrees", False, f"a term is not defined: {exc}")]
    agree = next((v for v in found if math.isclose(v, got, rel_tol=1e-8, abs_tol=1e-12)), found[0])
    gaps = [abs(got - v) for v in near]
    closing = gaps[1] <= 0.5 * gaps[0] or gaps[1] <= 1e-9 * max(1.0, abs(got))
    return [close_check("mpmath nsum agrees (extrapolated)", got, agree, 1e-8, 1e-12),
            Check("partial sums close in on the value", closing,
                  f"distance after 1,000 terms {gaps[0]:.3g}, after 10,000 {gaps[1]:.3g}")]  # fmt: skip


def _growing(term: Callable[[Any], Any], lo: int, sign: int) -> Check:
    """The partial sums grow (of the engine's sign) without the slowing of a convergent series."""
    name = "partial sums grow without bound"
    try:
        s100, s1000, s10000 = (float(_partial(term, lo, n)) for n in (100, 1000, 10000))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as exc:
        return Check(name, False, f"a term is not defined: {exc}")
    first, second = sign * (s1000 - s100), sign * (s10000 - s1000)
    ok = first > 0 and second >= 0.5 * first
    return Check(name, ok, f"after 100, 1,000, 10,000 terms: {s100:.6g}, {s1000:.6g}, {s10000:.6g}")


def _convergence_test(f: Any, k: Any, lo: int, converges: bool) -> list[Check]:
    """sympy's convergence tests agree with the answer; no check when they cannot decide (or take too long)."""
    import sympy as sp

    from plugins.symbolic.timeout import time_limit

    try:
        with time_limit(5):
            found = sp.Sum(f, (k, lo, sp.oo)).is_convergent()
    except (TimeoutError, NotImplementedError, TypeError, ValueError, AttributeError):
        return []
    if found not in (sp.true, sp.false, True, False):
        return []
    said = "converges" if converges else "diverges"
    return [Check(f"sympy's convergence tests agree (the series {said})", bool(found) == converges,
                  f"Sum.is_convergent() is {found}")]  # fmt: skip
