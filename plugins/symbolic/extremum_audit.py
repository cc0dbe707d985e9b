"""Audit of a minimum or maximum found as the critical point of f: one critical point in the domain, the sign of
f'' there, and f compared with its values at points around it across the domain."""

from __future__ import annotations

import math
from typing import Any

from plugins.api.reasoning import Check, close_check

_FACTORS = (0.01, 0.1, 0.5, 0.9, 0.99, 1.01, 1.1, 2.0, 10.0, 100.0)


def extremum_checks(
    f: Any,
    var: Any,
    result: dict[str, Any],
    kind: str,
    domain: str,
    local: bool = False,
    refind: bool = True,
    upper: float | None = None,
) -> list[Check]:
    """Checks that the one critical point the engine found is the ``kind`` ("minimum" or "maximum") asked; an
    "optimum" is the kind the sign of f'' there says, and must beat the values around it as that kind (a ``local``
    one only the values close to it). A minimum or maximum asked is also found again (``refind``, unless the point
    was found by sympy here already): the critical points of f with f'' of the kind's sign. A bound ``upper`` on the
    domain (a folded sheet's corner squares: half its narrower side) must hold the point, and bounds the points
    compared."""
    points = [float(v) for v in result.get("values") or []]
    checks = [Check("one critical point in the domain", len(points) == 1, f"{len(points)} found ({domain} domain)")]
    if len(points) != 1:
        return checks
    if upper is not None:
        inside = points[0] < upper
        checks.append(Check(f"the point lies below {upper:g}", inside, f"{points[0]:.6g} < {upper:g}"))
        if not inside:
            return checks
    if kind != "optimum" and refind:
        again = [x for x in critical_points(f, var, domain) if _kind_of(f, var, x) == kind]
        same = len(again) == 1 and math.isclose(again[0], points[0], rel_tol=1e-9, abs_tol=1e-12)
        checks.append(Check(f"the one {kind} among the critical points found again", same, f"{again} by sympy"))
    import sympy as sp

    x0 = points[0]
    curvature = _value(sp.diff(f, var, 2), var, x0)
    if kind == "optimum" and curvature:
        kind = "minimum" if curvature > 0 else "maximum"
    sign_ok = curvature is not None and (curvature > 0 if kind == "minimum" else curvature < 0)
    checks.append(Check(f"second derivative says {kind}", sign_ok, f"f''({x0:.6g}) = {curvature}"))
    at = _value(f, var, x0)
    around = [x for x in _around(x0, domain, local) if upper is None or x < upper]
    if upper is not None:  # across the bounded domain: toward its end too
        around += [x0 + (upper - x0) * k for k in (0.1, 0.5, 0.9, 0.999)]
    others = [v for x in around if (v := _value(f, var, x)) is not None]
    worse = [v for v in others if (v < at if kind == "minimum" else v > at) and not math.isclose(v, at, rel_tol=1e-9)]
    beats = at is not None and bool(others) and not worse
    checks.append(Check(f"the {kind} beats the values around it", beats, f"f = {at} against {len(others)} points"))
    return checks


def extremum_value_checks(
    f: Any, var: Any, result: dict[str, Any], kind: str, domain: str, upper: float | None = None
) -> list[Check]:
    """Checks of the value of a minimum or maximum: the critical points of f found again (sympy's ``solve`` of f' = 0
    over the domain's real numbers, kept where f' vanishes numerically, and below ``upper`` when the domain has that
    bound), exactly one of them, its kind (``extremum_checks``) and the engine's value against f evaluated there."""
    points = [x for x in critical_points(f, var, domain) if upper is None or x < upper]
    if kind != "optimum":
        points = [x for x in points if _kind_of(f, var, x) == kind]
    checks = extremum_checks(f, var, {"values": points}, kind, domain, refind=False, upper=upper)  # sympy's own points
    if len(points) == 1:
        want = _value(f, var, points[0])
        checks.append(close_check(f"the value is f at the {kind}", result.get("value"), want, 1e-9, 1e-12))
    return checks


def critical_points(f: Any, var: Any, domain: str) -> list[float]:
    """The critical points of f in the domain: sympy's ``solve`` of f' = 0 over the domain's real numbers, kept where
    f' vanishes numerically."""
    import sympy as sp

    assumptions = {"positive": {"positive": True}, "nonnegative": {"nonnegative": True}}.get(domain, {"real": True})
    own = sp.Symbol(str(var), **assumptions)
    slope = sp.diff(f, var).subs(var, own)
    try:
        found = [x for x in sp.solve(slope, own) if x.is_real is not False]
    except (NotImplementedError, TypeError, ValueError):
        found = []
    points = [float(x) for x in found if (v := _value(slope, own, float(x))) is not None and abs(v) < 1e-9]
    return [x for i, x in enumerate(points) if not any(math.isclose(x, y, rel_tol=1e-12) for y in points[:i])]


def _kind_of(f: Any, var: Any, x: float) -> str | None:
    """The kind of the critical point ``x`` by the sign of f'' there: "minimum", "maximum", or None when f'' is 0."""
    import sympy as sp

    curvature = _value(sp.diff(f, var, 2), var, x)
    if not curvature:
        return None
    return "minimum" if curvature > 0 else "maximum"


def _around(x0: float, domain: str, local: bool = False) -> list[float]:
    """Points across the domain around ``x0``: scaled by factors for a signed domain, shifted for a real one; for a
    ``local`` extreme only points within 1 % of the scale."""
    if local:
        scale = max(1.0, abs(x0))
        steps = [s * scale * k for k in (1e-4, 1e-3, 1e-2) for s in (-1, 1)]
        return [x0 + d for d in steps if domain == "real" or x0 + d >= 0]
    if domain in {"positive", "nonnegative"} and x0 > 0:
        return [x0 * k for k in _FACTORS]
    scale = max(1.0, abs(x0))
    return [x0 + s * scale * k for k in _FACTORS for s in (-1, 1) if domain == "real" or x0 + s * scale * k >= 0]


def _value(expr: Any, var: Any, x: float) -> float | None:
    """The real value of ``expr`` at ``x``; None where it is not finite or not real."""
    try:
        value = complex(expr.evalf(30, subs={var: x}))
    except (TypeError, ValueError):
        return None
    return value.real if abs(value.imag) < 1e-12 and math.isfinite(value.real) else None
