"""At least one occurrence over a span of years of an event with a yearly probability, for the probability planner:
"a 100-year flood (annual exceedance probability 1%) ... at least once during a 30-year design life" is
1 - (1 - p)^n, planned as ``binomial.sf(0, n, p)`` with independent years.

The yearly probability is read from a return period ("100-year flood", "1-in-100 year event", "a 1 in 100 year
storm": 1/100) or a stated annual probability ("annual exceedance probability 1%", "a 2% chance each year", "annual
chance of 0.01"); both stated must agree. The years are the one span of years left once the return period is set
aside ("30-year design life", "over 50 years", "during the next 25 years"). A second span, a disagreement or a
missing piece is refused, never guessed."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER
from plugins.api.reasoning import Plan, PlanError

_EVENTS = r"flood|storm|event|rain(?:fall)?|surge|wind|earthquake|quake|drought|flow|peak|snow(?:fall)?|wave|tide"
# "at least once", "at least one exceedance", "at least 1 100-year flood" (number words arrive as digits)
_ONCE = re.compile(
    rf"\bat\s+least\s+(?:once\b|(?:one|1)\s+(?:(?:time|occurrence|exceedance|{_EVENTS})s?\b"
    r"|(?=(?:1|one)[- ]in[- ]|\d+[- ](?:years?|yr)\b)))"
)
# a return period: "100-year flood", "1-in-100 year event", "1 in 100-year storm", "a 100 yr flood"
_RETURN = re.compile(
    r"(?<![\w.])(?:1|one)[- ]in[- ](?P<a>\d+)[- ]?(?:years?|yr)\b|"
    r"(?<![\w.])(?P<b>\d+)[- ](?:years?|yr)\s+(?:return\s+period\s+)?(?:[a-z-]+\s+)?"
    rf"(?:{_EVENTS})s?\b"
)
# an annual probability: "annual exceedance prob 1%", "annual chance of 0.01", "a 2% chance each year"
_ANNUAL = re.compile(
    rf"\b(?:annual|yearly)\s+(?:exceedance\s+|occurrence\s+)?(?:probability|prob|chance|likelihood)\s*"
    r"(?:(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}?(?=is\b|=|:))?"  # "of the design storm is 2%"
    rf"(?:of|is|=|:)?\s*(?P<a>{NUMBER})\s*(?P<ap>%|percent\b)?|"
    rf"(?<![\w.])(?P<b>{NUMBER})\s*(?P<bp>%|percent\b)?\s+(?:annual\s+(?:exceedance\s+)?(?:probability|chance)|"
    r"(?:exceedance\s+)?(?:probability|chance)\s+(?:each|every|per|a|in\s+any(?:\s+given)?)\s+year)"
)
# a span of whole years: "30-year design life", "over 50 years", "during the next 25 years", "a 30 yr life"
_YEARS = re.compile(r"(?<![\w.])(\d+)[- ]?(?:years?|yrs?)\b")


def asks_at_least_once(q: str) -> bool:
    """Whether ``q`` asks for at least one occurrence of an event with a return period or an annual probability."""
    return bool(_ONCE.search(q) and (_RETURN.search(q) or _ANNUAL.search(q)))


def yearly_probability(q: str) -> tuple[Fraction, list[tuple[int, int]]]:
    """The probability per year as a fraction, and the spans of ``q`` that state it (so that the years of the
    return period are not read as the span asked). PlanError when none is read or two readings disagree."""
    found: list[Fraction] = []
    spans: list[tuple[int, int]] = []
    for m in _RETURN.finditer(q):
        found.append(Fraction(1, int(m.group("a") or m.group("b"))))
        spans.append(m.span())
    for m in _ANNUAL.finditer(q):
        value, percent = (m.group("a"), m.group("ap")) if m.group("a") else (m.group("b"), m.group("bp"))
        found.append(Fraction(value) / (100 if percent else 1))
        spans.append(m.span())
    if not found:
        raise PlanError("at least once over a span of years needs the yearly probability: e.g. 'a 100-year flood' or "
                        "'an annual exceedance probability of 1%'")  # fmt: skip
    if len(set(found)) > 1 or not 0 < found[0] < 1:
        raise PlanError("the yearly probabilities stated disagree (a return period of T years is a probability 1/T "
                        "a year): give one")  # fmt: skip
    return found[0], spans


def span_in_years(q: str, taken: list[tuple[int, int]]) -> int:
    """The one number of years the occurrence is asked over, outside the spans ``taken`` by the yearly probability.
    PlanError when there is none or more than one."""
    years = {int(m.group(1)) for m in _YEARS.finditer(q) if not any(a <= m.start() < b for a, b in taken)}
    if len(years) != 1 or 0 in years:
        raise PlanError("at least once over a span of years needs the one number of years it is asked over: e.g. "
                        "'during a 30-year design life' or 'over 50 years'")  # fmt: skip
    return years.pop()


def plan_at_least_once(q: str) -> Plan:
    """``show binomial.sf(0, n, p)``: at least one occurrence in ``n`` independent years, each with probability
    ``p`` (1 - (1 - p)^n); PlanError naming what is missing or unclear."""
    p, taken = yearly_probability(q)
    n = span_in_years(q, taken)
    facts = {"dist": "binomial", "fn": "sf", "k": 0, "asked": 1, "n": n, "p": float(p), "return_period": 1 / p,
             "assumed": f"at least once in {n} independent years, each with probability {p}: 1 - (1 - p)^{n}"}  # fmt: skip
    return Plan("probability", f"# assumed {facts['assumed']}\nshow binomial.sf(0, {n}, {p})", facts)
