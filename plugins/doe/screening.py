"""``design plackett_burman``: two-level screening in N runs (N a multiple of 4) for up to N - 1 factors.

The design is a normalised Hadamard matrix without its all-plus column; factor j takes column j + 1.
For N = q + 1 with q prime (12, 20, 24, 44, ...) the rows are the all-plus run and the q cyclic
shifts of (-1, chi(1), ..., chi(q - 1)) (Paley's construction), which for N = 12 is the tabulated
Plackett-Burman design.
"""

from __future__ import annotations

import numpy as np

from plugins.api import Context, Invocation, StudyError
from plugins.doe.hadamard import construction, hadamard
from plugins.doe.model import Factor
from plugins.doe.plan import COMMON_OPTIONS, Plan, center_rows, int_option, refuse_blocks, require_two_level


def plackett_burman(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Build the Plackett-Burman design; ``runs=`` defaults to the smallest multiple of 4 above k."""
    inv.check_keywords(COMMON_OPTIONS | {"runs"})
    require_two_level(factors, inv)
    refuse_blocks(ctx, inv, "a Plackett-Burman design has no blocking generators")
    k = len(factors)
    node = inv.keyword("runs")
    if node is None:
        runs = next(n for n in range(4 * (k // 4 + 1), 4 * k + 8, 4) if construction(n) is not None)
    else:
        runs = ctx.integer(node, minimum=4)
        if runs % 4 or runs <= k:
            raise StudyError(
                f"runs={runs}: a Plackett-Burman design for {k} factors needs a multiple of 4 above {k}", node
            )
        if construction(runs) is None:
            near = [n for n in (runs - 4, runs + 4) if construction(n) is not None and n > k]
            raise StudyError(
                f"runs={runs}: no Hadamard construction of that order is implemented",
                node,
                hint=f"try runs={near[0]}" if near else None,
            )
    coded = hadamard(runs)[:, 1 : k + 1].astype(float)
    centre = center_rows(factors, int_option(ctx, inv, "center", 0), inv.keyword("center"))
    point_type = ["design"] * runs + ["center"] * centre.shape[0]
    coded = np.vstack([coded, centre])
    info = {"construction": construction(runs), "base_runs": runs}
    notes = []
    if runs & (runs - 1):
        notes.append("no defining relation: each two-factor interaction is partially aliased with main effects")
    return Plan(coded, point_type, np.ones(coded.shape[0], dtype=int), info, notes)
