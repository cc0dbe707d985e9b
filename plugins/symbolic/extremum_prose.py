"""The minimum or maximum of a function the question defines, asked as the argument that gives it, as text.

"Energy per batch ... is E(v) = 0.02v³ + 800/v. What v (v > 0) gives the minimum E?": the one function of one
variable the question defines, one kind of extreme (minimum or maximum words, never both), the argument asked ("what
v", "which v", "at what v") and its domain ("v > 0", "positive v"; v >= 0). An interval with two ends ("0 < v < 10",
"on [0, 5]") is not read: its ends may hold the extreme. Only text is cut here; the planner solves f'(v) = 0 and the
audit checks the kind of the critical point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import plain_text
from plugins.symbolic.word_problems import definitions

_MIN = r"minimum|minimi[sz](?:e|es|ed|ing)|minimal|smallest|lowest|least"
_MAX = r"maximum|maximi[sz](?:e|es|ed|ing)|maximal|largest|highest|greatest|peak"
_KINDS = re.compile(rf"\b(?:(?P<min>{_MIN})|(?P<max>{_MAX}))\b", re.I)
_VALUE_ASK = re.compile(rf"\bwhat(?:'s|\s+is|\s+are)\s+(?:the|its)\s+(?:{_MIN}|{_MAX})\b", re.I)
_LETTERS = re.compile(r"(?<![A-Za-z_])[A-Za-z](?![A-Za-z_(])")


@dataclass(frozen=True)
class Extremum:
    """The function's body, its variable, the kind asked ("minimum" or "maximum") and the solve domain ("real",
    "positive", "nonnegative")."""

    body: str
    var: str
    kind: str
    domain: str


def extremum_parts(question: str) -> Extremum | None:
    """The extreme the question asks of its one defined function, by the argument that gives it; None when it asks
    none. Raises ValueError when it asks one that is not read safely (the extreme's value, an interval with ends, a
    function of other names too)."""
    text = plain_text(question)
    kinds = {"minimum" if m["min"] else "maximum" for m in _KINDS.finditer(text)}
    found = [d for d in definitions(text) if d.arg]
    if len(kinds) != 1 or len(found) != 1:
        return None
    function = found[0]
    var = function.arg
    rest = text[: function.start] + " " + text[function.start + len(function.name) :].replace(function.body, " ", 1)
    asks_arg = re.search(rf"\b(?:what|which)\s+(?:value\s+of\s+)?{var}\b(?!\()|\bat\s+what\s+{var}\b", rest)
    if not asks_arg and _VALUE_ASK.search(rest):
        raise ValueError(f"the value of the {kinds.pop()} is not read yet: ask which {var} gives it, then the value of "
                         f"{function.name} at that {var}")  # fmt: skip
    if not asks_arg:
        return None
    if {c for c in _LETTERS.findall(function.body) if c not in "eE"} != {var}:
        raise ValueError(f"the {kinds.pop()} needs a function of {var} alone: give a value for each other name")
    return Extremum(function.body, var, kinds.pop(), _domain(rest, var))


def _domain(text: str, var: str) -> str:
    """The solve domain the question states for ``var``: "v > 0", "(v > 0)", "positive v"; raises ValueError for
    an interval with ends ("0 < v < 10", "on [0, 5]")."""
    if re.search(rf"\d\s*<=?\s*{var}\s*<|\[\s*[-\d.]+\s*,|\bbetween\b", text):
        raise ValueError("an extreme on an interval with ends is not read: its ends may hold it; ask for the "
                         f"critical point of the function ('what {var} > 0 gives the minimum')")  # fmt: skip
    if re.search(rf"\b{var}\s*>=\s*0\b|\bnon-?negative\s+{var}\b", text):
        return "nonnegative"
    if re.search(rf"\b{var}\s*>\s*0\b|\bpositive\s+{var}\b", text):
        return "positive"
    return "real"


def extremum_score(text: str) -> bool:
    """Whether the text asks the argument of a defined function's minimum or maximum (read or declined)."""
    try:
        return extremum_parts(text) is not None
    except ValueError:
        return True
