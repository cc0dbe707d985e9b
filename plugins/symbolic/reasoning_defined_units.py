"""Units a question defines for itself: "7 US beer barrels (31 US gallons per barrel)", "1,250 board feet (1 board foot
= 144 cubic inches)". The value is restated in the unit of the definition, exactly ("217 US gallons", "180000 cubic
inches"), so the conversion uses the question's own definition rather than any table's (a US beer barrel is 31
gallons, an oil barrel 42)."""

from __future__ import annotations

import re
from decimal import Decimal

from plugins.api.prose import NUMBER

_DEFINED = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s+(?P<words>(?:[A-Za-z-]+\s+){{0,3}}?)(?P<unit>[A-Za-z]+?)(?P<plural>es|s)?"
    rf"\s*\(\s*(?P<size>{NUMBER})\s+(?P<known>[A-Za-z][A-Za-z. ]{{0,30}}?)\s+"
    r"(?:per|to\s+(?:a|the|one|each)|in\s+(?:a|one|each))\s+(?P=unit)\s*\)",
    re.I,
)
# one of a unit equated to an amount of a known unit: "(1 board foot = 144 cubic inches)", "one bbl = 42 gal", "a
# board foot is 144 cubic inches", "where 1 fathom equals 6 ft" (brackets around it belong to it)
_EQUATED = re.compile(
    rf"(?:\(\s*)?(?<![\w.])(?:1|one|a|an)\s+(?P<unit>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){{0,2}}?)\s*"
    rf"(?:=|\bis\b|\bequals\b|\bis\s+equal\s+to\b)\s*(?P<size>{NUMBER})\s*(?P<known>[A-Za-z][\w^²³/ ]{{0,30}}?)"
    r"\s*(?:\)|(?=[;,]|\.(?:\s|$)|$))",
    re.I,
)
# a value and the words after it: "1250 board feet", "3 bf"
_VALUE_WORDS = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s+(?P<words>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){{0,2}})"
)
_IRREGULAR = {"feet": "foot"}
# a unit symbol glossed in brackets by its name and the size of one: "30 bbl (US beer barrels, 31 gal)", "12 bu
# (bushels, 35.24 L each)"; the size of one, not the total, as its name is in the plural or the size said "each"
_GLOSSED = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s*(?P<unit>[A-Za-z]+)\s*\(\s*(?P<name>[A-Za-z][A-Za-z. -]{{1,40}}?)\s*,\s*"
    rf"(?P<size>{NUMBER})\s*(?P<known>[A-Za-z][\w^²³/ ]{{0,20}}?)\s*(?P<each>\b(?:each|apiece|per\s+\w+))?\s*\)",
    re.I,
)


def _singular(word: str) -> str:
    """A unit's word in the singular ("feet" -> "foot", "inches" -> "inch", "barrels" -> "barrel")."""
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if re.search(r"(?:ch|sh|x|z|ss)es$", low):
        return low[:-2]
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def _names_unit(words: str, unit: list[str]) -> str | None:
    """The leading words of ``words`` that name ``unit`` (its words in the singular), in the singular or plural
    ("board feet more" of "board foot" -> "board feet"); None when they name another."""
    said = words.split()[: len(unit)]
    return " ".join(said) if [_singular(w) for w in said] == unit else None


def restate_defined(question: str) -> tuple[str, str | None]:
    """``question`` with a value in a unit it defines restated in the defining unit, and a note saying so:
    "7 US beer barrels (31 US gallons per barrel)" -> "217 US gallons", "1,250 board feet of oak (1 board foot = 144
    cubic inches)" -> "180000 cubic inches of oak"; (question, None) when it defines none."""
    m = _DEFINED.search(question)
    if m is None:
        glossed = _restate_glossed(question)
        return glossed if glossed[1] else _restate_equated(question)
    restated = f"{format((Decimal(m['value']) * Decimal(m['size'])).normalize(), 'f')} {m['known'].strip()}"
    said = question[m.start() : m.end("plural") if m["plural"] else m.end("unit")]
    note = f"{said} at the question's {m['size']} {m['known'].strip()} per {m['unit']} = {restated}"
    return question[: m.start()] + restated + question[m.end() :], note


def _restate_glossed(question: str) -> tuple[str, str | None]:
    """Every value in a unit symbol the question glosses by its name and the size of one ("30 bbl (US beer barrels,
    31 gal)") restated in the known unit ("930 gal"), the gloss taken out; (question, None) when it glosses none so,
    the symbol is a unit the engine knows (its bracket may be a total: "30 gal (fuel, 114 L)"), the size's unit is
    none it reads, or the gloss reads as a total (a name in the singular, no "each": "(beer, 930 gal)")."""
    from plugins.symbolic.units import UnitError, factors

    glosses = list(_GLOSSED.finditer(question))
    if len(glosses) != 1:
        return question, None
    g = glosses[0]
    if not (g["each"] or _singular(g["name"].split()[-1]) != g["name"].split()[-1].lower()):
        return question, None
    try:
        factors(g["known"].strip())
    except UnitError:
        return question, None
    try:
        factors(g["unit"])
        return question, None  # a unit the engine knows: its own size, not the bracket's
    except UnitError:
        pass
    size, known = Decimal(g["size"].replace(",", "")), g["known"].strip()

    def restated(v: re.Match[str]) -> str:
        """One value in the glossed unit, in the known unit."""
        return f"{format((Decimal(v['value'].replace(',', '')) * size).normalize(), 'f')} {known}"

    uses = re.compile(rf"(?<![\w.])(?P<value>{NUMBER})\s*{re.escape(g['unit'])}(?![\w])")
    text = question[: g.end("unit")] + question[g.end() :]  # the gloss out, its value kept to be restated
    note = f"{g['value']} {g['unit']} at the question's {g['size']} {known} per {g['unit']} ({g['name'].strip()})"
    return uses.sub(restated, text), f"{note} = {restated(g)}"


def _restate_equated(question: str) -> tuple[str, str | None]:
    """A value in a unit the question equates to a known unit ("1 board foot = 144 cubic inches") restated in the
    known unit, the definition taken out; (question, None) when it defines no unit so, the known unit is none the unit
    engine reads, or the question states no value (or several) in the defined unit."""
    from plugins.symbolic.units import UnitError, factors

    definitions = list(_EQUATED.finditer(question))
    if len(definitions) != 1:
        return question, None
    d = definitions[0]
    try:
        factors(d["known"].strip())
    except UnitError:
        return question, None
    unit = [_singular(w) for w in d["unit"].split()]
    found = [
        (v, said)
        for v in _VALUE_WORDS.finditer(question)
        if not d.start() <= v.start() < d.end() and (said := _names_unit(v["words"], unit))
    ]
    if len(found) != 1:
        return question, None
    v, said = found[0]
    restated = f"{format((Decimal(v['value']) * Decimal(d['size'])).normalize(), 'f')} {d['known'].strip()}"
    definition = " ".join(d.group(0).strip(" ()").split())
    note = f"{v['value']} {said} at the question's {definition} = {restated}"
    spans = sorted([(v.start(), v.start("words") + len(said), restated), (d.start(), d.end(), "")], reverse=True)
    text = question
    for start, end, written in spans:  # the later span first, so the earlier one's place holds
        text = text[:start] + written + text[end:]
    return text, note
