"""First-order ordinary differential equations with an initial condition: ``dsolve(f, y, x, x0, y0)`` solves
y' = f(x, y) with y(x0) = y0 through sympy's dsolve and gives y(x)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from plugins.api import Call, StudyError
from plugins.symbolic.callargs import attempt, check_call

if TYPE_CHECKING:
    from plugins.symbolic.convert import Converter


def dsolve(conv: Converter, call: Call) -> Any:
    """``dsolve(f, y, x, x0, y0)``: the solution y(x) of y' = f(x, y) through (x0, y0)."""
    check_call(call, "dsolve(f, y, x, x0, y0)", 5, 5)
    f, y, x = conv.expr(call.args[0]), conv.symbol(call.args[1]), conv.symbol(call.args[2])
    x0, y0 = conv.expr(call.args[3]), conv.expr(call.args[4])
    function = sp.Function(str(y))(x)
    equation = sp.Eq(function.diff(x), f.subs(y, function))
    found = attempt(call, lambda: sp.dsolve(equation, function, ics={function.subs(x, x0): y0}), "cannot solve this")
    if isinstance(found, list) or not isinstance(found, sp.Eq) or found.rhs.has(function):
        raise StudyError("this equation has no single explicit solution through the initial value", call)
    return found.rhs
