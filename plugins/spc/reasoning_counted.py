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


# the periods (or units) a c chart counts in: "over the last 24 months", "across 26 panels", "in 30 shifts"
_PERIODS = {
    "hour": "hourly",
    "shift": None,
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "quarter": "quarterly",
    "year": "yearly|annual",
}
_UNITS_COUNTED_IN = r"panels|plates|dishes|units|rolls|coils|sheets|boards|lots|batches|inspections|samples"
_OVER = re.compile(
    rf"(?<![\w.])(?P<total>{NUMBER})\s+(?:[a-z][a-z-]*\s+){{0,4}}?[a-z][a-z-]*s\s+"
    r"(?:(?:were|was|have\s+been)\s+)?(?:(?:logged|found|recorded|observed|counted|seen|reported)\s+)?"
    r"(?:over|across|in|during|within|from)\s+(?:the\s+|our\s+)?(?:last\s+|past\s+|previous\s+|preceding\s+)?"
    rf"(?P<count>{NUMBER})\s+(?:[a-z][a-z-]*\s+)?(?P<unit>(?:{'|'.join(_PERIODS)})s|{_UNITS_COUNTED_IN})\b"
)


def counted_over(q: str) -> tuple[str, str, str] | None:
    """(total count, number of periods or units, the period's word) of a c chart's counts said as a total over
    them: "108 leak indications over the last 24 months" -> ("108", "24", "months"), "312 nonconformities across 26
    panels"; None when unsaid or when two such totals are said."""
    found = {(m.group("total"), m.group("count"), m.group("unit")) for m in _OVER.finditer(q)}
    return found.pop() if len(found) == 1 else None


def other_period(q: str, unit: str) -> str | None:
    """A period the counts are said to be taken in other than ``unit`` ("24 months ... counted per week"): the
    words naming it, or None when every period said per count is ``unit`` (or it is no period)."""
    said = unit.rstrip("s")
    for period, adverb in _PERIODS.items():
        words = rf"\b(?:per|each|every|a)\s+{period}\b" + (rf"|\b(?:{adverb})\b" if adverb else "")
        if period != said and (m := re.search(words, q)):
            return m.group(0)
    return None
