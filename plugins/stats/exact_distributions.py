"""The probability planner's distributions in mpmath's arbitrary precision: the audit's second engine (binomial,
Poisson, hypergeometric, normal, exponential, Weibull, and the t, chi-square and F of critical values).

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
        if self.name == "weibull":
            z = mp.mpf(x) / p["scale"]
            return float(p["shape"] / p["scale"] * z ** (p["shape"] - 1) * mp.exp(-(z ** p["shape"]))) if x > 0 else 0.0
        return float(p["rate"] * mp.exp(-p["rate"] * x)) if x >= 0 else 0.0

    def pmf(self, k: float) -> float:
        mp, p = self.mp, self.params
        if k < 0 or k != math.floor(k):
            return 0.0
        if self.name == "binomial":
            n = p["n"]
            return float(mp.binomial(n, k) * p["p"] ** k * (1 - p["p"]) ** (n - k)) if k <= n else 0.0
        if self.name == "hypergeom":
            return float(self._hypergeom(k))
        return float(p["mu"] ** k * mp.exp(-p["mu"]) / mp.factorial(k))

    def _hypergeom(self, k: int) -> Any:
        """P(X = k) drawing n of N without replacement, K marked: C(K, k) C(N - K, n - k) / C(N, n) (0 outside)."""
        mp, p = self.mp, self.params
        big, few, n = p["N"], p["K"], p["n"]
        if k > few or k > n or n - k > big - few:
            return mp.mpf(0)
        return mp.binomial(few, k) * mp.binomial(big - few, n - k) / mp.binomial(big, n)

    def ppf(self, q: float) -> float:
        mp, p = self.mp, self.params
        if self.name == "normal":
            return float(p["mu"] + p["sd"] * mp.sqrt(2) * mp.erfinv(2 * mp.mpf(q) - 1))
        if self.name == "exponential":
            return float(-mp.log(1 - mp.mpf(q)) / p["rate"])
        if self.name == "weibull":
            return float(p["scale"] * (-mp.log(1 - mp.mpf(q))) ** (1 / p["shape"]))
        if self.name in _CONTINUOUS:
            return float(self._inverse(mp.mpf(q)))
        k = 0  # discrete: the smallest count whose cdf reaches q
        while self._cdf(k) < q:
            k += 1
        return float(k)

    def _inverse(self, q: Any) -> Any:
        """The continuous cdf inverted by bisection, to 26 digits, on a bracket grown until it holds q (t, chi-square,
        F)."""
        mp = self.mp
        lo, hi = (mp.mpf(-1), mp.mpf(1)) if self.name == "t" else (mp.mpf(0), mp.mpf(1))
        while self._cdf(hi) < q:
            hi *= 2
        while self.name == "t" and self._cdf(lo) > q:
            lo *= 2
        while hi - lo > mp.mpf(10) ** (4 - DIGITS) * max(1, abs(hi)):  # bisection: slow, but sure
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if self._cdf(mid) < q else (lo, mid)
        return (lo + hi) / 2

    def _cdf(self, x: float) -> Any:
        mp, p = self.mp, self.params
        if self.name in _CONTINUOUS:
            return _CONTINUOUS[self.name](mp, mp.mpf(x), p)
        if self.name == "normal":
            return mp.ncdf(x, p["mu"], p["sd"])
        if self.name == "exponential":
            return -mp.expm1(-p["rate"] * x) if x > 0 else mp.mpf(0)
        if self.name == "weibull":
            return -mp.expm1(-((mp.mpf(x) / p["scale"]) ** p["shape"])) if x > 0 else mp.mpf(0)
        if x < 0:
            return mp.mpf(0)
        k = math.floor(x)
        if self.name == "hypergeom":
            return mp.fsum(self._hypergeom(j) for j in range(k + 1))
        if self.name == "binomial":  # P(X <= k) = I_{1-p}(n - k, k + 1)
            n = p["n"]
            return mp.mpf(1) if k >= n else mp.betainc(n - k, k + 1, 0, 1 - p["p"], regularized=True)
        return mp.gammainc(k + 1, p["mu"], mp.inf, regularized=True)  # Poisson: Q(k + 1, mu)


def _t_cdf(mp: Any, x: Any, p: dict[str, Any]) -> Any:
    """P(T <= x) = 1 - I_{df/(df + x^2)}(df/2, 1/2)/2 for x >= 0, by symmetry below 0."""
    df = p["df"]
    tail = mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + x * x), regularized=True) / 2
    return 1 - tail if x >= 0 else tail


def _chi2_cdf(mp: Any, x: Any, p: dict[str, Any]) -> Any:
    """P(X <= x) = P(df/2, x/2), the regularized lower incomplete gamma function."""
    return mp.gammainc(p["df"] / 2, 0, x / 2, regularized=True) if x > 0 else mp.mpf(0)


def _f_cdf(mp: Any, x: Any, p: dict[str, Any]) -> Any:
    """P(F <= x) = I_{d1 x/(d1 x + d2)}(d1/2, d2/2)."""
    d1, d2 = p["df1"], p["df2"]
    return mp.betainc(d1 / 2, d2 / 2, 0, d1 * x / (d1 * x + d2), regularized=True) if x > 0 else mp.mpf(0)


_CONTINUOUS = {"t": _t_cdf, "chi2": _chi2_cdf, "f": _f_cdf}
