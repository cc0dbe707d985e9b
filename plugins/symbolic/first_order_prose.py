"""First-order (exponential) change fitted to a start value and one observed point, solved for the time it reaches
a target, as text for the algebra planner.

"Stability: assay 100.0% LC at release, 95.0% LC at 12 months. Assuming first-order degradation (C = C0·e^(−kt)),
at how many months does assay reach 90.0% LC?": C0 is the value at time zero ("at release", "initially", "at t = 0",
"starts at", "C(0) = 100"), k follows from the one point observed later ("95.0% LC at 12 months", "95% after 12
months", "C(12) = 95"), so C(t) = C0 * (C1/C0)^(t/T), and the time it reaches the target ("reach 90.0%", "hit 90%",
"C(t) = 90") solves C0 * (C1/C0)^(t/T) = target. The model must be named: "first-order", "exponential", or a
formula written with e^ or exp; every number outside the formula must take one of the four roles (values in percent
stay in percent). A target on the other side of the start from the observed point, or a time asked in a unit the
observed time does not convert to exactly, is declined. Only text is cut here.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import UNSIGNED, number_spans, plain_text, scientific
from plugins.api.reasoning import outscore
from plugins.symbolic.doubling_prose import Doubling
from plugins.symbolic.time_units import SECONDS, time_unit, time_unit_pattern

_TIME = time_unit_pattern()
_MODEL = re.compile(r"\bfirst[- ]order\b|\bexponential(?:ly)?\b|\be\s*\^\s*\(|\bexp\s*\(", re.I)
# the formula written out, blanked before its roles are read: "C = C0*e^(-kt)", "C(t) = C0*exp(-k t)"
_FORMULA = re.compile(r"[A-Za-z]\w*(?:\(\s*t\s*\))?\s*=\s*[^,;?=]*?(?:e\s*\^|exp)\s*\([^)]*\)")
# a number with its unit ("100.0% LC", "95 mg"), the unit no word of the sentence
_VALUE = (
    rf"(?P<v>{UNSIGNED})(?:\s*%)?"
    r"(?:\s+(?!(?:at|after|by|and|in|on|is|was|when|of|to|for|it|initially)\b)[A-Za-zµ°][\w/µ°]{0,7}(?![\w(]))?"
)
_START = [
    # "100.0% LC at release", "100 initially", "100% at t = 0", "100 at time zero"
    _VALUE + r"\s*,?\s*(?:at\s+(?:release|manufacture|the\s+start|time\s+(?:zero|0)|t\s*=\s*0\b|t0\b)"
    r"|initially\b)",
    # "starts at 100%", "starting from 100", "initially 100", "initial potency of 100%", "at release it is 100%"
    r"\b(?:starts?|starting|begins?|beginning)\s+(?:at|from)\s+" + _VALUE,
    r"\binitially\s*,?\s*(?:(?:the\s+)?[a-z]+\s+(?:is|was)\s+|(?:is|was|at|of)\s+)?" + _VALUE,
    r"\binitial(?:\s+[a-z]+){0,2}?\s*(?:of|is|was|=|:)?\s*" + _VALUE,
    r"\bat\s+(?:release|t\s*=\s*0\b|time\s+(?:zero|0))\s*,?\s*(?:[a-z]+\s+){0,2}?(?:is|was|of|=|:)\s*" + _VALUE,
    # "C(0) = 100"
    r"\b[A-Za-z]\w*\(\s*0\s*\)\s*=\s*" + _VALUE,
]
_POINT = [
    # "C(12) = 95"
    rf"\b[A-Za-z]\w*\(\s*(?P<t>{UNSIGNED})\s*\)\s*=\s*" + _VALUE,
    # "95.0% LC at 12 months", "95% after 12 months"
    _VALUE + rf"\s*,?\s*(?:at|after)\s+(?:t\s*=\s*)?(?P<t>{UNSIGNED})\s*(?P<unit>{_TIME})\b",
    # "after 12 months it is 95%", "at 12 months, assay is 95%"
    rf"\b(?:at|after)\s+(?P<t>{UNSIGNED})\s*(?P<unit>{_TIME})\b\s*,?\s*(?:[a-z]+\s+){{0,3}}?"
    r"(?:is|was|reads|of|=|:|at|(?:is\s+)?(?:down|up)\s+to|(?:has\s+)?(?:fallen|dropped|risen)\s+to)\s*" + _VALUE,
]
_TARGET = [
    # "reach 90.0% LC", "hit 90%", "falls to 90", "drop below 90"
    r"\b(?:reach(?:es|ed)?|hits?|(?:falls?|drops?|declines?|decays?|gets?|goes\s+down|rises?|grows?)\s+(?:to|below)"
    r"|be\s+(?:at|down\s+to))\s+" + _VALUE,
    # "until 90%", "until it is 90", "until the assay is 90%"
    r"\b(?:until|till)\s+(?:(?:it|(?:the\s+)?[a-z]+)\s+(?:is|reads)\s+)?" + _VALUE,
    # "C(t) = 90"
    r"\b[A-Za-z]\w*\(\s*t\s*\)\s*=\s*" + _VALUE,
]
_ASK = re.compile(
    r"\bhow\s+long|\b(?:how\s+many|number\s+of)\s+(?P<unit>[a-z]+)|\bwhen\b|\bwhat\s+time\b|\bfor\s+t\b", re.I
)


def _hits(patterns: list[str], text: str) -> list[re.Match[str]]:
    """Every match of any of ``patterns`` in ``text``, one per number (the first pattern's where two read it)."""
    found: dict[int, re.Match[str]] = {}
    for pattern in patterns:
        for m in re.finditer(pattern, text, re.I):
            found.setdefault(m.start("v"), m)
    return list(found.values())


def _one(hits: list[re.Match[str]], role: str) -> re.Match[str]:
    """The one hit of a role; raises ValueError when the question states it more than once."""
    if len({Fraction(m["v"]) for m in hits}) != 1:
        raise ValueError(f"a first-order fit needs one {role}; read {[m['v'] for m in hits]}")
    return hits[0]


def first_order_parts(question: str) -> Doubling | None:
    """The time a first-order change from a start value through one observed point takes to reach a target, as the
    growth ``Doubling`` writes: start * (observed/start)^(t/T) = target; None when the question names no exponential
    model, states no start and no observed point, or asks no time. Raises ValueError when the numbers do not take the
    four roles one to one, the target lies on the wrong side of the start, or the time asked does not convert."""
    text = scientific(plain_text(question))
    ask = _ASK.search(text)
    if not _MODEL.search(text) or ask is None:
        return None
    blanked = _FORMULA.sub(lambda m: " " * len(m.group()), text)
    starts, points, targets = _hits(_START, blanked), _hits(_POINT, blanked), _hits(_TARGET, blanked)
    if not starts or not points:
        return None
    points = [m for m in points if Fraction(m["t"]) != 0]  # "C(0) = 100": the start
    if not points:
        return None
    start, point = _one(starts, "start value"), _one(points, "observed point")
    target = _one([m for m in targets if m.start("v") not in {start.start("v"), point.start("v")}], "target")
    taken = {start.start("v"), point.start("v"), point.start("t"), target.start("v")}
    spans = [start.span(), point.span(), target.span()]  # the "0" of "at t = 0" and "C(0) = 100" is the start's
    if len(taken) != 4 or any(not any(a <= at < b for a, b in spans) for at, _ in number_spans(blanked)):
        raise ValueError(f"a first-order fit needs a start value, one observed point (value and time) and a target, "
                         f"and no other number; read {[v for _, v in number_spans(blanked)]}")  # fmt: skip
    c0, c1, goal = Fraction(start["v"]), Fraction(point["v"]), Fraction(target["v"])
    if min(c0, c1, goal) <= 0 or c1 == c0 or (goal < c0) != (c1 < c0):
        raise ValueError(f"a first-order change from {start['v']} through {point['v']} cannot reach {target['v']}")
    period = Fraction(point["t"])
    unit = point.groupdict().get("unit")  # none in "C(12) = 95"
    own = time_unit(unit) if unit else None
    asked = time_unit(ask["unit"]) if ask["unit"] else None
    if ask["unit"] and asked is None:
        return None  # "how many doses": no time asked
    if own and asked and own != asked:
        if own not in SECONDS or asked not in SECONDS:
            raise ValueError(f"the time observed in {point['unit']} and the time asked in {ask['unit']} do not "
                             "convert exactly")  # fmt: skip
        period = period * SECONDS[own] / SECONDS[asked]
    exact = str(period.numerator) if period.denominator == 1 else f"({period.numerator}/{period.denominator})"
    written = f"{point['v']} at {point['t']}{' ' + unit if unit else ''}"
    return Doubling(start["v"], target["v"], exact, written, c1 < c0, asked or own or "", c1 / c0)


def first_order_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: the time a first-order change through a start and one observed point takes to reach a
    target (read or declined)."""
    try:
        found = first_order_parts(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") if found else 0.0
