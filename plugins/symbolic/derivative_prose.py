"""The derivative of a function the question defines, asked in Leibniz or prime notation, as text.

"Tool wear w(t) = 2t^2 e^(-t/5). dw/dt?", "y = x^2 sin x, find dy/dx", "y = 3x^4 - 2x. d^2y/dx^2?", "f(x) = x^3 - 2x;
f'(x)?", "f''(x)", "what is f'(2)", "dV/dt at t = 3 min", "derivative of f", "differentiate it". The variable is the
one the notation's denominator names (dt -> t), else the function's argument, else its one letter; the order
from "d2y/dx2", "d^2y/dx^2", the primes or the words ("second derivative"); a point from "f'(2)", "at t = 3",
"when x = 1.5", "for t = 2", "evaluated at 2", "at t=20 s", and for a time t "after 4 minutes" (``point_phrase``: a time
unit must agree with the one the question gives t). Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER
from plugins.symbolic.parameters import asks_symbolic
from plugins.symbolic.remarks import only_units
from plugins.symbolic.time_units import TIME_UNITS, time_unit_pattern
from plugins.symbolic.word_problems import Definition, definitions

_NAME = r"[A-Za-z][A-Za-z0-9_]{0,2}?"
_LEIBNIZ = re.compile(
    rf"(?<![A-Za-z])d\s*(?:\^\s*)?(?P<o1>[2-4])?\s*(?P<name>{_NAME})\s*(?:\(\s*[a-z]\s*\))?\s*/\s*"
    rf"d\s*(?P<var>[A-Za-z])\s*(?:\^\s*)?(?P<o2>[2-4])?(?![A-Za-z0-9(])"
)
# "d/dt" with no name, of the one function defined before it: "% released = 100(1 - exp(-t/20)) ... the release rate
# d/dt as a function of t", "give d/dt", "d/dt at t = 5" (not "d/dx (x^2 sin x)": an expression after it is its own)
_BARE_LEIBNIZ = re.compile(
    r"(?<![A-Za-z])d\s*/\s*d(?P<var>[a-z])(?![A-Za-z0-9(\[{])(?=\s*(?:[?.,;:!]|$|as\b|at\b|when\b|for\b|of\s+(?:it|this|that)\b))"
)
_PRIME = re.compile(rf"(?<![\w.])(?P<name>{_NAME})(?P<primes>'{{1,3}}|′{{1,3}}|\")(?:\s*\(\s*(?P<arg>[^()]+?)\s*\))?")
_WORDS = re.compile(
    r"\b(?:(?P<nth>second|third|2nd|3rd)\s+(?:order\s+)?)?(?:derivative|differentiate)\s*(?:of\s+|with respect to\s+"
    r"[a-z]\s+of\s+)?(?P<what>(?:(?:the\s+)?(?:function|curve|model|expression)|it|this|that)\b|[A-Za-z]\w{0,2}"
    r"(?:\s*\(\s*[a-z]\s*\))?(?![\w^(]))",
    re.I,
)
_ORDERS = {"second": 2, "third": 3, "2nd": 2, "3rd": 3}
POINT = rf"(?:{NUMBER}(?:\s*/\s*\d+)?|[-+]?(?:\d+\s*\*?\s*)?pi(?:\s*/\s*\d+)?)"  # 2, -1.5, 1/2, pi/2, 2pi
UNIT_WORD = r"[A-Za-zµΩ°][\w·*/^µΩ°²³-]*"  # a unit as written: "MW", "kg/h", "m³", "A·h"
CLOCK_WORD = rf"(?:{time_unit_pattern(letters=False)})\b"  # a time unit's word: "s", "minutes", "hrs", "days"
# "at t = 20", "when x = 1.5", "for t = 2", "evaluated at 20", "at the point x = 1", "at t=20 s", "after 4 minutes"; a
# point without its variable only after "at" or "after", and then followed by no word but a time unit ("at 4 cm" is not,
# unless the question gives the variable that unit: ``_read_point``)
_EVALUATED = r"(?:(?:evaluated|taken|computed|calculated)\s+)?"
# after "at" the point's variable may be named by what it is ("at the MLE p = 7/20", "at the optimum x = 2", "at its
# peak t = 5"; not "with the constant k = 2")
# and wear an estimate's hat ("p̂", "p-hat"; LaTeX's "\\hat{p}" is plain p by then)
_POINT_NAME = r"(?:(?:the|its|this|our)\s+(?:[A-Za-z][\w'-]+\s+){0,2}?)?"
_POINT_PHRASE = re.compile(
    rf"\s*,?\s*(?:{_EVALUATED}(?:at\s+{_POINT_NAME}|(?:when|for|where|if|with)\s+(?:the\s+point\s+)?)"
    rf"(?P<var>[a-z])(?:\u0302|-hat\b)?\s*"
    rf"(?:=|\bis\b|\bequals\b)\s*|{_EVALUATED}at\s+(?:the\s+point\s+)?|(?P<after>after)\s+)(?P<point>{POINT})"
    rf"(?:\s*(?P<unit>{CLOCK_WORD})|(?![\w^*/(]|\.\d)(?(var)|(?!\s*[A-Za-z(]))|\s+(?P<other>{UNIT_WORD})(?![\w(]))",
    re.I,
)
_BARE_POINT = re.compile(
    rf"(?<![\w.])(?P<var>[a-z])\s*(?:=|\bis\b|\bequals\b)\s*(?P<point>{POINT})(?:\s*(?P<unit>{CLOCK_WORD})|(?![\w^*/(]|\.\d))"
)
# the unit a variable is given: "x in metres", "(t in hours)", "t measured in s", "P (MW)", "P [kW]", and a bracketed
# gloss naming what it is, "(P = net MW)", "(P: output, kW)"
_VARIABLE_UNITS = (
    r"\b{var}\s*(?:,\s*)?(?:is\s+)?(?:measured\s+|given\s+)?in\s+(?P<unit>{unit})",
    r"(?<![\w.]){var}\s*\[\s*(?P<unit>{unit})\s*\]",
    r"(?<![\w.]){var}\s+\(\s*(?P<unit>{unit})\s*\)",  # not "R(t)": a function of t
    r"[\[(]\s*{var}\s*(?:=|:)\s*(?:[a-z]+[\s,]+)?(?P<unit>{unit})\s*[\])]",
)
_DECLARED = (  # the unit the question gives its time t: "t in min", "(t in hours)", "t (s)", "t = days after ..."
    re.compile(
        rf"\b(?:t|time)\s*(?:,\s*)?(?:is\s+)?(?:in|measured\s+in|=\s*(?:the\s+)?(?:number\s+of\s+)?)\s*(?P<unit>{CLOCK_WORD})",
        re.I,
    ),
    re.compile(rf"\bt\s*,?\s+(?P<unit>{CLOCK_WORD})\s+(?:after|since|from|past)\b", re.I),  # "t hours after midnight"
    re.compile(rf"\bt\s*[\[(]\s*(?P<unit>{CLOCK_WORD})\s*[\])]", re.I),
    re.compile(rf"[\[(]\s*t\s*,?\s+(?P<unit>{CLOCK_WORD})\s*[\])]", re.I),  # "(t days)", "(t, hours)"
    re.compile(rf"(?:/\s*|\bper\s+)(?P<unit>{CLOCK_WORD})", re.I),  # a rate's unit: "m/s", "L/min"
)
_UNREAD_POINT = "the point could not be read: write it 'at t = 4' (a time after 'after' needs its unit, 'after 4 s')"


@dataclass(frozen=True)
class Point:
    """A point as written, the variable it names (None: "evaluated at 2"), why it cannot stand (None: it can), and
    where its phrase stands in the text read."""

    value: str
    var: str | None
    problem: str | None
    start: int
    end: int


def point_phrase(text: str, var: str | None, question: str, at_start: bool = True) -> Point | None:
    """The point a derivative is taken at, written at the start of ``text`` (``at_start``) or ending it (units
    after it allowed): "at t = 20", "when t = 20", "at t=20 s", "evaluated at 20", "for t = 20", and for a time t
    "after 4 minutes"; a time unit that disagrees with the one ``question`` gives t is a problem. None: no point, or
    one in another variable than ``var`` (None: any variable, its units unchecked)."""
    if at_start:
        m = _POINT_PHRASE.match(text)
    else:
        ends = [m for m in _POINT_PHRASE.finditer(text) if only_units(text[m.end() :])]
        m = ends[-1] if ends else None
    return _read_point(m, var, question) if m else None


def point_in(text: str, var: str, question: str) -> Point | None:
    """The first point of ``var`` written anywhere in ``text``: a phrase ``point_phrase`` reads, or "t = 4" alone."""
    for pattern in (_POINT_PHRASE, _BARE_POINT):
        for m in pattern.finditer(text):
            if point := _read_point(m, var, question):
                return point
    return None


def _read_point(m: re.Match, var: str | None, question: str) -> Point | None:
    """The point a match holds, None when it names another variable than ``var``."""
    named, unit = m["var"], m["unit"]
    if var and named and named != var:
        return None
    if m.groupdict().get("other") and not (var and m["other"] in variable_units(question, var)):
        return None  # "at 4 cm" is a point only where the question gives the variable that unit: "(P = net MW)"
    problem = None
    if var and m.groupdict().get("after") and (var != "t" or not unit):
        problem = _UNREAD_POINT
    elif var == "t" and unit:
        problem = _unit_problem(question, TIME_UNITS[unit.lower()])
    return Point(m["point"], named, problem, m.start(), m.end())


def _unit_problem(question: str, unit: str) -> str | None:
    """Why a point in ``unit`` cannot be taken: the question gives t in another unit ("t in hours" and "after 30
    min"); None when they agree or the question gives t no unit."""
    declared = declared_time_units(question)
    if declared and declared != {unit}:
        return f"the point is in {unit} but t is in {', '.join(sorted(declared))}: write the point in t's unit"
    return None


def variable_units(question: str, var: str) -> set[str]:
    """The units, as written, the question gives ``var``: "P in MW", "(t in hours)", "P (MW)", "P [kW]", and a
    bracketed gloss "(P = net MW)" (a value, "(P = 4 MW)", is none); empty when it gives none."""
    return {
        m["unit"].rstrip(".,;")
        for pattern in _VARIABLE_UNITS
        for m in re.finditer(pattern.format(var=re.escape(var), unit=UNIT_WORD), question)
    }


def declared_time_units(question: str) -> set[str]:
    """The units the question gives its time t ("t in months", "(t in hours)", "t (s)", a rate's "m/s"), each as
    ``clock_unit`` names it; empty when it gives none."""
    for pattern in _DECLARED:
        declared = {clock_unit(m["unit"]) for m in pattern.finditer(question)}
        if declared:
            return declared
    return set()


def clock_unit(word: str) -> str:
    """A time unit's one name: "minutes" -> "min", "hours" -> "h", "months" -> "month"."""
    return TIME_UNITS[word.lower()]


@dataclass(frozen=True)
class DerivativeAsk:
    """What to differentiate (the function's body as written), in which variable, how often, and at which point
    (None: the derivative as a function); ``problem`` says why the ask, understood, cannot be answered."""

    body: str
    var: str
    order: int
    point: str | None
    problem: str | None = None


def defined_derivative(question: str, context: str | None = None) -> DerivativeAsk | None:
    """The derivative the question asks of a function it defines, or None when it defines none or asks none of it;
    ``context``, the question as written (its bracketed glosses kept: "(P = net MW)"), gives the variable's units."""
    found = definitions(question)
    if not found:
        return None
    for m in _LEIBNIZ.finditer(question):
        function = _named(found, m.group("name"), m.start())
        if function and not (m.group("o1") and m.group("o2") and m.group("o1") != m.group("o2")):
            order = int(m.group("o1") or m.group("o2") or 1)
            return _ask(question, function, m.group("var"), order, m.end(), context)
    for m in _BARE_LEIBNIZ.finditer(question):
        before = [f for f in found if f.start < m.start()]
        if len(before) == 1:
            return _ask(question, before[0], m.group("var"), 1, m.end(), context)
    for m in _PRIME.finditer(question):
        function = _named(found, m.group("name"), m.start())
        if function is None:
            continue
        order = 2 if m.group("primes") == '"' else len(m.group("primes"))  # f" is f''
        arg = (m.group("arg") or "").strip()
        if re.fullmatch(r"[a-z]", arg):
            return _ask(question, function, arg, order, m.end(), context)
        if re.fullmatch(POINT, arg):
            return DerivativeAsk(function.body, variable_of(function), order, arg)
        return _ask(question, function, None, order, m.end(), context) if not arg else None
    m = _WORDS.search(question)
    if m and (function := _referred(found, m.group("what"), m.start())):
        order = _ORDERS.get((m.group("nth") or "").lower(), 1)
        written = re.search(r"(?:with respect to|wrt|w\.r\.t\.?)\s+([a-z])\b", question, re.I)
        return _ask(question, function, written.group(1) if written else None, order, m.end(), context)
    return None


def _named(found: list[Definition], name: str, at: int) -> Definition | None:
    """The definition (before ``at``) of the function or variable a notation names ("w" of dw/dt, "V" or "v"); with
    none before, the one definition of that very name after it ("d^2V/dr^2 of V(r) = r^3 ln r")."""
    before = [f for f in found if f.start < at]
    exact = [f for f in before if f.name == name]
    loose = [f for f in before if f.name.lower() == name.lower()]
    after = [f for f in found if f.start > at and f.name == name]
    return (exact or loose or (after if len(after) == 1 else []) or [None])[-1]


def _referred(found: list[Definition], what: str, at: int) -> Definition | None:
    """The definition a derivative's words refer to: by its name ("derivative of f", "of w(t)"), or the one
    function defined when they say "it", "the function", "the model"."""
    name = re.match(r"[A-Za-z]\w*", what).group()
    if name.lower() in {"the", "function", "curve", "model", "expression", "it", "this", "that"}:
        before = [f for f in found if f.start < at]
        return before[0] if len(before) == 1 else None
    return _named(found, name, at)


def variable_of(function: Definition) -> str:
    """The variable to differentiate a defined function by: its argument, its one letter, else x (or "")."""
    letters = function.letters()
    return function.arg or (next(iter(letters)) if len(letters) == 1 else "x" if "x" in letters else "")


def _ask(
    question: str, function: Definition, var: str | None, order: int, end: int, context: str | None = None
) -> DerivativeAsk | None:
    """The ask, its variable checked against the function's letters (the others stand as constants only when the
    question asks for a symbolic answer: "in terms of a, k and s") and its point read after the notation (its unit
    checked against ``context``, the question as written, when given)."""
    var = var or variable_of(function)
    if not var or not (function.letters() <= {var} or function.arg == var or _constants(question, function, var)):
        return None  # "z = x y; dz/dx" (a partial derivative) or no variable to differentiate by
    units = context or question
    point = point_phrase(question[_after_definition(question, function, end) :], var, units)
    point = point or stated_point(question, function, var, units)
    return DerivativeAsk(function.body, var, order, point.value if point else None, point.problem if point else None)


# a point that starts a span or an initial state is no point asked: "from t = 0", "starting at t = 0", "initially"
_NOT_ASKED = re.compile(r"(?:\bfrom|\bbetween|\bstart\w*|\bbegin\w*|\binitial\w*|\bbefore)\s*$", re.I)


def stated_points(question: str, var: str, skip: tuple[int, int] = (0, 0), units: str | None = None) -> list[Point]:
    """Every point of ``var`` the question states in a phrase ("at t = 40 min", "when t = 2", "evaluated at 3"),
    outside ``skip`` (a definition's span) and not opening a span or a starting state ("from t = 0", "starting at
    t = 0"); ``units``, the text giving the variable's units, is ``question`` unless given."""
    found = []
    for m in _POINT_PHRASE.finditer(question):
        if skip[0] <= m.start() < skip[1] or _NOT_ASKED.search(question[max(0, m.start() - 12) : m.start()]):
            continue
        if m["var"] == var or (m["var"] is None and m["after"] is None):
            found.append(_read_point(m, var, units or question))
    return [p for p in found if p is not None]


def stated_point(question: str, function: Definition, var: str, units: str | None = None) -> Point | None:
    """The one point of ``var`` stated anywhere after the definition ("How fast is it cooling at t = 40 min? Give
    dT/dt exactly": the point sits before the notation); None when none or several distinct ones are stated."""
    after = question.find(function.body, function.start)
    skip = (function.start, after + len(function.body) if after >= 0 else function.start)
    points = [p for p in stated_points(question, var, skip, units) if p.start >= skip[1]]
    return points[0] if len({p.value for p in points}) == 1 else None


def _after_definition(question: str, function: Definition, end: int) -> int:
    """Where a point may follow an ask ending at ``end``: after the function's body when the definition follows the
    ask ("derivative of N(t) = 50/(1 + e^(-0.2t)) at t = 0"), else ``end`` itself."""
    if not re.match(r"\s*(?:\(\s*[A-Za-z]\s*\))?\s*=(?!=)", question[end:]):
        return end
    body = question.find(function.body, end)
    return end if body < 0 else body + len(function.body)


def _constants(question: str, function: Definition, var: str) -> bool:
    """Whether the function's other letters are constants: the question asks symbolically and ``var`` is one of its
    letters."""
    return asks_symbolic(question) and var in function.letters()
