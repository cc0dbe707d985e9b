"""``design latin_hypercube``: ``runs=`` points, one in each of ``runs`` equal strata of every factor.

Each candidate places a point uniformly inside its stratum; among ``iterations=`` candidates (default
100) the one with the largest smallest distance between points wins (maximin). Draws use numpy's
``default_rng`` seeded by ``seed=`` or the study's ``seed``.
"""

from __future__ import annotations

import numpy as np

from plugins.api import Context, Invocation, StudyError
from plugins.doe.model import Factor
from plugins.doe.plan import (
    COMMON_OPTIONS,
    Plan,
    center_rows,
    design_seed,
    int_option,
    refuse_blocks,
    require_continuous,
)


def latin_hypercube(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Maximin Latin hypercube in coded units (-1 .. +1)."""
    inv.check_keywords(COMMON_OPTIONS | {"runs", "iterations"})
    require_continuous(factors, inv)
    refuse_blocks(ctx, inv, "a Latin hypercube has no blocks")
    if inv.keyword("runs") is None:
        raise StudyError("latin_hypercube needs runs=", inv.kind_node, hint=f"e.g. runs={10 * len(factors)}")
    runs = ctx.integer(inv.keyword("runs"), minimum=2)
    iterations = int_option(ctx, inv, "iterations", 100, minimum=1)
    seed, drawn = design_seed(ctx, inv)
    unit, distance = maximin(runs, len(factors), iterations, np.random.default_rng(seed))
    coded = unit * 2 - 1
    centre = center_rows(factors, int_option(ctx, inv, "center", 0), inv.keyword("center"))
    point_type = ["design"] * runs + ["center"] * centre.shape[0]
    info = {"criterion": "maximin", "iterations": iterations, "min_distance_coded": 2 * distance, "seed": seed}
    notes = [f"no seed given: drawn with seed {seed}"] if drawn else []
    coded = np.vstack([coded, centre])
    return Plan(coded, point_type, np.ones(coded.shape[0], dtype=int), info, notes)


def maximin(runs: int, k: int, iterations: int, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """The best of ``iterations`` random Latin hypercubes in [0, 1)^k and its smallest point distance."""
    best, best_distance = None, -1.0
    for _ in range(iterations):
        strata = np.argsort(rng.random((runs, k)), axis=0)
        points = (strata + rng.random((runs, k))) / runs
        diff = points[:, None, :] - points[None, :, :]
        dist = np.sqrt((diff**2).sum(axis=2))
        smallest = float(dist[np.triu_indices(runs, 1)].min())
        if smallest > best_distance:
            best, best_distance = points, smallest
    assert best is not None
    return best, best_distance
