"""The one table of time units the symbolic readers share: each unit's words and abbreviations, its one name (the
unit registry's: "s", "min", "h", "day", "week", "month", "year") and, for the units of a fixed length, its seconds."""

from __future__ import annotations

_SPELLINGS: dict[str, tuple[str, ...]] = {
    "s": ("s", "sec", "secs", "second", "seconds"),
    "min": ("min", "mins", "minute", "minutes"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "day": ("d", "day", "days"),
    "week": ("wk", "wks", "week", "weeks"),
    "month": ("month", "months"),
    "year": ("y", "yr", "yrs", "year", "years"),
}
# each word or abbreviation of a time unit, lower case, and the unit's name: "minutes" -> "min", "yrs" -> "year"
TIME_UNITS: dict[str, str] = {word: unit for unit, words in _SPELLINGS.items() for word in words}
# the seconds in each unit that converts exactly (a month or a year has no one length)
SECONDS: dict[str, int] = {"s": 1, "min": 60, "h": 3600, "day": 86400, "week": 604800}
# the abbreviations that are single letters a formula also uses as names ("d" of "dy/dt", "y")
SINGLE_LETTER_TIMES = frozenset({"d", "y"})


def time_unit(word: str | None) -> str | None:
    """The name of the time unit ``word`` is written as ("minutes" -> "min", "Hrs" -> "h"); None for no time unit."""
    return TIME_UNITS.get(word.lower()) if word else None


def time_unit_pattern(*, letters: bool = True) -> str:
    """A regular expression of every time unit's words, the longer first ("minutes" before "min"); without the
    single-letter abbreviations "d" and "y" when ``letters`` is false (where those letters name variables)."""
    words = (word for word in TIME_UNITS if letters or word not in SINGLE_LETTER_TIMES)
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))
