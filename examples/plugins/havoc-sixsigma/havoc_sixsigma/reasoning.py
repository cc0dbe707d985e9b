"""A reasoning tool: "what sigma level is 3.4 DPMO?" planned as ``sigma_level dpmo=3.4`` and audited."""

from __future__ import annotations

import re
from statistics import NormalDist

from plugins.api.prose import NUMBER, named_number
from plugins.api.reasoning import Check, Plan, PlanError, close_check


def plan_sigma_level(question: str) -> Plan:
    """DPMO as given ("3.4 DPMO", "dpmo 233"), or defects and units ("12 defects in 500 units")."""
    q = question.lower()
    shift = named_number(q, ["shift"])
    options = f" shift={shift}" if shift is not None else ""
    dpmo = named_number(q, ["dpmo"]) or _before(q, r"dpmo|defects per million")
    if dpmo is not None:
        return Plan("sigma_level", f"sigma_level dpmo={dpmo}{options}", {"dpmo": float(dpmo), "shift": shift})
    defects, units = _before(q, r"defects?"), _before(q, r"units?|parts?|pieces?")
    if defects is None or units is None:
        raise PlanError("a sigma level needs the DPMO ('3.4 DPMO') or defects and units ('12 defects in 500 units')")
    chances = _before(q, r"opportunit(?:y|ies)")
    extra = f" opportunities={chances}" if chances is not None else ""
    dpmo_value = float(defects) / (float(units) * float(chances or 1)) * 1e6
    text = f"sigma_level defects={defects} units={units}{extra}{options}"
    return Plan("sigma_level", text, {"dpmo": dpmo_value, "shift": shift})


def _before(text: str, words: str) -> str | None:
    m = re.search(rf"({NUMBER})\s*(?:{words})\b", text)
    return m.group(1) if m else None


def audit_sigma_level(plan: Plan, result: dict, read_expression) -> list[Check]:
    """The level recomputed with the standard library's NormalDist (a second normal quantile engine)."""
    shift = float(plan.facts["shift"]) if plan.facts["shift"] is not None else 1.5
    want = NormalDist().inv_cdf(1 - plan.facts["dpmo"] / 1e6) + shift
    return [close_check("statistics.NormalDist recomputes the level", result.get("sigma_level"), want, 1e-9)]
