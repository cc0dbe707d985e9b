"""The probability planner's distributions in mpmath's arbitrary precision: the audit's second engine.

Independent of the engine that answers (``plugins.stats.distributions``: scipy.special and the standard
library): series and incomplete gamma/beta functions evaluated at 30 significant digits. mpmath comes
with sympy, so the audit adds no import.
"""

from __future__ import annotations

import math
from typing import Any

DIGITS = 30


class Exact:
    """One distribution's pmf/pdf, cdf, sf and ppf at ``DIGITS`` digits, returned as floats."""

    def __init__(self, name: str, **params: float) -> None:
        import mpmath

        self.mp = mpmath.mp.clone()
        self.mp.dps = DIGITS
        self.name = name
        self.params = {k: self.mp.mpf(v) for k, v in params.items()}

    def cdf(self, x: float) -> float:
        return float(self._cdf(x))

    def sf(self, x: float) -> float:
        return float(1 - self._cdf(x))

    def pdf(self, x: float) -> float:
        mp, p = self.mp, self.params
        if self.name == "normal":
            return float(mp.npdf(x, p["mu"], p["sd"]))
        return float(p["rate"] * mp.exp(-p["rate"] * x)) if x >= 0 else 0.0

    def pmf(self, k: float) -> float:
        mp, p = self.mp, self.params
        if k < 0 or k != math.floor(k):
            return 0.0
        if self.name == "binomial":
            n = p["n"]
            return float(mp.binomial(n, k) * p["p"] ** k * (1 - p["p"]) ** (n - k)) if k <= n else 0.0
        return float(p["mu"] ** k * mp.exp(-p["mu"]) / mp.factorial(k))

    def ppf(self, q: float) -> float:
        mp, p = self.mp, self.params
        if self.name == "normal":
            return float(p["mu"] + p["sd"] * mp.sqrt(2) * mp.erfinv(2 * mp.mpf(q) - 1))
        if self.name == "exponential":
            return float(-mp.log(1 - mp.mpf(q)) / p["rate"])
        k = 0  # discrete: the smallest count whose cdf reaches q
        while self._cdf(k) < q:
            k += 1
        return float(k)

    def _cdf(self, x: float) -> Any:
        mp, p = self.mp, self.params
        if self.name == "normal":
            return mp.ncdf(x, p["mu"], p["sd"])
        if self.name == "exponential":
            return -mp.expm1(-p["rate"] * x) if x > 0 else mp.mpf(0)
        if x < 0:
            return mp.mpf(0)
        k = math.floor(x)
        if self.name == "binomial":  # P(X <= k) = I_{1-p}(n - k, k + 1)
            n = p["n"]
            return mp.mpf(1) if k >= n else mp.betainc(n - k, k + 1, 0, 1 - p["p"], regularized=True)
        return mp.gammainc(k + 1, p["mu"], mp.inf, regularized=True)  # Poisson: Q(k + 1, mu)
