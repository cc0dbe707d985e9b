"""The gaps between the events of a Poisson process: exponential times at the process's own rate ("trucks arrive
as a Poisson process, 3 per hour: the probability the gap between two consecutive trucks is more than 30
minutes"), the rate restated in the unit of the time asked."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_lifetime import Rate, rate_in
from plugins.stats.reasoning_rates import UNIT, canonical, per_unit, rate_span

# the time between events, or until the next one
_GAP = re.compile(
    r"\b(?:gaps?|times?|intervals?|spacing|waits?|waiting\s+times?)\s+between\s+(?:(two|2|the|any)\s+)?"
    r"(?:consecutive|successive|adjacent|back-to-back)\b|\binter-?arrival\b|"
    r"\b(?:wait|waits|waiting|time)\s+(?:until|till|for)\s+the\s+next\b"
)
# events said to come as a Poisson process: named so, or arriving at random
_POISSON = re.compile(r"\bpoisson\b|\b(?:arrive|arrives|arriving|occur|occurs|come|comes)\s+(?:at\s+random|randomly)\b")
_LONGER = r"more\s+than|longer\s+than|over|exceeds?|exceeding|at\s+least|beyond"
_SHORTER = r"less\s+than|shorter\s+than|under|within|at\s+most|no\s+more\s+than"
_TIME = re.compile(rf"\b({_LONGER}|{_SHORTER})\s+({NUMBER})\s*-?\s*{UNIT}")


def plan_gap(q: str) -> Plan | None:
    """``show exponential.sf(t, rate)`` (or cdf) of the gap between events at a stated rate; None when the question
    asks about no gap between events or names no Poisson process (or random arrivals), PlanError when it does but
    lacks the rate or the time."""
    if not (gap := _GAP.search(q)) or not _POISSON.search(q):
        return None
    rate, time = per_unit(q), _TIME.search(q)
    if rate is None or time is None:
        raise PlanError("the gap between events of a Poisson process is exponential: it needs the events' rate "
                        "('3 per hour') and the time asked ('more than 30 minutes')")  # fmt: skip
    value, unit, _ = rate
    span = rate_span(q)
    written = value if span == 1 else f"{value}/{span}"  # "3 every 10 minutes": 3/10 per minute
    time_unit = canonical(time.group(3))
    per = rate_in(Rate(written, unit), time_unit)
    fn = "cdf" if re.fullmatch(_SHORTER, time.group(1)) else "sf"
    every = unit if span == 1 else f"{span} {unit}s"
    note = (f"exponential gaps: the times between events of a Poisson process at {value} per {every} are exponential "
            "with that rate")  # fmt: skip
    facts = {"dist": "exponential", "fn": fn, "x": time.group(2), "rate": per, "rate_as_written": written,
             "rate_unit": unit, "time_unit": time_unit, "assumed": note}  # fmt: skip
    if gap.group(1) in ("two", "2"):  # "between 2 consecutive trucks": the pair, no count of events (a fact, so
        facts["events_apart"] = 2  # that the reading check sees the 2 read)
    return Plan("probability", f"# assumed {note}\nshow exponential.{fn}({time.group(2)}, {per})", facts)
