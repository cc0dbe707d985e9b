"""The unit a definite integral's answer is asked in, and the factor from the integral's natural unit to it.

"I(t) = 3 - 0.5t amps with t in hours, from t = 0 to t = 2 h. How much charge did the cell deliver, in mAh?": the
integral is in A*h (the integrand's unit times the variable's), and 1 A*h is 1000 mAh. A unit asked that differs
from the natural one, or that cannot be compared with it (either unit unknown), is never answered by the bare
integral: ``integral_scale`` gives the factor, or says why it cannot.
"""

from __future__ import annotations

import re

from plugins.symbolic.derivative_prose import UNIT_WORD, declared_time_units, variable_units
from plugins.symbolic.units import UnitError, convert, factors
from plugins.symbolic.word_problems import HOW_MANY_UNIT, definitions

_UNIT = UNIT_WORD
# "..., in mAh?", "in kWh.", "(in litres)", "expressed in mL?": a unit ending the ask's sentence
_ASKED = re.compile(rf"(?<![A-Za-z]\s)(?<!\b[a-z])\b(?:in|into|as)\s+(?P<unit>{_UNIT})\s*(?=[?.!)]|$)")
# the unit both bounds are written in: "from 300 K to 500 K", "between 2 h and 5 h"
_BOUNDS_UNIT = re.compile(rf"\b(?:from|between)\s+[-\d.]+\s*(?P<unit>{_UNIT})\s+(?:to|and)\s+[-\d.]+\s*(?P=unit)\b")


def _known(unit: str) -> str | None:
    """``unit`` with its words joined as the unit registry reads them ("A·h" -> "A*h"), or None when unknown."""
    text = re.sub(r"\s*[·⋅]\s*", "*", unit.strip())
    try:
        return text if factors(text) else None
    except (UnitError, ValueError, AttributeError, KeyError):
        return None


def asked_unit(question: str) -> str | None:
    """The unit the question's last ask wants its answer in ("..., in mAh?", else "how many amp-hours"), when the
    registry knows it."""
    return written_unit(question) or counted_unit(question)


def written_unit(question: str) -> str | None:
    """The unit the question's last ask names after "in" ("..., in mAh?"), when the registry knows it."""
    found = [m["unit"] for m in _ASKED.finditer(question)]
    return _known(found[-1]) if found else None


def counted_unit(question: str) -> str | None:
    """The known unit a "how many" asks for ("how many amp-hours get pulled out" -> "amp-hours"), or None."""
    found = [m["unit"] for m in HOW_MANY_UNIT.finditer(question)]
    return _known(found[-1]) if found else None


def variable_unit(question: str, var: str) -> str | None:
    """The unit the question gives ``var`` ("t in hours"); for a time t also "(t, min)" forms ``declared_time_units``
    reads; None when it gives none or several."""
    said = variable_units(question, var)
    if var == "t" and not said:
        said = declared_time_units(question)
    if not said:  # bounds written in one unit: "from 300 K to 500 K"
        said = {m["unit"] for m in _BOUNDS_UNIT.finditer(question)}
    return _known(said.pop()) if len(said) == 1 else None


def _integrand_unit(question: str, unit: str) -> str | None:
    """The integrand's unit as written: a unit cut at a bracket ("J/" of "J/(mol·K)") is read whole."""
    if unit.endswith("/") and (whole := re.search(rf"{re.escape(unit)}\([^()]*\)", question)):
        unit = whole.group(0)
    return _known(unit) if unit else None


def integral_scale(question: str, var: str) -> tuple[str | None, str | None]:
    """(the exact factor, as text ("1000", "1/1000"), turning the integral of the question's one defined function over ``var`` into the unit asked,
    None when none is asked or it is the natural one; why it cannot be answered, or None)."""
    asked = asked_unit(question)
    if asked is None:
        return None, None
    found = definitions(question)
    integrand = _integrand_unit(question, found[0].unit) if len(found) == 1 else None
    across = variable_unit(question, var)
    counted = written_unit(question) is None  # "how many amp-hours": only a unit both sides state converts
    if integrand is None or across is None:
        if counted:
            return None, None  # "how many kWh" of a power in kW, t's unit unstated: read in the unit's own time
        return None, (f"the answer is asked in {asked}, but the integrand's unit or {var}'s unit is not stated in "
                      f"a form havoc reads: state both (e.g. 'I(t) = ... A with t in hours')")  # fmt: skip
    try:
        factor = convert(1, f"({integrand})*({across})", asked).exact
    except (UnitError, ValueError) as exc:
        if counted:
            return None, None  # "how many" of a count, not of the integral's unit
        return None, f"the integral is in {integrand}*{across}, which cannot be given in {asked}: {exc}"
    return (None if factor == 1 else str(factor)), None
