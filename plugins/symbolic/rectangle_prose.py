"""A rectangle's side from its area or perimeter and how its length and width compare, as an equation in x.

"Trial block is laid out as a rectangle whose length is 7 m longer than its width. Gross plot area has to be 120 m².
What's the width in metres?" -> x*(x + 7) == 120 in the width x (x > 0). One side is stated from the other: "7 m
longer than (its|the) width", "3 m shorter than", "twice (as long as) the width", "3 times the width", "2 m more than
twice the width"; one area or one perimeter is given; the width or the length is asked. A question that names another
shape, states sides in two units, or gives not exactly one relation and one area or perimeter is not read. Nothing is
evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.number_words import number_words
from plugins.api.prose import UNSIGNED
from plugins.api.reasoning import outscore

_SIDE = r"(?P<{}>length|width|breadth|long\s+side|short\s+side)"
_SHAPE = re.compile(r"\brectang(?:le|ular)\b", re.I)
_OTHER_SHAPES = re.compile(
    r"\b(?:triang\w*|circl\w*|circular|squares?(?!\s+(?:mm|cm|m|km|in|inch(?:es)?|ft|feet|foot|yards?|yd|metres?|meters?)\b)|trapez\w*|ellip\w*|hexag\w*|cylind\w*|box|cubo\w*|prism|L-shaped)\b",
    re.I,
)
_UNIT = r"(?:\s*(?P<unit>mm|cm|m|km|in|inch(?:es)?|ft|feet|foot|yd|yards?|metres?|meters?)\b)?"
# "must be", "has to be", "needs to be", "is to be", "ought to be", "should be", "will be", "would be"
_MUST = r"(?:must|should|will|would|shall|can|ought\s+to|(?:has|have|needs?|is|are)\s+to)"
_MULTIPLE = r"(?P<{}>twice|double|(?:" + UNSIGNED + r")\s*(?:times|x|×))"
# "length is 7 m longer than its width", "the length is twice the width", "length is 2 m more than twice its width",
# "width is 3 m shorter than the length", "length is three times as long as the width"
_RELATION = re.compile(
    _SIDE.format("big")
    + r"\s+(?:(?:is|was|{must}\s+be|being|of)\s+)?(?:(?P<diff>{n}){unit}\s+(?P<dir>longer|more|greater|"
    r"larger|bigger|shorter|less|smaller)\s+than\s+(?:{times}\s+)?|{only}\s+(?:as\s+long\s+as\s+)?)(?:its|the)\s+".format(
        n=UNSIGNED, unit=_UNIT, times=_MULTIPLE.format("times"), only=_MULTIPLE.format("only"), must=_MUST
    )
    + _SIDE.format("small"),
    re.I,
)
_AREA = re.compile(
    rf"\barea\b[^.?!\d]{{0,30}}?(?P<value>{UNSIGNED})\s*(?P<unit>(?:sq(?:uare)?\.?\s*)?[a-z]+(?:²|2|\^2)?)?", re.I
)
# an area stated by its square unit before the word: "96 m² of enclosed area", "96 square metres in area"
_SQUARE_UNIT = r"(?:m|cm|mm|km|ft|in|yd)(?:²|\^2|2)(?![\w^])|sq(?:uare)?\.?\s*(?:m|cm|mm|km|ft|in|yd|metres?|meters?|feet|foot|yards?)\b"
_AREA_BEFORE = re.compile(
    rf"(?<![\w.])(?P<value>{UNSIGNED})\s*(?P<unit>{_SQUARE_UNIT})\s+(?:of\s+|in\s+)?(?:[a-z]+\s+){{0,2}}?area\b", re.I
)
_PERIMETER = re.compile(rf"\b(?:perimeter|fence|fencing)\b[^.?!\d]{{0,30}}?(?P<value>{UNSIGNED})", re.I)
# a perimeter stated before its word: "54 m of fencing", "54 m of fence", "a 54 m perimeter"
_PERIMETER_BEFORE = re.compile(
    rf"(?<![\w.])(?P<value>{UNSIGNED}){_UNIT}\s+(?:of\s+)?(?:[a-z]+\s+){{0,2}}?(?:perimeter|fence|fencing)\b", re.I
)
_ASK = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+are|\s+must)?|find|determine|calculate|how\s+wide|how\s+long)\b[^?.]*", re.I
)
_NAMES = {"length": "length", "long side": "length", "width": "width", "breadth": "width", "short side": "width"}


@dataclass(frozen=True)
class Rectangle:
    """The equation in x, the side asked, and the facts read."""

    equation: str
    asked: str
    relation: str
    given: str


def rectangle_parts(question: str) -> Rectangle | None:
    """The equation of a rectangle's side asked; None when the question is no such word problem. Raises ValueError
    when it is one but cannot be read: another shape named, two relations, or neither or both of area and perimeter."""
    text = number_words(question)
    if not _SHAPE.search(text):
        return None
    relations = list(_RELATION.finditer(text))
    if not relations:
        return None
    if _OTHER_SHAPES.search(text):
        raise ValueError("a rectangle beside another shape is not read: ask about the rectangle alone")
    spans = [m.span() for m in relations]
    areas, perimeters = _stated(text, _AREA, _AREA_BEFORE, spans), _stated(text, _PERIMETER, _PERIMETER_BEFORE, spans)
    big, small = (_NAMES[" ".join(relations[0][k].lower().split())] for k in ("big", "small"))
    if len(relations) != 1 or big == small or len(areas) + len(perimeters) != 1:
        raise ValueError("a rectangle's side needs one relation of length to width and one area or one perimeter")
    asked = _asked_side(text)
    if asked is None:
        return None
    relation = relations[0]
    factor = _factor(relation["times"] or relation["only"])
    diff = Fraction(relation["diff"]) if relation["diff"] else Fraction(0)
    if relation["dir"] and relation["dir"].lower() in ("shorter", "less", "smaller"):
        diff = -diff
    if factor <= 0 or (factor == 1 and diff == 0):
        return None
    # big = factor*small + diff, in x the side asked
    other = _linear(factor, diff) if asked == small else _linear(1 / factor, -diff / factor)
    if areas:
        value, given = areas[0]["value"], f"area {areas[0]['value']}"
        _same_units(relation["unit"], areas[0]["unit"])
        equation = f"x*{other} == {value}"
    else:
        value, given = perimeters[0]["value"], f"perimeter {perimeters[0]['value']}"
        equation = f"2*(x + {other}) == {value}"
    return Rectangle(equation, asked, relation.group(), given)


def _stated(
    text: str, after: re.Pattern[str], before: re.Pattern[str], relations: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The values an area or perimeter is given, its word written before the number ("area 120 m²") or after it
    ("96 m² of enclosed area"), each number once; a number inside a relation of the sides ("area; its length must be
    5 m longer") is none."""
    found: dict[int, re.Match[str]] = {}
    for m in [*after.finditer(text), *before.finditer(text)]:
        if not any(start <= m.start("value") < end for start, end in relations):
            found.setdefault(m.start("value"), m)
    return list(found.values())


def _linear(slope: Fraction, intercept: Fraction) -> str:
    """slope*x + intercept as study text: (2*x + 3), (x - 7), (1/2*x)."""
    term = "x" if slope == 1 else f"{slope}*x"
    if intercept == 0:
        return f"({term})"
    return f"({term} {'+' if intercept > 0 else '-'} {abs(intercept)})"


def _factor(times: str | None) -> Fraction:
    """The multiple a relation states: "twice" -> 2, "3 times" -> 3, none -> 1."""
    if not times:
        return Fraction(1)
    if times.lower() in ("twice", "double"):
        return Fraction(2)
    return Fraction(re.match(UNSIGNED, times).group())


def _asked_side(text: str) -> str | None:
    """The side the question asks: the last "length" or "width" word of its ask ("what's the width in metres?"), or
    "how wide" / "how long"; None when it asks neither, or both."""
    found = set()
    for ask in _ASK.finditer(text):
        words = ask.group().lower()
        found |= {_NAMES[w] for w in re.findall(r"length|width|breadth|long side|short side", words)}
        found |= {"width"} if "how wide" in words else set()
        found |= {"length"} if "how long" in words else set()
    return found.pop() if len(found) == 1 else None


def _same_units(side: str | None, area: str | None) -> None:
    """Raise ValueError when the side's difference and the area are written in different lengths (7 m and 120 cm²)."""
    if not side or not area:
        return
    base = re.sub(r"^(?:sq(?:uare)?\.?\s*)|(?:²|2|\^2)$", "", area.lower()).strip()
    metres = {"m", "metre", "metres", "meter", "meters"}
    if base and base != side.lower() and not (base in metres and side.lower() in metres):
        raise ValueError(f"the sides are in {side} but the area in {area}: write them in one unit")


def rectangle_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a rectangle's side from its area or perimeter and how its sides compare."""
    try:
        found = rectangle_parts(text) is not None
    except ValueError:
        found = True  # read as this problem, so the planner says what it needs
    return outscore(scores, "algebra") if found else 0.0
