"""Lifetimes of the exponential model for the probability planner: the rate or the mean life, with their time
units, and the time window a question asks about.

Rates: "failure rate 2e-4 per hour" (also "2x10^-4", "2*10^-4", written out by ``prose.scientific``), "lambda =
0.002/h", "0.2 failures per 1000 hours"; means: "MTBF 5000 h", "mean life of 5000 hours", "mean time to failure
200 days". Windows: "fails within the first 1000 hours", "before 500 h", "by 2000 hours" (the lower tail);
"survives past T", "lasts longer than T", "still working after T", "no failure in the first T", "gets through a T
campaign", "a T mission without failing", "reliability at T" (the upper tail); "between T1 and T2", "after T1 but before T2" (the mass between). A time in another unit than the rate's is
converted exactly (a rate per hour over "30 days": the rate times 24); units that do not convert are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_rates import UNIT, canonical, unit_ratio

_T = rf"({NUMBER})(?:-?\s*(?:{UNIT}))?"  # a time and its unit, "500 h" or "72-hour" (two groups)
_RATE = re.compile(
    rf"\b(?:failure\s+|hazard\s+)?(?:rate|lambda)\s*(?:=|:|of|is|was)?\s*(?:about\s+|approximately\s+|roughly\s+)?"
    rf"({NUMBER})(?:\s*(?:failures?|events?|breakdowns?)?\s*(?:per|/|an?|each|every)\s*(?:({NUMBER})\s*)?{UNIT})?"
)
_MEAN = re.compile(
    r"\b(?:mtbf|mttf|mean(?:\s+(?:life(?:time)?|time\s+(?:to|between)\s+failures?))?|average\s+life(?:time)?|"
    rf"expected\s+life(?:time)?)\s*(?:=|:|of|is|was)?\s*(?:about\s+|approximately\s+)?{_T}"
)
_ON_AVERAGE = re.compile(  # a mean life in words: "lasts 5000 hours on average", "lasts an average of 5000 h"
    rf"\b(?:lasts?|lives?|runs?)\s+(?:(?:an?\s+)?(?:average|mean)\s+(?:of\s+)?{_T}|{_T}\s+on\s+average)"
)
_FIRST = r"(?:the\s+|its\s+)?(?:first\s+|initial\s+|next\s+)?"
_FAIL = r"(?:fails?|failing|failure|breaks?\s+down|dies?|wears?\s+out)"
_UP = (  # P(T > t)
    rf"\b(?:survives?|surviving|survival|lasts?|lasting|still\s+(?:working|running|operating|functioning|alive|"
    rf"going|in\s+service)|(?:keeps|continues)\s+(?:working|running)|operates?|works?)\s+(?:(?:past|beyond|longer\s+than|"
    rf"more\s+than|over|after|at\s+least|to|until|for|through)\s+){{0,2}}{_FIRST}{_T}",
    rf"\bno\s+failures?\s+(?:in|within|during|before|by)\s+{_FIRST}{_T}",
    # "gets through a 500 h campaign", "completes a 200-hour mission without failing"
    rf"\b(?:gets?|getting|makes?\s+it|making\s+it|comes?|lasts?)\s+through\s+(?:an?\s+|the\s+|its\s+)?{_T}",
    rf"\b{_T}[-\s]+(?:\w+\s+){{0,2}}without\s+(?:an?\s+|any\s+)?{_FAIL}",
    rf"\bwithout\s+(?:an?\s+|any\s+)?{_FAIL}\s+(?:for|in|during|over|through|within)\s+{_FIRST}{_T}",
    rf"\b{_FAIL}\s+(?:only\s+)?after\s+{_FIRST}{_T}",
    rf"\breliability\s+(?:at|for|over|of|to|after)\s+{_FIRST}{_T}|\br\(\s*{_T}\s*\)",
)
_DOWN = (  # P(T <= t)
    rf"\b{_FAIL}\s+(?:\w+\s+){{0,2}}?(?:within|before|by|in\s+less\s+than|sooner\s+than|earlier\s+than|in|during)"
    rf"\s+{_FIRST}{_T}",
    rf"\b(?:within|before|by|in|during)\s+(?:the\s+|its\s+)(?:first|initial|next)\s+{_T}",
    rf"\b(?:within|before)\s+{_T}",
)
_BETWEEN = (rf"\bbetween\s+{_T}\s+and\s+{_T}", rf"\bfrom\s+{_T}\s+(?:to|until|till)\s+{_T}")


@dataclass(frozen=True)
class Rate:
    """The rate as study-language text ("2e-4", "0.2/1000", "1/5000") and its time unit (None when unsaid)."""

    text: str
    unit: str | None


@dataclass(frozen=True)
class Window:
    """``cdf`` (at most t), ``sf`` (beyond t) or ``between`` (t1 to t2), the times as written, and their unit."""

    fn: str
    times: tuple[str, ...]
    unit: str | None


def exponential_rate(q: str) -> Rate | None:
    """The rate of "failure rate 2e-4 per hour", "0.2 failures per 1000 h", or 1/mean of "MTBF 5000 h"."""
    if m := _RATE.search(q):
        per = f"/{m.group(2)}" if m.group(2) else ""
        return Rate(f"{m.group(1)}{per}", _unit(m.group(3)))
    if m := _MEAN.search(q):
        return Rate(f"1/{m.group(1)}", _unit(m.group(2)))
    if m := _ON_AVERAGE.search(q):
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return Rate(f"1/{value}", _unit(unit))
    return None


def lifetime_window(q: str) -> Window | None:
    """The window asked ("within the first 1000 hours": cdf at 1000 h); None when the question words none. The
    rate and the mean life are not windows ("lasts 5000 hours on average")."""
    for found in (*_RATE.finditer(q), *_MEAN.finditer(q), *_ON_AVERAGE.finditer(q)):
        q = q[: found.start()] + " " * (found.end() - found.start()) + q[found.end() :]
    for pattern in _BETWEEN:
        if m := re.search(pattern, q):
            units = {u for u in (_unit(m.group(2)), _unit(m.group(4))) if u}
            if len(units) > 1:
                raise PlanError("write both ends of the window in one unit, e.g. 'between 1000 and 2000 hours'")
            return Window("between", (m.group(1), m.group(3)), units.pop() if units else None)
    after, before = _first(q, _UP), _first(q, _DOWN)
    if after and before and float(after[0]) != float(before[0]):  # "fails after 1000 h but before 2000 h"
        units = {u for u in (after[1], before[1]) if u}
        if float(after[0]) > float(before[0]) or len(units) > 1:
            raise PlanError("the window's start and end disagree: write it 'between T1 and T2' in one unit")
        return Window("between", (after[0], before[0]), units.pop() if units else None)
    if after or before:  # "no failure in the first T" is also "failure in the first T": the survival reading
        value, unit = after or before
        return Window("sf" if after else "cdf", (value,), unit)
    return None


def _first(q: str, patterns: tuple[str, ...]) -> tuple[str, str | None] | None:
    """The time (and its unit) of the first pattern that matches."""
    for pattern in patterns:
        if m := re.search(pattern, q):
            value, unit = next((m.group(i), m.group(i + 1)) for i in (1, 3) if m.lastindex >= i and m.group(i))
            return value, _unit(unit)
    return None


def rate_in(rate: Rate, unit: str | None) -> str:
    """The rate per ``unit`` (the window's): "2e-4" per hour over days -> "2e-4*24"; PlanError when they do not
    convert ("per year" and hours)."""
    if rate.unit is None or unit is None or rate.unit == unit:
        return rate.text
    ratio = unit_ratio(rate.unit, unit)
    if ratio is None:
        raise PlanError(f"the rate is per {rate.unit} but the time is in {unit}s: give both in one unit")
    factor = str(ratio) if ratio.denominator == 1 else f"({ratio})"
    return f"{rate.text}*{factor}" if "/" not in rate.text else f"({rate.text})*{factor}"


def _unit(written: str | None) -> str | None:
    return canonical(written) if written else None
