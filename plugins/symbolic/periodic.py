"""General solutions of equations with infinitely many roots: sin(x) = 0 is x = pi*n for every integer n.

sympy's ``solve`` lists the roots of a periodic equation in one period ([0, pi] for sin(x) = 0), which is not
the solution set. ``solveset`` gives the set, as a union of families ``ImageSet(Lambda(n, a*n + b), Integers)``
and points; here the families are merged into the fewest with one period (2*pi*n and 2*pi*n + pi into pi*n)
and the points that belong to a family are dropped.
"""

from __future__ import annotations

import math
from typing import Any

import sympy as sp

from plugins.api import Call, StudyError
from plugins.symbolic.solve_audit import SIGNED

_CLOSE = 1e-12


class UnreadableSet(ValueError):
    """solveset found infinitely many solutions in a form that is not families a*n + b and points."""


def general_solution(call: Call, expr: Any, x: sp.Symbol, domain: str) -> sp.Set | None:
    """The solutions of ``expr = 0`` as families a*n + b (n an integer; n = 0, 1, 2, ... for the "nonnegative"
    domain, with 0 <= b < a; 0 < b <= a for the "positive" one) and points; None when they are finitely many
    (``solve`` lists them). Raises StudyError when the set is infinite but not in that form, rather than passing one
    period's roots off as all."""
    plain = sp.Symbol(x.name, real=True)
    expr = expr.xreplace({x: plain})
    over = sp.S.Complexes if domain == "complex" else sp.S.Reals
    try:
        found = sp.solveset(expr, plain, over)
        if not found.has(sp.ImageSet):
            return None
        n = sp.Symbol("k" if x.name == "n" else "n", integer=True)
        families, points = _parts(found)
        families = _merge(families) if all(a.is_extended_real for a, _ in families) else families
    except UnreadableSet:
        raise StudyError(
            f"this equation has infinitely many solutions, in a form havoc cannot list: {sp.sstr(found)}", call
        ) from None
    except (TypeError, ValueError, NotImplementedError, AttributeError):
        return None  # no set: solve's list stands, and the audit's numeric scan judges it
    if domain in SIGNED:
        points = [p for p in points if p.is_extended_nonnegative and (domain == "nonnegative" or p != 0)]
    points = [p for p in points if not any(_member(p, a, b) for a, b in families)]
    if domain == "positive":  # > 0: a*n + a for n = 0, 1, 2, ..., not a*n from 0
        families = [(a, a if b == 0 else b) for a, b in families]
    base = sp.S.Naturals0 if domain in SIGNED else sp.S.Integers
    sets = [sp.ImageSet(sp.Lambda(n, a * n + b), base) for a, b in families]
    return sp.Union(*sets, sp.FiniteSet(*points)) if points else sp.Union(*sets)


def _parts(found: sp.Set) -> tuple[list[tuple[Any, Any]], list[Any]]:
    """The families (a, b) of a*n + b over the integers (a > 0 for real a) and the points of ``found``."""
    families, points = [], []
    for part in found.args if isinstance(found, sp.Union) else (found,):
        if isinstance(part, sp.FiniteSet):
            points += list(part)
            continue
        if not (isinstance(part, sp.ImageSet) and part.base_sets == (sp.S.Integers,)):
            raise UnreadableSet(part)
        (variable,), body = part.lamda.variables, part.lamda.expr
        a, b = sp.expand(body).coeff(variable, 1), sp.expand(body).coeff(variable, 0)
        if a == 0 or sp.expand(body - a * variable - b) != 0 or (a.is_extended_real is None):
            raise UnreadableSet(part)
        families.append((-a if a.is_extended_negative else a, b))
    return families, points


def _merge(families: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The same set in fewer families: offsets reduced modulo the common period P, then, shortest period first,
    each orbit of a shift by P/k that lies wholly in the offsets becomes one family (2*pi*n and 2*pi*n + pi
    become pi*n)."""
    base = families[0][0]
    ratios = [sp.nsimplify(a / base) for a, _ in families]
    if not all(r.is_Rational for r in ratios):
        return [(a, _reduced(b, a)) for a, b in families]
    period = base * math.lcm(*(int(r.p) for r in ratios)) / math.gcd(*(int(r.q) for r in ratios))
    offsets: list[Any] = []
    for a, b in families:
        for j in range(int(period / a)):
            _add(offsets, _reduced(b + j * a, period))
    merged = []
    for k in range(len(offsets), 0, -1):
        step = period / k
        for start in sorted(offsets, key=float):
            orbit = [_reduced(start + i * step, period) for i in range(k)]
            if all(_index(offsets, o) is not None for o in orbit):
                merged.append((step, min(orbit, key=float)))
                offsets = [o for o in offsets if not any(abs(float(o - p)) < _CLOSE for p in orbit)]
    return merged


def _add(offsets: list[Any], offset: Any) -> None:
    if _index(offsets, offset) is None:
        offsets.append(offset)


def _index(offsets: list[Any], offset: Any) -> int | None:
    return next((i for i, o in enumerate(offsets) if abs(float(offset - o)) < _CLOSE), None)


def _reduced(offset: Any, period: Any) -> Any:
    """``offset`` moved into [0, period) by whole periods, kept exact."""
    return sp.simplify(offset - period * sp.floor(offset / period))


def _member(point: Any, a: Any, b: Any) -> bool:
    """Whether ``point`` is a*n + b for an integer n (numerically)."""
    ratio = complex(sp.N((point - b) / a, 30))
    return abs(ratio.imag) < 1e-9 and abs(ratio.real - round(ratio.real)) < 1e-9


def families_text(value: sp.Set) -> tuple[list[str], list[str], str] | None:
    """The families a*n + b of a general solution as text, its points, and the parameter's range in words
    ("every integer n" or "n = 0, 1, 2, ..."); None when ``value`` holds no family."""
    if not isinstance(value, sp.Set) or not value.has(sp.ImageSet):
        return None
    parts = value.args if isinstance(value, sp.Union) else (value,)
    images = [p for p in parts if isinstance(p, sp.ImageSet)]
    points = [sp.sstr(v) for p in parts if isinstance(p, sp.FiniteSet) for v in p]
    n = images[0].lamda.variables[0]
    words = f"{n} = 0, 1, 2, ..." if images[0].base_sets == (sp.S.Naturals0,) else f"every integer {n}"
    return [sp.sstr(p.lamda.expr) for p in images], points, words
