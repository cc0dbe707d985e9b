"""``power successrun``: the parts a zero-failure (success-run) test needs to demonstrate a reliability R at a
confidence C: the smallest n with R^n <= 1 - C, i.e. n = ceil(ln(1 - C)/ln(R)). Every part must pass."""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.stats import inputs

_KEYWORDS = {"reliability", "confidence"}


def success_run(ctx: Context, inv: Invocation) -> Result:
    """``power successrun reliability=0.95 confidence=0.90``: n, and the confidence that n passing parts give."""
    inv.check_keywords(_KEYWORDS)
    inv.check_positional(0, "name=value arguments only")
    reliability = inputs.probability(ctx, inv, "reliability")
    confidence = inputs.probability(ctx, inv, "confidence")
    if reliability is None or confidence is None:
        raise StudyError("a success-run test needs reliability= and confidence=", pos=inv.pos,
                         hint="e.g. power successrun reliability=0.95 confidence=0.90")  # fmt: skip
    n = max(1, math.ceil(math.log(1 - confidence) / math.log(reliability) - 1e-12))
    while reliability**n > 1 - confidence:  # the rounding guard: R^n <= 1 - C must hold
        n += 1
    achieved = 1 - reliability**n
    data = {"reliability": reliability, "confidence": confidence, "n": n, "n_total": n,
            "achieved_confidence": achieved, "failures_allowed": 0}  # fmt: skip
    test = "success-run (zero-failure) demonstration"
    rows = [[key, value] for key, value in data.items()]
    summary = f"{test}: n = {n} parts, all passing, demonstrate R = {reliability:g} at {achieved:.4g} confidence."
    notes = [f"n = ceil(ln(1 - C)/ln(R)) = ceil(ln({1 - confidence:g})/ln({reliability:g})); one failure and the test "
             "does not demonstrate R"]  # fmt: skip
    return Result("power_successrun", {"test": test, **data}, [Table(f"Sample size: {test}", ["quantity", "value"], rows)],
                  notes, summary)  # fmt: skip
