"""Reference-answer rules for reasoning outcomes: expr, set, runs, int, number, refuse, and alternatives.

An item's ``compare`` names the rule (and ``key`` into an object result, ``tol`` for numbers). An
item may list ``alternatives``: another valid method with its own reference, accepted only when the
answer names that method (a pooled t-test's p-value counts only from an answer that says "pooled").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

RULES = ("expr", "set", "runs", "int", "number", "refuse")


def _sym(text: str) -> Any:
    import sympy as sp

    # engine OUTPUT strings and reference strings only (never user text); S, N and Q are variables ("Vmax*S/(Km + S)"),
    # never sympy's singletons, numeric evaluation or assumptions, which printed expressions do not use
    names = {name: sp.Symbol(name, real=True) for name in ("x", "t", "S", "N", "Q")}
    return sp.sympify(text, locals=names)


def same_expr(a: Any, b: Any) -> bool:
    """Whether two expression strings are equal as sympy expressions (or matrices)."""
    import sympy as sp

    try:
        left, right = _sym(str(a)), _sym(str(b))
        if isinstance(left, sp.Set) or isinstance(right, sp.Set):
            return _same_set(left, right)
        if any(getattr(side, "is_infinite", False) or side is sp.zoo for side in (left, right)):
            return left == right  # oo - oo is nan, not 0
        diff = left - right
        if sp.simplify(diff) == 0 or (hasattr(diff, "is_zero_matrix") and diff.is_zero_matrix):
            return True
        return _close_to_float(left, right)
    except (sp.SympifyError, TypeError, ValueError, AttributeError):
        return False


def _close_to_float(got: Any, reference: Any) -> bool:
    """A reference written as a decimal (a root or eigenvalue from numpy, 0.585786437626905) is an approximation: an
    exact value within 1e-9 (relative) of it is the same. A decimal ``got`` is not judged so against an exact
    reference (an exact form asked and a decimal given stays wrong)."""
    import sympy as sp

    if (
        not isinstance(reference, sp.Expr)
        or not reference.atoms(sp.Float)
        or got.free_symbols
        or reference.free_symbols
    ):
        return False
    try:
        value, want = complex(sp.N(got, 30)), complex(reference)
    except (TypeError, ValueError):
        return False
    return abs(value - want) <= 1e-9 * max(1.0, abs(want))


def _same_set(left: Any, right: Any) -> bool:
    """Two solution sets (a general solution such as ImageSet(Lambda(n, pi*n), Integers), intervals) are equal
    when they are the same sympy set, or have the same members in [-50, 50]."""
    import sympy as sp

    if not (isinstance(left, sp.Set) and isinstance(right, sp.Set)):
        return False
    window = sp.Interval(-50, 50)
    return left == right or sp.simplify(left.intersect(window)) == sp.simplify(right.intersect(window))


def matches(rule: str, got: Any, want: Any, tol: float = 0.0) -> bool:
    """Does ``got`` (the engine's value) match ``want`` (the reference) under ``rule``?"""
    if rule == "expr":
        return same_expr(_single(got), want)
    if rule == "set":
        return isinstance(got, list) and len(got) == len(want) and all(any(same_expr(g, w) for g in got) for w in want)
    if rule == "runs":
        return isinstance(got, dict) and got.get("runs") == want
    if rule == "int":
        return got == want and not isinstance(got, bool)
    if rule == "number":
        value = _number(got)
        return value is not None and math.isfinite(value) and abs(value - want) <= tol * max(1.0, abs(want))
    raise ValueError(f"unknown comparison rule {rule!r}")


def _single(got: Any) -> Any:
    """The one member of a one-element list (an equation's single solution, "['100*sqrt(5)']"); else ``got``."""
    return got[0] if isinstance(got, list) and len(got) == 1 else got


def _number(got: Any) -> float | None:
    """A number, or an exact numeric expression string ("9/2", "2 - 10*exp(-2)") as a float, or the one member of
    a one-element list (an equation's single solution, "['log(390625)']"); else None."""
    got = _single(got)
    if isinstance(got, bool):
        return None
    if isinstance(got, (int, float)):
        return float(got)
    if not isinstance(got, str):
        return None
    import sympy as sp

    try:
        value = _sym(got)
        return None if value.free_symbols else float(value)
    except (sp.SympifyError, TypeError, ValueError, AttributeError):
        return None


# modes one question may be filed under: a linear system written in letters is algebra to some users and linear
# algebra to others (the independent testers' suites label it both ways), its answer the same solution
_MODE_FAMILIES = ({"algebra", "linear_algebra"},)


def same_mode(got: str | None, want: str | None) -> bool:
    """Whether an answer's mode counts as the item's: the same, or of one family (see ``_MODE_FAMILIES``)."""
    return got == want or any(got in family and want in family for family in _MODE_FAMILIES)


def names_method(outcome: dict[str, Any], method: str) -> bool:
    """Whether the answer names ``method`` (as a whole word, in its prose or the result's test/method name)."""
    result = outcome.get("result")
    said = [str(outcome.get("answer") or "")]
    if isinstance(result, dict):
        said += [str(result.get(key) or "") for key in ("test", "method")]
    pattern = re.compile(rf"(?<![\w-]){re.escape(method)}(?![\w-])", re.IGNORECASE)
    return any(pattern.search(text) for text in said)


@dataclass(frozen=True)
class Verdict:
    """Whether an outcome is correct, and against which reference ("reference" or "alternative: NAME")."""

    correct: bool
    matched: str | None
    got: Any


# a question that asks an exact form: a decimal does not answer it (graded broadly: any of these words)
_EXACT_ASKED = re.compile(r"\bexact|\bclosed[- ]form|\bfraction\b|\bsymbolic", re.I)


def judge(item: dict[str, Any], outcome: dict[str, Any]) -> Verdict:
    """Score one reasoning outcome (``havoc reason --json``'s document) against an item's references."""
    compare = item["compare"]
    rule = compare["rule"]
    if rule == "refuse":
        return Verdict(not outcome.get("answered"), "reference" if not outcome.get("answered") else None, None)
    got = outcome.get("result")
    key = compare.get("key") or ("value" if isinstance(got, dict) and "value" in got else None)
    if key:
        got = got.get(key) if isinstance(got, dict) else None
    if not outcome.get("answered") or not same_mode(outcome.get("mode"), item.get("mode")):
        return Verdict(False, None, got)
    tol, reference = compare.get("tol", 0.0), item["reference"]
    if rule == "expr" and isinstance(got, float) and not _EXACT_ASKED.search(str(item.get("question", ""))):
        # no exact form asked: a decimal within float round-off of the exact value is it
        rule, tol, reference = "number", 1e-12, _number(str(reference))
        if reference is None:
            return Verdict(False, None, got)
    if matches(rule, got, reference, tol):
        return Verdict(True, "reference", got)
    rule, tol = compare["rule"], compare.get("tol", 0.0)  # an alternative is judged by the item's own rule
    for alternative in item.get("alternatives") or []:
        if names_method(outcome, alternative["method"]) and matches(rule, got, alternative["reference"], tol):
            return Verdict(True, f"alternative: {alternative['method']}", got)
    return Verdict(False, None, got)
