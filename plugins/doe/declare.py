"""``factor`` and ``response``: declare what a design varies and what it measures.

factor power 100 .. 200 "W"           continuous, low .. high, optional unit
factor gas ["C2F6", "CF4"]            categorical levels (strings or numbers), in order
response etch_rate "nm/min" maximize  goal: maximize | minimize | target=V, optional lower= upper=
"""

from __future__ import annotations

from typing import Any

from plugins.api import Context, Invocation, ListValue, Name, Number, Range, Result, String, StudyError, UnaryOp
from plugins.api.nodes import Node
from plugins.doe.model import Factor, Response, doe_state
from plugins.doe.words import LETTERS


def factor(ctx: Context, inv: Invocation) -> Result:
    """``factor NAME lo .. hi ["unit"]`` or ``factor NAME [level, level, ...] ["unit"]``."""
    inv.check_keywords(set())
    state = doe_state(ctx)
    if len(inv.args) < 2:
        raise StudyError('write: factor NAME lo .. hi "unit"  or  factor NAME [level, level]', pos=inv.pos)
    inv.check_positional(3, "a name, a range or a list of levels, and a unit")
    name = ctx.name(inv.args[0])
    _check_new(state, name, inv.args[0])
    unit = ctx.string(inv.args[2]) if len(inv.args) == 3 else ""
    spec = ctx.resolve(inv.args[1])
    if isinstance(spec, Range):
        low, high = ctx.number(spec.low), ctx.number(spec.high)
        if not low < high:
            raise StudyError(f"the range of '{name}' must go from low to high, got {low:g} .. {high:g}", spec)
        new = Factor(name, low=low, high=high, unit=unit)
    elif isinstance(spec, ListValue):
        new = Factor(name, levels=_levels(ctx, spec), unit=unit)
    else:
        raise StudyError(f'factor \'{name}\' needs a range (100 .. 200) or a list of levels (["A", "B"])', inv.args[1])
    if len(state["factors"]) >= len(LETTERS):
        raise StudyError(f"at most {len(LETTERS)} factors can be declared", inv.args[0])
    state["factors"].append(new)
    letter = LETTERS[len(state["factors"]) - 1]
    described = f"{new.low:g} .. {new.high:g}" if not new.categorical else ", ".join(map(str, new.levels or []))
    return Result(
        "factor",
        {**new.to_dict(), "letter": letter, "type": "categorical" if new.categorical else "continuous"},
        summary=f"Factor {letter} = {name}: {described}{' ' + unit if unit else ''}.",
    )


def _check_new(state: dict[str, Any], name: str, node: Node) -> None:
    if state["design"] is not None:
        raise StudyError("factors must be declared before the design", node, hint="move this line above 'design'")
    if name in {f.name for f in state["factors"]} | {r.name for r in state["responses"]}:
        raise StudyError(f"'{name}' is already declared", node)


def _levels(ctx: Context, spec: ListValue) -> list[Any]:
    levels: list[Any] = []
    for item in spec.items:
        value = ctx.resolve(item)
        if isinstance(value, String):
            levels.append(value.value)
        elif isinstance(value, Name):
            levels.append(value.id)
        elif isinstance(value, (Number, UnaryOp)):
            number = ctx.decimal(value)
            levels.append(int(number) if number == number.to_integral_value() else float(number))
        else:
            raise StudyError("a level is a string, a name or a number", item)
        if str(levels[-1]) in map(str, levels[:-1]):
            raise StudyError(f"level {levels[-1]!r} is listed twice", item)
    kinds = {isinstance(v, str) for v in levels}
    if len(kinds) > 1:
        raise StudyError("levels are all numbers or all labels, not a mix", spec)
    if len(levels) < 2:
        raise StudyError("a factor needs at least two levels", spec)
    return levels


GOALS = ("maximize", "minimize")


def response(ctx: Context, inv: Invocation) -> Result:
    """``response NAME ["unit"] [maximize|minimize|target=V] [lower=L upper=U]``."""
    inv.check_keywords({"target", "lower", "upper"})
    state = doe_state(ctx)
    if not inv.args:
        raise StudyError('write: response NAME "unit" maximize', pos=inv.pos)
    name = ctx.name(inv.args[0])
    if name in {f.name for f in state["factors"]} | {r.name for r in state["responses"]}:
        raise StudyError(f"'{name}' is already declared", inv.args[0])
    new = Response(name)
    for node in inv.args[1:]:
        if isinstance(node, String) and not new.unit and new.goal is None:
            new.unit = node.value
        elif isinstance(node, Name) and node.id in GOALS and new.goal is None:
            new.goal = node.id
        else:
            raise StudyError(
                "after the name come an optional unit in quotes and a goal", node, hint="maximize, minimize or target=V"
            )
    for key in ("target", "lower", "upper"):
        if inv.keyword(key) is not None:
            setattr(new, key, ctx.number(inv.keyword(key)))
    if new.target is not None:
        if new.goal is not None:
            raise StudyError(f"'{new.goal}' and target= are two goals: keep one", inv.keyword("target"))
        new.goal = "target"
    if new.lower is not None and new.upper is not None and not new.lower < new.upper:
        raise StudyError("lower= must be below upper=", inv.keyword("lower"))
    low = -float("inf") if new.lower is None else new.lower
    high = float("inf") if new.upper is None else new.upper
    if new.target is not None and not low <= new.target <= high:
        raise StudyError("target= lies outside lower= .. upper=", inv.keyword("target"))
    state["responses"].append(new)
    goal = f", goal {new.goal}" if new.goal else ""
    return Result("response", new.to_dict(), summary=f"Response {name}{goal}.")
