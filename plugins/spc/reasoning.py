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
    index = re.search(r"\b(cpk|ppk|cp|pp)\b", q)
    want = index.group(1) if index else "cpk"  # Pp and Ppk are Cp and Cpk of the overall sd the question gives
    if want in {"cp", "pp"}:
        if sd is None or lsl is None or usl is None:
            raise PlanError(f"{want.capitalize()} needs the sd and both specification limits")
        expr = f"({usl} - ({lsl}))/(6*{sd})"
    else:
        if mean is None or sd is None or (lsl is None and usl is None):
            raise PlanError("capability from summary statistics needs the mean, the sd and the specification limits")
        sides = [f"({usl} - {mean})/(3*{sd})"] * (usl is not None) + [f"({mean} - ({lsl}))/(3*{sd})"] * (
            lsl is not None
        )
        expr = f"min({', '.join(sides)})" if len(sides) > 1 else sides[0]
    facts = {"index": want, "mean": mean, "sd": sd, "lsl": lsl, "usl": usl}
    return Plan("capability", f"show {expr}", facts)


_SUBGROUPED = r"x-?bar|\bxbar|\br[- ]chart|subgroup"


def plan_control_chart(question: str) -> Plan:
    if re.search(_SUBGROUPED, question, re.I):
        return _plan_xbar_r(question)
    found = samples(question, minimum=5)
    if not found:
        raise PlanError("control limits need the measurements: at least 5 numbers in a row")
    values = found[0]
    csv = "value\n" + "\n".join(values) + "\n"
    text = 'data "reason_values.csv" column=value\nchart imr'
    return Plan("control_chart", text, {"values": values}, {"reason_values.csv": csv})


def _plan_xbar_r(question: str) -> Plan:
    """X-bar and R limits from the raw subgroups ("10.1 10.2 10.0; 9.9 10.1 10.3; ..."), never from summaries."""
    groups = samples(question, minimum=2)
    if re.search(r"\branges?\b|\bmeans\b", question, re.I) or len(groups) < 2 or len({len(g) for g in groups}) != 1:
        raise PlanError("X-bar and R limits need the measurements of each subgroup, the subgroups of equal size "
                        "separated by ';' (e.g. '10.1 10.2 10.0; 9.9 10.1 10.3; ...'), not subgroup means or ranges")  # fmt: skip
    values = [v for g in groups for v in g]
    csv = "value\n" + "\n".join(values) + "\n"
    text = f'data "reason_values.csv" column=value subgroup={len(groups[0])}\nchart xbar_r'
    return Plan(
        "control_chart",
        text,
        {"values": values, "subgroup": len(groups[0]), "subgroups": len(groups)},
        {"reason_values.csv": csv},
    )


def mean_score(text: str, scores: dict[str, float]) -> float:
    """Capability wording together with a mean is stronger evidence."""
    return 1.0 if scores.get("capability") and re.search(r"\b(?:mean|average)\b", text) else 0.0


def audit_capability(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """The index recomputed in floats from the extracted mean, sd and limits."""
    f = plan.facts
    sd = float(f["sd"])
    lsl = float(read_expression(f["lsl"])) if f["lsl"] else None
    usl = float(read_expression(f["usl"])) if f["usl"] else None
    if f["index"] in {"cp", "pp"}:
        want = (usl - lsl) / (6 * sd)
    else:
        mean = float(f["mean"])
        want = min(v for v in ((usl - mean) / (3 * sd) if usl is not None else None,
                               (mean - lsl) / (3 * sd) if lsl is not None else None) if v is not None)  # fmt: skip
    value = result.get("value")
    return [Check("index is finite", value is not None and math.isfinite(value), f"{value}"),
            close_check("float recomputation", value, want, 1e-9)]  # fmt: skip


def audit_control_chart(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Centre and UCL recomputed with numpy (d2 = 2/sqrt(pi) for moving ranges of two; d2(n) by quadrature)."""
    import numpy as np

    x = np.array([float(v) for v in plan.facts["values"]])
    if "subgroup" in plan.facts:
        from scipy import integrate, stats

        n = plan.facts["subgroup"]
        groups = x.reshape(-1, n)
        d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]
        want_ucl = x.mean() + 3 * np.ptp(groups, axis=1).mean() / (d2 * math.sqrt(n))
        return [close_check("centre = grand mean", result.get("center"), float(x.mean()), 1e-9),
                close_check("UCL = grand mean + 3 Rbar/(d2 sqrt n)", result.get("ucl"), float(want_ucl), 1e-7)]  # fmt: skip
    mr = np.abs(np.diff(x)).mean()
    d2 = 2 / math.sqrt(math.pi)  # exact d2 for n = 2
    want_ucl = x.mean() + 3 * mr / d2
    return [close_check("centre = mean", result.get("center"), float(x.mean()), 1e-9),
            close_check("UCL = mean + 3 MRbar/d2", result.get("ucl"), float(want_ucl), 1e-9)]  # fmt: skip
