"""Defects per million opportunities for the Poisson planner: "1600 solder joint opportunities ... 500 DPMO" is a mean
of 500/10^6 x 1600 = 0.8 defects per unit (DPU), and the share of units with zero defects (first-pass yield) is
exp(-DPU) under the Poisson assumption of Six Sigma's yield formula."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError

_HEDGE = r"(?:(?:about|around|roughly|approximately|running\s+at|at)\s+)?"
# the DPMO as written: "500 DPMO", "DPMO 250", "DPMO of 250", "a DPMO is 250", "500 defects per million opportunities"
_DPMO = (
    re.compile(rf"(?<![\w.])({NUMBER})\s*(?:dpmo\b|defects?\s+per\s+million\s+opportunit(?:y|ies)\b)"),
    re.compile(
        rf"\bdpmo\s*(?:\([^()]*\)\s*)?(?:of|is|was|=|:|runs?\s+at|at)?\s*{_HEDGE}(?<![\w.])({NUMBER})(?![\w%]|\.\d)"
    ),
)
# the opportunities per unit: "1600 solder joint opportunities", "2400 opportunities per assembly", "opportunities per
# board: 1600", "opportunities per unit of 1600"
_OPPORTUNITIES = (
    re.compile(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+){{0,3}}?opportunit(?:y|ies)\b"),
    re.compile(rf"\bopportunit(?:y|ies)\s+(?:per|each|a|an)\s+[a-z-]+\s*(?:of|is|=|:|are)?\s*({NUMBER})(?![\w%]|\.\d)"),
)
# first-pass yield asked with no count said: the share of units with zero defects
FIRST_PASS = re.compile(r"\bfirst[- ](?:pass|time)(?:[- ]through)?\s+yield\b|\bfpy\b|\bthroughput\s+yield\b")


def _found(patterns: tuple[re.Pattern[str], ...], q: str, skip: tuple[int, int] | None = None) -> set[str]:
    """The distinct numbers the patterns read in ``q``, less one whose span lies inside ``skip``."""
    found = set()
    for pattern in patterns:
        for m in pattern.finditer(q):
            if skip is None or not skip[0] <= m.start(1) < skip[1]:
                found.add(m.group(1))
    return found


def dpmo_defects_per_unit(q: str) -> tuple[str, str] | None:
    """(DPMO, opportunities per unit) as written, when the question states both ("PCB-4471 rev C has 1600 solder joint
    opportunities. line is running 500 DPMO" -> ("500", "1600")); None when either is missing. PlanError when several
    values of either are stated."""
    dpmo = _found(_DPMO, q)
    if not dpmo:
        return None
    spelled = re.search(r"defects?\s+per\s+million\s+opportunit(?:y|ies)", q)
    opportunities = _found(_OPPORTUNITIES, q, spelled.span() if spelled else None)
    opportunities -= {m.group(1) for m in _DPMO[0].finditer(q)}  # "500 defects per million opportunities" is the DPMO
    if not opportunities:
        return None
    if len(dpmo) > 1 or len(opportunities) > 1:
        raise PlanError("several DPMO or opportunity counts are stated: give one DPMO and the opportunities per unit")
    (rate,), (per_unit,) = dpmo, opportunities
    if not 0 < Fraction(rate) < 10**6 or Fraction(per_unit) <= 0:
        raise PlanError("a DPMO is between 0 and 1,000,000 and the opportunities per unit are positive")
    return rate, per_unit


def dpu_text(rate: str, per_unit: str) -> str:
    """The plan's mean defects per unit: "500/1000000*1600"."""
    return f"{rate}/1000000*{per_unit}"
