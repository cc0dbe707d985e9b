"""Totals of an attribute chart said around what it counts: the number of samples in words ("twenty samples of
150", kept as words by the shared reader beside "two sample t-test"), and a c or u chart named with the thing it
counts per unit ("c chart for porosity indications per weld radiograph. 25 radiographs, 96 indications total")."""

from __future__ import annotations

import re

from plugins.api.number_words import number_words
from plugins.api.prose import NUMBER

_GROUPS = r"(?=\s+(?:samples|sub-?groups)\s+of\b)"


def samples_in_digits(q: str) -> str:
    """``q`` with a count of samples written in words as digits: "twenty samples of 150" -> "20 samples of 150"."""

    def digits(m: re.Match[str]) -> str:
        written = number_words(m.group(1))
        return written if re.fullmatch(r"\d+", written) else m.group(1)

    return re.sub(rf"\b([a-z]+(?:-[a-z]+)?){_GROUPS}", digits, q)


# "c chart for porosity indications per weld radiograph": what is counted (its last word) and the unit inspected
_NAMED = re.compile(r"\b[cu][- ]?chart\s+(?:for|of|on|tracking)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+?)s?\s+per\s+"
                    r"(?:[a-z-]+\s+)?([a-z-]+?)s?\b")  # fmt: skip


def counted_per_unit(q: str) -> tuple[str, str] | None:
    """(total count, number of units) of a c or u chart named "for <things> per <unit>", from "25 radiographs"
    and "96 indications total" (or "in total", "a total of 96 indications"); None when either is unsaid."""
    m = _NAMED.search(q)
    if m is None:
        return None
    thing, unit = (re.escape(word) for word in m.groups())
    total = re.search(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+)?{thing}s?\s+(?:in\s+)?total\b", q) or re.search(
        rf"\ba\s+total\s+of\s+({NUMBER})\s+(?:[a-z-]+\s+)?{thing}s?\b", q
    )
    units = re.search(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+)?{unit}s\b", q)
    return (total.group(1), units.group(1)) if total and units else None
