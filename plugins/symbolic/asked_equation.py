"""An equation in one unknown that the question states and then asks for by name, as text for the algebra planner.

"Our PP grade shrinks 1.8% (linear) ... so the cavity length L satisfies L·(1 − 0.018) = 50. What is L in mm?": the
one equation the question writes, whose only variable is the name asked ("what is L", "find L", "solve for L"). The
numbers around it are context: the equation alone fixes the unknown. The ask must end at the name ("what is L?",
"what is L in mm?"), so "what is L + 2?" is not read. An expression set to a number in words is an equation too: "at
what T does the lethal rate 10^((T - 121.1)/10) equal exactly 4? Solve for T", "for which x is x^3 + x equal to 10"
(the expression's one variable the one asked). Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.stated_equation import math_runs, one_letter_variables

_ASKED = re.compile(
    r"\b(?:what(?:'s|\s+is)|find|solve\s+for|calculate|compute|determine)\s+(?:the\s+(?:value\s+of\s+)?)?"
    r"(?P<name>[A-Za-z])(?:\s+in\s+[A-Za-z%°/]+)?\s*(?:[?.!]|$)",
    re.I,
)
_EQUALS = re.compile(r"(?<![<>=!])=(?!=)")
# an expression set to a number in words, right after it: "... equal exactly 4", "... is equal to 4", "... reaches 4"
_SET_TO = re.compile(
    rf"\s*(?:equals?|(?:is\s+)?equal\s+to|reach(?:es)?|hits?|becomes?)\s+(?:exactly\s+|precisely\s+)?"
    rf"(?P<value>{NUMBER})(?![\w.^*/(])(?!\s*[-+*/^]\s*[\w(])"
)
# words that join an expression to more of it before it: "... plus log base 10 of (x - 3) equals 1"
_JOINS = {"of", "plus", "minus", "times", "over", "by", "and", "divided", "multiplied", "squared", "cubed", "root",
          "power", "log", "ln", "exp", "sqrt", "sin", "cos", "tan", "base", "less", "than", "into"}  # fmt: skip
# the unknown asked: "solve for T", "find T", "at what temperature T", "for which x", "what T"
_ASKS_FOR = r"(?i:\b(?:solve\s+for|find|what|which)\s+(?:[a-z]+\s+)?){name}(?![\w(])"


@dataclass(frozen=True)
class AskedEquation:
    """The equation as text ("lhs = rhs") and the one-letter unknown it is solved for."""

    equation: str
    var: str


def asked_equation(question: str) -> AskedEquation | None:
    """The one equation the question states in exactly the unknown it asks for by name, with "=" or in words; None
    otherwise."""
    text = plain_text(question)
    return _written_equation(text) or _worded_equation(text)


def _written_equation(text: str) -> AskedEquation | None:
    """The one equation the text writes with "=" in exactly the unknown it asks for by name; None otherwise."""
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


def _worded_equation(text: str) -> AskedEquation | None:
    """The one expression the text sets to a number in words ("10^((T - 121.1)/10) equal exactly 4"), in one
    one-letter variable that the text asks for ("solve for T", "at what temperature T"); None otherwise."""
    found = []
    for start, end in math_runs(text):
        expr, after = text[start:end], _SET_TO.match(text, end)
        before = re.findall(r"[A-Za-z]+", text[:start])[-1:]
        joined = before and before[0].lower() in _JOINS  # "log base 10 of (x - 3) equals 1": a part of it
        if after and not joined and not _EQUALS.search(expr) and re.search(r"[-+*/^]", expr):
            found.append((expr, after["value"]))
    if len(found) != 1:
        return None
    expr, value = found[0]
    names = one_letter_variables(expr)
    if len(names) != 1 or not re.search(_ASKS_FOR.format(name=re.escape(next(iter(names)))), text):
        return None
    return AskedEquation(f"{expr} = {value}", names.pop())


def asked_equation_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: an equation in one unknown stated and that unknown asked for by name."""
    return outscore(scores, "algebra") if asked_equation(text) else 0.0
