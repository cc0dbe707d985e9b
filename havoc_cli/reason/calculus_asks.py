"""Checks that a calculus answer is the quantity asked: at the point stated, in the unit asked.

The point check reads the question a second way (every "at t = 40", "when x = 2", "evaluated at 3" of the plan's
variable outside the function's definition) and fails an answer that still holds the variable: a derivative asked
"at t = 40 min" answered as a function of t. The unit check fails a definite integral answered as a bare integral when
the question asks its answer in a unit ("in mAh") that the planner did not scale to.
"""

from __future__ import annotations

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
