"""Calculus operations: diff, integrate, limit, series, summation, product."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from plugins.api import Call, Node, Range, StudyError
from plugins.symbolic.callargs import attempt, check_call

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter

_DIRECTIONS = {"+": "+", "-": "-", "+-": "+-", "right": "+", "left": "-", "both": "+-"}


def diff(conv: Converter, call: Call) -> Any:
    """``diff(f, x)``, ``diff(f, x, 2)``, ``diff(f, x, x)``, ``diff(f, x, y)``: any order, partial."""
    check_call(call, "diff(f, x) or diff(f, x, 2) or diff(f, x, y)", 2, 32)
    f = conv.convert(call.args[0])
    spec: list[Any] = []
    for node in call.args[1:]:
        value = conv.convert(node)
        if isinstance(value, sp.Symbol):
            spec.append(value)
        elif spec and isinstance(value, sp.Integer) and value >= 0:
            spec.append(value)  # the order of the variable before it
        else:
            raise StudyError(
                "expected a variable or a whole-number order here", node, hint="diff(f, x, 2) or diff(f, x, y)"
            )
    return attempt(call, lambda: sp.diff(f, *spec), "cannot differentiate this")


def integrate(conv: Converter, call: Call) -> Any:
    """``integrate(f, x)`` indefinite; ``integrate(f, x, a, b)`` or ``integrate(f, x, a .. b)`` definite."""
    check_call(call, "integrate(f, x) or integrate(f, x, a, b)", 2, 4)
    f, x = conv.convert(call.args[0]), conv.symbol(call.args[1])
    limits = _bounds(conv, call, call.args[2:], required=False)
    found = attempt(call, lambda: sp.integrate(f, (x, *limits)), "cannot integrate this")
    if limits and isinstance(f, sp.Expr) and f.has(sp.Abs) and found.has(sp.Integral):
        pieces = attempt(call, lambda: _by_sign(f, x, *limits), "cannot integrate this")
        return found if pieces is None else pieces
    return found


def _by_sign(f: sp.Expr, x: sp.Symbol, a: sp.Expr, b: sp.Expr) -> sp.Expr | None:
    """The integral of ``f`` from a to b with its absolute values split where their arguments change sign
    (``abs(v(t))`` integrated piece by piece); None when a bound is infinite or a sign change is not found."""
    if not (a.is_finite and b.is_finite and a.is_real and b.is_real) or a == b:
        return None
    low, high = sorted((a, b), key=float)
    cuts: set[sp.Expr] = set()
    for inner in f.atoms(sp.Abs):
        zeros = sp.solveset(inner.args[0], x, sp.Interval.open(low, high))
        if not isinstance(zeros, sp.FiniteSet) or not all(z.is_real for z in zeros):
            return None
        cuts |= set(zeros)
    points = sorted({low, high, *cuts}, key=float)
    total = sp.Integer(0)
    for lo, hi in zip(points, points[1:], strict=False):
        middle = (lo + hi) / 2
        piece = f.replace(sp.Abs, lambda arg, m=middle: arg if float(arg.subs(x, m)) >= 0 else -arg)
        part = sp.integrate(piece, (x, lo, hi))
        if part.has(sp.Integral):
            return None
        total += part
    total = sp.simplify(total)
    return total if float(a) <= float(b) else -total


def limit(conv: Converter, call: Call) -> Any:
    """``limit(f, x, a)`` two-sided; ``dir="+"`` from the right, ``dir="-"`` from the left."""
    check_call(call, 'limit(f, x, a) or limit(f, x, a, dir="+")', 3, 3, {"dir"})
    f, x, point = conv.expr(call.args[0]), conv.symbol(call.args[1]), conv.expr(call.args[2])
    direction = "+-"
    option = conv.keyword(call, "dir")
    if option is not None:
        text = conv.ctx.string(option.value)
        if text not in _DIRECTIONS:
            raise StudyError(f"unknown direction '{text}'", option, hint='use dir="+" (right), dir="-" (left)')
        direction = _DIRECTIONS[text]
    if point.is_infinite:
        direction = "-" if point == sp.oo else "+"
    return attempt(
        call,
        lambda: sp.limit(f, x, point, dir=direction),
        "this limit cannot be found",
        hint='the one-sided limits may differ: try dir="+" and dir="-"',
    )


def series(conv: Converter, call: Call) -> Any:
    """``series(f, x)``, ``series(f, x, a)``, ``series(f, x, a, n)``: Taylor expansion about a, order n."""
    check_call(call, "series(f, x, a, n)", 2, 4)
    f, x = conv.expr(call.args[0]), conv.symbol(call.args[1])
    point = conv.expr(call.args[2]) if len(call.args) > 2 else sp.Integer(0)
    order = conv.integer(call.args[3], minimum=1) if len(call.args) > 3 else 6
    return attempt(call, lambda: sp.series(f, x, point, order), "cannot expand this in a series")


def summation(conv: Converter, call: Call) -> Any:
    """``summation(f, k, a, b)`` (also ``sum``), ``b`` may be ``oo``: the closed form; for an infinite sum without one
    that sympy's convergence tests say diverges, ``oo`` (``-oo``) when its terms are all positive (negative), else
    an error (it has no value)."""
    value, f, k, low = _indexed(conv, call, sp.summation, "sum this")
    if isinstance(value, sp.Sum) and value.limits[0][2] == sp.oo:
        return _divergent(value, f, k, low, call)
    return value


def product(conv: Converter, call: Call) -> Any:
    """``product(f, k, a, b)``."""
    return _indexed(conv, call, sp.product, "take this product")[0]


def _indexed(conv: Converter, call: Call, engine: Any, what: str) -> tuple[Any, Any, Any, Any]:
    """(the value, the term and index over the integers, the lower bound): the index of a sum or product is an
    integer (a Dummy, so that its assumptions help sympy), the value written back in the variable named."""
    check_call(call, f"{call.func}(f, k, a, b) or {call.func}(f, k, a .. b)", 3, 4)
    f, k = conv.expr(call.args[0]), conv.symbol(call.args[1])
    limits = _bounds(conv, call, call.args[2:], required=True)
    index = sp.Dummy(k.name, integer=True)
    term = f.xreplace({k: index})
    value = attempt(call, lambda: engine(term, (index, *limits)), f"cannot {what}")
    return value.xreplace({index: k}), term, index, limits[0]


def _divergent(value: Any, f: Any, k: Any, low: Any, call: Call) -> Any:
    """An infinite sum sympy found no closed form for: ``oo``/``-oo`` when its convergence tests say it diverges and
    its terms from ``low`` on are all positive/negative, an error when it diverges otherwise, else the sum as is."""
    converges = attempt(call, lambda: sp.Sum(f, (k, low, sp.oo)).is_convergent(), "cannot sum this")
    if converges is not sp.false:
        return value
    step = sp.Dummy("j", integer=True, nonnegative=True)
    shifted = f.xreplace({k: low + step})  # the terms from the lower bound on
    if shifted.is_positive or shifted.is_negative:
        return sp.oo if shifted.is_positive else -sp.oo
    raise StudyError(
        "this sum diverges (sympy's convergence tests) and its terms change sign, so it has no value",
        call,
        hint="a divergent sum whose terms keep one sign is oo or -oo; this one has neither",
    )


def _bounds(conv: Converter, call: Call, nodes: list[Node] | tuple[Node, ...], required: bool) -> tuple[Any, ...]:
    """Lower and upper bounds from ``a, b`` or ``a .. b``; empty when none are given and none required."""
    if len(nodes) == 2:
        return conv.expr(nodes[0]), conv.expr(nodes[1])
    if len(nodes) == 1 and isinstance(nodes[0], Range):
        return conv.expr(nodes[0].low), conv.expr(nodes[0].high)
    if not nodes and not required:
        return ()
    raise StudyError(
        f"'{call.func}' needs both bounds: a lower and an upper one",
        nodes[0] if nodes else call,
        hint=f"write {call.func}(f, x, 0, 1) or {call.func}(f, x, 0 .. 1)",
    )
