"""Two or three workers at constant rates doing one job together, as an equation in the time t.

"pump A alone fills a tank in 6 hours, pump B alone fills it in 9 hours. both running together, how many hours to
fill it?" -> t/6 + t/9 == 1 in t (t > 0): each does 1/a of the job per unit of time, so together they finish when the
shares add up to the whole job. Two or three times alone ("alone ... in 6 hours", "can paint it in 5 h", "crew A
alone: 18 h", "18 h alone") in one unit, a word that they work together ("together", "both", "combined",
"simultaneously") and a time asked ("how many hours", "how long") must all be read. A worker that empties or drains
takes its share away ("drain B alone empties it in 9 hours" -> t/6 - t/9 == 1), declined when it is as fast as the
others or the time to empty is asked; a fourth worker, a count the times alone do not match ("all three" and two
times), a start later than the other or two units are declined. Nothing is evaluated here.

A staggered start: "Order is 8,400 packs. Line A runs 45 packs/min and starts at time 0, Line B runs 60 packs/min but
doesnt start till 20 min later. How many minutes after line A starts is the order done?" -> 45*t + 60*(t - 20) ==
8400 in t (t > 0), the time from the first start; when the first line alone finishes before the second starts, its
rate alone: 45*t == 8400. One total, two rates per one time unit, one delay in that unit and a time asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.number_words import number_words
from plugins.api.prose import UNSIGNED
from plugins.api.reasoning import outscore

_TIME_UNITS = {"h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "min": "min", "mins": "min",
               "minute": "min", "minutes": "min", "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
               "d": "d", "day": "d", "days": "d", "week": "week", "weeks": "week"}  # fmt: skip
_UNIT = "|".join(sorted(_TIME_UNITS, key=len, reverse=True))
# one worker's time alone: "alone fills a tank in 6 hours", "alone in 4 h", "can paint the room in 5 hours", "takes
# 6 hours alone", "on its own in 3 h", "crew A alone: 18 h", "alone = 12 h", "alone takes 9 h", "18 h alone"
_BY_ITSELF = r"alone|by\s+(?:itself|himself|herself|themselves)|on\s+(?:its|his|her|their)\s+own"
_ALONE = re.compile(
    rf"\b(?:{_BY_ITSELF}|can\s+[a-z]+)\b[^.;,?:=]{{0,40}}?\bin\s+(?P<value>{UNSIGNED})\s*(?P<unit>{_UNIT})\b"
    rf"|\b(?:{_BY_ITSELF})\s*(?::|=|\bis\b|\btakes?\b|\bneeds?\b|\brequires?\b)\s*"
    rf"(?P<value3>{UNSIGNED})\s*(?P<unit3>{_UNIT})\b"
    rf"|(?:\btakes?\s+|(?<![\w.]))(?P<value2>{UNSIGNED})\s*(?P<unit2>{_UNIT})\s+(?:{_BY_ITSELF})\b",
    re.I,
)
_TOGETHER = re.compile(r"\b(?:together|both|combined|simultaneously|at\s+the\s+same\s+time|in\s+parallel)\b", re.I)
_ASKS_TIME = re.compile(rf"\bhow\s+(?:long|many\s+(?:{_UNIT}))\b|\bwhat\s+time\b|\btime\s+to\s+(?:fill|finish)", re.I)
# what this model cannot hold: a staggered start, a worker joining later
_NOT_READ = re.compile(r"\b(?:later|afterwards|starts?\s+after|joins?)\b", re.I)
# a worker that undoes the job: "drain B alone empties it in 9 hours", "the leak alone drains it in 12 h"
_UNDOES = re.compile(r"\b(?:empt(?:ies|ying)|drain(?:s|ing)?|leak(?:s|ing)?|outlet)\b", re.I)
_DOES = re.compile(r"\bfill(?:s|ing)?\b", re.I)  # a worker that fills does the job ("fills the drain sump")
# a count of workers the times alone must match: "a third pump", "all three crews" (four or more are not read)
# the undoing asked: "how long to empty it?", "until it is empty", "time to drain the tank"
_UNDO_ASKED = re.compile(
    r"\b(?:to|until|till|time\s+to)\s+(?:it\s+)?(?:is\s+)?(?:empty|drain)|\bempt(?:ies|y|ied)\b", re.I
)
_THIRD = re.compile(r"\b(?:third|three)\b", re.I)
_FOURTH = re.compile(r"\b(?:fourth|four|fifth|five)\b", re.I)


# a rate in amount per time: "45 packs/min", "60 packs per minute", "30 bottles a minute", "12 m3/h"
_RATE = re.compile(rf"(?P<value>{UNSIGNED})\s*(?P<item>[A-Za-z]+)?\s*(?:/|\bper\s+|\ba\s+)(?P<unit>{_UNIT})\b", re.I)
# the second start: "starts 20 min later", "doesnt start till 20 min later", "starts 20 minutes after", "20 min behind"
_DELAY = re.compile(rf"(?P<value>{UNSIGNED})\s*(?P<unit>{_UNIT})\s+(?:later|after(?:wards)?|behind)\b", re.I)
# the total to make: "Order is 8400 packs", "a batch of 5000 bottles", "8400 packs are ordered", "total of 900 units",
# "a backlog of 1560 chemistry tubes" (the word after the item may be the item it qualifies: "tubes")
_TOTAL = re.compile(
    rf"\b(?:order|batch|job|run|total|lot|backlog|queue)\b[^.?!\d]{{0,25}}?(?P<value>{UNSIGNED})\s*(?P<item>[A-Za-z]+)"
    r"(?:\s+(?P<noun>[A-Za-z]+))?"
    rf"|(?P<value2>{UNSIGNED})\s*(?P<item2>[A-Za-z]+)\s+(?:are|is|were)\s+(?:ordered|needed|required)\b",
    re.I,
)
_ASKS_WHEN = re.compile(
    rf"\bhow\s+(?:long|many\s+(?:{_UNIT}))\b|\bwhen\b[^.?!]{{0,40}}\b(?:done|finished|complete)", re.I
)


@dataclass(frozen=True)
class WorkRate:
    """The equation in t, the times alone (or the rates, the first to start first) and their unit."""

    equation: str
    times: tuple[str, ...]
    unit: str
    delay: str | None = None  # the second start's delay, of a staggered start
    undoing: tuple[str, ...] = ()  # the times alone of the workers that undo the job (a drain that empties)


def _time_alone(found: re.Match[str]) -> tuple[str, str]:
    """The value and the time unit of one worker's time alone, whichever wording of ``_ALONE`` read it."""
    value = next(found[f"value{k}"] for k in ("", "2", "3") if found[f"value{k}"])
    unit = next(found[f"unit{k}"] for k in ("", "2", "3") if found[f"unit{k}"])
    return value, _TIME_UNITS[unit.lower()]


def work_rate_parts(question: str) -> WorkRate | None:
    """The equation of two or three workers' time together; None when the question is no such word problem. A worker
    that undoes the job ("drain B alone empties it in 9 hours") takes its share away: t/6 - t/9 == 1. Raises
    ValueError when it reads as one but not safely (a later start, four workers or a count the times alone do not
    match, two units, undoing asked or faster than the rest do)."""
    text = number_words(question)
    found = list(_ALONE.finditer(text))
    if len(found) < 2 or not _TOGETHER.search(text) or not _ASKS_TIME.search(text):
        return None
    counted = _FOURTH.search(question) or (_THIRD.search(question) and len(found) != 3)
    if len(found) > 3 or counted or _NOT_READ.search(text):
        raise ValueError("workers' time together is read from two or three times alone in one unit, all working from "
                         "the start at constant rates: state it so")  # fmt: skip
    times = [_time_alone(m) for m in found]
    if len({unit for _, unit in times}) > 1:
        raise ValueError(f"the times alone are in {' and '.join(unit for _, unit in times)}: write them in one unit")
    if any(float(value) <= 0 for value, _ in times):
        return None
    undoing = [_undoes(text[found[k - 1].end() if k else 0 : m.end()]) for k, m in enumerate(found)]
    if all(undoing) and _UNDO_ASKED.search(text, found[-1].end()):  # all drain it, its emptying asked: their job
        undoing = [False] * len(found)
    _check_undoing(text, [float(value) for value, _ in times], undoing, found[-1].end())
    terms = [f"{'-' if undo else '+'} t/{value}" for (value, _), undo in zip(times, undoing, strict=True)]
    equation = " ".join(terms).removeprefix("+ ") + " == 1"
    kept = tuple(value for (value, _), undo in zip(times, undoing, strict=True) if undo)
    return WorkRate(equation, tuple(value for value, _ in times), times[0][1], undoing=kept)


def _undoes(clause: str) -> bool:
    """Whether the clause of one worker's time alone says it undoes the job ("drain B alone empties it in 9 hours")
    and not that it does it ("pump B alone fills the drain sump in 9 h")."""
    return _UNDOES.search(clause) is not None and _DOES.search(clause) is None


def _check_undoing(text: str, times: list[float], undoing: list[bool], end: int) -> None:
    """Raise ValueError when the workers that undo the job cannot be read safely: none does it, the ask is to undo it
    ("how long to empty it?"), or they undo it as fast as the others do it (it is never done)."""
    if not any(undoing):
        return
    if all(undoing) or _UNDOES.search(text, end) or _UNDO_ASKED.search(text, end):
        raise ValueError("with a worker that undoes the job (a drain), the time asked is the time to do it (fill "
                         "it) with the others: state which fill and which empty")  # fmt: skip
    if sum(-1 / t if undo else 1 / t for t, undo in zip(times, undoing, strict=True)) <= 0:
        raise ValueError("the workers that undo the job are at least as fast as the others: it is never done")


def staggered_parts(question: str) -> WorkRate | None:
    """The equation of the time to make a total with two rates, the second starting later; None when the question is
    no such word problem. Raises ValueError when it reads as one but not safely (a third rate, two delays, the
    rates and the delay in two time units, the total counted in another item than the rates)."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", number_words(question))  # "8,400 packs"
    rates, delays, totals = list(_RATE.finditer(text)), list(_DELAY.finditer(text)), list(_TOTAL.finditer(text))
    if len(rates) < 2 or not delays or not totals or not _ASKS_WHEN.search(text):
        return None
    units = {_TIME_UNITS[m["unit"].lower()] for m in rates + delays}
    if len(rates) != 2 or len(delays) != 1 or len(totals) != 1 or len(units) != 1:
        raise ValueError("a staggered start is read from one total, two rates and one delay, all in one time unit: "
                         "state it so")  # fmt: skip
    total, item = totals[0]["value"] or totals[0]["value2"], (totals[0]["item"] or totals[0]["item2"]).lower()
    counted = {m["item"].lower().rstrip("s") for m in rates if m["item"]}
    if totals[0]["noun"] and counted == {totals[0]["noun"].lower().rstrip("s")}:
        item = totals[0]["noun"].lower()  # "1560 chemistry tubes" of rates in "tubes/h"
    if any(m["item"] and m["item"].lower().rstrip("s") != item.rstrip("s") for m in rates):
        raise ValueError(f"the total is counted in {item} but a rate in another item: use one")
    delay = delays[0]
    before = [m for m in rates if m.start() < delay.start()]
    if not before:
        return None
    late = before[-1]
    early = next(m for m in rates if m is not late)
    if float(total) <= float(early["value"]) * float(delay["value"]):  # done before the second starts
        equation = f"{early['value']}*t == {total}"
    else:
        equation = f"{early['value']}*t + {late['value']}*(t - {delay['value']}) == {total}"
    return WorkRate(equation, (early["value"], late["value"]), units.pop(), delay["value"])


def work_rate_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: two workers' time together from their times alone, or a total made by two rates, the
    second starting later."""
    try:
        found = work_rate_parts(text) is not None or staggered_parts(text) is not None
    except ValueError:
        found = True  # read as this problem, so the planner says what it needs
    return outscore(scores, "algebra") if found else 0.0
