"""Reasoning tools of the spc plugin: capability from summary statistics and I-MR control limits, with audits."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from plugins.api.prose import NUMBER, named_number, samples
from plugins.api.reasoning import Check, Plan, PlanError, close_check


def plan_capability(question: str) -> Plan:
    q = question.lower()
    mean = named_number(q, ["mean", "average", "mu", "xbar"])
    sd = named_number(q, ["sd", "sigma", "standard deviation", "std dev", "std", "s"])
    lsl = named_number(q, ["lsl", "lower spec(?:ification)?(?: limit)?"])
    usl = named_number(q, ["usl", "upper spec(?:ification)?(?: limit)?"])
    span = re.search(rf"(?:specs?|specifications?|limits?|tolerance)\s*(?:of|are|is|:|=|from|between)?\s*({NUMBER})\s*"
                     rf"(?:to|and|-|\.\.)\s*({NUMBER})", q)  # fmt: skip
    if span and (lsl is None or usl is None):
        lsl, usl = span.groups()
    pm = re.search(rf"({NUMBER})\s*(?:±|\+/-|\+-)\s*({NUMBER})", q)
    if pm and lsl is None and usl is None:
        lsl, usl = f"{pm.group(1)} - {pm.group(2)}", f"{pm.group(1)} + {pm.group(2)}"
    if mean is None or sd is None or (lsl is None and usl is None):
        raise PlanError("capability from summary statistics needs the mean, the sd and the specification limits")
    want = "cp" if re.search(r"\bcp\b(?!k)", q) and "cpk" not in q else "cpk"
    if want == "cp":
        if lsl is None or usl is None:
            raise PlanError("Cp needs both specification limits")
        expr = f"({usl} - ({lsl}))/(6*{sd})"
    else:
        sides = [f"({usl} - {mean})/(3*{sd})"] * (usl is not None) + [f"({mean} - ({lsl}))/(3*{sd})"] * (
            lsl is not None
        )
        expr = f"min({', '.join(sides)})" if len(sides) > 1 else sides[0]
    facts = {"index": want, "mean": mean, "sd": sd, "lsl": lsl, "usl": usl}
    return Plan("capability", f"show {expr}", facts)


def plan_control_chart(question: str) -> Plan:
    found = samples(question, minimum=5)
    if not found:
        raise PlanError("control limits need the measurements: at least 5 numbers in a row")
    values = found[0]
    csv = "value\n" + "\n".join(values) + "\n"
    text = 'data "reason_values.csv" column=value\nchart imr'
    return Plan("control_chart", text, {"values": values}, {"reason_values.csv": csv})


def mean_score(text: str, scores: dict[str, float]) -> float:
    """Capability wording together with a mean is stronger evidence."""
    return 1.0 if scores.get("capability") and re.search(r"\b(?:mean|average)\b", text) else 0.0


def audit_capability(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """The index recomputed in floats from the extracted mean, sd and limits."""
    f = plan.facts
    mean, sd = float(f["mean"]), float(f["sd"])
    lsl = float(read_expression(f["lsl"])) if f["lsl"] else None
    usl = float(read_expression(f["usl"])) if f["usl"] else None
    if f["index"] == "cp":
        want = (usl - lsl) / (6 * sd)
    else:
        want = min(v for v in ((usl - mean) / (3 * sd) if usl is not None else None,
                               (mean - lsl) / (3 * sd) if lsl is not None else None) if v is not None)  # fmt: skip
    value = result.get("value")
    return [Check("index is finite", value is not None and math.isfinite(value), f"{value}"),
            close_check("float recomputation", value, want, 1e-9)]  # fmt: skip


def audit_control_chart(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Centre and UCL recomputed with numpy (d2 = 2/sqrt(pi) for moving ranges of two)."""
    import numpy as np

    x = np.array([float(v) for v in plan.facts["values"]])
    mr = np.abs(np.diff(x)).mean()
    d2 = 2 / math.sqrt(math.pi)  # exact d2 for n = 2
    want_ucl = x.mean() + 3 * mr / d2
    return [close_check("centre = mean", result.get("center"), float(x.mean()), 1e-9),
            close_check("UCL = mean + 3 MRbar/d2", result.get("ucl"), float(want_ucl), 1e-9)]  # fmt: skip
