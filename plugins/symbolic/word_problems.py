"""Word problems over a function the question defines, as text for the calculus and algebra planners.

- an accumulation over explicit bounds is a definite integral: "v(t) = 3t^2 - 2t m/s. displacement between t=0
  and t=2 s", "flow rate r(t) = 5 + 2t L/min, total volume from t=0 to 10", "work done by F(x) = 3x^2 N from x=1
  to x=4", "area under y = ... from 0 to 3" ("distance" integrates the absolute value);
- a value the function reaches is an equation: "V = 500 - 20t (t in min). at what t is V = 140?", "when does h(t)
  reach 0", "find t such that V = 140".

Only what the question writes is read: the integrand and both bounds, or the function and the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import FUNCTIONS, NUMBER
from plugins.symbolic.calculus_prose import explicit_bounds
from plugins.symbolic.remarks import drop_remarks, strip_units

_DEFINITION = re.compile(r"(?<![\w.^])(?P<name>[A-Za-z][A-Za-z0-9_]{0,2})\s*(?:\(\s*(?P<arg>[a-z])\s*\))?\s*=(?!=)\s*")
_STOP_WORDS = re.compile(
    r"\s(?:from|between|for|when|at|where|and|with|over|on|during|until|if|so|is|was|what|find|how|then|which|"
    r"to(?!\s+the\b))\b",
    re.I,
)
# one-letter variables (not e, E or I, the constants; not a function's name)
_LETTER = re.compile(r"(?<![A-Za-z])([a-df-zA-DF-HJ-Z])(?![A-Za-z(])")


@dataclass(frozen=True)
class Definition:
    """A function the question defines: its name, its argument when written ("v(t)"), the body as written
    (remarks and units left out), and where the definition starts."""

    name: str
    arg: str | None
    body: str
    start: int

    def letters(self) -> set[str]:
        return set(_LETTER.findall(self.body))


def _body(text: str) -> str:
    """The expression after '=': up to the end of its clause (a comma, a full stop, a question word)."""
    depth, end = 0, len(text)
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        after = text[i + 1 : i + 2]
        if depth <= 0 and (ch in ",;?!\n=" or (ch == "." and (not after or after.isspace()))):
            end = i
            break
    text = text[:end]
    stop = _STOP_WORDS.search(text)
    return text[: stop.start()] if stop else text


def definitions(question: str) -> list[Definition]:
    """Every "name = expression" and "name(t) = expression" of the question whose expression holds a variable."""
    found = []
    for m in _DEFINITION.finditer(question):
        if m.group("name").lower() in FUNCTIONS:
            continue
        body = strip_units(drop_remarks(_body(question[m.end() :])), m.group("arg"))
        if body and (_LETTER.search(body) or m.group("arg")):
            found.append(Definition(m.group("name"), m.group("arg"), body, m.start()))
    return found


_DEFINED = re.compile(
    r"\s*(?:the\s+)?(?:curve\s+|graph\s+(?:of\s+)?|function\s+)?(?P<name>[A-Za-z][A-Za-z0-9_]{0,2})\s*"
    r"(?:\(\s*(?P<arg>[a-z])\s*\))?\s*=(?!=)\s*(?P<body>.+)$",
    re.S,
)
_REFERENCE = re.compile(r"\b(?:the|curve|graph|function|of|it|this|that|above|given)\b", re.I)


def function_body(question: str, body: str) -> tuple[str, str | None]:
    """The integrand an integral's text names: "f(x) = x^2 + 1" -> "x^2 + 1" (its units left out, the variable
    "x" returned); "the curve", "it", "f(x)" -> the body of the one function the question defines."""
    m = _DEFINED.match(body)
    if m:
        return strip_units(m.group("body"), m.group("arg")), m.group("arg")
    rest = re.sub(r"\s+", "", _REFERENCE.sub(" ", body))
    function = _one(definitions(question))
    if function is not None and rest in {"", function.name, f"{function.name}({function.arg})"}:
        return function.body, function.arg
    return body, None


def names_function(question: str, body: str) -> bool:
    """Whether an integral's text is the one function the question defines ("y = x^2 from ...", "the curve
    from ...", "f from ..."), not an integrand of its own."""
    function = _one(definitions(question))
    if function is None:
        return False
    rest = _REFERENCE.sub(" ", body).strip()
    own = rf"{re.escape(function.name)}\s*(?:\(\s*[a-z]\s*\))?(?![\w^('′\"])"
    return rest == "" or re.match(rf"(?:{own}|(?:from|between|over|on|for)\b)", rest, re.I) is not None


_ACCUMULATION = re.compile(
    r"\b(?:displacement|distance|area|work|impulse|total|net change|change in|accumulated|accumulates?|volume|"
    r"energy|charge|integral|how far|how much)\b",
    re.I,
)
_NOT_ACCUMULATION = re.compile(
    r"\b(?:average|mean)\s+(?:value|velocity|speed|power|force|height|temperature|of|over)\b|"
    r"\b(?:maximum|minimum|acceleration|slope|derivative|rate of change|peak|limit)\b|"
    r"\b(?:at|when)\s+[a-z]\s*=\s*" + NUMBER + r"(?!\s*(?:to|and)\b)",
    re.I,
)


def _one(found: list[Definition]) -> Definition | None:
    return found[0] if len(found) == 1 else None


def accumulation_parts(question: str) -> tuple[str, str, str, str] | None:
    """(integrand, variable, lower, upper) of an accumulation the question writes in full; the integrand is
    the absolute value for a "distance" (travelled, not displacement); None when it is not one."""
    if not _ACCUMULATION.search(question) or _NOT_ACCUMULATION.search(question) or target_parts(question):
        return None
    function = _one(definitions(question))
    bounds = explicit_bounds(question)
    if function is None or bounds is None:
        return None
    written, lo, hi = bounds.var, bounds.lo, bounds.hi
    letters = function.letters()
    var = function.arg or written or (letters.pop() if len(letters) == 1 else None)
    if var is None or (written and written != var) or not letters <= {var}:
        return None
    distance = re.search(r"\bdistance\b|\bhow far\b", question, re.I) and not re.search(
        r"\bdisplacement\b", question, re.I
    )
    return (f"abs({function.body})" if distance else function.body), var, lo, hi


_REACHES = (
    r"(?:=|==|equals?|is equal to|reach(?:es)?|hits?|becomes?|gets? (?:down |up )?to|(?:falls?|drops?|rises?|"
    r"climbs?|grows?|decreases?|increases?) to|is (?:down |up )?to|is|be)"
)
_ASKS = re.compile(r"\b(?:when|what|which|find|how long|how many|until|solve|time)\b", re.I)


def target_parts(question: str) -> tuple[str, str, str] | None:
    """(expression, value, variable) of "V = 500 - 20t ... at what t is V = 140?": the function the question
    defines set to a value it asks about; None when it asks nothing of the kind."""
    for function in definitions(question):
        name = re.escape(function.name)
        value = rf"({NUMBER})(?![\w.^*/(])(?!\s*[-+*/^]\s*[\w(])(?!\s*,?\s*\d)"  # one number, not an expression
        pattern = rf"(?<![\w.^]){name}\s*(?:\(\s*[a-z]\s*\))?\s*{_REACHES}\s*{value}"
        for m in re.finditer(pattern, question, re.I):
            sentence = re.split(r"[.;?!]\s", question[: m.start()])[-1]
            if m.start() == function.start or not _ASKS.search(sentence):
                continue
            asked = re.search(r"\b(?:what|which|find)\s+(?:value\s+(?:of\s+)?)?([a-z])\b", sentence, re.I)
            letters = function.letters()
            var = (asked.group(1) if asked else None) or function.arg or (letters.pop() if len(letters) == 1 else None)
            if var and var in function.letters() | {function.arg}:
                return function.body, m.group(1), var
    return None


def outscore(scores: dict[str, float], own: str) -> float:
    """Enough to win over the other tools' keywords and shapes ("power P(t) = 3t^2 kW ..." is no sample size): the shape
    read in full is stronger evidence than a word."""
    others = max((score for name, score in scores.items() if name != own), default=0.0)
    return max(3.0, others - scores.get(own, 0.0) + 3.0)  # + 3: beyond what their own shape scores add


def accumulation_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for calculus: a defined function accumulated over explicit bounds."""
    return outscore(scores, "calculus") if accumulation_parts(text) else 0.0


def target_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a defined function set to a value the question asks about."""
    return outscore(scores, "algebra") if target_parts(text) else 0.0
