"""The average value of a function over an interval, asked in words, as text: integral of f from a to b, over b - a.

"average value of 3x^2 on [0, 10]", "mean value of sin x for 0 <= x <= pi", "average of f(x) = x^2 from 0 to 3",
"f(x) = x^2. average value on the interval [0, 3]", "T(t) = 20 + 5 sin(pi t/12) degC. average temperature between
t = 0 and t = 24" (the phrase must refer to the function defined, as for a rate: ``Definition.named_by``; "the average
velocity" of a position s(t) does not); "time-averaged temperature over the cycle" over the one interval the question
states elsewhere ("(t from 0 to 30 min)"); "average value of A over the first 24 months" (also "... of the run", "... after start-up") of a time t given in months
("t in months"; another unit, or none, is not read). An average rate of change, (f(b) - f(a))/(b - a), is not read here, nor is
an average of data (the integrand must be mathematics in a variable). Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import ExtractError, math_expression
from plugins.symbolic.calculus_prose import explicit_bounds, sole_bounds, trailing_bounds, window_bounds
from plugins.symbolic.remarks import MATH_WORDS, only_units
from plugins.symbolic.word_problems import definitions, function_body

_ASK = re.compile(r"\b(?:time[- ])?(?:average|averaged|avg\.?|mean)\s+(?!rate\b)(?:value\s+)?(?:of\s+)?", re.I)
# what may follow a window "over the first 24 months": "... of the bake", "... after loading"
_WINDOW_TAIL = re.compile(r"(?:\s+(?:of|after|since|from)\s+(?:the\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?)?\s*$", re.I)
# "over the cycle", "over one period", "across the whole run", "over the full width": the one interval the question
# states elsewhere
_WHOLE = re.compile(
    r"(?:^|\s+)(?:over|during|across|for|in)\s+(?:the|a|one|each|its|that|this)\s+(?:(?:full|whole|entire|complete)\s+)?"
    r"(?:cycle|period|interval|range|run|window|width|length|span|domain)\s*$",
    re.I,
)
_LETTERS = re.compile(r"(?<![A-Za-z])([a-df-z])(?![A-Za-z(])")


@dataclass(frozen=True)
class AverageAsk:
    """The integrand as written (a defined function's body when the ask refers to it), its variable when the
    question names it, and both bounds as written."""

    body: str
    var: str | None
    lo: str
    hi: str


def average_value(question: str, context: str | None = None) -> AverageAsk | None:
    """The average value the question asks of a function over an interval, or None when it asks none; ``context``
    (the question with its remarks, "(t from 0 to 30 min, t in months)"; ``question`` itself by default) holds the
    interval of "over the cycle" and the unit of t of "over the first 24 months"."""
    context = question if context is None else context
    for m in _ASK.finditer(question):
        rest = question[m.end() :].rstrip(" ?.!")
        found = trailing_bounds(rest)
        if found is None and (bounds := explicit_bounds(rest)) and only_units(rest[bounds.end :]):
            found = rest[: bounds.start], (bounds.lo, bounds.hi), bounds.var
        found = _restated(found, context) if found else _first(rest, context) or _whole(rest, context)
        if found is None:
            continue
        text, (lo, hi), var = found
        integrand = _integrand(question, text, m.end())
        if integrand is not None:
            body, arg = integrand
            return AverageAsk(body, var or arg, lo, hi)
    return None


def _integrand(question: str, text: str, at: int) -> tuple[str, str | None] | None:
    """(body, argument) of what is averaged: the one function defined when the text refers to it ("f", "it", "the
    temperature") or defines it inside the ask; else the text itself when it is mathematics in a variable."""
    found = definitions(question)
    if len(found) == 1:
        function = found[0]
        inside = at <= function.start < at + len(text)
        if not text.strip() or inside or function.named_by(text, question, at):
            return function.body, function.arg
    body, arg = function_body(question, text)
    if any(word.lower() not in MATH_WORDS for word in re.findall(r"[A-Za-z]{2,}", body)):
        return None  # words ("the sample average is between 9 and 11"), not mathematics
    try:
        parsed = math_expression(body)
    except ExtractError:
        return None
    return (body, arg) if _LETTERS.search(parsed) else None


def _first(rest: str, context: str) -> tuple[str, tuple[str, str], str] | None:
    """(text before, (0, n), "t") of an ask ending "over the first n <time unit>" ("over the first half hour") in
    the unit the question gives t ("t in months") or one converting exactly to it (``window_bounds``); None
    otherwise (no unit given, or another)."""
    bounds = window_bounds(rest, context)
    if bounds is None or bounds.lo != "0" or not _WINDOW_TAIL.match(rest, bounds.end):
        return None
    return rest[: bounds.start], (bounds.lo, bounds.hi), "t"


def _restated(
    found: tuple[str, tuple[str, str], str | None], context: str
) -> tuple[str, tuple[str, str], str | None] | None:
    """``found`` with a window its bounds restate cut from the text before them ("over the first 6 hours, t=0 to
    t=6"); None when that window says other bounds ("the first 6 hours, t = 0 to 8")."""
    text, bounds, var = found
    window = _first(text, context)
    if window is None:
        return found
    if window[1] != bounds:
        return None
    return window[0], bounds, var or window[2]


def _whole(rest: str, context: str) -> tuple[str, tuple[str, str], str | None] | None:
    """(text before, bounds, their variable) of an ask ending "over the cycle" or "over one period": the one
    interval ``context`` states ("t from 0 to 30 min"); None when it states none or more than one."""
    m = _WHOLE.search(rest)
    bounds = sole_bounds(context) if m else None
    if m is None or bounds is None:
        return None
    return rest[: m.start()], (bounds.lo, bounds.hi), bounds.var
