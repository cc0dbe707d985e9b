"""Units a question defines for itself: "7 US beer barrels (31 US gallons per barrel)". The value is restated in
the unit of the definition, exactly ("217 US gallons"), so the conversion uses the question's own definition rather
than any table's (a US beer barrel is 31 gallons, an oil barrel 42)."""

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


def restate_defined(question: str) -> tuple[str, str | None]:
    """``question`` with a value in a unit it defines restated in the defining unit, and a note saying so:
    "7 US beer barrels (31 US gallons per barrel)" -> "217 US gallons"; (question, None) when it defines none."""
    m = _DEFINED.search(question)
    if m is None:
        return question, None
    restated = f"{format((Decimal(m['value']) * Decimal(m['size'])).normalize(), 'f')} {m['known'].strip()}"
    said = question[m.start() : m.end("plural") if m["plural"] else m.end("unit")]
    note = f"{said} at the question's {m['size']} {m['known'].strip()} per {m['unit']} = {restated}"
    return question[: m.start()] + restated + question[m.end() :], note
