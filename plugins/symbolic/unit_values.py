"""Values a formula's names take by the units the question declares for them.

"Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha) ... a peak of 4.2 m³/s from a 35 ha estate": the bracket says which
unit each name is measured in, so "4.2 m³/s" is Q and "35 ha" is A. A name gets a value only when exactly one number
is written in its unit, and no other name is declared in that same unit.
"""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

# "Q in m³/s", "A in ha", "i in mm/h": a name, "in", its unit (up to a comma, a semicolon or the bracket's end)
_DECLARED = r"(?<![\w.])(?P<name>{names})\s+in\s+(?P<unit>[^\s,;()]+)(?=\s*[,;)]|\s+and\b)"


def declared_units(text: str, names: set[str]) -> dict[str, str]:
    """Each of ``names`` the question declares a unit for ("A in ha" -> {"A": "ha"}); a name declared twice, or two
    names declared in one unit, are left out."""
    if not names:
        return {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    units: dict[str, list[str]] = {}
    for m in re.finditer(_DECLARED.format(names=alternatives), text):
        units.setdefault(m["name"], []).append(m["unit"])
    single = {name: unit[0] for name, unit in units.items() if len(unit) == 1}
    shared = list(single.values())
    return {name: unit for name, unit in single.items() if shared.count(unit) == 1}


def values_by_unit(
    units: dict[str, str], text: str, taken: list[tuple[int, int]]
) -> dict[str, tuple[str, tuple[int, int]]]:
    """The value of each name in ``units`` read by its unit: the one number written in that unit in ``text`` ("4.2
    m³/s"), away from the spans already ``taken``; its text and span. A name whose unit holds no number, or several,
    gets none."""
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for name, unit in units.items():
        hits = [
            m
            for m in re.finditer(rf"(?<![\w.^*/])(?P<value>{NUMBER})\s*{re.escape(unit)}(?![\w/^²³])", text)
            if not any(a <= m.start() < b for a, b in taken)
        ]
        if len(hits) == 1:
            out[name] = (hits[0]["value"], hits[0].span())
    return out
