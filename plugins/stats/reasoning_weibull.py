"""Weibull lifetimes for the probability planner: the shape (beta, the slope) and the scale (eta, the characteristic
life) and what is asked of them: survival past T, failure before T, the mass between two times, or a quantile
("B10 life": the time by which 10% have failed, "the median life", "the 5th percentile")."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, named_number
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_lifetime import lifetime_window
from plugins.stats.reasoning_rates import UNIT, canonical

_GREEK = {"beta": r"(?:β|beta)", "eta": r"(?:η|eta)"}
_SHAPE = [rf"shape(?:\s+parameter)?(?:\s*(?:of\s+)?(?:\(\s*)?{_GREEK['beta']}\)?)?", "slope", _GREEK["beta"]]
_SCALE = [
    rf"scale(?:\s+parameter)?(?:\s*(?:of\s+)?(?:\(\s*)?{_GREEK['eta']}\)?)?",
    r"characteristic\s+life",
    _GREEK["eta"],
]
# "B10 life", "the B1 life", "B10": the time by which that percentage has failed
_B_LIFE = re.compile(rf"\bb\s*({NUMBER})(?:\s*life)?\b")
_PERCENTILE = re.compile(rf"({NUMBER})(?:st|nd|rd|th)\s*(?:percentile|quantile)")
# "by what time will 10% of units have failed?", "how long until 5% fail?": a quantile asked as a time
_SHARE_FAILED = re.compile(
    rf"\b(?:(?:by|at|after)\s+what\s+(?:time|age|life)|how\s+long|how\s+many\s+\w+|when)\b[^.;?]{{0,40}}?"
    rf"({NUMBER})\s*%\s*(?:of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?)?(?:will\s+|would\s+)?(?:have\s+)?fail"
)


def plan_weibull(q: str) -> Plan:
    """``show weibull.<fn>(...)`` of a two-parameter Weibull the question states by its shape and scale; PlanError
    when a parameter, the time or a compatible time unit is missing."""
    shape, scale = named_number(q, _SHAPE), named_number(q, _SCALE)
    if shape is None or scale is None:
        raise PlanError("a Weibull probability needs the shape (beta, slope) and the scale (eta, characteristic "
                        "life), e.g. 'shape beta = 1.8, scale eta = 12000 h'")  # fmt: skip
    if re.search(r"\b(?:three|3)[- ]parameter|\blocation\b|\bgamma\s*=|\bthreshold\b|\bfailure[- ]free\b", q):
        raise PlanError("a three-parameter Weibull (a location or failure-free time) is not planned: give the "
                        "two-parameter shape and scale")  # fmt: skip
    facts = {"dist": "weibull", "shape": shape, "scale": scale}
    level = _quantile_level(q)
    if level is not None:
        text = f"show weibull.ppf({level}, {shape}, {scale})"
        return Plan("probability", text, {**facts, "fn": "ppf", "q": float(level)})
    window = lifetime_window(q)
    if window is None:
        raise PlanError("a Weibull probability needs the time asked about, e.g. 'survives past 5000 h', 'fails "
                        "before 2000 h', or the quantile asked for, e.g. 'the B10 life'")  # fmt: skip
    unit = _scale_unit(q, scale)
    if unit is not None and window.unit is not None and unit != window.unit:
        raise PlanError(f"the scale is in {unit}s but the time asked is in {window.unit}s: give both in one unit")
    if window.fn == "between":
        lo, hi = window.times
        text = f"show weibull.cdf({hi}, {shape}, {scale}) - weibull.cdf({lo}, {shape}, {scale})"
        return Plan("probability", text, {**facts, "fn": "between", "lo": lo, "hi": hi})
    (point,) = window.times
    return Plan("probability", f"show weibull.{window.fn}({point}, {shape}, {scale})", {**facts, "fn": window.fn,
                                                                                     "x": point})  # fmt: skip


def _quantile_level(q: str) -> str | None:
    """The cumulative probability of "B10 life" (0.1), "the 5th percentile", "by what time will 10% have failed",
    "the median life"; None otherwise."""
    m = _B_LIFE.search(q) or _PERCENTILE.search(q) or _SHARE_FAILED.search(q)
    if m:
        share = float(m.group(1)) / 100
        if not 0 < share < 1:
            raise PlanError(f"a quantile needs a percentage between 0 and 100, got {m.group(1)}")
        return f"{share:.10g}"
    return "0.5" if re.search(r"\bmedian\b", q) else None


def _scale_unit(q: str, scale: str) -> str | None:
    """The time unit written after the scale's value ("eta = 12000 h" -> "hour"), None when unsaid."""
    m = re.search(rf"(?<![\d.]){re.escape(scale)}\s*-?\s*({UNIT})\b", q)
    return canonical(m.group(1)) if m else None
