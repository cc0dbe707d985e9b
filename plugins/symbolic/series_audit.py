"""The audit of a Taylor polynomial, independent of the engine's ``series``: every coefficient against the k-th
derivative at the point over k! (sympy ``diff`` and ``subs``, or its values next to the point where it is only
defined there), the degree or the count of nonzero terms asked, and the function minus the polynomial near the point
shrinking as fast as the first power left out (evaluated at 60+ digits on both sides)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check

Reader = Callable[[str], Any]


def series_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """The coefficient check and the numeric order check of ``show taylor(...)``."""
    import sympy as sp

    f, x = read_expression(facts["expr"]), read_expression(facts["var"])
    a = read_expression(facts["point"])
    got = read_expression(result["result"])
    h = sp.Dummy("h")
    try:
        coefficients = sp.Poly(sp.expand(got.subs(x, a + h)), h).all_coeffs()[::-1]
    except sp.PolynomialError:
        return [Check("the answer is a polynomial in (x - a)", False, str(result["result"]))]
    nonzero = [k for k, c in enumerate(coefficients) if c != 0]
    top = nonzero[-1] if nonzero else 0
    if facts.get("terms") is not None:
        want_degree, shape_ok = top, len(nonzero) == facts["terms"]
        shape = f"{len(nonzero)} nonzero terms, {facts['terms']} asked"
    else:
        want_degree, shape_ok = facts["degree"], top <= facts["degree"]
        shape = f"highest power {top}, at most {facts['degree']} asked"
    want = _derivatives(f, x, a, want_degree)
    wrong = [k for k in range(want_degree + 1) if not _same(_coefficient(coefficients, k), want[k])]
    detail = f"{shape}; " + (f"differ at powers {wrong}" if wrong else f"powers 0..{want_degree} agree")
    checks = [Check("each coefficient is the k-th derivative at a over k!", shape_ok and not wrong, detail)]
    checks.append(_order_check(f, got, x, a, want_degree))
    return checks


def _coefficient(coefficients: list[Any], k: int) -> Any:
    import sympy as sp

    return coefficients[k] if k < len(coefficients) else sp.Integer(0)


def _derivatives(f: Any, x: Any, a: Any, degree: int) -> list[Any]:
    """f^(k)(a) / k! for k = 0 .. degree, by repeated ``diff`` (expanded when that makes it smaller: tan's
    derivatives stay polynomials in tan) and ``subs``; where f^(k) is undefined at a (sin(x)/x at 0) the mean
    of its values at a +/- 1e-10, evaluated with enough digits for the cancellation."""
    import sympy as sp

    d, values = f, []
    for k in range(degree + 1):
        if k:
            d = sp.diff(d, x)
            if sp.count_ops(d) > 100 and sp.count_ops(expanded := sp.expand(d)) < sp.count_ops(d):
                d = expanded
        value = d.subs(x, a)
        if value.has(sp.nan, sp.zoo, sp.oo, -sp.oo) or not value.is_finite:
            h, digits = sp.Rational(1, 10**10), 30 + 12 * (k + 2)
            value = (d.evalf(digits, subs={x: a + h}) + d.evalf(digits, subs={x: a - h})) / 2
        values.append(value / sp.factorial(k))
    return values


def _same(got: Any, want: Any) -> bool:
    """Equal to 1e-12, evaluated at 40 digits."""
    try:
        g, w = complex(got.evalf(40)), complex(want.evalf(40))
    except (TypeError, ValueError):
        return False
    return abs(g - w) <= 1e-12 * max(1.0, abs(w))


def _order_check(f: Any, poly: Any, x: Any, a: Any, degree: int) -> Check:
    """|f - P| at a +/- 1/1000 and a +/- 1/10000 falls at least like h^(degree + 1) (a factor 10^-(degree + 1),
    3 times that allowed for the higher terms): a wrong power up to the degree leaves an error of a lower order."""
    import sympy as sp

    digits = 4 * (degree + 3) + 40
    ratios, sides = [], 0
    for sign in (1, -1):
        errors = []
        for h in (sp.Rational(1, 1000), sp.Rational(1, 10000)):
            point = a + sign * h
            try:
                value = complex((f - poly).evalf(digits, subs={x: point}))
            except (TypeError, ValueError):
                break
            if not math.isfinite(abs(value)) or abs(value.imag) > 1e-30:
                break
            errors.append(abs(value))
        if len(errors) != 2:
            continue
        sides += 1
        ratios.append(0.0 if errors[0] == 0 else errors[1] / errors[0])
    bound = 3 * 10.0 ** -(degree + 1)
    ok = sides > 0 and all(r <= bound for r in ratios)
    shown = ", ".join(f"{r:.3g}" for r in ratios) or "no side evaluated"
    return Check(f"f - P near a shrinks like (x - a)^{degree + 1}", ok,
                 f"error ratio at h = 1/10000 vs 1/1000: {shown}, at most {bound:.3g} expected")  # fmt: skip
