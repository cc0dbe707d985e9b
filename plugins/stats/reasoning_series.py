"""A series system of exponential components for the probability planner: "series system: inverter lambda = 2e-5 /h,
transformer lambda = 1e-5 /h, controller lambda = 5e-6 /h ... survives 8760 hours" is exponential with the sum of the
rates (the system works while every component does: R(t) = prod exp(-lambda_i t) = exp(-(sum lambda_i) t)).

A series system is named ("series system", "in series", "connected in series") or said in words ("any one failing
takes the system down", "the system fails if any component fails"); its components' rates are two or more stated
rates ("lambda = 2e-5 /h", "failure rate 1e-5 per hour"). A period restated as its hours ("one full year of 8760
operating hours") is those hours. Redundancy (parallel, standby, k-out-of-n) is refused, never planned as series.
"""

from __future__ import annotations

import math
import re
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.stats.reasoning_lifetime import _RATE, Rate, _stated_rate, lifetime_window, rate_in

_SERIES = re.compile(
    r"\bseries\s+(?:system|configuration|arrangement|connection|chain)\b|\b(?:in|connected\s+in|wired\s+in)\s+series\b|"
    r"\bany\s+(?:one\s+|single\s+|component\s+|unit\s+|part\s+)?(?:of\s+them\s+)?(?:failing|failure|fails)\b"
    r"[^.;?]{0,40}\b(?:system|line|plant|unit|whole)\b|\b(?:system|it)\s+fails\s+(?:if|when|whenever)\s+any\b"
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
    return bool(_SERIES.search(q) or _REDUNDANT.search(q)) and len(list(_RATE.finditer(q))) >= 2


def plan_series(q: str) -> Plan:
    """``show exponential.sf(t, lambda_1 + ... + lambda_k)`` (or cdf) of a series system; PlanError for redundancy, a
    rate without its unit, rates in different units, or no time asked."""
    if _REDUNDANT.search(q):
        raise PlanError("a redundant (parallel, standby or k-out-of-n) system is not planned: this reads series "
                        "systems only, where any one failure takes the system down")  # fmt: skip
    rates = [_stated_rate(m) for m in _RATE.finditer(q)]
    units = {r.unit for r in rates}
    if None in units or len(units) != 1:
        raise PlanError("a series system's component rates need one time unit each, the same for all: e.g. "
                        "'lambda = 2e-5 /h' for every component")  # fmt: skip
    window = lifetime_window(_OPERATING.sub(" ", _PERIOD_HOURS.sub("", q)))
    if window is None or window.fn == "between":
        raise PlanError("a series system's reliability needs the time asked: e.g. 'survives 8760 hours'")
    total = Rate(" + ".join(r.text for r in rates), rates[0].unit)
    per = rate_in(total, window.unit)
    per = per if per == total.text else " + ".join(rate_in(r, window.unit) for r in rates)
    (point,) = window.times
    facts: dict[str, Any] = {
        "dist": "exponential", "fn": window.fn, "x": point, "rate": per, "rate_as_written": total.text,
        "rate_unit": total.unit, "time_unit": window.unit, "series": [rate_in(r, window.unit) for r in rates],
        "assumed": f"series system of {len(rates)} exponential components: the system survives only while all do, so "
                   f"its rate is the sum of the component rates ({total.text} per {total.unit})",
    }  # fmt: skip
    return Plan("probability", f"show exponential.{window.fn}({point}, {per})", facts)


def series_check(facts: dict[str, Any], value: float | None, read_expression: Any) -> Check:
    """The system's reliability recomputed as the product of the component reliabilities exp(-lambda_i t) (its
    complement for a failure by t), against the answer."""
    t = float(read_expression(facts["x"]))
    survive = math.prod(math.exp(-float(read_expression(rate)) * t) for rate in facts["series"])
    want = survive if facts["fn"] == "sf" else 1 - survive
    ok = value is not None and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-15)
    return Check("series system: product of the component reliabilities exp(-lambda_i t)", ok, f"{want:.10g}")
