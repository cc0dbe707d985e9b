"""The rate check: an exponential plan's rate against the mean life or the rate the question states.

The probability audit recomputes the engine's value from the rate the planner read, so a mean taken as a rate
(MTBF 1200 h planned as exponential.sf(500, 1200)) or a number cut short ("12,000" read as 12) passes it. This
check reads the question a second, broader way: the first number after a mean's words (MTBF, MTTF, mean, average,
expected or characteristic life, "once every") is a mean life, so the rate is 1/mean; the first after a rate's
words (rate, lambda, hazard) is a rate, with its "per 1000 hours", "per million hours", "%" or FIT; a mean followed
by "per hour" is a mean count, so a rate; the first after a median life's words is a median, so the rate is
ln 2/median. Each stated value, restated per the unit of the plan's times (seconds
from datetime.timedelta), must equal the plan's rate.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import number_spans, scientific
from plugins.api.reasoning import Check, Plan

# a mean's words; "expected to remain ..." is a verb, not a mean
_MEAN_WORDS = re.compile(
    r"\b(?:mtbf|mttf|(?:mean|(?<!on )average|expected(?!\s+(?:to|that)\b)|characteristic)(?:\s+(?:life(?:times?)?|time\s+(?:to|between|"
    r"before)\s+failures?))?|averages|averaging|once\s+(?:in|every)|(?:one|a)\s+failure\s+every)\b",
    re.I,
)
# a median life, half failed by then: the rate is ln 2 / median ("median of 18 months", "half-life 30 days")
_MEDIAN_WORDS = re.compile(r"\b(?:median(?:\s+(?:survival|life(?:times?)?|time\s+to\s+[a-z-]+))?|half[- ]life)\b", re.I)
_RATE_WORDS = re.compile(r"\b(?:rate|lambda|hazard)\b", re.I)
_ON_AVERAGE = re.compile(r"\bon\s+average\b", re.I)
_POISSON = re.compile(r"\bpoisson\b", re.I)
_EVENTS = re.compile(
    r"\s*(?:failures?|events?|breakdowns?|faults?|trips?|arrivals?)\s+(?:per|/|an?|each|every)\b", re.I
)
_TIME = {"second": r"s|secs?|seconds?", "minute": r"mins?|minutes?", "hour": r"h|hrs?|hours?", "day": r"d|days?",
         "week": r"wks?|weeks?", "year": r"y|yrs?|years?"}  # fmt: skip


def _units(tag: str = "") -> str:
    """A time unit as written, one named group per unit (``tag`` keeps two uses in one pattern apart)."""
    return "|".join(f"(?P<{tag}{name}>{form})" for name, form in _TIME.items())


_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# what a rate is per, after its number: "% per 1000 hours", "failures per million h", "/h", "h^-1", "FIT"
_PER = re.compile(
    rf"\s*(?P<pct>%)?\s*(?:[a-z]+\s+)?(?:(?:per\b|/|an?\b|each\b|every\b)\s*(?:(?P<scale>10\s*\^\s*\d+|\d+(?:\.\d+)?(?:e\d+)?|"
    rf"(?:a\s+|one\s+)?(?:thousand|million|billion))\s*)?(?:{_units()})\b|(?P<fit>fits?)\b|(?:{_units('inv_')})\s*\^\s*\(?-1)",
    re.I,
)
_FIT = re.compile(r"\s*fits?\b", re.I)  # "a part rated 250 FIT": a rate per 10^9 hours with no rate's name
_AFTER = re.compile(rf"\s*-?\s*(?:{_units()})\b", re.I)  # the unit of a mean life: "12000 h", "300-day"
# between a name and its number: no sentence's end, comma or other quantity's name ("failure rate, mean life 5000 h")
_GAP = re.compile(
    r"(?:(?!\.\s|[;,?!\n]|\b(?:mean|mtbf|mttf|life|average|rate|lambda|probability|within|after|before|past|than)\b)"
    r"[^\d]){0,40}",
    re.I,
)
_FRACTION = re.compile(r"\s*/\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?![\d.])", re.I)  # "1/12000 per hour"


def rate_check(question: str, plan: Plan) -> Check | None:
    """Whether an exponential plan's rate is 1/mean of the mean life, or the rate, that the question states, per
    the unit of the times asked; None when the plan is not an exponential's. Fails when nothing stated is read."""
    facts = plan.facts
    if facts.get("dist") != "exponential":
        return None
    text = scientific(question)
    stated = _stated_rates(text)
    unit = facts.get("time_unit") or facts.get("rate_unit")
    planned = float(to_sympy(facts["rate"]))
    name = f"the exponential's rate is the one the question states (per {unit or 'unit of time'})"
    if not stated:
        return Check(name, False, "no mean life (MTBF) or rate of the question read")
    if "series" in facts:  # a series system: its rate is the sum of every component's stated rate
        restated = [(said, _restated(value, per, unit)) for said, value, per in stated]
        return _series_rate_check(name, planned, restated, _identical_count(text, facts))
    wrong = [(said, want) for said, want in ((said, _restated(value, per, unit)) for said, value, per in stated)
             if want is None or not math.isclose(planned, want, rel_tol=1e-9)]  # fmt: skip
    detail = "; ".join(f"{said}: {'no conversion' if want is None else f'{want:.6g}'}" for said, want in wrong)
    return Check(name, not wrong, f"plan {planned:.6g}" + (f", question {detail}" if wrong else ", as stated"))


def _identical_count(text: str, facts: dict) -> int | None:
    """The plan's count of identical series components when the question writes that count as a number ("8 nodes");
    None otherwise."""
    count = facts.get("identical")
    return count if isinstance(count, int) and re.search(rf"(?<![\w.]){count}(?![\w.])", text) else None


def _series_rate_check(
    name: str, planned: float, restated: list[tuple[str, float | None]], identical: int | None = None
) -> Check:
    """A series system's planned rate against the sum of the rates the question states, each restated per the unit
    of the times asked, or ``identical`` times the one rate stated of identical components; two or fewer than two
    rates read (with no count), or one that does not convert, fails."""
    if identical is not None and len(restated) == 1 and restated[0][1] is not None:
        total = identical * restated[0][1]
        return Check(name, math.isclose(planned, total, rel_tol=1e-9), f"plan {planned:.6g}, {identical} x the "
                     f"stated rate ({restated[0][0]}) {total:.6g}")  # fmt: skip
    if len(restated) < 2 or any(want is None for _, want in restated):
        return Check(
            name, False, "a series system's component rates not all read: " + ", ".join(s for s, _ in restated)
        )
    total = math.fsum(want for _, want in restated if want is not None)
    return Check(name, math.isclose(planned, total, rel_tol=1e-9), f"plan {planned:.6g}, sum of the {len(restated)} "
                 f"stated rates {total:.6g}")  # fmt: skip


def _stated_rates(text: str) -> list[tuple[str, float, str | None]]:
    """Each (as said, rate, its time unit) the question states: 1/mean of a mean life, ln 2/median of a median
    life, or a rate."""
    found = []
    for words, is_mean in ((_MEAN_WORDS, True), (_RATE_WORDS, False)):
        for name in words.finditer(text):
            number = _number_after(text, name.end())
            if number is not None:
                found.append(_reading(text, name.group(0), *number, is_mean))
    for name in _MEDIAN_WORDS.finditer(text):
        if (number := _number_after(text, name.end())) is not None:
            said, rate, unit = _reading(text, name.group(0), *number, True)
            found.append((said, rate * math.log(2), unit))
    for start, value in number_spans(text):  # "4 failures per million hours": a count per time, with no rate's name
        if _EVENTS.match(text, start + len(value)) or _FIT.match(text, start + len(value)):
            found.append(_reading(text, "", start, value, False))
    if not found and _POISSON.search(text):  # "arrive at 12 per hour (Poisson)": a Poisson process's own rate
        found = _counts_per_time(text)
    for said in _ON_AVERAGE.finditer(text):  # "lasts 5000 hours on average": the number before
        before = [(start, value) for start, value in number_spans(text[: said.start()]) if start > said.start() - 30]
        if before:
            start, value = before[-1]
            found.append(_reading(text, said.group(0), start, value, True))
    return found


def _counts_per_time(text: str) -> list[tuple[str, float, str | None]]:
    """Each count per unit of time the question states, whatever it counts ("12 per hour", "3 trucks an hour")."""
    found = []
    for start, value in number_spans(text):
        per = _PER.match(text, start + len(value))
        if per and _unit_of(per):
            found.append(_reading(text, "", start, value, False))
    return found


def _number_after(text: str, end: int) -> tuple[int, str] | None:
    """The first number within 60 characters after ``end`` with no sentence's end before it."""
    for start, value in number_spans(text[end : end + 60]):
        return (end + start, value) if _GAP.fullmatch(text[end : end + start]) else None
    return None


def _reading(text: str, name: str, start: int, value: str, is_mean: bool) -> tuple[str, float, str | None]:
    """A stated number as a rate: a mean life's 1/mean in its unit, or a rate (a mean count) per its unit."""
    end = start + len(value)
    rate = float(value)
    if not _PER.match(text, end) and (fraction := _FRACTION.match(text, end)):
        rate, end, value = rate / float(fraction.group(1)), fraction.end(), f"{value}/{fraction.group(1)}"
    if per := _PER.match(text, end):
        rate /= 100 if per.group("pct") else 1
        if per.group("fit"):
            return f"{name} {value} FIT", rate / 1e9, "hour"
        return f"{name} {value} per", rate / _scale(per.group("scale")), _unit_of(per)
    if is_mean:
        after = _AFTER.match(text, end)
        return f"{name} {value}", 1 / rate, _unit_of(after) if after else None
    return f"{name} {value}", rate, None


def _scale(written: str | None) -> float:
    """How many units a rate is per: "1000" -> 1000, "10^6" and "million" -> 1e6; 1 when unsaid."""
    if not written:
        return 1.0
    word = re.sub(r"^(?:a|one)\s+", "", written.lower())
    if word in _SCALE:
        return _SCALE[word]
    power = re.fullmatch(r"10\s*\^\s*(\d+)", word)
    return 10.0 ** int(power.group(1)) if power else float(word)


def _unit_of(m: re.Match[str]) -> str | None:
    return next((name for name in _TIME for tag in ("", "inv_") if m.groupdict().get(tag + name)), None)


def _restated(rate: float, unit: str | None, wanted: str | None) -> float | None:
    """``rate`` per ``unit`` restated per ``wanted`` (datetime.timedelta seconds); None when they do not convert."""
    if unit is None or wanted is None or unit == wanted:
        return rate
    if "year" in (unit, wanted):
        return None
    seconds: dict[str, Any] = {u: timedelta(**{f"{u}s": 1}).total_seconds() for u in (unit, wanted)}
    return rate * seconds[wanted] / seconds[unit]
