"""Rates of events for the Poisson planner: "4 calls per hour", "4/hr", "2.5/min", "0.3 per m^2", and the
window a question counts in ("in a two-minute window", "over 30 minutes", "in a 10 m^2 panel"), scaled exactly."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER

# canonical unit -> how it is written (longest first where one form starts another)
_FORMS = (
    ("second", r"seconds?|secs?|s"),
    ("minute", r"minutes?|mins?"),
    ("hour", r"hours?|hrs?|h"),
    ("day", r"days?"),
    ("week", r"weeks?|wks?"),
    ("month", r"months?"),
    ("year", r"years?|yrs?"),
    ("cm^2", r"(?:square|sq\.?)\s*(?:centimet(?:re|er)s?|cm)|cm\s*\^\s*2|cm2"),
    ("ft^2", r"(?:square|sq\.?)\s*(?:feet|foot|ft)|ft\s*\^\s*2|ft2"),
    ("m^2", r"(?:square|sq\.?)\s*(?:met(?:re|er)s?|m)|m\s*\^\s*2|m2"),
    ("km", r"km|kilomet(?:re|er)s?"),
    ("cm", r"cm|centimet(?:re|er)s?"),
    ("mm", r"mm|millimet(?:re|er)s?"),
    ("m", r"met(?:re|er)s?|m"),
    ("mile", r"miles?"),
    ("ft", r"feet|foot|ft"),
    ("page", r"pages?"),
    ("shift", r"shifts?"),
    ("unit", r"units?"),
    ("batch", r"batch(?:es)?"),
    ("lot", r"lots?"),
    ("roll", r"rolls?"),
    ("sheet", r"sheets?"),
    ("panel", r"panels?"),
    ("board", r"boards?"),
    ("wafer", r"wafers?"),
)
UNIT_FORMS = "|".join(form for _, form in _FORMS)  # a unit as written, with nothing said about what follows it
UNIT = f"({UNIT_FORMS})" + r"(?![a-z0-9^])"
# how many base units (second, metre, square metre) one unit is; units not listed convert only to themselves
_SIZE = {
    "second": ("time", Fraction(1)), "minute": ("time", Fraction(60)), "hour": ("time", Fraction(3600)),
    "day": ("time", Fraction(86400)), "week": ("time", Fraction(604800)),
    "mm": ("length", Fraction(1, 1000)), "cm": ("length", Fraction(1, 100)), "m": ("length", Fraction(1)),
    "km": ("length", Fraction(1000)), "ft": ("length", Fraction("0.3048")), "mile": ("length", Fraction("1609.344")),
    "cm^2": ("area", Fraction(1, 10000)), "m^2": ("area", Fraction(1)), "ft^2": ("area", Fraction("0.09290304")),
}  # fmt: skip
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
                "half an": Fraction(1, 2), "half a": Fraction(1, 2), "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30}  # fmt: skip
# a comparison before a number makes it the count asked, not the rate ("more than 6 calls per hour")
_ASKED = re.compile(r"(?:at most|at least|more than|fewer than|less than|exactly|no more than|up to|over|under|"
                    r"above|below|[<>=])\s*$")  # fmt: skip
_NOT_BETWEEN = r"(?!(?:in|of|on|at|for|within|over|during|from)\b)"


def canonical(unit: str) -> str:
    """The canonical name of a unit as written: "hrs" -> "hour", "m^2" -> "m^2", "sq m" -> "m^2"."""
    return next(name for name, form in _FORMS if re.fullmatch(form, unit.strip()))


def unit_ratio(unit: str, other: str) -> Fraction | None:
    """How many ``unit`` one ``other`` is, exactly ("hour", "day" -> 24); None when they do not convert."""
    if unit == other:
        return Fraction(1)
    (kind, size), (other_kind, other_size) = _SIZE.get(unit, (unit, 1)), _SIZE.get(other, (other, 1))
    return other_size / size if kind == other_kind else None


def _rate(q: str) -> re.Match[str] | None:
    """The first rate the question states (value, what is counted, how many units its interval is, unit)."""
    pattern = rf"({NUMBER})\s*(?:(?:{_NOT_BETWEEN}(?:[a-z]+\s+{_NOT_BETWEEN})?([a-z]+)\s+)?(?:per|an?|each|every)\s+(?:({NUMBER})\s*)?|/\s*){UNIT}"
    return next((m for m in re.finditer(pattern, q) if not _ASKED.search(q[: m.start()])), None)


def per_unit(q: str) -> tuple[str, str, str | None] | None:
    """The first rate the question states, as (value as written, canonical unit, what is counted if said):
    "4 calls per hour" -> ("4", "hour", "calls"), "4/hr", "4 per hr", "2.5/min", "0.3 per m^2", "3 flaws a
    metre", "2 cracked tiles a shift" -> ("2", "shift", "tiles"), "3 calls every 10 minutes" -> ("3", "minute", "calls") (its span, 10, from ``rate_span``); a count
    asked ("more than 6 calls per hour") is skipped."""
    m = _rate(q)
    return (m.group(1), canonical(m.group(4)), m.group(2)) if m else None


def rate_span(q: str) -> Fraction:
    """How many of its units the first rate's interval is: 10 for "3 calls every 10 minutes", else 1."""
    m = _rate(q)
    return Fraction(m.group(3)) if m and m.group(3) else Fraction(1)


def rate_window(q: str) -> tuple[Fraction, Fraction] | None:
    """How many of the rate's units the question's interval spans, and the interval's length as stated,
    exactly: "2.5 per minute ... in a two-minute window" -> (2, 2), "3 per hour ... over 30 minutes" -> (1/2, 30),
    "3 every 10 minutes ... in 20 minutes" -> (2, 20);
    None when the rate or the interval has no unit, or their units do not convert."""
    stated = per_unit(q)
    rate = stated[1] if stated else (m := re.search(rf"(?:per|an?|each|every|/)\s*{UNIT}", q)) and canonical(m.group(1))
    words = "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    span = re.search(rf"\b(?:in|over|during|within|for|on|across)\s+(?:the\s+next\s+|a\s+given\s+|any\s+|a\s+|an\s+|"
                     rf"one\s+)?({NUMBER}|(?:{words})\b)[- ]?(?:given\s+)?{UNIT}", q)  # fmt: skip
    if not rate or not span:
        return None
    amount = Fraction(_COUNT_WORDS.get(span.group(1)) or Fraction(span.group(1)))
    ratio = unit_ratio(rate, canonical(span.group(2)))
    return (amount * ratio / rate_span(q), amount) if ratio is not None else None
