"""ANOVA engines.

One-way: every observation is read exactly (Decimal), centred exactly on the first value, and the
sums and sums of squares are accumulated in exact decimal arithmetic; the sums of squares are then
formed as exact fractions. Nothing is rounded before the final conversion to float, so the NIST StRD
sets (SmLs07-09 carry 13 constant leading digits) come out to full double precision.

Welch's one-way ANOVA (Welch 1951, unequal variances) is formed from the same exact sums: weights
w_i = n_i / s_i^2, F* = [sum w_i (mean_i - m_w)^2 / (k - 1)] / [1 + 2 (k - 2) lambda / (k^2 - 1)] with
lambda = sum (1 - w_i / W)^2 / (n_i - 1), df = (k - 1, (k^2 - 1) / (3 lambda)), all as exact fractions.

Two-way with interaction: Type III sums of squares (each term adjusted for every other term, with
sum-to-zero effect coding, as Minitab's "adjusted SS" and ``anova_lm(typ=3)`` with ``C(x, Sum)``),
computed by least squares in float64 on the exactly centred response.
"""

from __future__ import annotations

import math
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction
from typing import Any

_PRECISION = 500  # decimal digits: far beyond any CSV value squared and summed


def _exact_sums(groups: list[list[Decimal]], shift: Decimal) -> list[tuple[int, Fraction, Fraction]]:
    """Per group: (n, sum, sum of squares) of the values minus ``shift``, exactly."""
    out = []
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        ctx.traps[Inexact] = True
        for values in groups:
            centred = [v - shift for v in values]
            total = sum(centred, Decimal(0))
            squares = sum((c * c for c in centred), Decimal(0))
            out.append((len(values), Fraction(total), Fraction(squares)))
    return out


def oneway(groups: list[list[Decimal]]) -> dict[str, Any]:
    """One-way fixed-effects ANOVA of exact observations in groups.

    Returns df_between, df_within, ss_between, ss_within, ss_total, ms_between, ms_within,
    f_statistic, p_value, r_squared, residual_sd (floats; ``f_statistic``/``p_value`` are None
    when the within-group variation is exactly zero).
    """
    sums = _exact_sums(groups, groups[0][0])
    n_total = sum(n for n, _, _ in sums)
    grand = sum((s for _, s, _ in sums), Fraction(0))
    squares = sum((q for _, _, q in sums), Fraction(0))
    between_raw = sum((s * s / n for n, s, _ in sums), Fraction(0))
    ss_between = between_raw - grand * grand / n_total
    return _oneway_table(ss_between, squares - between_raw, len(groups), n_total)


def oneway_from_summary(sizes: list[int], means: list[Decimal], sds: list[Decimal]) -> dict[str, Any]:
    """One-way ANOVA from each group's size, mean and standard deviation (same keys as ``oneway``).

    SS between = sum n_i (mean_i - grand mean)^2 and SS within = sum (n_i - 1) sd_i^2, in exact
    fractions of the numbers as written; equal to ``oneway`` on any data with those summaries.
    """
    n_total = sum(sizes)
    grand = sum((n * Fraction(m) for n, m in zip(sizes, means, strict=True)), Fraction(0)) / n_total
    ss_between = sum((n * (Fraction(m) - grand) ** 2 for n, m in zip(sizes, means, strict=True)), Fraction(0))
    ss_within = sum(((n - 1) * Fraction(s) ** 2 for n, s in zip(sizes, sds, strict=True)), Fraction(0))
    return _oneway_table(ss_between, ss_within, len(sizes), n_total)


def oneway_from_sums(ss_between: Decimal, ss_within: Decimal, groups: int, n_total: int) -> dict[str, Any]:
    """One-way ANOVA from its sums of squares (between and within groups), ``groups`` groups and ``n_total``
    observations in all (same keys as ``oneway``)."""
    return _oneway_table(Fraction(ss_between), Fraction(ss_within), groups, n_total)


def _oneway_table(ss_between: Fraction, ss_within: Fraction, groups: int, n_total: int) -> dict[str, Any]:
    """Degrees of freedom, mean squares, F, p and R^2 from the exact sums of squares."""
    from scipy import stats

    ss_total = ss_between + ss_within
    df_between, df_within = groups - 1, n_total - groups
    ms_between, ms_within = ss_between / df_between, ss_within / df_within
    f_stat = float(ms_between / ms_within) if ms_within else None
    return {
        "df_between": df_between,
        "df_within": df_within,
        "ss_between": float(ss_between),
        "ss_within": float(ss_within),
        "ss_total": float(ss_total),
        "ms_between": float(ms_between),
        "ms_within": float(ms_within),
        "f_statistic": f_stat,
        "p_value": float(stats.f.sf(f_stat, df_between, df_within)) if f_stat is not None else None,
        "r_squared": float(ss_between / ss_total) if ss_total else None,
        "residual_sd": math.sqrt(ms_within),
    }


def welch_oneway(groups: list[list[Decimal]]) -> dict[str, Any]:
    """Welch's one-way ANOVA of exact observations in groups (each of at least 2 values, not all equal).

    Returns f_statistic, df_numerator, df_denominator, p_value, weights (n_i / s_i^2), weighted_mean.
    Raises ValueError naming the first group that is too small or constant.
    """
    shift = groups[0][0]
    sums = _exact_sums(groups, shift)
    for i, (n, s, q) in enumerate(sums):
        if n < 2 or q * n == s * s:
            raise ValueError(f"group {i + 1} {'has one value' if n < 2 else 'is constant'}: its variance is zero "
                             "or undefined, so its Welch weight n/s^2 is not finite")  # fmt: skip
    means = [s / n for n, s, _ in sums]
    variances = [(q - s * s / n) / (n - 1) for n, s, q in sums]
    return _welch([n for n, _, _ in sums], means, variances, Fraction(shift))


def welch_from_summary(sizes: list[int], means: list[Decimal], sds: list[Decimal]) -> dict[str, Any]:
    """Welch's one-way ANOVA from each group's size, mean and (positive) standard deviation, in exact fractions."""
    if any(sd == 0 for sd in sds):
        raise ValueError("an sd of zero gives an infinite Welch weight n/s^2")
    return _welch(sizes, [Fraction(m) for m in means], [Fraction(s) ** 2 for s in sds], Fraction(0))


def _welch(sizes: list[int], means: list[Fraction], variances: list[Fraction], shift: Fraction) -> dict[str, Any]:
    """F*, its degrees of freedom and p from the groups' sizes, means (less ``shift``) and variances."""
    from scipy import stats

    k = len(sizes)
    weights = [n / v for n, v in zip(sizes, variances, strict=True)]
    total = sum(weights, Fraction(0))
    centre = sum((w * m for w, m in zip(weights, means, strict=True)), Fraction(0)) / total
    between = sum((w * (m - centre) ** 2 for w, m in zip(weights, means, strict=True)), Fraction(0)) / (k - 1)
    lam = sum(((1 - w / total) ** 2 / (n - 1) for w, n in zip(weights, sizes, strict=True)), Fraction(0))
    f_stat = between / (1 + Fraction(2 * (k - 2), k * k - 1) * lam)
    df2 = (k * k - 1) / (3 * lam)
    return {
        "f_statistic": float(f_stat),
        "df_numerator": k - 1,
        "df_denominator": float(df2),
        "p_value": float(stats.f.sf(float(f_stat), k - 1, float(df2))),
        "weights": [float(w) for w in weights],
        "weighted_mean": float(centre + shift),
    }


def _effect_columns(codes: list[int], levels: int):
    """Sum-to-zero (effect) coding: ``levels - 1`` columns, the last level coded -1 throughout."""
    import numpy as np

    cols = np.zeros((len(codes), levels - 1))
    for row, code in enumerate(codes):
        if code == levels - 1:
            cols[row, :] = -1.0
        else:
            cols[row, code] = 1.0
    return cols


def _sse(x, y) -> tuple[float, int]:
    """Residual sum of squares and rank of the least-squares fit of y on x."""
    import numpy as np

    coef, _, rank, _ = np.linalg.lstsq(x, y, rcond=None)
    resid = y - x @ coef
    return math.fsum(resid * resid), int(rank)


def twoway(y: list[Decimal], a: list[str], b: list[str], interaction: bool = True) -> dict[str, Any]:
    """Two-way ANOVA with interaction, Type III sums of squares; ``interaction=False``: the additive model (A + B, the
    randomized complete block design's treatment + block, one observation per cell allowed).

    Raises ValueError when a cell (level pair) is empty or (with interaction) no cell is replicated.
    """
    import numpy as np
    from scipy import stats

    a_levels = list(dict.fromkeys(a))
    b_levels = list(dict.fromkeys(b))
    a_codes = [a_levels.index(v) for v in a]
    b_codes = [b_levels.index(v) for v in b]
    cells: dict[tuple[int, int], list[Decimal]] = {}
    for value, i, j in zip(y, a_codes, b_codes, strict=True):
        cells.setdefault((i, j), []).append(value)
    missing = [
        (a_levels[i], b_levels[j]) for i in range(len(a_levels)) for j in range(len(b_levels)) if (i, j) not in cells
    ]
    if missing and interaction:
        raise ValueError(
            f"cell {missing[0][0]} x {missing[0][1]} has no observations: the interaction is not estimable"
        )
    n = len(y)
    n_params = len(a_levels) * len(b_levels) if interaction else len(a_levels) + len(b_levels) - 1
    if n <= n_params and not interaction:
        raise ValueError(f"{n} observations for {n_params} parameters: no degrees of freedom left for the error")
    if n <= n_params:
        raise ValueError(f"{n} observations for {n_params} cells: at least one cell needs a replicate")
    shift = y[0]
    response = np.array([float(v - shift) for v in y])
    ea = _effect_columns(a_codes, len(a_levels))
    eb = _effect_columns(b_codes, len(b_levels))
    eab = np.column_stack([ea[:, i] * eb[:, j] for i in range(ea.shape[1]) for j in range(eb.shape[1])])
    ones = np.ones((n, 1))
    blocks = {"A": ea, "B": eb, "AB": eab} if interaction else {"A": ea, "B": eb}
    full = np.hstack([ones, *blocks.values()])
    sse_full, _ = _sse(full, response)
    df_error = n - n_params
    ms_error = sse_full / df_error
    rows = []
    for key, df in (("A", len(a_levels) - 1), ("B", len(b_levels) - 1), ("AB", eab.shape[1]))[: len(blocks)]:
        reduced = np.hstack([ones] + [blocks[k] for k in blocks if k != key])
        ss = max(_sse(reduced, response)[0] - sse_full, 0.0)
        f_stat = ss / df / ms_error if ms_error > 0 else None
        rows.append(
            {
                "term": key,
                "df": df,
                "ss": ss,
                "ms": ss / df,
                "f_statistic": f_stat,
                "p_value": float(stats.f.sf(f_stat, df, df_error)) if f_stat is not None else None,
            }
        )
    centred = response - math.fsum(response) / n
    ss_total = math.fsum(centred * centred)
    counts = {len(v) for v in cells.values()}
    return {
        "terms": rows,
        "df_error": df_error,
        "ss_error": sse_full,
        "ms_error": ms_error,
        "df_total": n - 1,
        "ss_total": ss_total,
        "r_squared": 1 - sse_full / ss_total if ss_total > 0 else None,
        "residual_sd": math.sqrt(ms_error),
        "balanced": len(counts) == 1,
        "levels": (a_levels, b_levels),
        "cells": [
            {"a": a_levels[i], "b": b_levels[j], "n": len(v), "mean": float(sum(v) / len(v))}
            for (i, j), v in sorted(cells.items())
        ],
    }
