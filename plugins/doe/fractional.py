"""``design fractional_factorial``: a 2^(k-p) fraction by resolution, by run count or by generators.

``resolution=R`` takes the smallest run count with a design of resolution >= R; ``runs=N`` takes
N runs. Either way the generators are found by a search over generator sets that keeps the highest
resolution and, within it, the lexicographically smallest word-length pattern (minimum aberration).
``generators=["E = ABCD"]`` (or ``["D = AB", "E = -AC"]``) states them; letters name factors in
declaration order (A, B, C, ... skipping I).
"""

from __future__ import annotations

from plugins.api import Context, Invocation, ListValue, StudyError
from plugins.doe import words
from plugins.doe.aberration import minimum_aberration
from plugins.doe.model import Factor
from plugins.doe.plan import COMMON_OPTIONS, Plan, int_option, require_two_level
from plugins.doe.twolevel import Fraction, two_level_plan

MAX_GENERATORS = 14  # the defining relation has 2^p - 1 words


def fractional_factorial(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Build the fraction and report its generators, defining relation, resolution and aliases."""
    inv.check_keywords(COMMON_OPTIONS | {"resolution", "generators", "runs", "alias_order"})
    require_two_level(factors, inv)
    k = len(factors)
    names = words.letters(k)
    alias_order = int_option(ctx, inv, "alias_order", 2, minimum=1)
    wanted = inv.keyword("resolution")
    resolution = None if wanted is None else ctx.integer(wanted, minimum=3)
    notes: list[str] = []
    if inv.keyword("generators") is not None:
        if inv.keyword("runs") is not None:
            raise StudyError("give generators= or runs=, not both", inv.keyword("runs"))
        fraction = _stated(ctx, inv, names)
    else:
        fraction, notes = _searched(ctx, inv, k, resolution)
    plan = two_level_plan(ctx, inv, factors, fraction, alias_order)
    achieved = plan.info.get("resolution")
    if resolution is not None and achieved is not None and achieved < resolution:
        raise StudyError(
            f"these generators give resolution {words.roman(achieved)}, below the resolution={resolution} asked",
            wanted,
        )
    plan.notes = notes + plan.notes
    return plan


def _stated(ctx: Context, inv: Invocation, names: list[str]) -> Fraction:
    node = inv.keyword("generators")
    value = ctx.resolve(node)
    items = value.items if isinstance(value, ListValue) else (node,)
    fraction = Fraction(len(names))
    for item in items:
        try:
            target, word = words.parse_generator(ctx.string(item), names)
        except ValueError as exc:
            raise StudyError(str(exc), item, hint='write generators as ["E = ABCD", "F = -ABC"]') from None
        if target in fraction.generators:
            raise StudyError(f"factor {names[target]} has two generators", item)
        fraction.generators[target] = word
    for target, (_, mask) in fraction.generators.items():
        used = [names[j] for j in fraction.generators if mask >> j & 1]
        if used:
            raise StudyError(
                f"the generator of {names[target]} uses generated factor(s) {', '.join(used)}",
                node,
                hint="a generator is a product of base factors only (those without a generator)",
            )
    short = [w for w in fraction.defining_words() if words.length(w[1]) < 3]
    if short:
        pair = words.text(short[0][1], names)
        raise StudyError(
            f"these generators alias main effects with each other (defining word {pair})",
            node,
            hint="choose generators whose products all have at least three letters",
        )
    return fraction


def _searched(ctx: Context, inv: Invocation, k: int, resolution: int | None) -> tuple[Fraction, list[str]]:
    runs_node = inv.keyword("runs")
    smallest = k.bit_length()  # the fewest base factors m with 2^m >= k + 1 (k main effects and the mean)
    if runs_node is not None:
        runs = ctx.integer(runs_node, minimum=2)
        m = runs.bit_length() - 1
        if runs != 1 << m or not smallest <= m <= k:
            raise StudyError(
                f"runs={runs}: a two-level fraction of {k} factors has 2^m runs, from {1 << smallest} to {1 << k}",
                runs_node,
            )
        sizes = [m]
    elif resolution is not None:
        sizes = list(range(smallest, k + 1))
    else:
        raise StudyError(
            "fractional_factorial needs resolution=, runs= or generators=",
            inv.kind_node,
            hint='e.g. design fractional_factorial resolution=4, or generators=["E = ABCD"]',
        )
    for m in sizes:
        if m == k:
            return Fraction(k), ["no fraction of this size reaches the resolution: this is the full factorial"]
        if k - m > MAX_GENERATORS:
            continue
        for r in range(m + 1, (resolution or 3) - 1, -1):
            found = minimum_aberration(k, m, r)
            if found.words is not None:
                return _assign(k, m, found.words), [_search_note(found.complete)]
    raise StudyError(
        f"no two-level fraction of {k} factors found for these options",
        runs_node or inv.keyword("resolution"),
        hint="give generators= explicitly, or use plackett_burman for screening many factors",
    )


def _assign(k: int, m: int, generator_words: list[int]) -> Fraction:
    """Generated factors are the last ones, taking the generators shortest first (D = AB, E = AC ...)."""
    ordered = sorted(generator_words, key=words.sort_key)
    return Fraction(k, {m + i: (1, w) for i, w in enumerate(ordered)})


def _search_note(complete: bool) -> str:
    if complete:
        return "generators chosen by exhaustive search: maximum resolution, then minimum aberration"
    return (
        "generator search stopped at its work limit: the resolution is verified, minimum aberration "
        "is not guaranteed (give generators= to state a tabulated design)"
    )
