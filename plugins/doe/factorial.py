"""``design full_factorial``: every combination of the factors' levels.

Two levels by default; ``levels=3`` (every continuous factor) or ``levels=[2, 3, 2]`` (per factor)
gives a general factorial. Categorical factors use their own levels. Levels are equally spaced in
coded units from -1 to +1; standard order has the first factor changing fastest.
"""

from __future__ import annotations

import itertools

import numpy as np

from plugins.api import Context, Invocation, ListValue, StudyError
from plugins.doe.model import Factor
from plugins.doe.plan import COMMON_OPTIONS, Plan, center_rows, int_option, level_codes, refuse_blocks
from plugins.doe.twolevel import Fraction, two_level_plan


def full_factorial(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Build the full factorial (two-level with blocks, or general multi-level)."""
    inv.check_keywords(COMMON_OPTIONS | {"levels"})
    counts = level_counts(ctx, inv, factors)
    if all(n == 2 for n in counts):
        return two_level_plan(ctx, inv, factors, Fraction(len(factors)), alias_order=2)
    refuse_blocks(ctx, inv, "blocking is implemented for two-level factorials only")
    coded = every_combination(factors, counts)
    centre = center_rows(factors, int_option(ctx, inv, "center", 0), inv.keyword("center"))
    point_type = ["factorial"] * coded.shape[0] + ["center"] * centre.shape[0]
    coded = np.vstack([coded, centre])
    return Plan(coded, point_type, np.ones(coded.shape[0], dtype=int), {"levels": counts})


def every_combination(factors: list[Factor], counts: list[int]) -> np.ndarray:
    """Every combination of the factors' coded levels (``counts`` per factor), the first factor changing fastest."""
    columns = [
        level_codes(f) if f.categorical else np.linspace(-1.0, 1.0, n) for f, n in zip(factors, counts, strict=True)
    ]
    return np.array([tuple(reversed(r)) for r in itertools.product(*reversed(columns))], dtype=float)


def level_counts(ctx: Context, inv: Invocation, factors: list[Factor]) -> list[int]:
    """Levels per factor from ``levels=`` (an integer or a list), categorical factors' own counts."""
    node = inv.keyword("levels")
    if node is None:
        requested: list[int | None] = [None] * len(factors)
    elif isinstance(ctx.resolve(node), ListValue):
        items = ctx.resolve(node).items
        if len(items) != len(factors):
            raise StudyError(f"levels= lists {len(items)} counts for {len(factors)} factors", node)
        requested = [ctx.integer(item, minimum=2) for item in items]
    else:
        requested = [ctx.integer(node, minimum=2)] * len(factors)
    counts = []
    for f, n in zip(factors, requested, strict=True):
        if f.categorical:
            own = len(f.levels or [])
            if node is not None and isinstance(ctx.resolve(node), ListValue) and n != own:
                raise StudyError(f"levels= gives {n} levels for '{f.name}', which has {own}", node)
            counts.append(own)
        else:
            counts.append(n or 2)
    return counts
