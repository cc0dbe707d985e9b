"""Control-chart constants: d2, d3, c4 computed exactly, or rounded as in the published tables.

d2(n) and d3(n) are the mean and standard deviation of the range of n independent standard
normals (numerical integration); c4(n) = sqrt(2/(n-1)) Gamma(n/2) / Gamma((n-1)/2).
``table`` mode rounds d2 and d3 to 3 decimals and c4 to 4 decimals, which reproduces the
printed tables that Minitab and R's qcc use (d2(2) = 1.128, d2(5) = 2.326).
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

MODES = ("exact", "table")
FACTOR_MODES = (*MODES, "printed")  # "printed": A2 ... D4 rounded to 3 decimals, as the factor tables print them
PRINTED = ("A2", "A3", "B3", "B4", "D3", "D4")


@cache
def _range_moments(n: int) -> tuple[float, float]:
    """(E[W], E[W^2]) of the range W of n standard normals, by Gauss-Legendre quadrature.

    E[W] = integral (1 - Phi(x)^n - (1 - Phi(x))^n) dx and E[W^2] = 2 integral w P(W > w) dw with
    P(W <= w) = n integral phi(x) (Phi(x + w) - Phi(x))^(n-1) dx; the integrands are smooth and
    negligible beyond the bounds used, so 10^-10 accuracy is reached with a few hundred nodes.
    """
    import numpy as np
    from scipy.special import ndtr

    x, wx = _legendre(-12.0, 12.0, 800)
    phi_x = ndtr(x)
    mean = float(np.sum(wx * (1.0 - phi_x**n - (1.0 - phi_x) ** n)))
    w, ww = _legendre(0.0, 24.0, 600)
    density = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    inside = ndtr(x[None, :] + w[:, None]) - phi_x[None, :]
    cdf_w = n * (inside ** (n - 1)) @ (wx * density)
    second = float(2.0 * np.sum(ww * w * (1.0 - cdf_w)))
    return mean, second


@lru_cache(maxsize=4)
def _legendre(low: float, high: float, nodes: int) -> tuple:
    """Gauss-Legendre nodes and weights on [low, high]."""
    from scipy.special import roots_legendre

    t, weights = roots_legendre(nodes)
    half = 0.5 * (high - low)
    return low + half * (t + 1.0), half * weights


def _check(n: int) -> None:
    if n < 2:
        raise ValueError(f"control-chart constants need a subgroup size of at least 2, got {n}")


def d2(n: int, mode: str = "exact") -> float:
    """Mean of the relative range W/sigma for subgroups of n."""
    _check(n)
    value = _range_moments(n)[0]
    return round(value, 3) if mode == "table" else value


def d3(n: int, mode: str = "exact") -> float:
    """Standard deviation of the relative range W/sigma for subgroups of n."""
    _check(n)
    mean, second = _range_moments(n)
    value = math.sqrt(max(second - mean * mean, 0.0))
    return round(value, 3) if mode == "table" else value


def c4(n: int, mode: str = "exact") -> float:
    """E[S]/sigma for subgroups of n (S the sample standard deviation)."""
    _check(n)
    value = math.sqrt(2.0 / (n - 1)) * math.exp(math.lgamma(n / 2) - math.lgamma((n - 1) / 2))
    return round(value, 4) if mode == "table" else value


def factors(n: int, mode: str = "exact", nsigmas: float = 3.0) -> dict[str, float]:
    """The derived chart factors for subgroups of n: A2, A3, B3, B4, D3, D4 with d2, d3, c4.

    ``mode="printed"`` rounds A2 ... D4 of the exact constants to 3 decimals, the values the printed
    factor tables give for 3-sigma limits (A2(5) = 0.577, D4(5) = 2.114) and hand calculations use;
    a few printed D3/D4 entries (D4(3) = 2.574 against 2.575 here), computed from rounded d2 and d3,
    differ by 0.001.
    """
    k2, k3, k4 = d2(n, mode), d3(n, mode), c4(n, mode)
    root = math.sqrt(n)
    spread_s = nsigmas * math.sqrt(max(1.0 - k4 * k4, 0.0)) / k4
    out = {
        "d2": k2,
        "d3": k3,
        "c4": k4,
        "A2": nsigmas / (k2 * root),
        "A3": nsigmas / (k4 * root),
        "B3": max(1.0 - spread_s, 0.0),
        "B4": 1.0 + spread_s,
        "D3": max(1.0 - nsigmas * k3 / k2, 0.0),
        "D4": 1.0 + nsigmas * k3 / k2,
    }
    if mode == "printed":
        if nsigmas != 3.0:
            raise ValueError("the printed factor tables are for 3-sigma limits; use constants exact or table")
        out.update({k: round(out[k], 3) for k in PRINTED})
    return out
