"""Capability's within-subgroup sigma from a control chart's summary: "X-double-bar = 10.04, R-bar = 0.07 from
subgroups of n = 5 (d2 = 2.326). Cpk using within sigma = R-bar/d2?" -> sigma = R-bar/d2(n), d2 from the printed
table (3 decimals) for the subgroup size, or the one the question states (a stated d2 that is not the table's is
used and said in a note)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from plugins.api.prose import named_number
from plugins.api.reasoning import PlanError
from plugins.spc import constants
from plugins.spc.reasoning import STATED_D2
from plugins.spc.reasoning_charts import GRAND_NAMES, RBAR_NAMES, subgroup_size


@dataclass(frozen=True)
class WithinSigma:
    """R-bar, the subgroup size n and the d2 that give sigma = R-bar/d2 (all as written), a note on the d2, and
    whether the d2 is one the question states that is not d2(n) of the tables (``as_stated``)."""

    rbar: str
    n: str
    d2: str
    note: str | None = None
    as_stated: bool = False

    @property
    def text(self) -> str:
        """The sigma as a study-language expression: "(0.07/2.326)"."""
        return f"({self.rbar}/{self.d2})"

    @property
    def value(self) -> float:
        return float(self.rbar) / float(self.d2)


def grand_mean(q: str) -> str | None:
    """The grand mean of a chart's subgroups as written: "X-double-bar = 10.04", "x-bar-bar 10.04", "grand mean"."""
    return named_number(q, GRAND_NAMES)


def rbar_sigma(q: str) -> WithinSigma | None:
    """The within-subgroup sigma R-bar/d2 of a question that states R-bar (lower-case text); None when it states
    none. PlanError without a whole subgroup size of 2 or more."""
    rbar = named_number(q, RBAR_NAMES)
    if rbar is None:
        return None
    n = subgroup_size(q)
    if n is None or not float(n).is_integer() or float(n) < 2:
        raise PlanError("sigma = R-bar/d2 needs the subgroup size n (d2 depends on it), e.g. 'subgroups of n = 5'")
    size = int(float(n))
    table = constants.d2(size, "table")
    stated = STATED_D2.search(q)
    if stated is None:
        return WithinSigma(rbar, n, f"{table}", f"sigma = R-bar/d2 with d2({size}) = {table} (printed table)")
    d2 = stated.group(1)
    if _agrees(d2, size):
        return WithinSigma(rbar, n, d2)
    note = f"the d2 stated ({d2}) is not d2({size}) = {table} of the tables; the stated d2 is used"
    return WithinSigma(rbar, n, d2, note, as_stated=True)


def _agrees(d2: str, size: int) -> bool:
    """Whether a stated d2 is d2(size) up to the places it is written with (the table's 3 decimals, or more)."""
    places = len(d2.partition(".")[2])
    return math.isclose(float(d2), round(constants.d2(size), places), abs_tol=0.5 * 10.0**-places)
