"""The scale check: values written in percent are read on one scale.

A measurement's values in percent ("mean 99.5%, sd 0.8%, below 98.0%") are percentage points, kept as written;
a share ("2% defective") is a fraction. A plan that keeps some of the question's percentages as written and turns
others into fractions read them on two scales (``normal.cdf(98.0, 0.995, 0.008)``), whatever its audits say.
Levels and shares of a population are fractions beside any measurement and are left out: "95% confidence", "90%
power", "alpha 5%", "the 5% level", "the top 5%", "5% of batches", "a 5% chance".
"""

from __future__ import annotations

import math
import re
from typing import Any

from havoc_cli.reason.reading import plan_values
from plugins.api.prose import NUMBER, label_starts, number_spans, scientific
from plugins.api.reasoning import Check, Plan
from plugins.api.share_units import asks_ppm

_PERCENT = re.compile(r"\s*(?:%|percent\b)")
# a level or a share after the percentage: "95% confidence", "90% power", "5% of batches", "a 5% chance"
_LEVEL_AFTER = re.compile(
    r"\s*(?:%|percent\b)\s*(?:[\w-]+\s+){0,2}?(?:of\b|confidence|conf\b|ci\b|power|significan|level|chance|"
    r"probability|likelihood|percentile|quantile|point|tail|coverage|prediction|tolerance interval)",
    re.I,
)
# a level or a tail before it: "alpha 5%", "power of 90%", "the top 5%", "probability 5%"
_LEVEL_BEFORE = re.compile(
    r"(?:alpha|power|confidence|significance|probability|chance|top|bottom|upper|lower|highest|lowest|largest|"
    r"smallest|\bp)\s*(?:level\s*)?(?:of|=|is|:|at)?\s*$",
    re.I,
)


def _measured_percentages(question: str) -> list[tuple[str, float]]:
    """The question's values written in percent that are no level nor share: (as written, value)."""
    labels = label_starts(question)
    found = []
    for start, text in number_spans(question):
        end = start + len(text)
        if start in labels or not _PERCENT.match(question, end) or _LEVEL_AFTER.match(question, end):
            continue
        if _LEVEL_BEFORE.search(question[max(0, start - 30) : start]) or not re.fullmatch(NUMBER, text):
            continue
        found.append((f"{text}%", float(text)))
    return found


def scale_check(question: str, plan: Plan) -> Check | None:
    """Failed when the plan holds some of the question's measured percentages as written and others as fractions;
    None when fewer than two of them are found in the plan on one scale only."""
    question = scientific(question)
    used = plan_values(plan)

    def holds(value: float) -> bool:
        return any(math.isclose(value, u, rel_tol=1e-9, abs_tol=1e-15) for u in used)

    written, fractions = [], []
    for text, value in _measured_percentages(question):
        as_written, as_fraction = holds(value), holds(value / 100)
        if as_written != as_fraction:
            (written if as_written else fractions).append(text)
    if len(written) + len(fractions) < 2:
        return None
    mixed = bool(written and fractions)
    detail = (f"as written: {', '.join(written)}; as fractions: {', '.join(fractions)}" if mixed
              else f"all on one scale: {', '.join(written or fractions)}")  # fmt: skip
    return Check("the plan reads the question's percentages on one scale", not mixed, detail)


def unit_check(question: str, plan: Plan, value: Any) -> Check | None:
    """Failed when the question asks a share in ppm (a second, broad reading: "ppm", "per million", "DPMO") and
    the plan answers a probability or a share of the specification that is not scaled to ppm (a fraction such as
    0.0062 answered to "expected ppm above USL?"); None when no share is answered or no ppm is asked."""
    f = plan.facts
    share = (plan.mode == "probability" and f.get("fn") not in {None, "ppf"} and f.get("dist") != "bayes") or (
        plan.mode == "capability" and "share" in f
    )
    if not share or not asks_ppm(question):
        return None
    scale = f.get("unit_scale" if plan.mode == "probability" else "scale", 1)  # a Weibull's "scale" is its own
    scaled = scale == 1e6
    return Check("a share asked in ppm is answered in ppm", scaled,
                 f"scale {scale}, value {value}" + ("" if scaled else ": a fraction, not ppm"))  # fmt: skip
