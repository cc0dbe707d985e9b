"""``show EXPR``: evaluate one math expression exactly (sympy) and record its result."""

from __future__ import annotations

from typing import Any

import sympy as sp

from plugins.api import Call, Context, Invocation, Result, StudyError, Table
from plugins.symbolic.convert import Converter
from plugins.symbolic.matrices import conditioning
from plugins.symbolic.operations import OPERATIONS, canonical
from plugins.symbolic.render import describe
from plugins.symbolic.solve_audit import SIGNED
from plugins.symbolic.timeout import can_limit, time_limit

DEFAULT_TIMEOUT = 20.0
MAX_TIMEOUT = 3600.0
_UNEVALUATED = (sp.Integral, sp.Limit, sp.Sum, sp.Product, sp.Derivative)


def show(ctx: Context, inv: Invocation) -> Result:
    """Evaluate the statement's one expression; ``timeout=`` bounds the time it may take (seconds)."""
    inv.check_keywords({"timeout"})
    if not inv.args:
        raise StudyError("'show' needs an expression", pos=inv.pos, hint="show diff(x^3 * sin(x), x)")
    inv.check_positional(1, "one expression")
    node = inv.args[0]
    seconds = _timeout(ctx, inv)
    try:
        with time_limit(seconds):
            value = Converter(ctx).convert(node)
            data = describe(value)
    except TimeoutError:
        raise StudyError(
            f"this took longer than {seconds:g} s and was stopped",
            node,
            hint="simplify the expression, or allow more time with timeout=60",
        ) from None
    top = ctx.resolve(node)
    operation = canonical(top.func) if isinstance(top, Call) and top.func in OPERATIONS else "evaluate"
    text = _input_text(inv)
    data = {"input": text, "operation": operation, **data}
    return Result(
        "expression",
        data,
        tables=[_table(text, data)],
        notes=_notes(operation, value, data, _domain(ctx, top)) + _system_notes(ctx, top, operation),
        summary=f"{text} = {_joined(data['result'])}",
    )


def _timeout(ctx: Context, inv: Invocation) -> float:
    node = inv.keyword("timeout")
    if node is None:
        return DEFAULT_TIMEOUT
    seconds = ctx.number(node)
    if not 0 < seconds <= MAX_TIMEOUT:
        raise StudyError(f"timeout must be more than 0 and at most {MAX_TIMEOUT:g} seconds", node)
    return seconds


def _input_text(inv: Invocation) -> str:
    """The expression as written, all of its lines."""
    return inv.source(inv.args[0], inv.args[-1])


def _table(text: str, data: dict[str, Any]) -> Table:
    result = data["result"]
    if isinstance(result, list):
        values = data.get("values") or [None] * len(result)
        rows = [
            [f"{i}", r, v if not isinstance(v, (dict, list)) else None]
            for i, (r, v) in enumerate(zip(result, values, strict=True), 1)
        ]
    else:
        rows = [["result", result, data["value"]]]
    return Table(text, ["", "exact", "numeric"], rows)


def _domain(ctx: Context, top: Any) -> str:
    """The ``domain=`` a ``solve`` call asks for ("real" when it names none)."""
    found = next((kw for kw in top.keywords if kw.name == "domain"), None) if isinstance(top, Call) else None
    return ctx.string(found.value) if found is not None else "real"


def _notes(operation: str, value: Any, data: dict[str, Any], domain: str = "real") -> list[str]:
    notes = []
    if isinstance(value, sp.Basic) and value.has(*_UNEVALUATED):
        notes.append("sympy found no closed form for part of this; 'value' is evaluated numerically where possible")
    if value is sp.nan:
        notes.append("the result is undefined (nan): the integral, sum or limit may diverge")
    if operation == "solve" and domain in SIGNED:
        bound = ">= 0" if domain == "nonnegative" else "> 0"
        found = f"no solution is {bound}" if data["result"] == [] else f"only the solutions {bound} are listed"
        notes.append(f'{found} (domain="{domain}": a time, a length)')
    elif operation == "solve" and data["result"] == [] and domain != "complex":
        notes.append('no real solution: variables are real; solve(..., domain="complex") lists complex ones')
    if operation == "solve" and "general" in data:
        notes.append(f"infinitely many solutions: {data['general']}")
    if operation == "solve" and domain == "auto" and _non_real(value):
        notes.append("no real solution: the complex solutions are listed")
    if operation == "taylor":
        notes.append("a Taylor polynomial: taylor(f, x, a, n) keeps the powers (x - a)^0 .. (x - a)^n, n included; "
                     "terms=k the first k nonzero terms; the remainder is left out")  # fmt: skip
    if not can_limit():
        notes.append("no time limit could be set here (SIGALRM needs POSIX and the main thread)")
    return notes


def _system_notes(ctx: Context, top: Any, operation: str) -> list[str]:
    """The ill-conditioning of the coefficient matrix of ``linsolve(A, b)`` or ``solve(A, b)``, said."""
    if operation not in {"linsolve", "solve"} or not isinstance(top, Call) or len(top.args) != 2:
        return []
    matrix = Converter(ctx).convert(top.args[0])
    note = conditioning(matrix) if isinstance(matrix, sp.MatrixBase) else None
    return [note] if note else []


def _non_real(value: Any) -> bool:
    """Whether a list of roots holds one that is not real."""
    return isinstance(value, list) and any(isinstance(v, sp.Expr) and v.is_real is False for v in value)


def _joined(result: str | list[str]) -> str:
    if isinstance(result, list):
        return "[" + ", ".join(result) + "]"
    return result
