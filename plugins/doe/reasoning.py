"""Reasoning tool of the doe plugin: "design a 2^(5-1) fractional factorial" as a study plan, and its audit."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check, Plan, PlanError
from plugins.doe.reasoning_counts import (
    WORD_NUMBERS,
    blocks,
    center_each_block,
    center_each_replicate,
    center_points,
    mentions,
    replicates,
)

_WORD_NUMBERS = {word: n for word, n in WORD_NUMBERS.items() if n > 1}


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
    counts, facts = _counts(kind, q)
    factors = "\n".join(f"factor x{i + 1} -1 .. 1" for i in range(k))
    facts = {"kind": kind, "k": k, **facts}
    if frac or (share and kind == "fractional_factorial"):
        facts["p"] = p
    return Plan("design", f"{factors}\ndesign {kind}{options}{counts}", facts)


def _counts(kind: str, q: str) -> tuple[str, dict[str, Any]]:
    """The plan's block, centre-point and replicate options, and the facts the audit holds the design
    to: base runs x replicates + the centre points stated, run once (in the first replicate) unless the
    question counts them per replicate."""
    center, reps, n_blocks = center_points(q), replicates(q), blocks(q)
    facts: dict[str, Any] = {"replicates": reps, "mentions": mentions(q)}
    options, total = "", center
    if n_blocks is not None:
        if kind not in {"full_factorial", "fractional_factorial"} and n_blocks > 1:
            raise PlanError("blocks are read for two-level factorials only: write the study with 'design ... blocks='")
        options, facts["blocks"] = f" blocks={n_blocks}", n_blocks
    if center is not None and n_blocks and n_blocks > 1:  # the engine's center= counts per block
        if center_each_block(q):
            total, facts["center_per_block"] = center * n_blocks, center
        elif center % n_blocks:
            raise PlanError(
                f"{center} centre points do not split evenly over {n_blocks} blocks: say how many per block"
            )
        else:
            center //= n_blocks
    each = reps is not None and center is not None and center_each_replicate(q)
    if center is not None:  # the CCD's center= counts them per portion (after the factorial and axial parts)
        options += (
            f" center=[{center - center // 2}, {center // 2}]" if kind == "central_composite" else f" center={center}"
        )
    if reps is not None:
        once = reps > 1 and center is not None and not each
        options += f" replicates={reps}" + (" replicate_center=false" if once else "")
    if each:
        facts["center_per_replicate"] = total
    facts["center"] = total * reps if each and total is not None and reps else total
    return options, facts


def _roman(text: str) -> int:
    return {"iii": 3, "iv": 4, "v": 5}.get(text, int(text) if text.isdigit() else 0)


def base_runs(facts: dict[str, Any], result: dict[str, Any]) -> int | None:
    """Runs of one replicate without centre points, from the design's formula (Plackett-Burman: the
    Hadamard order the engine reports, audited as a multiple of 4 above k)."""
    k, kind = facts["k"], facts["kind"]
    if kind == "full_factorial":
        return 2**k
    if kind == "fractional_factorial" and "p" in facts:
        return 2 ** (k - facts["p"])
    if kind == "box_behnken" and 3 <= k <= 7:
        return {3: 12, 4: 24, 5: 40, 6: 48, 7: 56}[k]  # 2^s runs per subset of s factors
    if kind == "central_composite":
        return 2**k + 2 * k
    if kind == "plackett_burman":
        return result.get("base_runs")
    return None


def expected_runs(facts: dict[str, Any], result: dict[str, Any] | None = None) -> int | None:
    """Run count the design must have: base runs x replicates + the centre points the question states
    (without a stated number, the kind's default centre points belong to each replicate)."""
    base = base_runs(facts, result or {})
    if base is None:
        return None
    reps, center = facts.get("replicates") or 1, facts.get("center")
    if center is not None:
        return base * reps + center
    return (base + _default_center(facts["kind"], facts["k"])) * reps


def _default_center(kind: str, k: int) -> int:
    """The engine's centre points when none are asked: Box-Behnken 3, 3, 6, 6, 6 (NIST), CCD 4 + 4 (pyDOE3)."""
    if kind == "box_behnken":
        return 3 if k <= 4 else 6
    return 8 if kind == "central_composite" else 0


def audit_design(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """Run sheet size, the run count from the design's formula, and the replicates and centre points
    the question mentions reaching the design."""
    facts, runs = plan.facts, result.get("runs")
    counts = result.get("point_counts", {})
    checks = [Check("run sheet has one row per run", len(result.get("rows", [])) == runs, f"{runs} runs")]
    want = expected_runs(facts, result)
    if want is not None:
        detail = (
            f"engine {runs}, formula {want} (replicates {facts.get('replicates') or 1}, centre {facts.get('center')})"
        )
        checks.append(Check("run count: base runs x replicates + centre points", runs == want, detail))
    said = facts.get("mentions", {})
    if said.get("replicates") or facts.get("replicates") is not None:
        got = result.get("replicates")
        ok = facts.get("replicates") is not None and got == facts["replicates"] and said.get("replicates", False)
        checks.append(
            Check("replicates as the question states", ok, f"question {facts.get('replicates')}, design {got}")
        )
    if said.get("center") or facts.get("center") is not None:
        got = counts.get("center", 0)
        ok = facts.get("center") is not None and got == facts["center"]
        checks.append(
            Check("centre points as the question states", ok, f"question {facts.get('center')}, design {got}")
        )
    if facts.get("blocks"):
        want_blocks = facts["blocks"] * (facts.get("replicates") or 1)  # each replicate has its own blocks
        got = result.get("blocks")
        checks.append(Check("blocks as the question states", got == want_blocks, f"want {want_blocks}, design {got}"))
    if facts["kind"] == "plackett_burman":
        base = result.get("base_runs", 0)
        ok = base % 4 == 0 and base > facts["k"]
        checks.append(Check("Plackett-Burman runs: multiple of 4 above k", ok, f"{base} per replicate"))
    return checks
