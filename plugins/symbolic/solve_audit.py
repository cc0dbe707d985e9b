"""Audit of ``solve``: each root substituted back, and the roots counted by a second route: a polynomial's
numeric roots (mpmath), or for other equations a numeric scan of the real line (``root_scan``), which shows a
root missed or one period's roots passed off as all of them. A general solution (families a*n + b) is checked
member by member and against the scan over several periods."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check
from plugins.symbolic.root_scan import real_roots, same_roots

Reader = Callable[[str], Any]
SIGNED = ("nonnegative", "positive")  # the domains of a time or a length: real roots >= 0, or > 0
_SATISFIES = 1e-9


def solve_checks(lhs: Any, var: Any, result: dict[str, Any], domain: str, read_expression: Reader) -> list[Check]:
    """Each root satisfies the equation; a polynomial's numeric roots (mpmath; a ratio's numerator's, where the
    denominator is not 0) count the same, the real ones or all of them for complex roots; no root at all passes
    only for a polynomial without a real root (without one >= 0 (> 0) for the "nonnegative" ("positive") domain) or
    a periodic equation without one in a period; other equations' real roots are compared with a numeric scan."""
    import sympy as sp

    if result.get("families"):
        return _general_checks(lhs, var, result, domain, read_expression)
    roots = result["result"] if isinstance(result["result"], list) else []
    top, bottom = sp.fraction(sp.together(lhs))  # a ratio of polynomials: the numerator's roots where defined
    numeric = None
    if top.is_polynomial(var) and bottom.is_polynomial(var):
        found = _numeric_roots(sp.Poly(top, var)) if top.has(var) else []
        numeric = [r for r in found if abs(complex(bottom.subs(var, r).evalf(30))) > 1e-12]
    every = {(round(float(sp.re(r)), 7), round(float(sp.im(r)), 7)) for r in numeric or []}
    real = {re for re, im in every if im == 0 and _in_domain(re, domain)}
    if not roots:
        if numeric is None:
            return [_no_root_in_a_period(lhs, var, domain)]
        ok = not real and domain != "complex"
        return [Check("no real root: the polynomial's numeric roots are all complex", ok,
                      f"{len(every)} numeric roots, {len(real)} real")]  # fmt: skip
    values = [complex(read_expression(r).evalf(30)) for r in roots]
    bad = [r for r in roots if abs(complex(lhs.subs(var, read_expression(r)).evalf(30))) > _SATISFIES]
    checks = [Check("each solution satisfies the equation", not bad,
                    f"{len(roots)} solutions substituted back" + (f"; failed: {bad}" if bad else ""))]  # fmt: skip
    if numeric is None:
        if domain == "complex" or any(abs(v.imag) > 1e-12 for v in values):  # e^x = -1: I*pi + 2*pi*I*k
            checks.append(Check("the complex roots are all the roots", False, "not a polynomial: periodic families "
                                "of complex roots are not listed or checked"))  # fmt: skip
            return checks
        exact = [v.real for v in values]
        reach = max(10.0, 2 * max(abs(v) for v in exact) + 1, 2.5 * (_period(lhs, var) or 0))
        return [*checks, _scan_check(lhs, var, exact, 0.0 if domain in SIGNED else -reach, reach)]
    if domain == "complex" or any(abs(v.imag) > 1e-12 for v in values):
        ok = len(every) == len(roots) and (domain == "complex" or not real)
        detail = f"{len(every)} numeric ({len(real)} real), {len(roots)} exact"
        return [*checks, Check("number of roots (numeric roots of the polynomial)", ok, detail)]
    return [*checks, Check("number of real roots (numpy-style numeric roots)", len(real) == len(roots),
                           f"{len(real)} numeric, {len(roots)} exact")]  # fmt: skip


def _in_domain(root: float, domain: str) -> bool:
    """Whether a real root is in the domain asked: >= 0 for "nonnegative", > 0 for "positive", any other."""
    return {"nonnegative": root >= 0, "positive": root > 0}.get(domain, True)


def _numeric_roots(poly: Any) -> list[Any]:
    """A polynomial's distinct roots, numerically (mpmath, 30 digits). Exact coefficients: the roots of its
    square-free part, since the numeric iteration converges slowly on a repeated root ((s + 1)^3)."""
    if poly.domain.is_Exact:
        poly = poly.sqf_part()
    return poly.nroots(n=30, maxsteps=200)


def _general_checks(lhs: Any, var: Any, result: dict[str, Any], domain: str, read_expression: Reader) -> list[Check]:
    """Families a*n + b: members for several n (and the points) satisfy the equation, and on the real line a
    numeric scan over four periods finds exactly the members there."""
    import sympy as sp

    families = [read_expression(f) for f in result["families"]]
    points = [read_expression(p) for p in result.get("points") or []]
    params = [next(iter(f.free_symbols - {var}), None) for f in families]
    if any(p is None or len(f.free_symbols) != 1 for f, p in zip(families, params, strict=True)):
        return [Check("the general solution reads back", False, f"families {result['families']}")]
    steps = [float(sp.diff(f, p)) for f, p in zip(families, params, strict=True)]
    offsets = [float(f.subs(p, 0)) for f, p in zip(families, params, strict=True)]
    ns = range(0, 7) if domain in SIGNED else range(-3, 4)
    members = [f.subs(p, k) for f, p in zip(families, params, strict=True) for k in ns] + points
    bad = [sp.sstr(m) for m in members if abs(complex(lhs.subs(var, m).evalf(30))) > _SATISFIES]
    checks = [Check("each member of the general solution satisfies the equation", not bad,
                    f"{len(members)} members (n in {ns.start}..{ns.stop - 1}) substituted back"
                    + (f"; failed: {bad}" if bad else ""))]  # fmt: skip
    if domain == "complex":
        return [*checks, Check("the complex solutions are all the solutions", False,
                               "only the members are checked: the complex plane is not scanned")]  # fmt: skip
    reach = 4.3 * max(abs(s) for s in steps) + max([abs(float(p)) for p in points] + [abs(o) for o in offsets])
    lo, hi = (0.0 if domain in SIGNED else -reach), reach
    exact = [float(p) for p in points]
    for step, offset in zip(steps, offsets, strict=True):
        first = 0 if domain in SIGNED else math.ceil((lo - offset) / step)
        exact += [offset + k * step for k in range(first, math.floor((hi - offset) / step) + 1)]
    return [*checks, _scan_check(lhs, var, exact, lo, hi)]


def _scan_check(lhs: Any, var: Any, exact: list[float], lo: float, hi: float) -> Check:
    """The real roots a numeric scan of [lo, hi] finds are the exact ones there."""
    name = f"a numeric scan of [{lo:.4g}, {hi:.4g}] finds the same real roots"
    found = real_roots(lhs, var, lo, hi)
    if found is None:
        return Check(name, False, "the equation could not be evaluated numerically there")
    extra, missed = same_roots(found, exact, lo, hi)
    detail = f"{len(found)} numeric roots there"
    if extra:
        detail += f"; not in the answer: {', '.join(f'{x:.6g}' for x in extra[:6])}"
    if missed:
        detail += f"; not found numerically: {', '.join(f'{x:.6g}' for x in missed[:6])}"
    return Check(name, not extra and not missed, detail)


def _period(lhs: Any, var: Any) -> float | None:
    """The period of the equation's left side (sympy's ``periodicity``), or None."""
    import sympy as sp

    try:
        period = sp.periodicity(lhs, var)
    except (NotImplementedError, TypeError, ValueError, AttributeError):
        return None
    return float(period) if period is not None and period.is_positive else None


def _no_root_in_a_period(lhs: Any, var: Any, domain: str) -> Check:
    """No real root claimed for an equation that is not a polynomial: confirmed only when it is periodic and a
    numeric scan of two periods finds none (sin(x) = 2); elsewhere the scan could not see every root."""
    period = _period(lhs, var)
    if period is None or domain == "complex":
        return Check("no real root: the polynomial's numeric roots are all complex", False, "not a polynomial")
    found = real_roots(lhs, var, 0.0 if domain in SIGNED else -period, 2 * period)
    ok = found == []
    return Check("no real root: a numeric scan of two periods finds none", ok,
                 f"period {period:.6g}; " + ("no root found" if ok else f"roots found: {found}"))  # fmt: skip
