"""Ordinary differential equations with initial values through sympy's dsolve: ``dsolve(f, y, x, x0, y0)`` solves
y' = f(x, y) with y(x0) = y0; ``dsolve(F, [y, y1, ..., yn], x, x0, [v0, ..., v(n-1)])`` solves the n-th order
equation F = 0 (or the relation F), in which y1 ... yn stand for y', ..., y^(n), with y^(k)(x0) = vk. Both give y(x).
Where sympy's initial values leave more than one solution (y' = -0.2 sqrt(y): two branches of one square), the one
that satisfies the equation next to x0, forward of it, is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from plugins.api import Call, ListValue, StudyError
from plugins.symbolic.callargs import attempt, check_call

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter

USAGE = "dsolve(f, y, x, x0, y0) or dsolve(F, [y, y1, y2], x, x0, [y0, y1_0])"


def dsolve(conv: Converter, call: Call) -> Any:
    """``dsolve(f, y, x, x0, y0)``: the solution y(x) of y' = f(x, y) through (x0, y0); with a list of names and of
    initial values, the solution of the higher-order equation they write (see the module)."""
    check_call(call, USAGE, 5, 5)
    x, x0 = conv.symbol(call.args[2]), conv.expr(call.args[3])
    if isinstance(call.args[1], ListValue):
        names = conv.symbols(call.args[1])
        values = _initial_values(conv, call, len(names) - 1)
        function = sp.Function(str(names[0]))(x)
        written = conv.expr(call.args[0])
        residual = written.lhs - written.rhs if isinstance(written, sp.Equality) else written
        derivatives = {name: function.diff(x, k) for k, name in enumerate(names)}
        if not residual.has(names[-1]):
            raise StudyError(f"the equation has no {names[-1]}: list the names up to its highest derivative", call)
        equation = sp.Eq(residual.subs(derivatives), 0)
    else:
        f, y = conv.expr(call.args[0]), conv.symbol(call.args[1])
        function = sp.Function(str(y))(x)
        values = [conv.expr(call.args[4])]
        equation = sp.Eq(function.diff(x), f.subs(y, function))
    ics = {function.diff(x, k).subs(x, x0) if k else function.subs(x, x0): v for k, v in enumerate(values)}
    found = attempt(call, lambda: _through(equation, function, x, x0, ics), "cannot solve this")
    if found is None:
        raise StudyError("this equation has no single explicit solution through the initial values", call)
    return found


def _initial_values(conv: Converter, call: Call, order: int) -> list[sp.Basic]:
    """The list of y(x0), y'(x0), ... up to the derivative below the equation's order."""
    node = call.args[4]
    if order < 1 or not isinstance(node, ListValue) or len(node.items) != order:
        raise StudyError(f"an equation of order {order} needs {order} initial values in a list", call, hint=USAGE)
    return [conv.expr(item) for item in node.items]


def _through(equation: sp.Eq, function: sp.Expr, x: sp.Symbol, x0: sp.Basic, ics: dict) -> sp.Expr | None:
    """The one explicit solution through the initial values: sympy's, or, when its initial values leave several,
    the one of the general solutions, with constants solved from them, that satisfies the equation next to x0."""
    try:
        found = sp.dsolve(equation, function, ics=ics)
    except NotImplementedError:
        found = None
    if isinstance(found, sp.Eq) and not found.rhs.has(function):
        return found.rhs
    general = sp.dsolve(equation, function)
    candidates = []
    for solution in general if isinstance(general, list) else [general]:
        if not isinstance(solution, sp.Eq) or solution.rhs.has(function):
            continue
        constants = sorted(solution.rhs.free_symbols - equation.free_symbols - {x}, key=str)
        conditions = [sp.Eq(solution.rhs.diff(x, k).subs(x, x0) if k else solution.rhs.subs(x, x0), v)
                      for k, v in enumerate(ics.values())]  # fmt: skip
        for chosen in sp.solve(conditions, constants, dict=True) if constants else [{}]:
            candidate = solution.rhs.subs(chosen)
            if _satisfies_forward(equation, function, candidate, x, x0):
                candidates.append(candidate)
    distinct = [c for i, c in enumerate(candidates) if all(sp.simplify(c - d) != 0 for d in candidates[:i])]
    return distinct[0] if len(distinct) == 1 else None


def _satisfies_forward(equation: sp.Eq, function: sp.Expr, candidate: sp.Expr, x: sp.Symbol, x0: sp.Basic) -> bool:
    """Whether ``candidate`` is real and satisfies the equation at x0 and at two points just after it."""
    residual = (equation.lhs - equation.rhs).subs(function, candidate).doit()
    for step in (0, sp.Rational(1, 1000), sp.Rational(1, 100)):
        try:
            value = complex(residual.evalf(30, subs={x: x0 + step}))
            level = complex(candidate.evalf(30, subs={x: x0 + step}))
        except (TypeError, ValueError):
            return False
        if abs(level.imag) > 1e-12 or abs(value) > 1e-9 * max(1.0, abs(level)):
            return False
    return True
