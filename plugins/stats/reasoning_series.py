"""A series system of exponential components for the probability planner: "series system: inverter lambda = 2e-5 /h,
transformer lambda = 1e-5 /h, controller lambda = 5e-6 /h ... survives 8760 hours" is exponential with the sum of the
rates (the system works while every component does: R(t) = prod exp(-lambda_i t) = exp(-(sum lambda_i) t)).

A series system is named ("series system", "in series", "connected in series") or said in words ("any one failing
takes the system down", "the system fails if any component fails"); its components' rates are two or more stated
rates ("lambda = 2e-5 /h", "failure rate 1e-5 per hour"). A period restated as its hours ("one full year of 8760
operating hours") is those hours. Redundancy (parallel, standby, k-out-of-n) is refused, never planned as series.

Identical components are counted instead of listed: "runs on 8 nodes for 72 h and dies if any node fails; node
time-to-failure exponential with mean 400 h" is 8 components of one rate (1/400 per hour), the count's noun named
again in the singular ("any node", "each node") so that the count is the components'; the run's length ("for 72 h")
is the time survived when the question asks for no failure or for the run to finish.
"""

from __future__ import annotations

import math
import re
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.stats.reasoning_lifetime import (
    _RATE,
    _T,
    Rate,
    Window,
    _stated_rate,
    _unit,
    exponential_rate,
    lifetime_window,
    rate_in,
)
from plugins.stats.reasoning_rates import UNIT

_SERIES = re.compile(
    r"\bseries\s+(?:system|configuration|arrangement|connection|chain)\b|\b(?:in|connected\s+in|wired\s+in)\s+series\b|"
    r"\bany\s+(?:one\s+|single\s+|component\s+|unit\s+|part\s+)?(?:of\s+them\s+)?(?:failing|failure|fails)\b"
    r"[^.;?]{0,40}\b(?:system|line|plant|unit|whole)\b|\b(?:system|it)\s+fails\s+(?:if|when|whenever)\s+any\b|"
    # "the job dies if any node fails", "the cluster goes down as soon as a single server fails"
    r"\b(?:dies|fails|crashes|aborts|stops|halts|(?:goes|is)\s+down)\s+(?:if|when|whenever|as\s+soon\s+as)\s+"
    r"(?:any|a\s+single|one)\b"
)
# a count of identical components: "8 nodes", "four identical pumps" (the noun is named again in the singular)
_COUNT = re.compile(r"(?<![\w.])(\d+)\s+(?:(?:identical|independent|similar|redundant)\s+)?([a-z]{2,}?)s\b")
# the run's length: "runs ... for 72 h", "over a 72-hour job", "during 72 hours"
_RUN = re.compile(rf"\b(?:for|over|during|through)\s+(?:an?\s+|the\s+)?{_T}")
# the ask of a run with no failure: "zero node failures", "no failures", "finishes", "completes", "survives"
_NONE_FAIL = re.compile(
    r"\b(?:zero|no|without\s+(?:any|a))\s+(?:[a-z-]+\s+)?(?:failures?|failing)\b|\b(?:finish|finishes|complete|"
    r"completes|succeed|succeeds|survive|survives|makes?\s+it)\b"
)
_REDUNDANT = re.compile(
    r"\bparallel\b|\bredundan\w*|\bstand-?by\b|\bbackup\b|\b\d+\s*-?\s*(?:out-?\s*of|oo)\s*-?\s*\d+\b|\bk-out-of-n\b|"
    r"\bat\s+least\s+\w+\s+(?:of|out\s+of)\s+(?:the\s+)?\w+\s+(?:must|need|have)\b|\bonly\s+if\s+(?:all|both)\b"
)
# a period restated as its hours: "one full year of 8760 operating hours" -> "8760 hours"
_PERIOD_HOURS = re.compile(
    r"\b(?:an?|1|one)\s+(?:full\s+|whole\s+|complete\s+)?(?:year|month|week|day|shift|mission)\s+(?:of|=|:|,|with)\s+"
    r"(?=\d)"
)
_OPERATING = re.compile(r"(?<=\d)\s+(?:operating|running|service|run|powered(?:-on)?)\s+(?=h\b|hrs?\b|hours?\b)")


def asks_series(q: str) -> bool:
    """Whether ``q`` names a series system (or says one failure takes it down), or a redundant one (which
    ``plan_series`` refuses), and states two or more rates."""
    if not (_SERIES.search(q) or _REDUNDANT.search(q)):
        return False
    return len(list(_RATE.finditer(q))) >= 2 or identical_components(q) is not None


def identical_components(q: str) -> int | None:
    """The count of identical components of a series system, "8 nodes" with "any node" (or "each node", "node
    time-to-failure") named again; None when no count's noun comes back in the singular, or there are several."""
    counts = {
        int(m.group(1))
        for m in _COUNT.finditer(q)
        if not re.fullmatch(UNIT, f"{m.group(2)}s")
        and re.search(rf"\b{m.group(2)}\b", f"{q[: m.start()]} {q[m.end() :]}")
    }
    return counts.pop() if len(counts) == 1 and min(counts) >= 2 else None


def plan_series(q: str) -> Plan:
    """``show exponential.sf(t, lambda_1 + ... + lambda_k)`` (or cdf) of a series system; PlanError for redundancy, a
    rate without its unit, rates in different units, or no time asked."""
    if _REDUNDANT.search(q):
        raise PlanError("a redundant (parallel, standby or k-out-of-n) system is not planned: this reads series "
                        "systems only, where any one failure takes the system down")  # fmt: skip
    rates, identical = [_stated_rate(m) for m in _RATE.finditer(q)], None
    if len(rates) < 2:  # "8 nodes ... any node fails ... mean 400 h each": the count of one rate
        one, count = exponential_rate(q), identical_components(q)
        if one is None or count is None:
            raise PlanError("a series system of identical components needs their count and their rate or mean life: "
                            "e.g. '8 nodes, each exponential with mean 400 h'")  # fmt: skip
        rates, identical = [one] * count, count
    units = {r.unit for r in rates}
    if None in units or len(units) != 1:
        raise PlanError("a series system's component rates need one time unit each, the same for all: e.g. "
                        "'lambda = 2e-5 /h' for every component")  # fmt: skip
    window = lifetime_window(_OPERATING.sub(" ", _PERIOD_HOURS.sub("", q))) or _run_window(q)
    if window is None or window.fn == "between":
        raise PlanError("a series system's reliability needs the time asked: e.g. 'survives 8760 hours'")
    total = Rate(" + ".join(r.text for r in rates), rates[0].unit)
    if len({r.text for r in rates}) == 1 and len(rates) > 2:  # identical: n times the rate, not a long sum
        total = Rate(f"{len(rates)}*{rates[0].text}", rates[0].unit)
    per = rate_in(total, window.unit)
    per = per if per == total.text else " + ".join(rate_in(r, window.unit) for r in rates)
    (point,) = window.times
    facts: dict[str, Any] = {
        "dist": "exponential", "fn": window.fn, "x": point, "rate": per, "rate_as_written": total.text,
        "rate_unit": total.unit, "time_unit": window.unit, "series": [rate_in(r, window.unit) for r in rates],
        "assumed": f"series system of {len(rates)} exponential components: the system survives only while all do, so "
                   f"its rate is the sum of the component rates ({total.text} per {total.unit})",
    }  # fmt: skip
    if identical is not None:
        facts["identical"] = identical
    return Plan("probability", f"show exponential.{window.fn}({point}, {per})", facts)


def _run_window(q: str) -> Window | None:
    """The run's length as the time to survive ("runs for 72 h ... zero failures", "... does it finish?"); None
    unless the question asks for no failure and states one run length."""
    runs = list(_RUN.finditer(q))
    if len(runs) != 1 or not _NONE_FAIL.search(q):
        return None
    (run,) = runs
    return Window("sf", (run.group(1),), _unit(run.group(2)))


def series_check(facts: dict[str, Any], value: float | None, read_expression: Any) -> Check:
    """The system's reliability recomputed as the product of the component reliabilities exp(-lambda_i t) (its
    complement for a failure by t), against the answer."""
    t = float(read_expression(facts["x"]))
    survive = math.prod(math.exp(-float(read_expression(rate)) * t) for rate in facts["series"])
    want = survive if facts["fn"] == "sf" else 1 - survive
    ok = value is not None and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-15)
    return Check("series system: product of the component reliabilities exp(-lambda_i t)", ok, f"{want:.10g}")
