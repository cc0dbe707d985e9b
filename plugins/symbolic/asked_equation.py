"""An equation in one unknown that the question states and then asks for by name, as text for the algebra planner.

"Our PP grade shrinks 1.8% (linear) ... so the cavity length L satisfies L·(1 − 0.018) = 50. What is L in mm?": the
one equation the question writes, whose only variable is the name asked ("what is L", "find L", "solve for L"). The
numbers around it are context: the equation alone fixes the unknown. The ask must end at the name ("what is L?",
"what is L in mm?"), so "what is L + 2?" is not read. Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.stated_equation import math_runs, one_letter_variables

_ASKED = re.compile(
    r"\b(?:what(?:'s|\s+is)|find|solve\s+for|calculate|compute|determine)\s+(?:the\s+(?:value\s+of\s+)?)?"
    r"(?P<name>[A-Za-z])(?:\s+in\s+[A-Za-z%°/]+)?\s*(?:[?.!]|$)",
    re.I,
)
_EQUALS = re.compile(r"(?<![<>=!])=(?!=)")


@dataclass(frozen=True)
class AskedEquation:
    """The equation as text ("lhs = rhs") and the one-letter unknown it is solved for."""

    equation: str
    var: str


def asked_equation(question: str) -> AskedEquation | None:
    """The one equation the question states in exactly the unknown it asks for by name; None otherwise."""
    text = plain_text(question)
    equations = [text[a:b] for a, b in math_runs(text) if len(_EQUALS.findall(text[a:b])) == 1]
    asks = list(_ASKED.finditer(text))
    if len(equations) != 1 or len(asks) != 1:
        return None
    lhs, rhs = (side.strip() for side in _EQUALS.split(equations[0]))
    name = asks[0]["name"]
    if not lhs or not rhs or one_letter_variables(equations[0]) != {name} or not re.search(r"\d", equations[0]):
        return None
    if re.fullmatch(r"[A-Za-z]", lhs) and re.fullmatch(r"[-+]?[\d.]+", rhs):
        return None  # a value stated, "n = 30", not an equation to solve
    return AskedEquation(f"{lhs} = {rhs}", name)


def asked_equation_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: an equation in one unknown stated and that unknown asked for by name."""
    return outscore(scores, "algebra") if asked_equation(text) else 0.0
