"""Response-surface designs: ``box_behnken`` and ``central_composite``.

Box-Behnken (1960): for each listed subset of factors a 2^s factorial on those factors with the
others at their centre, then centre runs. Three to five factors use every pair; six and seven use
the tabulated triples (for seven, the Fano plane: every pair of factors in exactly one triple).

Central composite: the 2^k factorial, 2k axial points at distance alpha, centre points after the
factorial part and after the axial part (``center=[n_factorial, n_axial]``).
"""

from __future__ import annotations

import numpy as np

from plugins.api import Context, Invocation, ListValue, Number, String, StudyError
from plugins.doe import words
from plugins.doe.model import Factor
from plugins.doe.plan import COMMON_OPTIONS, Plan, blocks_option, int_option, require_continuous
from plugins.doe.twolevel import Fraction, assign_blocks, yates

_PAIRS_4 = [(0, 1), (2, 3), (0, 3), (1, 2), (0, 2), (1, 3)]  # three orthogonal blocks of two pairs
BB_SUBSETS = {
    3: [(0, 1), (0, 2), (1, 2)],
    4: _PAIRS_4,
    5: [(a, b) for a in range(5) for b in range(a + 1, 5)],
    6: [(0, 1, 3), (1, 2, 4), (2, 3, 5), (0, 3, 4), (1, 4, 5), (0, 2, 5)],
    7: [(3, 4, 5), (0, 5, 6), (1, 4, 6), (0, 1, 3), (2, 3, 6), (0, 2, 4), (1, 2, 5)],
}
BB_CENTER = {3: 3, 4: 3, 5: 6, 6: 6, 7: 6}
BB_BLOCKS = {4: 3}  # sizes with a tabulated orthogonal blocking


def box_behnken(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Box-Behnken design for 3 to 7 factors; ``blocks=3`` for four factors."""
    inv.check_keywords(COMMON_OPTIONS)
    require_continuous(factors, inv)
    k = len(factors)
    if k not in BB_SUBSETS:
        raise StudyError(f"box_behnken takes 3 to 7 factors, not {k}", inv.kind_node, hint="try central_composite")
    n_blocks = blocks_option(ctx, inv)
    if n_blocks not in (1, BB_BLOCKS.get(k, 1)):
        allowed = f"blocks={BB_BLOCKS[k]}" if k in BB_BLOCKS else "no blocking"
        raise StudyError(f"a {k}-factor Box-Behnken design has {allowed} tabulated", inv.keyword("blocks"))
    subsets = BB_SUBSETS[k]
    per_block = len(subsets) // n_blocks
    n_center = int_option(ctx, inv, "center", -(-BB_CENTER[k] // n_blocks))
    rows, point_type, block = [], [], []
    for b in range(n_blocks):
        for subset in subsets[b * per_block : (b + 1) * per_block]:
            cube = yates(len(subset))
            part = np.zeros((cube.shape[0], k))
            part[:, list(subset)] = cube
            rows.append(part)
        count = sum(rows[i].shape[0] for i in range(b * per_block, (b + 1) * per_block))
        rows.append(np.zeros((n_center, k)))
        point_type += ["design"] * count + ["center"] * n_center
        block += [b + 1] * (count + n_center)
    names = words.letters(k)
    info = {"subsets": ["".join(names[j] for j in s) for s in subsets], "center_points": n_center * n_blocks}
    return Plan(np.vstack(rows), point_type, np.array(block), info)


ALPHAS = ("rotatable", "orthogonal", "face")
TYPES = ("circumscribed", "inscribed", "face")


def central_composite(ctx: Context, inv: Invocation, factors: list[Factor]) -> Plan:
    """Central composite design; ``blocks=B`` puts the factorial part in B - 1 blocks and the axial part in one."""
    inv.check_keywords(COMMON_OPTIONS | {"alpha", "type"})
    require_continuous(factors, inv)
    k = len(factors)
    if k < 2:
        raise StudyError("central_composite needs at least two factors", inv.kind_node)
    ccd_type = _choice(ctx, inv, "type", TYPES, "circumscribed")
    n_blocks = blocks_option(ctx, inv)
    cube = yates(k)
    f_blocks = np.ones(cube.shape[0], dtype=int)
    info: dict = {"type": ccd_type}
    if n_blocks > 1:
        f_blocks, confounded, _ = assign_blocks(
            Fraction(k), cube, n_blocks - 1, words.letters(k), inv.keyword("blocks")
        )
        order = np.argsort(f_blocks, kind="stable")
        cube, f_blocks = cube[order], f_blocks[order]
        info["confounded_with_blocks"] = confounded
    n_fb = n_blocks - 1 if n_blocks > 1 else 1
    cf, ca = _centers(ctx, inv)
    alpha, how = _alpha(ctx, inv, ccd_type, k, cube.shape[0], cf * n_fb, ca)
    info.update({"alpha": alpha, "alpha_rule": how, "center": {"factorial": cf, "axial": ca}})
    axial = np.zeros((2 * k, k))
    for j in range(k):
        axial[2 * j, j], axial[2 * j + 1, j] = -1.0, 1.0
    scale_cube, scale_axial = (1 / alpha, 1.0) if ccd_type == "inscribed" else (1.0, alpha)
    info["axial_distance_coded"] = scale_axial
    info["factorial_distance_coded"] = scale_cube
    rows, point_type, block = [], [], []
    for b in range(1, n_fb + 1):
        inside = cube[f_blocks == b] * scale_cube
        rows += [inside, np.zeros((cf, k))]
        point_type += ["factorial"] * inside.shape[0] + ["center"] * cf
        block += [b] * (inside.shape[0] + cf)
    rows += [axial * scale_axial, np.zeros((ca, k))]
    point_type += ["axial"] * 2 * k + ["center"] * ca
    block += [n_blocks] * (2 * k + ca)
    return Plan(np.vstack(rows), point_type, np.array(block), info)


def _choice(ctx: Context, inv: Invocation, key: str, allowed: tuple[str, ...], default: str) -> str:
    node = inv.keyword(key)
    if node is None:
        return default
    value = ctx.string(node)
    if value not in allowed:
        raise StudyError(f"{key}={value!r} is not one of {', '.join(allowed)}", node)
    return value


def _centers(ctx: Context, inv: Invocation) -> tuple[int, int]:
    """``center=N`` (N with the factorial part, in each factorial block, and N with the axial part)
    or ``center=[n_factorial, n_axial]``; default [4, 4]."""
    node = inv.keyword("center")
    if node is None:
        return 4, 4
    value = ctx.resolve(node)
    if isinstance(value, ListValue):
        if len(value.items) != 2:
            raise StudyError("center= takes one count or [n_factorial, n_axial]", node)
        return ctx.integer(value.items[0], minimum=0), ctx.integer(value.items[1], minimum=0)
    n = ctx.integer(node, minimum=0)
    return n, n


def _alpha(ctx: Context, inv: Invocation, ccd_type: str, k: int, n_cube: int, cf: int, ca: int) -> tuple[float, str]:
    """The axial distance (in units where the factorial points are at +-1) and the rule that gave it."""
    node = inv.keyword("alpha")
    if ccd_type == "face":
        if node is not None and not (isinstance(node, String) and node.value == "face"):
            raise StudyError('type="face" puts the axial points on the faces: alpha is 1', node)
        return 1.0, "face"
    value = ctx.resolve(node) if node is not None else None
    if isinstance(value, Number):
        alpha = ctx.number(value)
        if alpha <= 0:
            raise StudyError("alpha must be positive", node)
        return alpha, "given"
    rule = _choice(ctx, inv, "alpha", ALPHAS, "rotatable")
    if rule == "face":
        if ccd_type == "inscribed":
            raise StudyError('alpha="face" with type="inscribed" is the face-centred design: write type="face"', node)
        return 1.0, "face"
    if rule == "rotatable":
        return n_cube**0.25, "rotatable: (2^k)^(1/4)"
    alpha = (n_cube * (2 * k + ca) / (2 * (n_cube + cf))) ** 0.5
    return alpha, "orthogonal: sqrt(F (2k + n_axial_center) / (2 (F + n_factorial_center)))"
