"""Shares per item that a binomial count may be built on, beyond a percentage: a ratio ("1 in 50 parts is
defective", "one out of every 200 boards fails") and the rates that are no share per item: a percentage or a
fraction per unit of time ("0.5% per hour", "a failure rate of 0.002 per day", "1 in 50 per hour"), which says how often, not which
share of the pieces; and a yield, the share of good items ("die yield runs 92%") when the count asked is of good
ones."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER

_RATIO = r"(\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?(\d+)"  # "1 in 50", "one out of every 200"
_TIME = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|shifts?)"
# "0.5% per hour", "0.5% of units fail per hour", "0.002 failures an hour", "0.5%/h", "1 in 50 per hour"
_PER_TIME = re.compile(
    rf"(?<![\w.])((?:\d+|one)\s+(?:in|out of)\s+(?:every\s+|each\s+)?\d+|{NUMBER})\s*(%|percent\b)?\s*"
    rf"(?:[a-z-]+\s+){{0,4}}?(?:(?:per|an?|each|every)\s+(?:{NUMBER}\s*)?|/\s*){_TIME}(?![a-z0-9^])"
)


def share_per_time(q: str, share: Fraction) -> str | None:
    """Where the question states ``share`` per unit of time, as written ("0.5% per hour" -> "0.5%" for 0.005, "1 in
    50 per hour" for 1/50); None when it states it per item only ("200 parts per hour, 2% defective": the 2% is no
    rate)."""
    for m in _PER_TIME.finditer(q):
        value = _ratio(re.fullmatch(_RATIO, m.group(1))) or Fraction(m.group(1)) / (100 if m.group(2) else 1)
        if value == share and (m.group(2) or value < 1):
            return m.group(1) + ("%" if m.group(2) else "")
    return None


def _ratio(m: re.Match[str] | None) -> Fraction | None:
    """k/N of a ratio matched by ``_RATIO`` ("one in 50" -> 1/50); None without one, or when k is not below N."""
    if m is None:
        return None
    bad_items, items = (1 if m.group(1) == "one" else int(m.group(1))), int(m.group(2))
    return Fraction(bad_items, items) if 0 < bad_items < items else None


def ratio_share(q: str, bad: str) -> str | None:
    """The share bad per item written as a ratio, exactly ("1 in 50 parts is defective" -> "1/50", "one out of every
    200 boards fails" -> "1/200", "the defect rate is 1 in 50"; a lone "one" stays a word in the plain text): k in
    N with k < N, a word of ``bad`` within a few words after it or naming its rate before it; None when absent."""
    m = re.search(
        rf"(?<![\w.]){_RATIO}(?!\.?\d|\s*%|\s*{_TIME}\b)\s*(?:[\w-]+\s+){{0,3}}?"
        rf"(?:is|are|will be|turns? out|comes? out|)\s*(?:{bad})",
        q,
    ) or re.search(
        rf"\b(?:{bad})[\w-]*\s+(?:rate|risk|chance|probability)\s+(?:is\s+|of\s+|=\s*|:\s*)?"
        rf"(?:about\s+|around\s+|roughly\s+)?{_RATIO}(?!\.?\d|\s*%|\s*{_TIME}\b)",
        q,
    )
    share = _ratio(m)
    return None if share is None else str(share)


# "2% of bottles off the filler are underfilled", "5 percent of the castings turn out porous": a share of the items
# and the property it counts (group 2)
_PROPERTY = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+of\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){{0,4}}?"
    r"(?:are|is|were|was|come\s+out|comes\s+out|turn\s+out|turns\s+out|end\s+up|ends\s+up)\s+(?:being\s+)?"
    r"([a-z][a-z-]{3,})\b"
)


def property_share(q: str, counted: str) -> str | None:
    """The share of the items with a property ("2% of bottles are underfilled" -> "0.02") when the count asked
    (``counted``, the text after its number) names the same property ("at most 2 of them are underfilled"); None
    otherwise: a share of something else is no probability per item of what is counted."""
    for m in _PROPERTY.finditer(q):
        word = m.group(2)
        if word not in {"from", "made", "sold", "used"} and re.search(rf"\b{re.escape(word)}\b", counted):
            share = Fraction(m.group(1)) / 100
            return str(float(share)) if 0 < share <= 1 else None
    return None


# "die yield on this product runs 92%", "a yield of 95%", "95% first-pass yield": the share of good items
_YIELD = re.compile(
    rf"\byield\b\s+(?:[\w-]+\s+){{0,4}}?(?:is|of|runs?|=|:|at|around|about|averages?)\s*(?:about\s+|around\s+)?"
    rf"({NUMBER})\s*(?:%|percent\b)|(?<![\w.])({NUMBER})\s*(?:%|percent\b)\s+(?:first[- ]pass\s+|final\s+)?yield\b"
)
_GOOD = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:are\s+|is\s+|turn\s+out\s+|come\s+out\s+)?(?:good|working|functional|conforming|pass(?:es)?)\b"
)


def yield_share(q: str, counted: str) -> str | None:
    """The yield as the share of good items ("die yield runs 92%" -> "0.92") when the count asked (``counted``, the
    text after its number) is of good ones ("at least 18 of them are good"); None otherwise (a count of bad ones
    is left to the share bad per item)."""
    m = _YIELD.search(q)
    if m is None or not _GOOD.search(counted):
        return None
    share = Fraction(m.group(1) or m.group(2)) / 100
    return str(float(share)) if 0 < share <= 1 else None
