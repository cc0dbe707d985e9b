"""Probability distributions as expression functions: ``normal.ppf(0.975)``, ``t.sf(2.1, 9)`` ...

Each family is an object whose methods are the registered handlers (``plugins.stats.distributions:
normal.ppf``). Arguments are positional floats: the point (x, k or a probability q) first, then the
parameters; trailing parameters with defaults may be left out.

- normal(x, mu=0, sigma=1); t(x, df); chi2(x, df); f(x, df1, df2)
- binomial(k, n, p); poisson(k, mu)
- hypergeom(k, N, K, n): the count of marked items in n drawn without replacement from N of which K are marked
  (scipy's hypergeom(M=N, n=K, N=n)), summed exactly from math.comb.
- exponential(x, rate=1): the rate parameterisation, mean 1/rate.
- weibull(x, shape, scale=1): the two-parameter Weibull (shape beta, scale eta, the characteristic life),
  cdf 1 - exp(-(x/eta)^beta).

The values are scipy.stats' (the same special functions, tested against it), computed without importing
scipy.stats, whose import alone costs a second at start-up: the normal, exponential, Weibull and
hypergeometric families need only the standard library, the others ``scipy.special``. A discrete ``ppf`` is the smallest k whose cdf
reaches q (scipy's convention: -1 for q = 0).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from typing import Any

_Method = Callable[..., float]


class Family:
    """One distribution: parameter names with defaults, a parameter check and its methods."""

    def __init__(
        self,
        name: str,
        params: tuple[tuple[str, float | None], ...],
        check: Callable[..., str | None],
        methods: dict[str, _Method],
    ) -> None:
        self.name = name
        self.params = params
        self.check = check
        self.methods = methods

    def _call(self, method: str, *args: float) -> float:
        required = 1 + sum(default is None for _, default in self.params)
        if not required <= len(args) <= 1 + len(self.params):
            names = ", ".join(["x"] + [n if d is None else f"{n}={d:g}" for n, d in self.params])
            raise ValueError(f"{self.name}.{method} takes ({names}); got {len(args)} arguments")
        values = [float(v) for v in args[1:]] + [d for _, d in self.params[len(args) - 1 :]]
        problem = self.check(*values)
        if problem:
            raise ValueError(f"{self.name}.{method}: {problem}")
        x = float(args[0])
        if method == "ppf" and not 0 <= x <= 1:
            raise ValueError(f"{self.name}.ppf: the probability must lie in [0, 1], got {x:g}")
        if math.isnan(x):
            return math.nan
        return float(self.methods[method](x, *values))

    def pdf(self, *args: float) -> float:
        return self._call("pdf", *args)

    def pmf(self, *args: float) -> float:
        return self._call("pmf", *args)

    def cdf(self, *args: float) -> float:
        return self._call("cdf", *args)

    def sf(self, *args: float) -> float:
        return self._call("sf", *args)

    def ppf(self, *args: float) -> float:
        return self._call("ppf", *args)


def _positive(**values: float) -> str | None:
    for name, v in values.items():
        if not (v > 0 and math.isfinite(v)):
            return f"{name} must be positive, got {v:g}"
    return None


def _special() -> Any:
    from scipy import special

    return special


def _ends(q: float, low: float, high: float) -> float | None:
    """A quantile at q = 0 or 1 (the support's ends), else None."""
    return low if q == 0 else high if q == 1 else None


# -- normal and exponential: the standard library --------------------------------------------------------


def _normal_ppf(q: float, mu: float, sigma: float) -> float:
    end = _ends(q, -math.inf, math.inf)
    return end if end is not None else statistics.NormalDist(mu, sigma).inv_cdf(q)


normal = Family(
    "normal",
    (("mu", 0.0), ("sigma", 1.0)),
    lambda mu, s: _positive(sigma=s),
    {
        "pdf": lambda x, mu, s: math.exp(-0.5 * ((x - mu) / s) ** 2) / (s * math.sqrt(2 * math.pi)),
        "cdf": lambda x, mu, s: 0.5 * math.erfc(-(x - mu) / (s * math.sqrt(2))),
        "sf": lambda x, mu, s: 0.5 * math.erfc((x - mu) / (s * math.sqrt(2))),
        "ppf": _normal_ppf,
    },
)

exponential = Family(
    "exponential",
    (("rate", 1.0),),
    lambda rate: _positive(rate=rate),
    {
        "pdf": lambda x, r: r * math.exp(-r * x) if x >= 0 else 0.0,
        "cdf": lambda x, r: -math.expm1(-r * x) if x > 0 else 0.0,
        "sf": lambda x, r: math.exp(-r * x) if x > 0 else 1.0,
        "ppf": lambda q, r: -math.log1p(-q) / r if q < 1 else math.inf,
    },
)

weibull = Family(
    "weibull",
    (("shape", None), ("scale", 1.0)),
    lambda shape, scale: _positive(shape=shape, scale=scale),
    {
        "pdf": lambda x, b, e: b / e * (x / e) ** (b - 1) * math.exp(-((x / e) ** b)) if x > 0 else 0.0,
        "cdf": lambda x, b, e: -math.expm1(-((x / e) ** b)) if x > 0 else 0.0,
        "sf": lambda x, b, e: math.exp(-((x / e) ** b)) if x > 0 else 1.0,
        "ppf": lambda q, b, e: e * (-math.log1p(-q)) ** (1 / b) if q < 1 else math.inf,
    },
)


# -- t, chi-square and F: scipy.special ------------------------------------------------------------------


def _t_pdf(x: float, df: float) -> float:
    scale = _special().poch(df / 2, 0.5) / math.sqrt(df * math.pi)  # Gamma((df+1)/2) / Gamma(df/2), no cancellation
    return scale * math.exp(-(df + 1) / 2 * math.log1p(x * x / df))


def _t_ppf(q: float, df: float) -> float:
    end = _ends(q, -math.inf, math.inf)
    return end if end is not None else _special().stdtrit(df, q)


t = Family(
    "t",
    (("df", None),),
    lambda df: _positive(df=df),
    {
        "pdf": _t_pdf,
        "cdf": lambda x, df: _special().stdtr(df, x),
        "sf": lambda x, df: _special().stdtr(df, -x),
        "ppf": _t_ppf,
    },
)


def _chi2_pdf(x: float, df: float) -> float:
    if x < 0 or x == math.inf:
        return 0.0
    half = df / 2
    return math.exp(_special().xlogy(half - 1, x) - x / 2 - half * math.log(2) - math.lgamma(half))


def _chi2_ppf(q: float, df: float) -> float:
    end = _ends(q, 0.0, math.inf)
    return end if end is not None else 2 * _special().gammaincinv(df / 2, q)


chi2 = Family(
    "chi2",
    (("df", None),),
    lambda df: _positive(df=df),
    {
        "pdf": _chi2_pdf,
        "cdf": lambda x, df: _special().chdtr(df, x) if x > 0 else 0.0,
        "sf": lambda x, df: _special().chdtrc(df, x) if x > 0 else 1.0,
        "ppf": _chi2_ppf,
    },
)


def _f_pdf(x: float, a: float, b: float) -> float:
    if x < 0 or x == math.inf:
        return 0.0
    special = _special()
    log_density = (
        a / 2 * math.log(a)
        + b / 2 * math.log(b)
        + special.xlogy(a / 2 - 1, x)
        - (a + b) / 2 * math.log(b + a * x)
        - special.betaln(a / 2, b / 2)
    )
    return math.exp(log_density)


def _f_ppf(q: float, a: float, b: float) -> float:
    end = _ends(q, 0.0, math.inf)
    return end if end is not None else _special().fdtri(a, b, q)


f = Family(
    "f",
    (("df1", None), ("df2", None)),
    lambda a, b: _positive(df1=a, df2=b),
    {
        "pdf": _f_pdf,
        "cdf": lambda x, a, b: _special().fdtr(a, b, x) if x > 0 else 0.0,
        "sf": lambda x, a, b: _special().fdtrc(a, b, x) if x > 0 else 1.0,
        "ppf": _f_ppf,
    },
)


# -- binomial and Poisson: scipy.special -----------------------------------------------------------------


def _whole(k: float) -> bool:
    return math.isfinite(k) and k == math.floor(k)


def _discrete_ppf(q: float, cdf: Callable[[float], float], high: float) -> float:
    """The smallest whole k >= 0 with cdf(k) >= q; -1 at q = 0, ``high`` at q = 1 (scipy's convention)."""
    end = _ends(q, -1.0, high)
    if end is not None:
        return end
    upper = 1.0
    while cdf(upper) < q and upper < high:
        upper = min(2 * upper, high)
    lower = -1.0  # cdf(lower) < q <= cdf(upper)
    while upper - lower > 1:
        middle = math.floor((lower + upper) / 2)
        lower, upper = (lower, middle) if cdf(middle) >= q else (middle, upper)
    return upper


def _binomial_check(n: float, p: float) -> str | None:
    if n < 0 or n != int(n):
        return f"n must be a whole number, got {n:g}"
    if not 0 <= p <= 1:
        return f"p must lie in [0, 1], got {p:g}"
    return None


def _binomial_pmf(k: float, n: float, p: float) -> float:
    if not (_whole(k) and 0 <= k <= n):
        return 0.0
    special = _special()
    log_ways = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return math.exp(log_ways + special.xlogy(k, p) + special.xlog1py(n - k, -p))


def _binomial_cdf(k: float, n: float, p: float) -> float:
    if k < 0:
        return 0.0
    return 1.0 if k >= n else _special().bdtr(math.floor(k), int(n), p)


def _binomial_sf(k: float, n: float, p: float) -> float:
    if k < 0:
        return 1.0
    return 0.0 if k >= n else _special().bdtrc(math.floor(k), int(n), p)


binomial = Family(
    "binomial",
    (("n", None), ("p", None)),
    _binomial_check,
    {
        "pmf": _binomial_pmf,
        "cdf": _binomial_cdf,
        "sf": _binomial_sf,
        "ppf": lambda q, n, p: _discrete_ppf(q, lambda k: _binomial_cdf(k, n, p), n),
    },
)


def _poisson_pmf(k: float, mu: float) -> float:
    if not (_whole(k) and k >= 0):
        return 0.0
    return math.exp(_special().xlogy(k, mu) - mu - math.lgamma(k + 1))


def _poisson_cdf(k: float, mu: float) -> float:
    if k < 0 or k == math.inf:
        return float(k > 0)
    return _special().pdtr(math.floor(k), mu)


def _poisson_sf(k: float, mu: float) -> float:
    if k < 0 or k == math.inf:
        return float(k < 0)
    return _special().pdtrc(math.floor(k), mu)


poisson = Family(
    "poisson",
    (("mu", None),),
    lambda mu: _positive(mu=mu),
    {
        "pmf": _poisson_pmf,
        "cdf": _poisson_cdf,
        "sf": _poisson_sf,
        "ppf": lambda q, mu: _discrete_ppf(q, lambda k: _poisson_cdf(k, mu), math.inf),
    },
)


# -- hypergeometric: the standard library (math.comb) -----------------------------------------------------


def _hypergeom_check(lot: float, marked: float, drawn: float) -> str | None:
    if not all(_whole(v) and v >= 0 for v in (lot, marked, drawn)):
        return f"N, K and n must be whole numbers >= 0, got {lot:g}, {marked:g}, {drawn:g}"
    if marked > lot or drawn > lot:
        return f"K and n cannot exceed N: got N = {lot:g}, K = {marked:g}, n = {drawn:g}"
    return None


def _hypergeom_terms(lot: float, marked: float, drawn: float) -> dict[int, int]:
    """The ways of drawing k marked items, for each k in the support: C(K, k) C(N - K, n - k)."""
    big, few, n = int(lot), int(marked), int(drawn)
    return {k: math.comb(few, k) * math.comb(big - few, n - k) for k in range(max(0, n - big + few), min(few, n) + 1)}


def _hypergeom_share(keep: Callable[[int], bool], lot: float, marked: float, drawn: float) -> float:
    """The probability of the counts ``keep`` accepts, as one exact ratio of whole numbers."""
    terms = _hypergeom_terms(lot, marked, drawn)
    return sum(ways for k, ways in terms.items() if keep(k)) / math.comb(int(lot), int(drawn))


hypergeom = Family(
    "hypergeom",
    (("N", None), ("K", None), ("n", None)),
    _hypergeom_check,
    {
        "pmf": lambda x, big, few, n: _hypergeom_share(lambda k: k == x, big, few, n),
        "cdf": lambda x, big, few, n: _hypergeom_share(lambda k: k <= x, big, few, n),
        "sf": lambda x, big, few, n: _hypergeom_share(lambda k: k > x, big, few, n),
        "ppf": lambda q, big, few, n: _discrete_ppf(
            q, lambda k: _hypergeom_share(lambda j: j <= k, big, few, n), min(few, n)
        ),
    },
)
