"""A classic vessel's best proportions: an open-top or closed cylinder, or an open or closed box on a square base,
of a fixed volume with the least surface, or of a fixed surface with the most volume, as a function of its radius
(or base side) alone.

"an open-top cylindrical vessel must hold exactly 10 m³ ... least sheet steel (bottom + side wall, no lid). what radius
r minimizes the area?" -> minimise pi*r^2 + 2*10/r over r > 0 (the height h = V/(pi r^2) written in). The shape
(cylinder, or box with a square base), whether it has a lid, the one fixed quantity with a cubic (or square) unit and
the dimension asked (the radius or the base side) must all be read; another shape, a lid not said, the height asked
or units that differ are declined. Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import UNSIGNED, plain_text
from plugins.symbolic.extremum_prose import Extremum

_CYLINDER = re.compile(r"\bcylind\w*", re.I)
_BOX = re.compile(r"\bbox(?:es)?\b", re.I)
_SQUARE_BASE = re.compile(r"\bsquare\s+(?:base|bottom|cross[- ]section)\b|\bbase\s+is\s+(?:a\s+)?square\b", re.I)
_OTHER_SHAPES = re.compile(r"\b(?:con(?:e|ical)|spher\w*|hemispher\w*|prism|pyramid\w*|rectangular\s+base)\b", re.I)
_OPEN = re.compile(
    r"\bopen[- ]?(?:top(?:ped)?|at\s+the\s+top)\b|\bno\s+(?:lid|top|cover)\b|\bwithout\s+(?:a\s+)?(?:lid|top|cover)\b"
    r"|\blidless\b|\btopless\b|\bopen\s+box\b",
    re.I,
)
_CLOSED = re.compile(
    r"\bclosed\b|\bwith\s+(?:a\s+)?(?:lid|top|cover)\b|\b(?:lid|top)\s+and\s+(?:bottom|base)\b|\bboth\s+ends\b"
    r"|\bsealed\b",
    re.I,
)
_LENGTHS = r"mm|cm|m|ft|in"
_LENGTH_WORDS = r"mm|cm|m|millimet\w+|centimet\w+|metres?|meters?|feet|foot|ft|inch(?:es)?"
_VOLUME = re.compile(
    rf"(?P<value>{UNSIGNED})\s*(?:(?P<unit>{_LENGTHS})\s*(?:³|\^3|3\b)|cubic\s+(?P<word>{_LENGTH_WORDS})\b)", re.I
)
_AREA = re.compile(
    rf"(?P<value>{UNSIGNED})\s*(?:(?P<unit>{_LENGTHS})\s*(?:²|\^2|2\b)|square\s+(?P<word>{_LENGTH_WORDS})\b)", re.I
)
_LEAST_SURFACE = re.compile(
    r"\b(?:least|minimi[sz]\w*|minimum|smallest|fewest)\b[^.?!]{0,60}?\b(?:area|surface|sheet|material|metal|steel|"
    r"plate)\b|\b(?:area|surface|sheet|material|metal|steel)\b[^.?!]{0,40}?\b(?:minimi[sz]\w*|least|smallest)\b",
    re.I,
)
_MOST_VOLUME = re.compile(
    r"\b(?:most|maximi[sz]\w*|maximum|largest|greatest)\b[^.?!]{0,40}?\b(?:volume|capacity)"
    r"|\b(?:volume|capacity)\b[^.?!]{0,40}?\b(?:maximi[sz]\w*|largest|greatest)\b",
    re.I,
)
_RADIUS = re.compile(r"\bradius\b|\bwhat\s+r\b", re.I)
_SIDE = re.compile(r"\b(?:side|edge|width)\b|\bwhat\s+x\b", re.I)
_OTHER_DIMENSION = re.compile(r"\b(?:height|depth|diameter|dimensions|how\s+(?:tall|deep))\b|\bwhat\s+h\b", re.I)
_ASKED_UNIT = re.compile(rf"\bin\s+(?P<unit>{_LENGTH_WORDS})\b", re.I)
_BASE_UNITS = {"millimet": "mm", "centimet": "cm", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft", "inch": "in"}

# (shape, open at the top) -> (its surface with the volume F fixed, its volume with the surface F fixed), in its
# radius or base side x, the height h written out from F: an open cylinder's h = F/(pi x^2) or (F - pi x^2)/(2 pi x)
_FORMULAS = {
    ("cylinder", True): ("pi*x^2 + 2*{F}/x", "x*({F} - pi*x^2)/2"),
    ("cylinder", False): ("2*pi*x^2 + 2*{F}/x", "x*({F} - 2*pi*x^2)/2"),
    ("box", True): ("x^2 + 4*{F}/x", "x*({F} - x^2)/4"),
    ("box", False): ("2*x^2 + 4*{F}/x", "x*({F} - 2*x^2)/4"),
}


@dataclass(frozen=True)
class Vessel:
    """The objective in the radius (r) or base side (x) with its kind, and the facts read."""

    extremum: Extremum
    shape: str
    open_top: bool
    fixed: str  # "volume" or "area"
    value: str
    unit: str
    upper: str | None = None  # the side's bound above: a sheet's corner squares meet at half its narrower side


def vessel_parts(question: str) -> Vessel | None:
    """The vessel optimisation the question asks; None when it names no cylinder or box with a fixed volume or
    surface to optimise and its radius or side asked. ValueError when it reads as one but not safely (the lid not
    said, another shape, the height asked, units that differ)."""
    text = plain_text(question)
    folded = _folded_box(text)
    if folded:
        return folded
    shape = _shape(text)
    least, most = _LEAST_SURFACE.search(text), _MOST_VOLUME.search(text)
    volumes, areas = list(_VOLUME.finditer(text)), list(_AREA.finditer(text))
    if shape is None or not (least or most) or not (volumes or areas):
        return None
    if not (_RADIUS if shape == "cylinder" else _SIDE).search(text):
        return None
    if _OTHER_SHAPES.search(text) or (shape == "box" and not _SQUARE_BASE.search(text)):
        raise ValueError("only an open or closed cylinder, or a box on a square base, is read: name one of them")
    if bool(least) == bool(most):
        raise ValueError("ask either the least surface for a volume or the most volume for a surface")
    fixed = volumes if least else areas
    if len(fixed) != 1 or (areas if least else volumes):
        raise ValueError(f"give exactly one {'volume' if least else 'surface area'} in cubic (or square) units")
    open_top, closed = bool(_OPEN.search(text)), bool(_CLOSED.search(text))
    if open_top == closed:
        raise ValueError("say whether the vessel is open at the top (no lid) or closed")
    if _OTHER_DIMENSION.search(text):
        raise ValueError("only the radius (or the base side) of the best vessel is read: ask for it alone")
    m = fixed[0]
    unit = _unit(m["unit"] or m["word"])
    asked = _ASKED_UNIT.search(text[m.end() :])
    if asked and _unit(asked["unit"]) != unit:
        raise ValueError(f"the answer is asked in {asked['unit']} but the vessel is given in {unit}: use one unit")
    surface, volume = _FORMULAS[(shape, open_top)]
    var = "r" if shape == "cylinder" else "x"
    body = (surface if least else volume).format(F=m["value"]).replace("x", var)
    extremum = Extremum(body, var, "minimum" if least else "maximum", "positive")
    return Vessel(extremum, shape, open_top, "volume" if least else "area", m["value"], unit)


# an open box folded from a rectangular sheet: "open-top trays out of 10 in × 16 in blanks by cutting equal squares of
# side x out of each corner and folding up the sides", "a box made from a 16 in by 10 in sheet ... squares ... corners"
_SHEET = re.compile(
    rf"(?P<a>{UNSIGNED})\s*(?:(?P<unit_a>{_LENGTH_WORDS}|in)\b\.?\s*)?(?:×|x|\*|by)\s*(?P<b>{UNSIGNED})\s*"
    rf"(?P<unit>{_LENGTH_WORDS}|in)\b",
    re.I,
)
# a square sheet by its side: "a 30 cm square sheet", "a square piece of tin 30 cm on a side", "a square sheet of side
# 30 cm", "a square blank measuring 12 in"
_SQUARE_SHEET = re.compile(
    rf"(?<![\w.])(?P<a>{UNSIGNED})\s*(?P<unit>{_LENGTH_WORDS}|in)\b\.?\s*(?:\(\w+\)\s*)?square\b"
    rf"|\bsquare\s+(?:sheet|piece|blank|plate|panel|card\w*)\b[^.?!\d]{{0,40}}?(?P<a2>{UNSIGNED})\s*"
    rf"(?P<unit2>{_LENGTH_WORDS}|in)\b(?:\s+(?:(?:on|per)\s+)?(?:a|each)\s+side)?",
    re.I,
)
_CORNER_CUTS = re.compile(r"\bsquares?\b[^.?!]{0,80}?\bcorners?\b", re.I)
# the folded object, named ("trays", "cans", "cartons") or told by its folding ("fold up the sides")
_FOLDED = re.compile(
    r"\b(?:box(?:es)?|trays?|pans?|cans?|cartons?|containers?|bins?|enclosures?)\b"
    r"|\bfold(?:s|ed|ing)?\s+(?:up\s+)?(?:the\s+)?(?:sides|edges|flaps)\b",
    re.I,
)
_MOST_FOLDED_VOLUME = re.compile(
    r"\bmax(?:imum|imi[sz]\w*)?\b[^.?!]{0,40}?\b(?:volume|capacity)\b|\b(?:most|largest|greatest)\b[^.?!]{0,40}?"
    r"\b(?:volume|capacity)\b|\b(?:volume|capacity)\b[^.?!]{0,40}?\b(?:max\w*|largest|greatest)\b",
    re.I,
)
# the cut's side asked in words: "what size of cut", "the side of the squares", "how big should the squares be"
_CUT_SIDE = (
    r"\b(?:side|size|length|width)\b[^.?!]{0,30}?\b(?:squares?|cuts?|cut-?outs?)\b"
    r"|\bhow\s+(?:big|large)\b[^.?!]{0,30}?\bsquares?\b"
)
# the most volume's value asked: "what is the maximum possible volume of the box", "find the largest volume", "how
# large can the volume be"
_VOLUME_VALUE = re.compile(
    r"\b(?:what|find|give|compute|calculate|determine)\b[^.?!]{0,40}?\b(?:max(?:imum)?|most|largest|greatest|biggest)"
    r"\s+(?:possible\s+|attainable\s+)?(?:volume|capacity)\b|\bhow\s+(?:big|large)\b[^.?!]{0,30}?\b(?:volume|capacity)\b",
    re.I,
)
# a cubic unit the volume is asked in: "in cubic inches", "in cm³", "in in^3"
_CUBIC_UNIT = re.compile(rf"\bcubic\s+(?P<word>{_LENGTH_WORDS})\b|(?<![\w.])(?P<unit>{_LENGTHS})\s*(?:³|\^3)", re.I)
# the letter the corner squares' side is named by: "squares of side x", "an equal square of side h", "squares with
# side length s", "squares of side-length x cm", "h-by-h squares", "h × h squares"
_NAMED_SIDE = re.compile(
    r"\bsquares?\s+(?:of|with)\s+(?:(?:a|an|equal)\s+)?(?:side|edge)(?:[- ]length)?\s+(?P<side>[a-z])\b(?![-'])"
    r"|(?<![\w.])(?P<by>[a-z])\s*(?:-?\s*by\s*-?|×|\*)\s*(?P=by)\s+squares?\b",
    re.I,
)


def _folded_box(text: str) -> Vessel | None:
    """The open box folded from an L by W sheet with squares of side x cut from its corners, its volume
    x (L - 2x)(W - 2x) maximised over 0 < x < min(L, W)/2; None when the question asks no such box (one sheet, the
    corner squares, the most volume, and their side or the volume's value asked: ``value``, when the side is not
    asked). ValueError when the sheet's two sides, or the sheet and the answer asked, are in two units."""
    sheet = _sheet(text)
    if sheet is None or not (_CORNER_CUTS.search(text) and _FOLDED.search(text)):
        return None
    a, b, unit, (start, end) = sheet
    asks = f"{text[:start]} {text[end:]}"  # the sheet's own words ("12 in on a side") ask nothing
    var = _side_letter(text)
    cut_side = re.compile(rf"{_CUT_SIDE}|\b(?:what|which|find)\s+(?:the\s+)?(?:value\s+of\s+)?{var}\b", re.I)
    others = _OTHER_DIMENSION.sub(lambda m: " " if m[0].lower().split()[-1] == var else m[0], text)  # "what h": the cut
    value = not cut_side.search(asks) and _VOLUME_VALUE.search(asks) is not None  # "what is the maximum volume"
    if not (_MOST_FOLDED_VOLUME.search(asks) and (value or cut_side.search(asks))) or _OTHER_DIMENSION.search(others):
        return None
    asked = (_CUBIC_UNIT if value else _ASKED_UNIT).search(text[end:])
    if asked and _unit((asked["unit"] or asked["word"]) if value else asked["unit"]) != unit:
        raise ValueError(f"the answer is asked in {asked[0]} but the sheet is given in {unit}: use one unit")
    extremum = Extremum(f"{var}*({a} - 2*{var})*({b} - 2*{var})", var, "maximum", "positive", value)
    upper = f"{min(float(a), float(b)) / 2:g}"
    return Vessel(extremum, "box", True, "sheet", f"{a} x {b}", unit, upper)


def _sheet(text: str) -> tuple[str, str, str, tuple[int, int]] | None:
    """The one sheet's two sides, their unit and where the sheet's text stands: "24 in by 15 in" -> ("24", "15", "in",
    span), a square sheet's side twice ("a 30 cm square sheet"); None when the text gives no sheet or more than one.
    ValueError when the sheet's two sides are in two units."""
    sheets = list(_SHEET.finditer(text))
    if len(sheets) == 1:
        m = sheets[0]
        if m["unit_a"] and _unit(m["unit_a"]) != _unit(m["unit"]):
            raise ValueError("the sheet's two sides are given in two units: use one unit")
        return m["a"], m["b"], _unit(m["unit"]), m.span()
    squares = list(_SQUARE_SHEET.finditer(text))
    if sheets or len(squares) != 1:
        return None
    m = squares[0]
    side = m["a"] or m["a2"]
    return side, side, _unit(m["unit"] or m["unit2"]), m.span()


def _side_letter(text: str) -> str:
    """The letter the question names the corner squares' side by ("squares of side h" -> "h"); "x" when it names
    none or names two."""
    letters = {(m["side"] or m["by"]) for m in _NAMED_SIDE.finditer(text)}
    return letters.pop() if len(letters) == 1 else "x"


def _shape(text: str) -> str | None:
    """The vessel's shape: a cylinder, or a box, named so or by its square base ("a tote with a square base", "a bin
    whose base is square"); None when neither."""
    if _CYLINDER.search(text):
        return "cylinder"
    return "box" if _BOX.search(text) or _SQUARE_BASE.search(text) else None


def _unit(written: str) -> str:
    """The length unit a cubic or square unit, or a length asked, is written in: "metres" -> "m", "feet" -> "ft"."""
    lower = written.lower()
    return next((short for word, short in _BASE_UNITS.items() if lower.startswith(word)), lower)


def vessel_score(text: str) -> bool:
    """Whether the text asks a vessel's best radius or side (read, or declined for what it lacks)."""
    try:
        return vessel_parts(text) is not None
    except ValueError:
        return True
