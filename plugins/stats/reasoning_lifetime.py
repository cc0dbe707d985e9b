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
from fractions import Fraction

from plugins.api.prose import NUMBER, blank_spans
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_rates import UNIT, UNIT_FORMS, canonical, unit_ratio

_T = rf"({NUMBER})(?:-?\s*(?:{UNIT}))?"  # a time and its unit, "500 h" or "72-hour" (two groups)
_ABOUT = r"(?:about\s+|approximately\s+|roughly\s+|around\s+|~\s*)?"
_EVENTS = r"(?:failures?|events?|breakdowns?|faults?|trips?|arrivals?)"
# what a rate is per: "per hour", "/h", "per 1000 hours", "per million hours", "per 10^6 h", "failures an hour"
_PER = (
    rf"(?:\s*{_EVENTS})?\s*(?:per\b|/|an?\b|each\b|every\b)\s*"
    rf"(?:(?P<scale>{NUMBER}|10\s*\^\s*\d+|(?:a\s+|one\s+)?(?:thousand|million|billion))\s*)?(?P<unit>{UNIT})"
)
_RATE = re.compile(
    rf"\b(?:failure\s+|hazard\s+)?(?:rate|lambda)(?:\s*\(?\s*(?:per|/)\s*(?P<pre>{UNIT})\s*\)?)?"
    rf"\s*(?:=|:|of|is|was)?\s*{_ABOUT}(?P<value>{NUMBER}(?:\s*/\s*{NUMBER})?)(?P<pct>\s*%)?"
    rf"(?:{_PER}|\s*(?P<fit>fits?)\b|\s*(?P<inv>{UNIT_FORMS})\s*\^\s*\(?-\s*1\)?|\s*(?P<bare>{UNIT}))?"
)
# a rate in FIT (failures per 10^9 device-hours) with no rate's name: "a part rated 250 FIT", "250 FITs"; not the
# verb ("3 fit in a box")
_FIT = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s*(?P<fit>fits?)\b(?!\s+(?:in|into|on|onto|inside|within|through)\b)"
)
# a count of failures per unit of time with no rate's name: "4 failures per million hours", "2 breakdowns a day"
_COUNTED = re.compile(rf"(?<![\w.])(?P<value>{NUMBER})(?=\s*{_EVENTS}\b){_PER}")
# a mean life: "MTBF 5000 h", "mean life of 5000 hours", "mean time to failure 200 days", "characteristic life
# 12000 h", "an average lifetime of 3 years", "lifetimes average 12000 hours", "mean of 12000 h", "the average life of
# a bulb is 1000 hours", "mean time between trips of 40 days" (any events named, not a repair's) (group 1: the words)
_LIFE = r"(?:life(?:times?)?|time[\s-]+to[\s-]+failure)"  # "time to failure", "time-to-failure"
# the mean's symbol between its name and its value, plain, Greek or LaTeX: "mean \mu = 18 months", "mean μ = 18",
# "mean theta = 5000 h", "mean $\mu$ = 18"
_MEAN_SYMBOL = r"(?:\s*\$?\s*\\?(?:mu|μ|theta|θ|tau|τ)\b\s*\$?)?"
_MEAN = re.compile(
    rf"\b(mtbf|mttf|mean[\s-]+time[\s-]+(?:to|between|before)[\s-]+(?:failures?|(?!(?:repairs?|restor\w*|recover\w*|fix\w*)\b)[a-z]+(?:[\s-]+[a-z]+)??)|(?:mean|average|expected|characteristic|nominal)"
    rf"\s+{_LIFE}|mean|averag(?:e|es|ing))(?:\s*\([^()]{{0,40}}\))?{_MEAN_SYMBOL}(?:\s+(?:of|for)\s+(?:an?|the|each|one)\s+[a-z-]+)?"
    rf"\s*(?:=|:|of|is|was|equals)?\s*{_ABOUT}{_T}"
)
_ON_AVERAGE = (  # a mean life in words: "lasts 5000 hours on average", "fails about once every 12000 h"
    re.compile(rf"\b(?:lasts?|lives?|runs?)\s+(?:an?\s+)?(?:average|mean)\s+(?:of\s+)?{_T}"),
    re.compile(rf"\b(?:lasts?|lives?|runs?)\s+{_T}\s+on\s+average"),
    re.compile(rf"\b(?:lasts?|lives?|runs?)\s+on\s+average\s+(?:for\s+)?{_T}"),
    re.compile(rf"\b(?:once|one\s+failure|a\s+failure)\s+(?:in|every)\s+{_ABOUT}{_T}"),
)
# a median life, the time by which half have failed (rate ln 2 / median): "median of 18 months", "median survival
# is 18 months", "median time to progression 18 months", "half-life of 30 days"
_MEDIAN = re.compile(
    rf"\b(?:median(?:\s+(?:survival|life(?:times?)?|time(?:\s+to\s+[a-z-]+)?|(?:progression|event)[- ]free\s+"
    rf"survival))?|half[- ]life)(?:\s*\([^()]{{0,40}}\))?\s*(?:=|:|of|is|was|equals)?\s*{_ABOUT}{_T}"
)
_SCALES = {"thousand": "1000", "million": "10^6", "billion": "10^9"}
# "another 2000 h", "a further 2000 h", "an additional 2000 h": a time beyond an age already survived
_MORE = r"(?:another|further|additional|extra)"
_FIRST = rf"(?:the\s+|its\s+|an?\s+)?(?:first\s+|initial\s+|next\s+|full\s+|whole\s+|entire\s+|{_MORE}\s+)?"
# an age already survived: "already survived 1000 h", "has been running for 1000 h", "given it has lasted 1000 hours"
_AGE = re.compile(
    rf"\b(?:already\s+|has\s+|have\s+|had\s+|having\s+)(?:already\s+)?(?:been\s+)?(?:survived|lasted|run|ran|"
    rf"operated|worked|running|operating|working|in\s+service)\s+(?:for\s+)?{_T}"
)
# words after "no" that are no events: "no more than 3", "no later than 10 h", "no one"
_NOT_EVENT = r"(?:more|less|fewer|longer|shorter|later|earlier|sooner|greater|other|one|one's)"
_FAIL = r"(?:fails?|failing|failures?|faults?|breaks?\s*downs?|dies?|wears?\s+out)"
_WITHOUT = r"(?:without|w/o)"  # "without a fault", "w/o a fault"
_UP = (  # P(T > t)
    rf"\b(?:survives?|surviving|survival|lasts?|lasting|still\s+(?:working|running|operating|functioning|alive|"
    rf"going|in\s+service)|(?:keeps|continues)\s+(?:working|running)|operates?|works?)\s+(?:(?:past|beyond|longer\s+than|"
    rf"more\s+than|over|after|at\s+least|to|until|for|through)\s+){{0,2}}{_FIRST}{_T}",
    rf"\bno\s+(?:failures?|faults?)\s+(?:in|within|during|before|by)\s+{_FIRST}{_T}",
    # none of the events, whatever they are called, over a time: "see no visit during the whole 10 minutes", "no
    # break in the next 30 days", "no single trip over the first 90 days" (not "no more than", "no later than")
    rf"\bno\s+(?:single\s+)?(?!{_NOT_EVENT}\b)[a-z][a-z-]+\s+(?:in|within|during|over|through)\s+{_FIRST}{_T}",
    # "gets through a 500 h campaign", "get through the next 30 days with no break"
    rf"\b(?:gets?|getting|makes?\s+it|making\s+it|comes?|lasts?)\s+through\s+{_FIRST}{_T}",
    rf"\b{_T}[-\s]+(?:\w+\s+){{0,2}}{_WITHOUT}\s+(?:an?\s+|any\s+)?{_FAIL}",
    rf"\b{_WITHOUT}\s+(?:an?\s+|any\s+)?{_FAIL}\s+(?:for|in|during|over|through|within)\s+{_FIRST}{_T}",
    rf"\b{_FAIL}\s+(?:only\s+)?after\s+{_FIRST}{_T}",
    # "reliability at 5000 h", "reliability (probability of surviving) at 5000 hours", "R(5000)"
    rf"\breliability(?:\s*\([^()]{{0,60}}\))?\s+(?:at|for|over|of|to|after)\s+{_FIRST}{_T}|\br\(\s*{_T}\s*\)",
    rf"\b(?:survives?|surviving|survival(?:\s+probability)?)\s+at\s+{_FIRST}{_T}",  # "probability of surviving at T"
    # "remain progression-free at 24 months", "still event-free after 2 years", "proportion remaining at 24 months",
    # "still working at 1500 hrs total", "remains in service at 3 years"
    rf"\b(?:remains?|remaining|still)\s+(?:[a-z]+-free\s+|(?:working|running|operating|functioning|alive|going|up|"
    rf"in\s+service)\s+)?(?:at|after|past|beyond)\s+{_FIRST}{_T}",
    # still doing what a working unit does: "still pinging at 365 days", "still transmitting after 90 days"
    rf"\bstill\s+(?!{_FAIL})[a-z]{{3,}}ing\s+(?:at|after|past|beyond)\s+{_FIRST}{_T}",
    rf"\b[a-z]+-free\s+(?:at|after|past|beyond)\s+{_FIRST}{_T}",
    # a time gone through with none of the events: "we go 30 days without a break", "runs 2000 h with no outage",
    # "lasting 90 days without a single trip" (whatever the events are called: the waiting time outlasts T)
    rf"\b(?:go|goes|going|gone|went|run|runs|running|ran|last|lasts|lasting|make\s+it|makes\s+it)\s+(?:for\s+)?"
    rf"{_FIRST}{_T}\s+(?:{_WITHOUT}|with\s+no)\s+(?:an?\s+|any\s+|a\s+single\s+)?[a-z][a-z-]+",
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
    """The rate of "failure rate 2e-4 per hour", "0.2 failures per 1000 h", "500 FIT", "0.5% per 1000 hours", "4
    failures per million hours", a mean count "averages 2 failures per hour", or 1/mean of "MTBF 5000 h", "mean life
    12000 hours", "once every 300 days", or ln 2/median of "a median of 18 months". PlanError when a rate is written as a time ("failure rate 12000 hours") or
    a mean life as a rate ("MTBF 0.002 per hour")."""
    if m := _RATE.search(q):
        return _stated_rate(m)
    if m := _FIT.search(q):
        return Rate(f"{m.group('value')}/10^9", "hour")
    if m := _COUNTED.search(q):
        return Rate(_scaled(m.group("value"), m.group("scale")), _unit(m.group("unit")))
    if m := _MEAN.search(q):
        return _mean_rate(m, q)
    for pattern in _ON_AVERAGE:
        if m := pattern.search(q):
            return Rate(f"1/{m.group(1)}", _unit(m.group(2)))
    if m := _MEDIAN.search(q):
        return Rate(f"log(2)/{m.group(1)}", _unit(m.group(2)))
    return None


def stated_median(q: str) -> tuple[int, int] | None:
    """The span of a median life the question states as the model's parameter ("a median of 18 months"), which is
    given, not asked; None when there is none."""
    m = _MEDIAN.search(q)
    return m.span() if m else None


def _mean_rate(m: re.Match[str], q: str) -> Rate:
    """1/mean of a mean life; a mean with no time unit followed by "per hour" is a mean count, so a rate ("mean of 2
    failures per hour"), and a PlanError for an MTBF or a life written so ("MTBF 0.002 per hour")."""
    per = re.match(_PER, q[m.end() :]) if m.group(3) is None else None
    if per is None:
        return Rate(f"1/{m.group(2)}", _unit(m.group(3)))
    if re.fullmatch(r"mean|averag\w*", m.group(1)):
        return Rate(_scaled(m.group(2), per.group("scale")), _unit(per.group("unit")))
    raise PlanError(f"'{m.group(0).strip()}{per.group(0)}' reads as a rate, but {m.group(1)} is a mean time: write "
                    "the mean life ('MTBF 5000 hours') or the rate ('failure rate 2e-4 per hour')")  # fmt: skip


def _stated_rate(m: re.Match[str]) -> Rate:
    """A rate as the question writes it: a percentage per ("0.5% per 1000 h"), a scale ("per million hours"), FIT
    (failures per 10^9 hours), "h^-1", or a fraction over a unit ("0.2/1000 hours")."""
    value = f"{m.group('value')}/100" if m.group("pct") else m.group("value").replace(" ", "")
    if m.group("fit"):
        return Rate(f"{value}/10^9", "hour")
    if m.group("bare") and "/" not in value:
        raise PlanError(f"'{m.group(0).strip()}' gives a time, not a rate: a mean life is written 'MTBF "
                        f"{m.group('value')} {m.group('bare')}', a rate 'per {canonical(m.group('bare'))}'")  # fmt: skip
    unit = m.group("unit") or m.group("inv") or m.group("bare") or m.group("pre")
    return Rate(_scaled(value, m.group("scale")), _unit(unit))


def _scaled(value: str, scale: str | None) -> str:
    """``value`` per ``scale`` units: "0.2" per "1000" -> "0.2/1000", per "million" -> "0.2/10^6"."""
    if not scale:
        return value
    word = re.sub(r"^(?:a|one)\s+", "", scale)
    return f"{value}/{_SCALES.get(word, word.replace(' ', ''))}"


@dataclass(frozen=True)
class Aged:
    """A window asked of a unit that has survived an ``age`` (as written, in ``unit``): the window's time counted
    from that age (memoryless), and the question's own time (None when it says "another T" itself)."""

    window: Window
    age: str
    stated: str | None


def aged_window(q: str) -> Aged | None:
    """The remaining-life window of "a unit already survived 1000 h: P(it survives another 2000 h)" (sf at 2000 h) or
    "... survives past 3000 h" (sf at 3000 - 1000 h); None when no age survived is stated. PlanError when the ages's
    and the window's units differ, the window is no survival, or it ends before the age."""
    m = _AGE.search(q)
    if m is None:
        return None
    rest = blank_spans(q, [m.span()])
    window = lifetime_window(rest)
    if window is None:
        return None
    age, age_unit = m.group(1), _unit(m.group(2))
    if window.unit and age_unit and window.unit != age_unit:
        raise PlanError("write the age survived and the time asked in one unit, e.g. '1000 h ... another 2000 h'")
    unit = window.unit or age_unit
    if window.fn == "between":
        raise PlanError("a window between two times after an age survived: ask 'survives another T' or 'fails "
                        "within the next T'")  # fmt: skip
    (time,) = window.times
    if re.search(rf"\b(?:{_MORE}|next)\s+{re.escape(time)}|{re.escape(time)}\s*(?:{UNIT})?\s+more\b", rest):
        return Aged(Window(window.fn, (time,), unit), age, None)
    if float(time) <= float(age):
        raise PlanError(f"the time asked ({time}) is not beyond the age survived ({age}): say 'another T' for a time "
                        "counted from now")  # fmt: skip
    remaining = Fraction(time) - Fraction(age)
    return Aged(Window(window.fn, (f"{float(remaining):.12g}",), unit), age, time)


def lifetime_window(q: str) -> Window | None:
    """The window asked ("within the first 1000 hours": cdf at 1000 h); None when the question words none. The
    rate and the mean life are not windows ("lasts 5000 hours on average")."""
    stated = (_RATE, _FIT, _COUNTED, _MEAN, *_ON_AVERAGE)
    for found in (m for pattern in stated for m in pattern.finditer(q)):
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


# the hours a year of operation is stated to have: "use 8760 h/yr", "8760 hours per year", "8,760 operating hours a
# year", "assume 6000 h per year"
_HOURS_A_YEAR = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:operating\s+|running\s+|service\s+|power-on\s+)?(?:h|hrs?|hours?)\s*"
    r"(?:/|per|an?|each|every)\s*(?:calendar\s+)?(?:y|yr|year)\b"
)


def in_stated_hours(window: Window, q: str) -> tuple[Window, str] | None:
    """``window`` in years restated in hours by the hours a year the question states ("5 years ... use 8760 h/yr":
    5*8760 h), with those hours as written; None when the window is not in years or no hours a year are stated."""
    m = _HOURS_A_YEAR.search(q)
    if window.unit != "year" or m is None:
        return None
    hours = Fraction(m.group(1))
    times = tuple(f"{float(Fraction(t) * hours):.12g}" for t in window.times)
    return Window(window.fn, times, "hour"), m.group(1)


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
