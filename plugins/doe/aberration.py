"""Searches over two-level word sets: minimum-aberration fractions and block generators.

Both searches are depth-first with branch and bound. Adding a generator only adds words, so a
partial word-length pattern is a componentwise (hence lexicographic) lower bound of every completion;
a branch whose partial pattern is already worse than the best complete one is cut. Permuting the base
factors maps designs onto isomorphic ones, so the first generator is fixed to ``AB..`` of its weight.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from plugins.doe.words import length

WORK_BUDGET = 2_000_000  # words multiplied before a search settles for the best found


@dataclass
class Search:
    """The best word set found, its pattern, and whether the search covered every candidate set."""

    words: list[int] | None
    pattern: tuple[int, ...] | None
    complete: bool


def minimum_aberration(n_factors: int, n_base: int, min_resolution: int) -> Search:
    """Generator words (over the ``n_base`` base factors) for the last ``n_factors - n_base`` factors.

    Returns the set whose defining relation has every word of length >= ``min_resolution`` and the
    lexicographically smallest word-length pattern (A3, A4, ...): minimum aberration.
    """
    n_gen = n_factors - n_base
    if n_gen == 0:
        return Search([], (), True)
    lowest = max(2, min_resolution - 1)  # a generator word w makes a defining word of length |w| + 1
    candidates = sorted(
        (m for m in range(1, 1 << n_base) if length(m) >= lowest),
        key=lambda m: (-length(m), m),
    )
    best = Search(None, None, True)
    work = 0

    def visit(start: int, chosen: list[int], group: list[int], pattern: list[int]) -> None:
        nonlocal work
        if len(chosen) == n_gen:
            if best.pattern is None or tuple(pattern) < best.pattern:
                best.words, best.pattern = list(chosen), tuple(pattern)
            return
        letter = 1 << (n_base + len(chosen))
        for index in range(start, len(candidates)):
            if len(candidates) - index < n_gen - len(chosen):
                return
            if not chosen and candidates[index] != (1 << length(candidates[index])) - 1:
                continue  # first generator: one representative per weight (factor symmetry)
            work += len(group)
            if work > WORK_BUDGET:
                best.complete = False
                return
            word = candidates[index] | letter
            lengths = [(g ^ word).bit_count() for g in group]
            if min(lengths) < min_resolution:
                continue
            grown = list(pattern)
            for n in lengths:
                grown[n - 3] += 1
            if best.pattern is not None and tuple(grown) > best.pattern:
                continue
            visit(index + 1, [*chosen, candidates[index]], group + [g ^ word for g in group], grown)

    visit(0, [], [0], [0] * max(n_factors - 2, 1))
    return best


def block_generators(class_order: list[int], n_base: int, n_block_gens: int) -> Search:
    """Columns (masks over the base factors) that generate ``2**n_block_gens`` blocks.

    ``class_order[c]`` is the order of the lowest effect carried by run-space column ``c`` (1 for a
    main effect's column). No column of the block group may carry a main effect; among the rest the
    group with the fewest low-order confounded effects (lexicographically, order 2 first) wins.
    """
    candidates = sorted((c for c in range(1, 1 << n_base) if class_order[c] >= 2), key=lambda c: -class_order[c])
    top = max(class_order) + 1
    best = Search(None, None, True)
    work = 0

    def visit(start: int, chosen: list[int], group: list[int], counts: list[int]) -> None:
        nonlocal work
        if len(chosen) == n_block_gens:
            if best.pattern is None or tuple(counts) < best.pattern:
                best.words, best.pattern = list(chosen), tuple(counts)
            return
        for index in range(start, len(candidates)):
            column = candidates[index]
            if column in group:
                continue
            work += len(group)
            if work > WORK_BUDGET:
                best.complete = False
                return
            new = [g ^ column for g in group]
            if any(class_order[c] < 2 for c in new):
                continue
            grown = list(counts)
            for c in new:
                grown[class_order[c] - 2] += 1
            if best.pattern is not None and tuple(grown) > best.pattern:
                continue
            visit(index + 1, [*chosen, column], group + new, grown)

    visit(0, [], [0], [0] * (top - 2))
    return best


def span(columns: list[int]) -> list[int]:
    """Every non-empty product of the given columns (the group they generate, without I)."""
    out = []
    for size in range(1, len(columns) + 1):
        for combo in itertools.combinations(columns, size):
            product = 0
            for c in combo:
                product ^= c
            out.append(product)
    return out
