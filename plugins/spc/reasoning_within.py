"""Capability's within-subgroup sigma from a control chart's summary: "X-double-bar = 10.04, R-bar = 0.07 from
subgroups of n = 5 (d2 = 2.326). Cpk using within sigma = R-bar/d2?" -> sigma = R-bar/d2(n), or from an S chart
S-bar/c4(n); the constant from the printed table (d2 3 decimals, c4 4) for the subgroup size, or the one the question
states (a stated constant that is not the table's is used and said in a note)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from plugins.api.prose import NUMBER, named_number
from plugins.api.reasoning import PlanError
from plugins.spc import constants
from plugins.spc.reasoning import CONSTANT_SIZE, STATED_D2
from plugins.spc.reasoning_charts import RBAR_NAMES, SBAR_NAMES, measured_number, subgroup_size

STATED_C4 = re.compile(rf"\bc_?4\s*{CONSTANT_SIZE}(?:=|:|of|is)\s*({NUMBER})")
# how sigma comes from each spread: its facts' names, the spread's name in words, the constant and its table
_KINDS: dict[str, tuple[str, str, Callable[..., float], re.Pattern[str]]] = {
    "rbar": ("R-bar", "d2", constants.d2, STATED_D2),
    "sbar": ("S-bar", "c4", constants.c4, STATED_C4),
}
# "sigma = R-bar/d2", "Sbar/c4": the question names the within sigma's formula
WITHIN_FORMULA = r"[rs]-?bar\s*/\s*(?:d_?2|c_?4)|[r̄s̄]\s*/\s*(?:d_?2|c_?4)"


@dataclass(frozen=True)
class WithinSigma:
    """The spread ("rbar": R-bar, "sbar": S-bar), its value, the subgroup size n and the constant (d2 or c4) that
    give sigma = spread/constant (all as written), a note on the constant, and whether it is one the question states
    that is not the tables' for n (``as_stated``)."""

    spread: str
    value_text: str
    n: str
    constant: str
    note: str | None = None
    as_stated: bool = False

    @property
    def text(self) -> str:
        """The sigma as a study-language expression: "(0.07/2.326)"."""
        return f"({self.value_text}/{self.constant})"

    @property
    def value(self) -> float:
        return float(self.value_text) / float(self.constant)

    @property
    def constant_name(self) -> str:
        """ "d2" for R-bar, "c4" for S-bar."""
        return _KINDS[self.spread][1]

    def facts(self) -> dict[str, object]:
        """The plan's facts: {"rbar": "1.8", "n": "4", "d2": "2.059", "d2_as_stated": False} (or sbar and c4)."""
        name = self.constant_name
        return {self.spread: self.value_text, "n": self.n, name: self.constant, f"{name}_as_stated": self.as_stated}


def spread_said(q: str) -> bool:
    """Whether the question states an R-bar or an S-bar (lower-case text)."""
    return named_number(q, RBAR_NAMES) is not None or named_number(q, SBAR_NAMES) is not None


def within_sigma(q: str) -> WithinSigma | None:
    """The within-subgroup sigma R-bar/d2 or S-bar/c4 of a question that states R-bar or S-bar (lower-case text);
    None when it states neither. PlanError when it states both, or without a whole subgroup size of 2 or more."""
    rbar, sbar = measured_number(q, RBAR_NAMES), measured_number(q, SBAR_NAMES)
    if rbar is None and sbar is None:
        return None
    if rbar is not None and sbar is not None:
        raise PlanError("give R-bar or S-bar, not both: sigma is R-bar/d2 or S-bar/c4")
    spread, value = ("rbar", rbar) if rbar is not None else ("sbar", sbar)
    words, name, table_of, stated_pattern = _KINDS[spread]
    n = subgroup_size(q)
    if n is None or not float(n).is_integer() or float(n) < 2:
        raise PlanError(
            f"sigma = {words}/{name} needs the subgroup size n ({name} depends on it), e.g. 'subgroups of n = 5'"
        )
    size = int(float(n))
    table = table_of(size, "table")
    stated = stated_pattern.search(q)
    if stated is None:
        note = f"sigma = {words}/{name} with {name}({size}) = {table} (printed table)"
        return WithinSigma(spread, value, n, f"{table}", note)
    given = stated.group(1)
    if _agrees(given, table_of(size)):
        return WithinSigma(spread, value, n, given)
    note = f"the {name} stated ({given}) is not {name}({size}) = {table} of the tables; the stated {name} is used"
    return WithinSigma(spread, value, n, given, note, as_stated=True)


def _agrees(stated: str, exact: float) -> bool:
    """Whether a stated constant is the exact one up to the places it is written with (the table's, or more)."""
    places = len(stated.partition(".")[2])
    return math.isclose(float(stated), round(exact, places), abs_tol=0.5 * 10.0**-places)
