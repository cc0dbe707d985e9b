"""Shares per item that a binomial count may be built on, beyond a percentage: a ratio ("1 in 50 parts is
defective", "one out of every 200 boards fails") and the rates that are no share per item: a percentage or a
fraction per unit of time ("0.5% per hour", "a failure rate of 0.002 per day"), which says how often, not which
share of the pieces."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER

_TIME = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|shifts?)"
# "0.5% per hour", "0.5% of units fail per hour", "0.002 failures an hour", "0.5%/h"
_PER_TIME = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(%|percent\b)?\s*(?:[a-z-]+\s+){{0,4}}?(?:(?:per|an?|each|every)\s+(?:{NUMBER}\s*)?|/\s*)"
    rf"{_TIME}(?![a-z0-9^])"
)


def share_per_time(q: str) -> str | None:
    """The first share (a percentage, or a value below 1) the question states per unit of time, as written ("0.5%
    per hour" -> "0.5%"); None when it states none."""
    for m in _PER_TIME.finditer(q):
        if m.group(2) or float(m.group(1)) < 1:
            return m.group(1) + ("%" if m.group(2) else "")
    return None


def ratio_share(q: str, bad: str) -> str | None:
    """The share bad per item written as a ratio, exactly ("1 in 50 parts is defective" -> "1/50", "one out of every
    200 boards fails" -> "1/200"; a lone "one" stays a word in the plain text): k in N with k < N, followed by a word of ``bad`` within a few words; None when absent."""
    m = re.search(
        rf"(?<![\w.])(\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?(\d+)(?![\d.%]|\s*{_TIME}\b)\s*(?:[\w-]+\s+){{0,3}}?"
        rf"(?:is|are|will be|turns? out|comes? out|)\s*(?:{bad})",
        q,
    )
    if m is None:
        return None
    bad, items = (1 if m.group(1) == "one" else int(m.group(1))), int(m.group(2))
    return str(Fraction(bad, items)) if 0 < bad < items else None
