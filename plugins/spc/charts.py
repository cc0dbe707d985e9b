"""Control-chart engines: limits, plotted statistics and rule checks, all vectorised numpy.

A chart is built in two steps. ``estimate_*`` turns in-control data (phase I, or a baseline for
phase II) into ``Limits`` (the process centre and the standard deviation of one observation or
unit); ``*_panels`` applies those limits to the data being charted. Every panel carries the
plotted statistic, its centre line and control limits per point, and its rule check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from plugins.spc import constants
from plugins.spc.rules import RuleCheck, check

VARIABLES = ("xbar_r", "xbar_s", "imr", "ewma", "cusum")
ATTRIBUTES = ("p", "np", "c", "u")
SIGMA_METHODS = {
    "range": "R-bar/d2",
    "sbar": "S-bar/c4",
    "mr": "MR-bar/d2",
    "sd": "SD/c4",
}


@dataclass
class Limits:
    """The in-control process: centre and the standard deviation of one observation (or unit)."""

    center: float
    sigma: float
    sigma_method: str


@dataclass
class Panel:
    """One plotted series: statistic, centre and limits per point, and the rules it broke."""

    name: str
    statistic: np.ndarray
    center: np.ndarray
    lcl: np.ndarray
    ucl: np.ndarray
    sigma: np.ndarray  # standard deviation of the plotted statistic, per point
    check: RuleCheck | None = None


@dataclass
class Chart:
    """A finished chart: its panels (the first carries the rules) and what capability needs."""

    kind: str
    limits: Limits
    sizes: np.ndarray
    panels: list[Panel]
    values: np.ndarray  # the individual observations charted (variables charts)
    starts: np.ndarray  # first index of each subgroup in ``values``
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass
class Subgroups:
    """Per-subgroup summaries of individual values grouped by ``starts``."""

    sizes: np.ndarray
    means: np.ndarray
    ranges: np.ndarray
    sds: np.ndarray


def subgroup_stats(values: np.ndarray, starts: np.ndarray) -> Subgroups:
    """Sizes, means, ranges and standard deviations of the subgroups starting at ``starts``."""
    sizes = np.diff(np.append(starts, values.size))
    means = np.add.reduceat(values, starts) / sizes
    ranges = np.maximum.reduceat(values, starts) - np.minimum.reduceat(values, starts)
    dev = values - np.repeat(means, sizes)
    with np.errstate(invalid="ignore", divide="ignore"):
        sds = np.sqrt(np.add.reduceat(dev * dev, starts) / (sizes - 1))
    return Subgroups(sizes, means, ranges, sds)


def _per_size(sizes: np.ndarray, fn: Any, mode: str) -> np.ndarray:
    """A constant evaluated once per distinct subgroup size, spread over the subgroups."""
    unique, inverse = np.unique(sizes, return_inverse=True)
    return np.array([fn(int(k), mode) for k in unique])[inverse]


def moving_ranges(values: np.ndarray) -> np.ndarray:
    """|x_i - x_(i-1)|, with NaN for the first point (it has none)."""
    return np.concatenate(([np.nan], np.abs(np.diff(values))))


def estimate_variables(values: np.ndarray, starts: np.ndarray, method: str, mode: str) -> Limits:
    """Centre (grand mean) and within sigma from in-control individual values.

    ``method``: "range" mean of R_i/d2(n_i); "sbar" mean of S_i/c4(n_i); "mr" MR-bar/d2(2);
    "sd" the sample SD of all values over c4(N). With equal subgroups the first two are
    R-bar/d2 and S-bar/c4.
    """
    center = float(np.mean(values))
    if method == "mr":
        sigma = float(np.mean(np.abs(np.diff(values)))) / constants.d2(2, mode)
    elif method == "sd":
        sigma = float(np.std(values, ddof=1)) / constants.c4(values.size, mode)
    else:
        groups = subgroup_stats(values, starts)
        if np.any(groups.sizes < 2):
            raise ValueError("every subgroup needs at least 2 values to estimate sigma within subgroups")
        if method == "range":
            sigma = float(np.mean(groups.ranges / _per_size(groups.sizes, constants.d2, mode)))
        else:
            sigma = float(np.mean(groups.sds / _per_size(groups.sizes, constants.c4, mode)))
    return Limits(center, sigma, SIGMA_METHODS[method])


def estimate_attribute(kind: str, counts: np.ndarray, sizes: np.ndarray) -> Limits:
    """p-bar (p, np), c-bar (c) or u-bar (u) and the standard deviation of one unit."""
    if kind == "c":
        center = float(np.mean(counts))
        return Limits(center, float(np.sqrt(center)), "sqrt(c-bar)")
    center = float(np.sum(counts) / np.sum(sizes))
    if kind == "u":
        return Limits(center, float(np.sqrt(center)), "sqrt(u-bar)")
    return Limits(center, float(np.sqrt(center * (1.0 - center))), "sqrt(p-bar (1 - p-bar))")


def _panel(
    name: str,
    statistic: np.ndarray,
    center: np.ndarray | float,
    sigma: np.ndarray | float,
    nsigmas: float,
    floor: float | None = 0.0,
    ceiling: np.ndarray | float | None = None,
) -> Panel:
    """A panel with limits centre -+ nsigmas * sigma, clipped to [floor, ceiling].

    Scalars stay scalars until the end and are then broadcast (read-only views, no copies), so
    constant limits cost nothing per point.
    """
    center, sigma = np.asarray(center, dtype=float), np.asarray(sigma, dtype=float)
    lcl, ucl = (_zero_if_round_off(center + sign * nsigmas * sigma, center, nsigmas * sigma) for sign in (-1, 1))
    if floor is not None:
        lcl = np.maximum(lcl, floor)
    if ceiling is not None:
        ucl = np.minimum(ucl, ceiling)
    shape = statistic.shape
    return Panel(name, statistic, *(np.broadcast_to(a, shape) for a in (center, lcl, ucl, sigma)))


def _zero_if_round_off(limit: np.ndarray, center: np.ndarray, width: np.ndarray) -> np.ndarray:
    """``limit`` (centre -+ width) with the values that are zero up to round-off set to exactly 0: u-bar = 1.8,
    n = 5 gives 1.8 - 3 * 0.6 = 2.2e-16 in floats, where the limit is 0."""
    tolerance = 8 * np.finfo(float).eps * (np.abs(center) + np.abs(width))
    return np.where(np.abs(limit) <= tolerance, 0.0, limit)


def xbar_panels(
    values: np.ndarray, starts: np.ndarray, limits: Limits, dispersion: str, nsigmas: float, mode: str
) -> list[Panel]:
    """The X-bar panel and its R (``dispersion="range"``) or S (``"sbar"``) panel."""
    groups = subgroup_stats(values, starts)
    root = np.sqrt(groups.sizes)
    xbar = _panel("Xbar", groups.means, limits.center, limits.sigma / root, nsigmas, floor=None)
    if dispersion == "range":
        k2 = _per_size(groups.sizes, constants.d2, mode)
        k3 = _per_size(groups.sizes, constants.d3, mode)
        spread = _panel("R", groups.ranges, k2 * limits.sigma, k3 * limits.sigma, nsigmas)
    else:
        k4 = _per_size(groups.sizes, constants.c4, mode)
        spread = _panel("S", groups.sds, k4 * limits.sigma, np.sqrt(1.0 - k4 * k4) * limits.sigma, nsigmas)
    return [xbar, spread]


def imr_panels(values: np.ndarray, limits: Limits, nsigmas: float, mode: str) -> list[Panel]:
    """The individuals panel and its moving-range panel (span 2)."""
    individuals = _panel("I", values, limits.center, limits.sigma, nsigmas, floor=None)
    k2, k3 = constants.d2(2, mode), constants.d3(2, mode)
    mr = _panel("MR", moving_ranges(values), k2 * limits.sigma, k3 * limits.sigma, nsigmas)
    return [individuals, mr]


def attribute_panel(kind: str, counts: np.ndarray, sizes: np.ndarray, limits: Limits, nsigmas: float) -> Panel:
    """The p, np, c or u panel; p and u limits vary with the sample size (one pair per point)."""
    if kind == "c":
        return _panel("c", counts, limits.center, limits.sigma, nsigmas)
    if kind == "u":
        return _panel("u", counts / sizes, limits.center, limits.sigma / np.sqrt(sizes), nsigmas)
    if kind == "np":
        return _panel("np", counts, sizes * limits.center, np.sqrt(sizes) * limits.sigma, nsigmas, ceiling=sizes)
    return _panel("p", counts / sizes, limits.center, limits.sigma / np.sqrt(sizes), nsigmas, ceiling=1.0)


def ewma_panel(means: np.ndarray, sizes: np.ndarray, limits: Limits, lam: float, width: float) -> Panel:
    """EWMA z_i = lam x_i + (1 - lam) z_(i-1), z_0 = centre, with exact time-varying limits."""
    from scipy.signal import lfilter  # imported here: scipy.signal takes a second to import

    z, _ = lfilter([lam], [1.0, lam - 1.0], means, zi=[(1.0 - lam) * limits.center])
    i = np.arange(1, means.size + 1)
    factor = np.sqrt(lam / (2.0 - lam) * (1.0 - (1.0 - lam) ** (2 * i)))
    return _panel("EWMA", z, limits.center, limits.sigma / np.sqrt(sizes) * factor, width, floor=None)


def cusum_panels(means: np.ndarray, sizes: np.ndarray, limits: Limits, k: float, h: float) -> list[Panel]:
    """Tabular CUSUM in sigma units of the plotted mean: C+ and C- against the decision interval h.

    C+_i = max(0, C+_(i-1) + x_i - (mu0 + K)), C-_i = max(0, C-_(i-1) + (mu0 - K) - x_i), with
    K = k sigma_xbar and H = h sigma_xbar; solved without a loop as S_i - min(0, min_(j<=i) S_j).
    """
    se = limits.sigma / np.sqrt(sizes)
    upper = _lindley(means - limits.center - k * se)
    lower = _lindley(limits.center - k * se - means)
    return [_panel("C+", upper, 0.0, se, h), _panel("C-", lower, 0.0, se, h)]


def _lindley(steps: np.ndarray) -> np.ndarray:
    total = np.cumsum(steps)
    return total - np.minimum(np.minimum.accumulate(total), 0.0)


def outside(panel: Panel) -> np.ndarray:
    """Points strictly beyond the panel's control limits."""
    return (panel.statistic > panel.ucl) | (panel.statistic < panel.lcl)


def apply_rules(panel: Panel, ruleset: str, tests: list[int] | None, nsigmas: float, nelson8: str) -> None:
    """Check ``ruleset`` on the panel: zones from its sigma, rule 1 from its (possibly clipped) limits."""
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (panel.statistic - panel.center) / panel.sigma
    panel.check = check(z, ruleset, tests, nsigmas, nelson8, beyond=outside(panel))
