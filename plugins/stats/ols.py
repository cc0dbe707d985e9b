"""Ordinary least squares engines.

``exact_fit``: the data are decimals, so every column is an integer vector times a power of ten.
The normal equations are built in integer arithmetic and solved as exact fractions (Gauss-Jordan,
which also gives the exact inverse for the standard errors). The answer is the exact least-squares
solution of the data as written: only the final conversion to float rounds, so the NIST StRD
certified values (Longley, Filip, Wampler) are met to full double precision.

``float_fit``: for large problems, Householder QR in float64 on columns scaled to unit size with the
response shifted exactly (in Decimal) by its first value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

EXACT_LIMIT = 4_000_000  # n * p^2 integer products: beyond this the float path is used


class Singular(ValueError):
    """The model's columns are linearly dependent; ``index`` is the first dependent column."""

    def __init__(self, index: int) -> None:
        super().__init__(f"column {index} is a linear combination of the earlier columns")
        self.index = index


@dataclass
class Fit:
    """What the statistics need from an engine (all floats), and how it was computed."""

    coef: list[float]
    se: list[float]
    sse: float
    sst: float
    n: int
    method: str


def scaled_ints(values: list[Decimal]) -> tuple[list[int], int]:
    """Integers and a decimal exponent e with value = integer / 10**e, exactly."""
    e = max([0] + [-int(v.as_tuple().exponent) for v in values])
    out = []
    for v in values:
        sign, digits, exp = v.as_tuple()
        mag = int("".join(map(str, digits)) or "0") * 10 ** (int(exp) + e)
        out.append(-mag if sign else mag)
    return out, e


def _invert(g: list[list[Fraction]]) -> list[list[Fraction]]:
    """Exact inverse by Gauss-Jordan; raises Singular at the first dependent column."""
    p = len(g)
    a = [row[:] + [Fraction(int(i == j)) for j in range(p)] for i, row in enumerate(g)]
    for k in range(p):
        pivot = next((r for r in range(k, p) if a[r][k] != 0), None)
        if pivot is None:
            raise Singular(k)
        a[k], a[pivot] = a[pivot], a[k]
        inv = 1 / a[k][k]
        a[k] = [x * inv for x in a[k]]
        for r in range(p):
            if r != k and a[r][k] != 0:
                factor = a[r][k]
                a[r] = [x - factor * y for x, y in zip(a[r], a[k], strict=True)]
    return [row[p:] for row in a]


def exact_fit(columns: list[list[tuple[list[int], int]]], y: list[Decimal], intercept: bool) -> Fit:
    """Exact OLS. ``columns``: per model column, the factors (integers, exponent) whose product it is."""
    yi, ye = scaled_ints(y)
    n = len(y)
    cols: list[tuple[list[int], int]] = []
    for factors in columns:
        values = [1] * n
        exponent = 0
        for ints, e in factors:
            values = [a * b for a, b in zip(values, ints, strict=True)]
            exponent += e
        cols.append((values, exponent))
    p = len(cols)
    gram = [[Fraction(0)] * p for _ in range(p)]
    for i, (ci, ei) in enumerate(cols):
        for j in range(i, p):
            cj, ej = cols[j]
            gram[i][j] = gram[j][i] = Fraction(sum(a * b for a, b in zip(ci, cj, strict=True)), 10 ** (ei + ej))
    xty = [Fraction(sum(a * b for a, b in zip(ci, yi, strict=True)), 10 ** (ei + ye)) for ci, ei in cols]
    inverse = _invert(gram)
    coef = [sum((inverse[i][j] * xty[j] for j in range(p)), Fraction(0)) for i in range(p)]
    yty = Fraction(sum(v * v for v in yi), 10 ** (2 * ye))
    sse = yty - sum((b * c for b, c in zip(coef, xty, strict=True)), Fraction(0))
    sy = Fraction(sum(yi), 10**ye)
    sst = yty - sy * sy / n if intercept else yty
    s2 = sse / (n - p) if n > p else Fraction(0)
    se = [math.sqrt(float(s2 * inverse[i][i])) for i in range(p)]
    return Fit([float(b) for b in coef], se, float(sse), float(sst), n, "exact rational normal equations")


def float_fit(columns: list, y: list[Decimal], intercept_index: int | None) -> Fit:
    """Float64 Householder QR on unit-scaled columns; the response is shifted exactly first."""
    import numpy as np

    shift = y[0] if intercept_index is not None else Decimal(0)
    response = np.array([float(v - shift) for v in y])
    x = np.column_stack(columns).astype(float)
    scale = np.abs(x).max(axis=0)
    scale[scale == 0] = 1.0
    xs = x / scale
    q, r = np.linalg.qr(xs)
    diag = np.abs(np.diag(r))
    small = np.nonzero(diag <= 1e-11 * diag.max())[0]
    if small.size:
        raise Singular(int(small[0]))
    coef_s = np.linalg.solve(r, q.T @ response)
    resid = response - xs @ coef_s
    n, p = x.shape
    sse = math.fsum(resid * resid)
    rinv = np.linalg.inv(r)
    s2 = sse / (n - p) if n > p else 0.0
    se = np.sqrt(s2 * np.sum(rinv * rinv, axis=1)) / scale
    coef = coef_s / scale
    if intercept_index is not None:
        coef[intercept_index] += float(shift)
    centred = response - math.fsum(response) / n if intercept_index is not None else response
    return Fit(coef.tolist(), se.tolist(), sse, math.fsum(centred * centred), n, "float64 QR (scaled columns)")
