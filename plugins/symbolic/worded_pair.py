"""Two groups stated by their total and how they compare, in words, read into A x = b.

"Two sections have 58 students between them, and section A has 6 more students than section B. How many students
are in section B?": a total ("58 students between them", "in total", "together", "combined", "altogether") and one
comparison of the two named groups ("A has 6 more than B", "3 fewer than", "twice as many ... as", "3 times as many
... as") give x + y = total and x - y = k (or x - m y = 0). The groups are named by a letter ("section A", "A"),
each named once in the comparison; the one the last ask names is the unknown asked (none: both). Only text is read
here; the planner solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.symbolic.worded_system import WordedSystem

# "section A", "A" (the mode's scores read the question in lower case: "section a")
_GROUP = r"(?:[A-Za-z][a-z]{2,}\s+)?[A-Za-z](?![\w'])"
_TOTAL = re.compile(
    rf"(?<![\w.])(?P<total>{DECIMAL})\s+(?:[a-z][\w-]*\s+){{0,3}}?"
    r"(?:between\s+them|in\s+total|total(?=\s+(?:over|across|between|for)\b)|in\s+all|together|combined|altogether"
    r"|all\s+told)\b",
    re.I,
)
_HAS = r"\s+(?:did\s+)?[a-z]+\s+"  # one verb: "has", "packed", "laid", "made"
_MORE = re.compile(
    rf"(?P<x>{_GROUP}){_HAS}(?P<k>{DECIMAL})\s+(?P<dir>more|fewer|less)\s+(?:[a-z][\w-]*\s+){{0,2}}?than\s+(?P<y>{_GROUP})",
    re.I,
)
_TIMES = re.compile(
    rf"(?P<x>{_GROUP}){_HAS}(?P<m>twice|double|{DECIMAL}\s+times)\s+as\s+(?:many|much)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"as\s+(?P<y>{_GROUP})",
    re.I,
)
# two parts named by a word, compared: "the glass mass is 2.5 times the resin mass", "glass weighs twice as much as
# resin", "the glass mass is 18 kg more than the resin mass" (the ask must name one of them)
_PART = r"(?:the\s+)?(?P<{}>[a-z]{{3,}})(?:\s+(?:mass|weight|amount|content|volume|share|portion|part|fraction))?"
_BE = r"\s+(?:is|was|weighs|makes\s+up|comes\s+to)\s+"
_NAMED_TIMES = re.compile(
    rf"{_PART.format('x')}{_BE}(?P<m>twice|double|{DECIMAL}\s*(?:times|x))\s+(?:as\s+(?:much|many|heavy|large)\s+as\s+)?"
    rf"(?:that\s+of\s+)?{_PART.format('y')}\b",
    re.I,
)
_NAMED_MORE = re.compile(
    rf"{_PART.format('x')}{_BE}(?P<k>{DECIMAL})\s*(?:[a-z]+\s+)?(?P<dir>more|less|heavier|lighter)\s+than\s+"
    rf"(?:that\s+of\s+)?{_PART.format('y')}\b",
    re.I,
)
# two groups named by a word before one noun, compared by what they did: "the downtown site did 180 more than the
# Eastside site", "the north plant shipped 40 fewer pallets than the south plant" (the noun repeated or left out),
# or named by their order ("2nd shift sorted 160 pcs more than 1st shift")
_ORDINAL = r"\d(?:st|nd|rd|th)"  # a group named by its order: "the 2nd shift", "1st shift"
_NOUN_MORE = re.compile(
    rf"(?:\bthe\s+)?(?P<x>[A-Za-z]{{3,}}|{_ORDINAL})\s+(?P<noun>[a-z]{{3,}}){_HAS}(?P<k>{DECIMAL})\s+(?:[a-z]+\s+)?"
    rf"(?P<dir>more|fewer|less)\s+(?:[a-z]+\s+)?than\s+(?:the\s+)?(?P<y>[A-Za-z]{{3,}}|{_ORDINAL})(?:\s+(?P=noun)s?)?\b",
    re.I,
)
# words that name no part
_NOT_PARTS = frozenset("the this that there which what each one other total batch whole mix blend".split())
_ASK = re.compile(r"\bhow\s+(?:many|much)\b[^.;!?]*|\bwhat\b[^.;!?]*", re.I)


def _letter(group: str) -> str:
    """A group's unknown: its letter ("section A" -> "A")."""
    return group.strip()[-1].upper()


def _relation(text: str) -> tuple[str, str, list[str], str, str] | None:
    """The one comparison of two groups: (x, y, row of x - k y, right-hand side, its words); None when there is
    none or more than one."""
    found = []
    for m in _MORE.finditer(text):
        k = Fraction(m["k"]) * (1 if m["dir"].lower() == "more" else -1)
        found.append((_letter(m["x"]), _letter(m["y"]), ["1", "-1"], str(k), m.group()))
    for m in _TIMES.finditer(text):
        factor = Fraction(2) if m["m"].lower() in {"twice", "double"} else Fraction(m["m"].split()[0])
        found.append((_letter(m["x"]), _letter(m["y"]), ["1", f"-{factor}"], "0", m.group()))
    if len(found) != 1 or found[0][0] == found[0][1]:
        return None
    return found[0]


def _named_relation(text: str) -> tuple[str, str, list[str], str, str] | None:
    """The one comparison of two parts named by a word ("the glass mass is 2.5 times the resin mass"), as
    ``_relation`` gives it with the names lower-cased; None when there is none or more than one."""
    found = []
    for m in _NAMED_MORE.finditer(text):
        k = Fraction(m["k"]) * (1 if m["dir"].lower() in {"more", "heavier"} else -1)
        found.append((m["x"].lower(), m["y"].lower(), ["1", "-1"], str(k), m.group()))
    for m in _NOUN_MORE.finditer(text):  # "the glass mass is 18 kg more than the resin mass" is read once
        k = Fraction(m["k"]) * (1 if m["dir"].lower() == "more" else -1)
        if not any(f[:2] == (m["x"].lower(), m["y"].lower()) and f[3] == str(k) for f in found):
            found.append((m["x"].lower(), m["y"].lower(), ["1", "-1"], str(k), m.group()))
    for m in _NAMED_TIMES.finditer(text):
        factor = Fraction(2) if m["m"].lower() in {"twice", "double"} else Fraction(re.match(DECIMAL, m["m"]).group())
        found.append((m["x"].lower(), m["y"].lower(), ["1", f"-{factor}"], "0", m.group()))
    if len(found) != 1 or found[0][0] == found[0][1] or {found[0][0], found[0][1]} & _NOT_PARTS:
        return None
    return found[0]


def _asked_part(ask: str, names: list[str]) -> str | None:
    """The one part named by a word that the ask names ("how many kg of resin"); None when it names neither or both."""
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+|\d[a-z]+", ask)}  # "the 1st shift" too
    named = [name for name in names if name.rstrip("s") in words]
    return named[0] if len(named) == 1 else None


def worded_pair(question: str) -> WordedSystem | None:
    """The system of two groups a question states by their total and one comparison (see the module's docstring);
    None when it states no such pair, or states either part more than once."""
    text = plain_text(question)
    totals = list(_TOTAL.finditer(text))
    relation = _relation(text)
    asks = list(_ASK.finditer(text))
    if len(totals) != 1 or not asks:
        return None
    if relation is None:
        return _named_pair(text, totals[0], asks[-1].group())
    x, y, row, rhs, words = relation
    unknowns = sorted([x, y])
    coefficients = dict(zip([x, y], row, strict=True))
    rows = [["1", "1"], [coefficients[name] for name in unknowns]]
    named = {m.group(1).upper() for m in re.finditer(r"(?<![\w'])([A-Za-z])(?![\w'])", asks[-1].group())} - {"A"}
    named |= {"A"} if re.search(r"(?<![\w'])A(?![\w'])", asks[-1].group()) else set()
    asked = (named & set(unknowns)).pop() if len(named & set(unknowns)) == 1 else None
    return WordedSystem(rows, [totals[0]["total"], rhs], unknowns, [totals[0].group(), words], asked)


def _named_pair(text: str, total: re.Match[str], ask: str) -> WordedSystem | None:
    """The pair of parts named by a word, their total and one comparison ("42 kg in total ... the glass mass is 2.5
    times the resin mass. How many kg of resin?"); None unless the ask names one of the two."""
    relation = _named_relation(text)
    if relation is None:
        return None
    x, y, row, rhs, words = relation
    asked = _asked_part(ask, [x, y])
    if asked is None:
        return None
    return WordedSystem([["1", "1"], row], [total["total"], rhs], [x, y], [total.group(), words], asked)
