"""A unit's unavailability, for the probability planner's count of units up: "four identical units, each with forced
outage rate FOR = 0.05, outages independent; probability at least 3 of the 4 are available" is binomial with the
probability of being up, 1 - 0.05, per unit.

The unavailability is a probability, not a rate per time: "forced outage rate (FOR) = 0.05", "FOR 5%",
"unavailability 0.05", "down 5% of the time", "out of service 5% of the time". A value per a time ("FOR 0.05 per
hour") is no such probability and is not read. The state counted is read from the clause of the count asked: up
("available", "up", "running", "working", "in service", "online") or down ("down", "unavailable", "out", "on
outage", "offline"); neither or both is refused, never guessed.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError

_TIME = r"(?:hours?|hrs?|h|days?|weeks?|months?|years?|yr)\b"
_NAMED = (
    r"\b(?:forced\s+outage\s+rate|for(?=\s*(?:[=:]|of\b|is\b))|unavailability|forced\s+outage\s+probability|probability\s+of\s+(?:being\s+)?"
    r"(?:down|unavailable|out\s+of\s+service))\b"
)
_DOWN_STATE = r"(?:down|unavailable|out\s+of\s+service|on\s+(?:forced\s+)?outage|offline|off-?line)"
_UNAVAILABLE = (
    re.compile(
        rf"{_NAMED}(?:\s*\((?:for|forced\s+outage\s+rate)\))?\s*(?:of|is|=|:|at)?\s*(?:about\s+|around\s+)?"
        rf"(?<![\w.])(?P<value>{NUMBER})(?![\d.])\s*(?P<sign>%?)(?!\s*(?:per|/|an?|each)\s*{_TIME})"
    ),
    re.compile(
        rf"\b(?:is|are|goes|go|being|sits?)\s+{_DOWN_STATE}\s+(?:about\s+|around\s+|roughly\s+)?"
        rf"(?<![\w.])(?P<value>{NUMBER})\s*(?P<sign>%|percent\b)\s+of\s+the\s+time\b"
    ),
)
_UP = re.compile(
    r"\b(?:available|up|running|working|operating|operational|in\s+service|online|on-?line|functioning|"
    r"functional|operable)\b"
)
_DOWN = re.compile(rf"\b(?:{_DOWN_STATE}|out|failed|tripped)\b")


def read_unavailability(q: str) -> str | None:
    """The probability that one unit is down, as a fraction ("FOR = 0.05", "down 5% of the time" -> "0.05"); None
    when the question states none (see the module's docstring)."""
    m = next((m for m in (pattern.search(q) for pattern in _UNAVAILABLE) if m), None)
    if m is None:
        return None
    value = Fraction(m.group("value")) / (100 if m.group("sign") else 1)
    return str(float(value)) if 0 < value < 1 else None


def probability_counted(down: str, counted: str) -> str:
    """The probability per unit of the state the count asks about: 1 - ``down`` for units up, ``down`` for units
    down, read from the clause that follows the count asked (``counted``: "of the 4 are available at a given hour").
    PlanError when that clause names neither state or both."""
    clause = re.split(r"[.;?!,]", counted, maxsplit=1)[0]
    up, out = bool(_UP.search(clause)), bool(_DOWN.search(clause))
    if up == out:
        raise PlanError("a unit's unavailability is stated, but not whether units up or units down are counted: ask "
                        "e.g. 'at least 3 of the 4 available' or 'at most 1 of the 4 down'")  # fmt: skip
    return str(float(1 - Fraction(down))) if up else down
