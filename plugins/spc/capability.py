"""Process-capability engine: Cp, Cpk, Cpm, Pp, Ppk with confidence intervals, % outside specs,
and an Anderson-Darling normality check.

Within-subgroup sigma comes from the chart's estimator (R-bar/d2, S-bar/c4, MR-bar/d2); overall
sigma is the sample standard deviation. Intervals (two-sided, ``confidence``): Cp and Pp from the
chi-square distribution with n - 1 degrees of freedom; Cpk, Cpl, Cpu, Ppk by Bissell's normal
approximation, se = sqrt(1/(9n) + C^2/(2(n-1))); Cpm from the chi-square distribution with
df = n(1 + d^2)/(1 + 2d^2), d = (mean - target)/sigma (as R's qcc), or Boyles' (1991)
df = n(1 + d^2)^2/(1 + 2d^2) with ``cpm_df="boyles"``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import special  # scipy.stats' own functions for these, without its second of import

CPM_DF = ("qcc", "boyles")
NORMALITY_ALPHA = 0.05


@dataclass
class Specs:
    """Specification limits (either may be absent) and the target."""

    lsl: float | None
    usl: float | None
    target: float | None


def _index(value: float, lower: float, upper: float) -> dict[str, Any]:
    return {"value": value, "ci": [lower, upper]}


def _chi2_interval(value: float, df: float, confidence: float) -> dict[str, Any]:
    tail = (1.0 - confidence) / 2.0
    low, high = 2.0 * special.gammaincinv(df / 2.0, [tail, 1.0 - tail])  # chi-square quantiles
    return _index(value, value * math.sqrt(low / df), value * math.sqrt(high / df))


def _bissell(value: float, n: int, confidence: float) -> dict[str, Any]:
    z = special.ndtri(0.5 + confidence / 2.0)
    se = math.sqrt(1.0 / (9.0 * n) + value * value / (2.0 * (n - 1)))
    return _index(value, value - z * se, value + z * se)


def _family(prefix: str, mean: float, sigma: float, specs: Specs, n: int, confidence: float) -> dict[str, Any]:
    """Cp/Cpl/Cpu/Cpk (prefix "C") or Pp/Ppl/Ppu/Ppk (prefix "P") for one sigma."""
    out: dict[str, Any] = {}
    sides = []
    if specs.lsl is not None and specs.usl is not None:
        out[f"{prefix}p"] = _chi2_interval((specs.usl - specs.lsl) / (6.0 * sigma), n - 1, confidence)
    if specs.lsl is not None:
        sides.append((mean - specs.lsl) / (3.0 * sigma))
        out[f"{prefix}pl"] = _bissell(sides[-1], n, confidence)
    if specs.usl is not None:
        sides.append((specs.usl - mean) / (3.0 * sigma))
        out[f"{prefix}pu"] = _bissell(sides[-1], n, confidence)
    out[f"{prefix}pk"] = _bissell(min(sides), n, confidence)
    return out


def _cpm(mean: float, sigma: float, specs: Specs, n: int, confidence: float, df_rule: str) -> dict[str, Any]:
    d = (mean - specs.target) / sigma
    value = (specs.usl - specs.lsl) / (6.0 * math.sqrt(sigma * sigma + (mean - specs.target) ** 2))
    df = n * (1.0 + d * d) / (1.0 + 2.0 * d * d)
    if df_rule == "boyles":
        df *= 1.0 + d * d
    return _chi2_interval(value, df, confidence)


def _percent_outside(below: float, above: float) -> dict[str, float]:
    return {"below_lsl": 100.0 * below, "above_usl": 100.0 * above, "total": 100.0 * (below + above)}


def _expected(mean: float, sigma: float, specs: Specs) -> dict[str, float]:
    below = special.ndtr((specs.lsl - mean) / sigma) if specs.lsl is not None else 0.0
    above = special.ndtr((mean - specs.usl) / sigma) if specs.usl is not None else 0.0
    return _percent_outside(float(below), float(above))


def anderson_darling(values: np.ndarray) -> dict[str, Any]:
    """Anderson-Darling test of normality (mean and variance estimated).

    The p-value uses D'Agostino & Stephens' (1986) piecewise formula for the adjusted statistic
    A* = A^2 (1 + 0.75/n + 2.25/n^2), as Minitab does.
    """
    n = values.size
    z = np.sort((values - np.mean(values)) / np.std(values, ddof=1))
    weights = 2.0 * np.arange(1, n + 1) - 1.0
    a2 = float(-n - np.sum(weights * (special.log_ndtr(z) + special.log_ndtr(-z[::-1]))) / n)
    a = a2 * (1.0 + 0.75 / n + 2.25 / (n * n))
    if a >= 0.6:
        p = math.exp(1.2937 - 5.709 * a + 0.0186 * a * a)
    elif a >= 0.34:
        p = math.exp(0.9177 - 4.279 * a - 1.38 * a * a)
    elif a >= 0.2:
        p = 1.0 - math.exp(-8.318 + 42.796 * a - 59.938 * a * a)
    else:
        p = 1.0 - math.exp(-13.436 + 101.14 * a - 223.73 * a * a)
    p = min(max(p, 0.0), 1.0)
    return {
        "test": "anderson-darling",
        "statistic": a2,
        "p_value": p,
        "alpha": NORMALITY_ALPHA,
        "normal": p >= NORMALITY_ALPHA,
    }


def capability(
    values: np.ndarray, sigma_within: float, specs: Specs, confidence: float = 0.95, cpm_df: str = "qcc"
) -> dict[str, Any]:
    """Every index with its interval, % outside (expected within / overall, observed), normality."""
    n = values.size
    mean = float(np.mean(values))
    sigma_overall = float(np.std(values, ddof=1))
    indices = _family("C", mean, sigma_within, specs, n, confidence)
    indices.update(_family("P", mean, sigma_overall, specs, n, confidence))
    if specs.lsl is not None and specs.usl is not None and specs.target is not None:
        indices["Cpm"] = _cpm(mean, sigma_within, specs, n, confidence, cpm_df)
    below = float(np.mean(values < specs.lsl)) if specs.lsl is not None else 0.0
    above = float(np.mean(values > specs.usl)) if specs.usl is not None else 0.0
    return {
        "n": n,
        "mean": mean,
        "sigma_within": sigma_within,
        "sigma_overall": sigma_overall,
        "confidence": confidence,
        "cpm_df": cpm_df,
        "indices": indices,
        "expected_pct": {
            "within": _expected(mean, sigma_within, specs),
            "overall": _expected(mean, sigma_overall, specs),
        },
        "observed_pct": _percent_outside(below, above),
        "normality": anderson_darling(values),
    }
