"""Checks that a calculus answer is the quantity asked: at the point stated, in the unit asked.

The point check reads the question a second way (every "at t = 40", "when x = 2", "evaluated at 3" of the plan's
variable outside the function's definition) and fails an answer that still holds the variable: a derivative asked
"at t = 40 min" answered as a function of t. The unit check fails a definite integral answered as a bare integral when
the question asks its answer in a unit ("in mAh") that the planner did not scale to. The names check fails an answer
whose symbol the question writes only in its other case (a variable N answered in n).
"""

from __future__ import annotations

import re
from typing import Any

from plugins.api.reasoning import Check, Plan
from plugins.symbolic.derivative_prose import stated_points
from plugins.symbolic.integral_units import asked_unit, integral_scale


def point_check(question: str, plan: Plan, result: dict[str, Any], read: Any) -> Check | None:
    """Failed when the question states a point of the derivative's variable and the answer still holds the variable;
    None for another plan or a question that states no point."""
    facts = plan.facts
    if plan.mode != "calculus" or facts.get("op") != "derivative" or not stated_points(question, facts["var"]):
        return None
    answer = read(str(result.get("result", "")))
    free = {str(s) for s in getattr(answer, "free_symbols", set())}
    holds = facts["var"] in free
    detail = f"the answer {result.get('result')} " + ("still holds " if holds else "is free of ") + facts["var"]
    return Check("a derivative asked at a point is answered at it", not holds, detail)


# sympy's constants printed in an answer, no names of the question
_CONSTANTS = {"pi", "E", "I", "oo", "zoo", "nan"}


def names_check(question: str, plan: Plan, result: dict[str, Any]) -> Check | None:
    """Failed when a symbol of an expression answer, written back in the question's names (``facts["renamed"]``),
    is not a name the question writes while its other case is (an answer in n to a question in N); None for a plan
    that is not calculus or algebra, or an answer with no such symbol. The answer's names are read from its printed
    text (a name not called: "n" of "exp(-3*n/250)"), never parsed."""
    if plan.mode not in {"calculus", "algebra"} or not isinstance(result.get("result"), str):
        return None
    renamed = plan.facts.get("renamed") or {}
    printed = set(re.findall(r"(?<![\w.])[A-Za-z]\w*(?![\w(])", result["result"])) - _CONSTANTS
    names = {renamed.get(name, name) for name in printed}
    twins = {name for name in names if _written(question, name.swapcase()) and not _written(question, name)}
    if not (twins or renamed):
        return None
    detail = (
        "; ".join(f"{name} is not the question's name: it writes {name.swapcase()}" for name in sorted(twins))
        if twins
        else f"the answer's names {', '.join(sorted(names))} are the question's"
    )
    return Check("the answer keeps the question's names", not twins, detail)


def _written(question: str, name: str) -> bool:
    """Whether ``question`` writes ``name`` as a name of its own (not a letter of a word)."""
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", question) is not None


def integral_unit_check(question: str, plan: Plan) -> Check | None:
    """Failed when a definite integral's answer is asked in a unit and the plan's scale is not the one that unit
    needs (a bare integral in A*h answered to "in mAh"); None when no unit is asked."""
    facts = plan.facts
    if plan.mode != "calculus" or facts.get("op") != "definite_integral" or asked_unit(question) is None:
        return None
    scale, problem = integral_scale(question, facts["var"])
    ok = problem is None and facts.get("scale") == scale
    detail = problem or f"scale {facts.get('scale', '1')} for {asked_unit(question)} (needed {scale or '1'})"
    return Check("an integral asked in a unit is answered in it", ok, detail)
