"""``design randomized_block blocks=B [per_block=R]``: a randomised complete block design (RCBD).

Every treatment (every combination of the factors' levels, as ``full_factorial`` builds them: a categorical
factor's own levels, ``levels=`` for continuous ones) appears ``per_block`` times (default 1) in each of the
``blocks`` blocks, so one replicate has treatments x blocks x per_block runs; the ``design`` verb randomises the
run order within each block. Centre points are refused (the treatments are the design's points).
"""

from __future__ import annotations

import numpy as np

from plugins.api import Context, Invocation, StudyError
from plugins.doe.factorial import every_combination, level_counts
from plugins.doe.model import Factor
from plugins.doe.plan import COMMON_OPTIONS, Plan, blocks_option, int_option


def randomized_block(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Each treatment ``per_block`` times in every one of ``blocks=`` complete blocks."""
    inv.check_keywords(COMMON_OPTIONS | {"levels", "per_block"})
    if inv.keyword("center") is not None:
        raise StudyError("a randomized complete block design has no centre points", inv.keyword("center"))
    counts = level_counts(ctx, inv, factors)
    n_blocks = blocks_option(ctx, inv)
    per_block = int_option(ctx, inv, "per_block", 1, minimum=1)
    treatments = every_combination(factors, counts)
    one_block = np.vstack([treatments] * per_block)
    coded = np.vstack([one_block] * n_blocks)
    block = np.repeat(np.arange(1, n_blocks + 1), one_block.shape[0])
    info = {"levels": counts, "treatments": treatments.shape[0], "per_block": per_block}
    return Plan(coded, ["design"] * coded.shape[0], block, info)


def latin_square(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """A k x k Latin square of three categorical factors of k levels each, declared row, column, treatment: the
    cyclic square, run (i, j) with treatment (i + j) mod k, so every treatment once in each row and once in each
    column, k^2 runs (the rows are the blocks, randomised within)."""
    inv.check_keywords({"replicates", "randomize", "seed"})
    sizes = {len(f.levels) if f.levels is not None else 0 for f in factors}
    if len(factors) != 3 or len(sizes) != 1 or min(sizes) < 2:
        raise StudyError(
            "a Latin square needs three categorical factors of the same number k >= 2 of levels (row, column, "
            "treatment)",
            inv.kind_node,
            hint="factor row [R1, R2, R3]\nfactor column [C1, C2, C3]\nfactor treatment [A, B, C]",
        )
    k = sizes.pop()
    codes = np.linspace(-1.0, 1.0, k)
    i, j = np.divmod(np.arange(k * k), k)
    coded = np.column_stack([codes[i], codes[j], codes[(i + j) % k]])
    info = {"square": k, "treatments": k}
    return Plan(coded, ["design"] * (k * k), i + 1, info)
