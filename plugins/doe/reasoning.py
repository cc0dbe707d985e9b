"""Reasoning tool of the doe plugin: "design a 2^(5-1) fractional factorial" as a study plan, and its audit."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from plugins.api.prose import named_number
from plugins.api.reasoning import Check, Plan, PlanError

_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _factor_count(q: str) -> int | None:
    q = re.sub(r"\b(?:two|three|2|3)[- ]level\b", " ", q)  # "7 two-level factors" has 7 factors, not 2
    m = re.search(r"(\d+|" + "|".join(_WORD_NUMBERS) + r")[\s-]+(?:\w+\s+)?(?:factors?|variables?)", q)
    if not m:
        m = re.search(r"(?:factors?|variables?)\s*(?:=|:)?\s*(\d+)", q)
    if not m:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _WORD_NUMBERS[word]


_FRACTIONS = {"half": 1, "1/2": 1, "quarter": 2, "1/4": 2, "eighth": 3, "1/8": 3, "sixteenth": 4, "1/16": 4}
_FRACTION = (
    r"(?:\bone[- ]|\ba |\b)(half|quarter|eighth|sixteenth|1/2|1/4|1/8|1/16)[- ]?(?:fraction|replicate|factorial)"
)


def plan_design(question: str) -> Plan:
    q = question.lower()
    center = named_number(q, ["center", "centre", "center points", "centre points"])
    if center is None:
        m = re.search(r"(\d+)\s+cent(?:er|re)\s*(?:points?|runs?)?", q)
        center = m.group(1) if m else None
    frac = re.search(r"2\s*\^\s*\(?\s*(\d+)\s*-\s*(\d+)\s*\)?", q)
    full = re.search(r"2\s*\^\s*(\d+)(?!\s*-)", q)
    k = _factor_count(q)
    options = ""
    share = _FRACTIONS.get(m.group(1)) if (m := re.search(_FRACTION, q)) else None
    if frac:
        k, p = int(frac.group(1)), int(frac.group(2))
        kind, options = "fractional_factorial", f" runs={2 ** (k - p)}"
    elif share and (k or (int(full.group(1)) if full else 0)) > share:  # "a one-eighth fraction of 7 factors"
        k, p = k or int(full.group(1)), share
        kind, options = "fractional_factorial", f" runs={2 ** (k - p)}"
    elif "box" in q and "behnken" in q:
        kind = "box_behnken"
    elif "central composite" in q or re.search(r"\bccd\b", q):
        kind = "central_composite"
    elif "plackett" in q:
        kind = "plackett_burman"
    elif "fractional" in q:
        res = re.search(r"resolution\s+(iii|iv|v|3|4|5)\b", q)
        if not res:
            raise PlanError("a fractional factorial needs 2^(k-p), a resolution or a run count")
        kind, options = "fractional_factorial", f" resolution={_roman(res.group(1))}"
    elif "factorial" in q or full:
        kind = "full_factorial"
        k = int(full.group(1)) if full and k is None else k
    else:
        raise PlanError(
            "name the design: full or fractional factorial, box-behnken, central composite, plackett-burman"
        )
    most = 25 if kind == "plackett_burman" else 15  # screening designs go far beyond what factorials can
    if k is None or not 2 <= k <= most:
        raise PlanError(f"a design needs the number of factors (2 to {most}), e.g. '3 factors' or 2^(5-1)")
    if center is not None:
        n = int(float(center))
        # prose counts the centre points of the whole design; the CCD's center= counts them per portion
        options += f" center=[{n - n // 2}, {n // 2}]" if kind == "central_composite" else f" center={n}"
    factors = "\n".join(f"factor x{i + 1} -1 .. 1" for i in range(k))
    facts = {"kind": kind, "k": k, "center": int(float(center)) if center else None}
    if frac or (share and kind == "fractional_factorial"):
        facts["p"] = p
    return Plan("design", f"{factors}\ndesign {kind}{options}", facts)


def _roman(text: str) -> int:
    return {"iii": 3, "iv": 4, "v": 5}.get(text, int(text) if text.isdigit() else 0)


def expected_runs(facts: dict[str, Any]) -> int | None:
    """Run count a design of this kind and size must have (centre points as asked)."""
    k, kind, center = facts["k"], facts["kind"], facts.get("center")
    if kind == "full_factorial":
        return 2**k + (center or 0)
    if kind == "fractional_factorial" and "p" in facts:
        return 2 ** (k - facts["p"]) + (center or 0)
    if kind == "box_behnken" and 3 <= k <= 5:
        return {3: 12, 4: 24, 5: 40}[k] + (center if center is not None else {3: 3, 4: 3, 5: 6}[k])
    if kind == "central_composite":
        return 2**k + 2 * k + (center if center is not None else 8)
    return None


def audit_design(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Run sheet size, and the run count from the design's formula."""
    runs = result.get("runs")
    checks = [Check("run sheet has one row per run", len(result.get("rows", [])) == runs, f"{runs} runs")]
    want = expected_runs(plan.facts)
    if want is not None:
        checks.append(Check("run count from the design's formula", runs == want, f"engine {runs}, formula {want}"))
    if plan.facts["kind"] == "plackett_burman":
        checks.append(
            Check("Plackett-Burman runs: multiple of 4 above k", runs % 4 == 0 and runs > plan.facts["k"], f"{runs}")
        )
    return checks
