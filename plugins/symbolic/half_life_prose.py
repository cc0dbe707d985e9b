"""A half-life symbol written in a formula, read as the half-life the question states in words.

"Half-life 109.8 min. ... integrate 40*exp(-ln2*t/T½) from 0 to inf, t in hours": ``plain_text`` writes "T½" as
"T(1/2)"; "T_1/2", "t_(1/2)", "T_{1/2}", "t_half" are the same symbol. Its value is the one number the question
gives the half-life ("half-life 109.8 min", "half-life of 6 h", "T½ = 109.8 min"), converted to the unit of the
formula's variable ("t in hours": 109.8 min is 109.8/60 h). Only text is rewritten here, nothing evaluated.
"""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.symbolic.integral_units import variable_unit
from plugins.symbolic.time_units import time_unit, time_unit_pattern
from plugins.symbolic.units import UnitError, convert

_SYMBOL = r"(?<![\w.])[Tt](?:\s*\(\s*1\s*/\s*2\s*\)|_\s*[({]?\s*1\s*/\s*2\s*[)}]?|_half)(?![\w(])"
_UNIT = r"(?P<unit>[A-Za-z]+)"
_WORDED = re.compile(
    rf"\bhalf[- ]?life\s*(?:(?:is|of|=|:|,)\s*)?(?:about\s+|~\s*)?(?P<value>{NUMBER})\s*{_UNIT}?", re.I
)
_SET = re.compile(rf"{_SYMBOL}\s*=\s*(?P<value>{NUMBER})\s*{_UNIT}?", re.I)
# a time unit the question reads its rates or times in: "40 uGy/h", "per hour", "in minutes"
_TIME_SAID = re.compile(rf"(?:/\s*|\bper\s+|\bin\s+)(?P<unit>{time_unit_pattern(letters=False)})\b", re.I)


def writes_half_life(body: str) -> bool:
    """Whether a formula's text writes a half-life symbol ("T(1/2)", "T_1/2", "t_half")."""
    return re.search(_SYMBOL, body) is not None


def half_life_written(body: str, question: str, var: str) -> str:
    """``body`` with its half-life symbol replaced by the half-life the question states, in the unit of ``var``.
    Raises ValueError when no half-life (or two) is stated, or its unit cannot be put in ``var``'s unit."""
    if not writes_half_life(body):
        return body
    found = {(m["value"], time_unit(m["unit"])) for m in (*_WORDED.finditer(question), *re.finditer(_SET, question))}
    if len(found) != 1:
        raise ValueError("the formula's half-life symbol needs one half-life stated, e.g. 'half-life 109.8 min'")
    value, unit = found.pop()
    across = variable_unit(question, var)
    if unit and across is None and any(time_unit(m["unit"]) != unit for m in _TIME_SAID.finditer(question)):
        raise ValueError(
            f"the half-life is in {unit} but other times are not: say the unit of {var} ('{var} in hours')"
        )
    if not unit or across is None:
        return re.sub(_SYMBOL, f"({value})", body)
    try:
        factor = convert(1, unit, across).exact
    except (UnitError, ValueError) as exc:
        raise ValueError(f"the half-life in {unit} cannot be put in {var}'s unit {across}: {exc}") from None
    scaled = value if factor == 1 else f"{value}/{factor.q}" if factor.p == 1 else f"{value}*{factor}"
    return re.sub(_SYMBOL, f"({scaled})", body)
