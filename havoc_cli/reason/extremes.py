"""The extreme's ask check: a question that asks at what argument a function peaks is never answered by the peak.

"Y = 2.1 + 0.032N - 0.00008N^2. At what nitrogen rate is yield maximised?" asks the N that gives the maximum (200),
not the maximum yield (5.3). The extremum planner reads the argument or the value; this check reads the question a
second, broader way ("at what <noun>", "for which <noun>", "which <noun> gives / maximises ...") and fails a plan
that answers the function's value at its extreme where the argument is asked.
"""

from __future__ import annotations

import re

from plugins.api.reasoning import Check, Plan

# "at what nitrogen rate", "at which speed", "for what N", "which feed rate gives / maximises / minimises / maxes"; never
# "at what value" or "at what level" alone, which may name the extreme's value
_ASKS_ARGUMENT = re.compile(
    r"\b(?:at|for)\s+(?:what|which)\s+(?!(?:value|level|height|amount)\b)[a-z]"
    r"|\bwhich\s+(?!(?:is|are|was|were)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?\s+"
    r"(?:gives?|yields?|produces?|maximi|minimi|optimi|max(?:es|ed)\b|results?\s+in|leads?\s+to)",
    re.I,
)


def asks_argument(question: str) -> bool:
    """Whether the question asks, in any wording read here, the argument at which an extreme occurs."""
    return _ASKS_ARGUMENT.search(question) is not None


def extreme_ask_check(question: str, plan: Plan) -> Check | None:
    """Whether a plan of an extreme answers what the question asks: the function's value at its extreme where the
    question asks "at what <variable or its noun>" fails; None for other plans and questions that ask no argument."""
    if plan.facts.get("op") not in {"extremum", "extremum_value"} or not asks_argument(question):
        return None
    value = plan.facts["op"] == "extremum_value"
    detail = "the value at the extreme answered" if value else "the argument of the extreme answered"
    return Check(f"the {plan.facts.get('var', 'argument')} asked ('at what ...') is answered", not value, detail)
