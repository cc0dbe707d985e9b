"""What a design kind hands back to the ``design`` verb, and the options every kind shares.

A kind builds one replicate in standard order (a ``Plan``); the verb then replicates it, randomises
the run order within blocks and reports it. Centre points for categorical factors are made once per
combination of the categorical levels (a categorical factor has no centre).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from plugins.api import Context, Invocation, StudyError, Table
from plugins.doe.model import Factor

COMMON_OPTIONS = {"replicates", "replicate_center", "blocks", "center", "randomize", "seed"}


@dataclass
class Plan:
    """One replicate of a design: coded rows in standard order, their point types and blocks."""

    coded: np.ndarray
    point_type: list[str]
    block: np.ndarray
    info: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def int_option(ctx: Context, inv: Invocation, name: str, default: int, minimum: int = 0) -> int:
    """A whole-number ``name=`` option, or ``default`` when absent."""
    node = inv.keyword(name)
    return default if node is None else ctx.integer(node, minimum=minimum)


def blocks_option(ctx: Context, inv: Invocation) -> int:
    """``blocks=`` (default 1)."""
    return int_option(ctx, inv, "blocks", 1, minimum=1)


def refuse_blocks(ctx: Context, inv: Invocation, why: str) -> None:
    """Raise at ``blocks=`` when it asks for more than one block of a design that cannot be blocked."""
    if blocks_option(ctx, inv) > 1:
        raise StudyError(f"blocks= is not available here: {why}", inv.keyword("blocks"))


def level_codes(factor: Factor) -> np.ndarray:
    """Coded values of a categorical factor's levels, in the order written."""
    assert factor.levels is not None
    n = len(factor.levels)
    return np.linspace(-1.0, 1.0, n) if n > 1 else np.zeros(1)


def require_two_level(factors: list[Factor], inv: Invocation) -> None:
    """Two-level designs take continuous factors and categorical factors with exactly two levels."""
    for f in factors:
        if f.categorical and len(f.levels or []) != 2:
            raise StudyError(
                f"'{inv.kind}' is a two-level design but factor '{f.name}' has {len(f.levels or [])} levels",
                inv.kind_node,
                hint="use full_factorial (general levels) for factors with more than two levels",
            )


def require_continuous(factors: list[Factor], inv: Invocation) -> None:
    """Designs with intermediate levels (response surfaces, space filling) need continuous factors."""
    for f in factors:
        if f.categorical:
            raise StudyError(
                f"'{inv.kind}' needs continuous factors (lo .. hi) but '{f.name}' is categorical",
                inv.kind_node,
                hint="declare it as a range, or use a factorial design for categorical factors",
            )


def center_rows(factors: list[Factor], count: int, node: Any) -> np.ndarray:
    """``count`` centre runs per combination of the categorical factors' levels (Yates order)."""
    if count == 0:
        return np.zeros((0, len(factors)))
    if all(f.categorical for f in factors):
        raise StudyError("centre points need at least one continuous factor", node, hint="leave out center=")
    choices = [level_codes(f) if f.categorical else np.zeros(1) for f in factors]
    combos = [tuple(reversed(c)) for c in itertools.product(*reversed(choices))]  # first factor fastest
    return np.array([row for row in combos for _ in range(count)], dtype=float)


def design_seed(ctx: Context, inv: Invocation) -> tuple[int, bool]:
    """The seed for random steps: ``seed=``, else the study's ``seed N``, else a fresh one (reported).

    Returns ``(seed, drawn)``; ``drawn`` is True when no seed was given and one was drawn.
    """
    node = inv.keyword("seed")
    if node is not None:
        return ctx.integer(node, minimum=0), False
    if ctx.seed is not None:
        return ctx.seed, False
    return int(np.random.SeedSequence().generate_state(1)[0]), True
