"""Two-level factorials and fractions: the matrix, its defining relation, aliases and blocks.

Base factors run in Yates order (the first factor changes fastest, -1 before +1); each generated
factor is the signed product of its generator's base columns. Blocks come from block generators
chosen so that no main effect, and as few low-order interactions as possible, are confounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from plugins.api import Context, Invocation, StudyError, Table
from plugins.doe import words
from plugins.doe.aberration import block_generators, span
from plugins.doe.model import Factor
from plugins.doe.plan import Plan, blocks_option, center_rows, int_option


def yates(n: int) -> np.ndarray:
    """The 2^n two-level full factorial in Yates order: row i, column j is +1 when bit j of i is set."""
    index = np.arange(1 << n)[:, None]
    return np.where((index >> np.arange(n)) & 1, 1.0, -1.0)


@dataclass
class Fraction:
    """A 2^(k-p) design: which factors are base factors and the generator of each other one."""

    n_factors: int
    generators: dict[int, words.SignedWord] = field(default_factory=dict)  # factor index -> word

    @property
    def base(self) -> list[int]:
        return [j for j in range(self.n_factors) if j not in self.generators]

    def defining_words(self) -> list[words.SignedWord]:
        """I = ... : every product of the generator words ``I = sign * word * letter``."""
        return words.defining_words((sign, mask | 1 << j) for j, (sign, mask) in self.generators.items())

    def matrix(self) -> np.ndarray:
        """The coded runs in standard order."""
        base = self.base
        cube = yates(len(base))
        coded = np.empty((cube.shape[0], self.n_factors))
        coded[:, base] = cube
        for j, (sign, mask) in self.generators.items():
            coded[:, j] = sign * effect_column(coded, mask)
        return coded


def effect_column(coded: np.ndarray, mask: int) -> np.ndarray:
    """The product of the factor columns in ``mask`` (the effect's contrast column)."""
    column = np.ones(coded.shape[0])
    for j in range(coded.shape[1]):
        if mask >> j & 1:
            column = column * coded[:, j]
    return column


def fraction_info(fraction: Fraction, names: list[str], alias_order: int) -> dict:
    """Generators, defining relation, resolution, word-length pattern and alias chains of a fraction."""
    defining = fraction.defining_words()
    masks = [m for _, m in defining]
    res = words.resolution(masks)
    alias_map = {}
    for effect in words.effects_up_to(fraction.n_factors, alias_order):
        found = words.aliases(effect, defining, alias_order)
        alias_map[words.text(effect, names)] = [words.signed_text(w, names) for w in found]
    return {
        "generators": [f"{names[j]} = {words.signed_text(w, names)}" for j, w in sorted(fraction.generators.items())],
        "defining_relation": [words.signed_text(w, names) for w in defining],
        "resolution": res,
        "resolution_roman": words.roman(res),
        "word_length_pattern": words.word_length_pattern(masks, fraction.n_factors),
        "alias_order": alias_order,
        "aliases": alias_map,
    }


def alias_chains(aliases: dict[str, list[str]]) -> list[str]:
    """Each alias class once, as ``"A = BD = CE"``, in the order the effects are listed."""
    seen: set[str] = set()
    chains = []
    for effect, others in aliases.items():
        if effect in seen or not others:
            continue
        seen.update([effect, *(o.lstrip("-") for o in others)])
        chains.append(" = ".join([effect, *others]))
    return chains


def class_orders(fraction: Fraction) -> tuple[list[int], list[list[int]]]:
    """For each run-space column (a mask over the base factors): its lowest effect order and its effects."""
    base = fraction.base
    defining = [0] + [m for _, m in fraction.defining_words()]
    orders, members = [], []
    for column in range(1 << len(base)):
        effect = sum(1 << base[i] for i in range(len(base)) if column >> i & 1)
        klass = sorted((effect ^ d for d in defining), key=words.sort_key)
        members.append(klass)
        orders.append(words.length(klass[0]))
    return orders, members


def assign_blocks(
    fraction: Fraction, coded: np.ndarray, n_blocks: int, names: list[str], node: object
) -> tuple[np.ndarray, list[str], bool]:
    """Block of each row (1-based, block 1 holds the first standard-order run), the confounded effects
    (each as its lowest-order alias chain), and whether the generator search was exhaustive."""
    n_gens = n_blocks.bit_length() - 1
    base = fraction.base
    if n_blocks != 1 << n_gens or n_gens >= len(base):
        raise StudyError(
            f"blocks={n_blocks}: a two-level design of {coded.shape[0]} runs splits into 2, 4, ... "
            f"up to {1 << (len(base) - 1)} blocks",
            node,
        )
    orders, members = class_orders(fraction)
    found = block_generators(orders, len(base), n_gens)
    if found.words is None:
        raise StudyError(
            f"no way to split this design into {n_blocks} blocks without confounding a main effect",
            node,
            hint="use fewer blocks or more runs",
        )
    bits = np.zeros(coded.shape[0], dtype=int)
    for g, column in enumerate(found.words):
        bits += (effect_column(coded, members[column][0]) > 0).astype(int) << g
    _, first = np.unique(bits, return_index=True)
    relabel = {bits[i]: rank + 1 for rank, i in enumerate(sorted(first))}
    block = np.array([relabel[b] for b in bits])
    confounded = []
    for column in sorted(span(found.words), key=lambda c: (orders[c], members[c][0])):
        lowest = [m for m in members[column] if words.length(m) == orders[column]]
        confounded.append(" = ".join(words.text(m, names) for m in lowest))
    return block, confounded, found.complete


def two_level_plan(ctx: Context, inv: Invocation, factors: list[Factor], fraction: Fraction, alias_order: int) -> Plan:
    """The fraction's runs with blocks and centre points (``center=`` per block) applied."""
    names = words.letters(len(factors))
    coded = fraction.matrix()
    info: dict = {"letters": {names[j]: f.name for j, f in enumerate(factors)}}
    notes: list[str] = []
    tables: list[Table] = []
    if fraction.generators:
        info.update(fraction_info(fraction, names, alias_order))
        chains = alias_chains(info["aliases"])
        if chains:
            tables.append(
                Table(f"Alias structure (effects up to order {alias_order})", ["chain"], [[c] for c in chains])
            )
        else:
            notes.append(f"no two effects of order {alias_order} or less are aliased with each other")
        tables.append(Table("Defining relation", ["words"], [["I = " + " = ".join(info["defining_relation"])]]))
    n_blocks = blocks_option(ctx, inv)
    block = np.ones(coded.shape[0], dtype=int)
    if n_blocks > 1:
        block, confounded, complete = assign_blocks(fraction, coded, n_blocks, names, inv.keyword("blocks"))
        info["confounded_with_blocks"] = confounded
        info["block_generators"] = confounded[: n_blocks.bit_length() - 1]
        tables.append(Table("Effects confounded with blocks", ["effect"], [[c] for c in confounded]))
        if not complete:
            notes.append("block generator search stopped early: the blocking is valid but may not be the best")
        order = np.argsort(block, kind="stable")
        coded, block = coded[order], block[order]
    n_center = int_option(ctx, inv, "center", 0)
    point_type = ["factorial"] * coded.shape[0]
    if n_center:
        rows, types, blocks = [], [], []
        centre = center_rows(factors, n_center, inv.keyword("center"))
        for b in range(1, n_blocks + 1):
            inside = block == b
            rows += [coded[inside], centre]
            types += ["factorial"] * int(inside.sum()) + ["center"] * centre.shape[0]
            blocks += [b] * (int(inside.sum()) + centre.shape[0])
        coded, point_type, block = np.vstack(rows), types, np.array(blocks)
        if any(f.categorical for f in factors):
            notes.append(f"{n_center} centre point(s) per combination of the categorical factors' levels")
    return Plan(coded, point_type, block, info, notes, tables)
